import { Queue } from 'bullmq';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueSchema } from '../db/test-server';
import { createRedis, type Redis } from '../redis';
import { type AuthOptions, signToken } from './auth';
import { queueDashboard } from './queue-dashboard';

const auth: AuthOptions = { secret: 'q'.repeat(40), issuer: 'test-issuer' };
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let redis: Redis;
let queue: Queue;
let app: express.Express;

beforeAll(async () => {
  redis = createRedis(redisUrl);
  queue = new Queue('matching-inbox', { connection: redis, prefix: uniqueSchema('dashboard') });
  await queue.add('idea.deleted', { ideaId: 'idea-1' });
  app = express().use(queueDashboard({ queues: [queue], auth }));
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  redis.disconnect();
});

const admin = () => signToken({ ...auth, role: 'admin', ttl: '1h' });
const cookieOf = (res: request.Response) => {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.[0] ?? '';
};

describe('the queue dashboard', () => {
  it('answers 401 problem+json without a token', async () => {
    const res = await request(app).get('/admin/queues');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await request(app).get('/admin/queues/api/queues')).status).toBe(401);
  });

  it('answers 403 to a valid token of another role, and 401 to a bad or expired one', async () => {
    const owner = await signToken({ ...auth, role: 'need_owner', organisationId: 'org-1' });
    const denied = await request(app).get(`/admin/queues?token=${owner}`);
    expect(denied.status).toBe(403);
    expect(JSON.parse(denied.text)).toMatchObject({ code: 'FORBIDDEN' });
    expect(cookieOf(denied)).toBe('');
    const forged = await signToken({ ...auth, secret: 'x'.repeat(40), role: 'admin' });
    expect((await request(app).get(`/admin/queues?token=${forged}`)).status).toBe(401);
    const expired = await signToken({ ...auth, role: 'admin', ttl: '-1s' });
    expect(
      (await request(app).get('/admin/queues').set('Cookie', `queue_dashboard_token=${expired}`)).status,
    ).toBe(401);
    expect((await request(app).get('/admin/queues').set('Authorization', `Bearer ${owner}`)).status).toBe(
      403,
    );
  });

  it('turns an admin token in the URL into a strict, HttpOnly cookie on its path and drops it from the URL', async () => {
    const token = await admin();
    const res = await request(app).get(`/admin/queues/queue/matching-inbox?status=failed&token=${token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/queues/queue/matching-inbox?status=failed');
    const cookie = cookieOf(res);
    expect(cookie).toMatch(new RegExp(`^queue_dashboard_token=${token};`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/admin\/queues;/);
    expect(cookie).toMatch(/; Max-Age=(3[0-5]\d\d);/);
  });

  it('serves the dashboard and its API to the cookie and to an admin bearer header', async () => {
    const token = await admin();
    const login = await request(app).get(`/admin/queues?token=${token}`);
    const cookie = cookieOf(login).split(';')[0] ?? '';
    const page = await request(app).get('/admin/queues').set('Cookie', cookie);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await request(app).get('/admin/queues/api/queues').set('Cookie', cookie);
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toEqual(['matching-inbox']);
    const bearer = await request(app).get('/admin/queues/api/queues').set('Authorization', `Bearer ${token}`);
    expect(bearer.status).toBe(200);
  });

  it('leaves other paths alone', async () => {
    const other = express()
      .use(queueDashboard({ queues: [queue], auth }))
      .get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
      });
    expect((await request(other).get('/healthz')).status).toBe(200);
  });
});
