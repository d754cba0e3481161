import { parseByteSize, type Role, type Route, roles, signToken } from '@suite/platform';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type App = Parameters<typeof request>[0] & { locals: Record<string, unknown> };
type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** A request a conformance check sends: `role` signs the token (bound to the org/innovator given). */
export interface ConformanceRequest {
  method: Method;
  path: string;
  role: Role;
  organisationId?: string;
  innovatorId?: string;
  body?: unknown;
}

export interface ConformanceTarget {
  /** Builds the service app on real dependencies; `close` releases them. */
  start(): Promise<{ app: App; close(): Promise<void>; config: { JWT_SECRET: string; JWT_ISSUER: string } }>;
  /** Stores what the resource checks below need (through the app's own routes or its repositories). */
  seed?(call: (req: ConformanceRequest) => Promise<request.Response>): Promise<void>;
  /** A resource that does not exist, asked by someone who could see it: 404 (every service with resources sets it). */
  missingResource?: ConformanceRequest;
  /** Another organisation's (or innovator's) resource, asked by a need owner (or innovator): 403. */
  foreignResource?: ConformanceRequest;
  /** The service's BODY_LIMIT in bytes, for JSON routes without a limit of their own. */
  bodyLimitBytes: number;
}

const problemType = /application\/problem\+json/;
const samplePath = (path: string) => path.replace(/\{(\w+)\}/g, 'conformance-$1');

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(problemType);
  const body = JSON.parse(res.text);
  expect(body.status).toBe(status);
  if (code) expect(body.code).toBe(code);
  expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  return body;
};

/**
 * The platform contract every service answers, generated from its route table: health, docs,
 * metrics, and for every route 401 without a token, 403 for roles it does not allow, and for every
 * JSON route 400 with field paths, malformed JSON, 413 and 415 - all as problem+json.
 */
export function describeHttpConformance(name: string, target: ConformanceTarget): void {
  describe(`${name}: platform contract`, () => {
    let app: App;
    let close: () => Promise<void>;
    let routes: Route[] = [];
    let tokenFor: (
      req: Pick<ConformanceRequest, 'role' | 'organisationId' | 'innovatorId'>,
    ) => Promise<string>;
    const call = async (req: ConformanceRequest) => {
      const token = await tokenFor(req);
      const pending = request(app)[req.method](req.path).set('authorization', `Bearer ${token}`);
      return req.body === undefined ? pending : pending.send(req.body as object);
    };

    beforeAll(async () => {
      const started = await target.start();
      app = started.app;
      close = started.close;
      routes = (app.locals.routes as Route[] | undefined) ?? [];
      tokenFor = (req) =>
        signToken({
          secret: started.config.JWT_SECRET,
          issuer: started.config.JWT_ISSUER,
          role: req.role,
          organisationId: req.organisationId ?? 'org-conformance',
          innovatorId: req.innovatorId ?? 'inn-conformance',
        });
      await target.seed?.(call);
    });
    afterAll(async () => {
      await close?.();
    });

    it('answers /healthz and /readyz with db and redis checked', async () => {
      await request(app).get('/healthz').expect(200, { status: 'ok' });
      const ready = await request(app).get('/readyz').expect(200);
      expect(ready.body).toEqual({ status: 'ready', checks: { db: 'ok', redis: 'ok' } });
    });

    it('documents every route in OpenAPI 3.1 and serves the docs page', async () => {
      const res = await request(app).get('/openapi.json').expect(200);
      expect(res.body.openapi).toBe('3.1.0');
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) expect(res.body.paths[route.path]?.[route.method]).toBeDefined();
      const page = await request(app).get('/docs').expect(200);
      expect(page.text).toContain('swagger-ui');
      await request(app).get('/docs/assets/swagger-ui-bundle.js').expect(200);
    });

    it('exposes Prometheus metrics for HTTP and its queues', async () => {
      const res = await request(app).get('/metrics').expect(200);
      expect(res.text).toContain('http_request_duration_seconds');
      // Every service reports the queues it publishes to or consumes, per state.
      expect(res.text).toMatch(/queue_jobs\{[^}]*state="waiting"/);
    });

    it('answers 404 for an unknown route and 405 with Allow for a wrong method', async () => {
      expectProblem(await request(app).get('/v1/no-such-route'), 404, 'NOT_FOUND');
      const route = routes.find((r) => !routes.some((o) => o.path === r.path && o.method === 'patch'));
      if (!route) return;
      const res = await request(app).patch(samplePath(route.path));
      expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
      expect(res.headers.allow).toContain(route.method.toUpperCase());
    });

    it('answers 401 on every protected route without a token or with a forged one', async () => {
      const forged = await signToken({ secret: 'x'.repeat(40), issuer: 'someone-else', role: 'admin' });
      for (const route of routes.filter((r) => r.auth !== 'public')) {
        const path = samplePath(route.path);
        expectProblem(await request(app)[route.method](path), 401, 'UNAUTHENTICATED');
        const bad = await request(app)[route.method](path).set('authorization', `Bearer ${forged}`);
        expectProblem(bad, 401, 'UNAUTHENTICATED');
      }
    });

    it('answers 403 on every route for each role it does not allow', async () => {
      for (const route of routes.filter((r) => r.auth !== 'public')) {
        const allowed = route.auth as readonly Role[];
        for (const role of roles.filter((r) => !allowed.includes(r))) {
          const res = await call({ method: route.method, path: samplePath(route.path), role });
          expectProblem(res, 403, 'FORBIDDEN');
        }
      }
    });

    it('answers 404 for a missing resource to those who may see it', async () => {
      if (!target.missingResource) return;
      expectProblem(await call(target.missingResource), 404, 'NOT_FOUND');
    });

    it("answers 403 for another organisation's or person's resource", async () => {
      if (!target.foreignResource) return;
      expectProblem(await call(target.foreignResource), 403, 'FORBIDDEN');
    });

    it('answers 400 with field paths, malformed JSON, 413 and 415 on every JSON route', async () => {
      for (const route of routes.filter((r) => r.bodyKind === 'json')) {
        const role: Role = route.auth === 'public' ? 'admin' : (route.auth as readonly Role[])[0]!;
        const path = samplePath(route.path);
        const token = await tokenFor({ role });
        const send = (type: string, body: string) =>
          request(app)
            [route.method](path)
            .set('authorization', `Bearer ${token}`)
            .set('content-type', type)
            .send(body);
        const invalid = expectProblem(await send('application/json', '[42]'), 400, 'VALIDATION_FAILED');
        expect(invalid.errors.length).toBeGreaterThan(0);
        for (const issue of invalid.errors) expect(issue.path).toMatch(/^body/);
        expectProblem(await send('application/json', '{"broken": '), 400, 'MALFORMED_JSON');
        expectProblem(await send('text/plain', 'hello'), 415, 'UNSUPPORTED_MEDIA_TYPE');
        const limit = route.bodyLimit ? parseByteSize(route.bodyLimit) : target.bodyLimitBytes;
        const big = JSON.stringify({ padding: 'x'.repeat(limit + 10) });
        expectProblem(await send('application/json', big), 413, 'PAYLOAD_TOO_LARGE');
      }
    });
  });
}
