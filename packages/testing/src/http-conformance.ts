import { type Role, signToken } from '@suite/platform';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type App = Parameters<typeof request>[0];

export interface ConformanceTarget {
  /** Builds the service app on real dependencies; `close` releases them. */
  start(): Promise<{ app: App; close(): Promise<void>; config: { JWT_SECRET: string; JWT_ISSUER: string } }>;
  /** A route that needs a token: `allowed` may call it, `denied` may not. */
  protectedRoute: {
    method: 'get' | 'put' | 'post';
    path: string;
    allowed: Role;
    denied: Role;
    body?: unknown;
  };
  /** A route that accepts a JSON body (for malformed-JSON and size tests). */
  jsonRoute: { method: 'put' | 'post'; path: string; role: Role };
  bodyLimitBytes: number;
}

const problemType = /application\/problem\+json/;

/** The platform contract every service answers: health, docs, metrics, problem+json errors and auth. */
export function describeHttpConformance(name: string, target: ConformanceTarget): void {
  describe(`${name}: platform endpoints`, () => {
    let app: App;
    let close: () => Promise<void>;
    let tokenFor: (role: Role) => Promise<string>;

    beforeAll(async () => {
      const started = await target.start();
      app = started.app;
      close = started.close;
      tokenFor = (role) =>
        signToken({
          secret: started.config.JWT_SECRET,
          issuer: started.config.JWT_ISSUER,
          role,
          organisationId: 'org-conformance',
          innovatorId: 'inn-conformance',
        });
    });
    afterAll(async () => {
      await close?.();
    });

    it('answers /healthz and /readyz with db and redis checked', async () => {
      await request(app).get('/healthz').expect(200, { status: 'ok' });
      const ready = await request(app).get('/readyz').expect(200);
      expect(ready.body).toEqual({ status: 'ready', checks: { db: 'ok', redis: 'ok' } });
    });

    it('serves an OpenAPI 3.1 document that lists the protected route', async () => {
      const res = await request(app).get('/openapi.json').expect(200);
      expect(res.body.openapi).toBe('3.1.0');
      const openapiPath = target.protectedRoute.path.replace(/\/[^/]*-conformance\b/, '/{id}');
      expect(Object.keys(res.body.paths)).toContain(openapiPath);
    });

    it('serves the docs page and its assets', async () => {
      const page = await request(app).get('/docs').expect(200);
      expect(page.text).toContain('swagger-ui');
      await request(app).get('/docs/assets/swagger-ui-bundle.js').expect(200);
    });

    it('exposes Prometheus metrics', async () => {
      const res = await request(app).get('/metrics').expect(200);
      expect(res.text).toContain('http_request_duration_seconds');
    });

    it('returns problem+json 404 for an unknown route', async () => {
      const res = await request(app).get('/v1/no-such-route').expect(404);
      expect(res.headers['content-type']).toMatch(problemType);
      expect(JSON.parse(res.text)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    });

    it('returns problem+json 400 for malformed JSON', async () => {
      const { method, path, role } = target.jsonRoute;
      const res = await request(app)
        [method](path)
        .set('authorization', `Bearer ${await tokenFor(role)}`)
        .set('content-type', 'application/json')
        .send('{"broken": ')
        .expect(400);
      expect(res.headers['content-type']).toMatch(problemType);
      expect(JSON.parse(res.text)).toMatchObject({ code: 'MALFORMED_JSON' });
      expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    });

    it('returns 413 for a body over the limit', async () => {
      const { method, path, role } = target.jsonRoute;
      const res = await request(app)
        [method](path)
        .set('authorization', `Bearer ${await tokenFor(role)}`)
        .set('content-type', 'application/json')
        .send(JSON.stringify({ padding: 'x'.repeat(target.bodyLimitBytes + 10) }))
        .expect(413);
      expect(res.headers['content-type']).toMatch(problemType);
    });

    it('returns 401 without a token and with a bad one', async () => {
      const { method, path } = target.protectedRoute;
      const none = await request(app)[method](path).expect(401);
      expect(none.headers['content-type']).toMatch(problemType);
      await request(app)[method](path).set('authorization', 'Bearer not-a-jwt').expect(401);
      const forged = await signToken({ secret: 'x'.repeat(40), issuer: 'someone-else', role: 'admin' });
      await request(app)[method](path).set('authorization', `Bearer ${forged}`).expect(401);
    });

    it('returns 403 for a role the route does not allow', async () => {
      const { method, path, denied } = target.protectedRoute;
      const res = await request(app)
        [method](path)
        .set('authorization', `Bearer ${await tokenFor(denied)}`)
        .expect(403);
      expect(JSON.parse(res.text)).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('lets the allowed role through', async () => {
      const { method, path, allowed, body } = target.protectedRoute;
      const res = await request(app)
        [method](path)
        .set('authorization', `Bearer ${await tokenFor(allowed)}`)
        .send(body as object)
        .expect((r) => {
          if (r.status >= 400 && r.status !== 404) throw new Error(`unexpected ${r.status}: ${r.text}`);
        });
      expect(res.status).toBeLessThan(500);
    });
  });
}
