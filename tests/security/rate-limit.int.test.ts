import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceName, startService, tokenSigner } from './service-under-test';

const limit = 5;
/** A route of each service that a caller may really use, with the caller. */
const routes: Record<ServiceName, string> = {
  ingest: '/v1/challenges',
  matching: '/v1/admin/matching-config',
  notification: '/v1/preferences?token=not-a-real-link',
};

describe('every service under a small RATE_LIMIT_PER_MINUTE', () => {
  const services = {} as Record<ServiceName, Awaited<ReturnType<(typeof startService)[ServiceName]>>>;
  beforeAll(async () => {
    const names = Object.keys(routes) as ServiceName[];
    const started = await Promise.all(
      names.map((name) => startService[name]({ env: { RATE_LIMIT_PER_MINUTE: String(limit) } })),
    );
    names.forEach((name, i) => {
      services[name] = started[i] as (typeof services)[ServiceName];
    });
  }, 180_000);
  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s?.close()));
  });

  for (const name of Object.keys(routes) as ServiceName[]) {
    it(`${name}: request ${limit + 1} within a minute answers 429 problem+json with Retry-After; health stays open`, async () => {
      const { app, config } = services[name];
      const token = await tokenSigner(config)({ role: 'admin' });
      const statuses: number[] = [];
      for (let i = 0; i < limit; i++) {
        const res = await request(app).get(routes[name]).set('authorization', `Bearer ${token}`);
        statuses.push(res.status);
      }
      // Within the limit, nothing is refused for rate (whatever the route itself answers).
      expect(statuses).not.toContain(429);
      const refused = await request(app).get(routes[name]).set('authorization', `Bearer ${token}`);
      expect(refused.status, refused.text).toBe(429);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter, `Retry-After: ${refused.headers['retry-after']}`).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Anonymous callers count too, and probes are never limited (an orchestrator must see the service).
      expect((await request(app).get('/v1/challenges')).status).toBe(429);
      expect((await request(app).get('/healthz')).status).toBe(200);
    });
  }
});
