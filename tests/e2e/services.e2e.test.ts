import { randomUUID } from 'node:crypto';
import { matchingInbox, notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createRedis, developmentJwtSecret, type Redis, signToken } from '@suite/platform';
import { openTestRedis, type TestRedis } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceProcess, startService } from './support/service-process';

const names = ['ingest', 'matching', 'notification'] as const;

const eventually = async <T>(
  probe: () => Promise<unknown>,
  ok: (v: T) => boolean,
  ms = 15_000,
): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = (await probe()) as T;
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe('the three services as processes', () => {
  const services = new Map<string, ServiceProcess>();
  let testRedis: TestRedis;
  let redis: Redis;
  let adminToken: string;

  beforeAll(async () => {
    testRedis = await openTestRedis();
    redis = createRedis(testRedis.url);
    const env = { REDIS_URL: testRedis.url, QUEUE_PREFIX: testRedis.prefix };
    const started = await Promise.all(names.map((n) => startService(n, env)));
    for (const s of started) services.set(s.name, s);
    adminToken = await signToken({
      secret: developmentJwtSecret,
      issuer: 'social-match-suite',
      role: 'admin',
    });
  });

  afterAll(async () => {
    await Promise.all([...services.values()].map((s) => s.stop()));
    redis?.disconnect();
    await testRedis?.cleanup();
  });

  const call = (service: string, path: string, init: RequestInit = {}) =>
    fetch(`${services.get(service)?.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json', ...init.headers },
    });

  it('each answers health, readiness, OpenAPI and docs', async () => {
    for (const name of names) {
      expect((await call(name, '/healthz')).status).toBe(200);
      expect(await (await call(name, '/readyz')).json()).toMatchObject({ status: 'ready' });
      expect(await (await call(name, '/openapi.json')).json()).toMatchObject({ openapi: '3.1.0' });
      expect((await call(name, '/docs')).status).toBe(200);
    }
  });

  it('ingest stores an organisation over HTTP', async () => {
    const put = await call('ingest', '/v1/organisations/org-lund', {
      method: 'PUT',
      body: JSON.stringify({ name: 'Lunds kommun', kind: 'municipality', region: 'Skåne' }),
    });
    expect(put.status).toBe(200);
    const got = await call('ingest', '/v1/organisations/org-lund');
    expect(await got.json()).toMatchObject({ name: 'Lunds kommun', version: 1 });
  });

  it('matching projects events from its queue, last version wins', async () => {
    const producer = createProducer(matchingInbox, { connection: redis, prefix: testRedis.prefix });
    const envelope = () => ({ eventId: randomUUID(), occurredAt: new Date().toISOString() });
    const idea = {
      id: 'idea-1',
      innovatorId: 'inn-1',
      title: 'Matkassar',
      description: 'Mindre matsvinn i Lund',
      stage: 'pilot' as const,
      sdgs: [12],
      sdgTargets: ['12.3'],
    };
    await producer.add('idea.upserted', { ...envelope(), version: 2, idea });
    await producer.add('idea.upserted', { ...envelope(), version: 1, idea: { ...idea, title: 'old' } });
    await producer.add('idea.deleted', { ...envelope(), version: 1, ideaId: 'idea-1', innovatorId: 'inn-1' });
    await producer.close();
    const counts = await eventually(
      async () => (await call('matching', '/v1/admin/projection')).json(),
      (c: Record<string, { live: number }>) => c.idea?.live === 1,
    );
    expect(counts).toEqual({ idea: { live: 1, deleted: 0 } });
  });

  it('notification records a mail request once, however often the job is sent', async () => {
    const producer = createProducer(notificationInbox, { connection: redis, prefix: testRedis.prefix });
    const job = {
      jobId: 'rec-2026-11-23-inn-1',
      innovatorId: 'inn-1',
      generatedAt: new Date().toISOString(),
      recommendations: [{ challengeId: 'c-1', score: 0.8, sharedTerms: ['matsvinn'], sharedSdgs: [12] }],
    };
    await producer.add('recommendations.ready', job);
    await producer.add('recommendations.ready', job);
    await producer.close();
    const deliveries = await eventually(
      async () => (await call('notification', '/v1/admin/deliveries')).json(),
      (d: unknown[]) => d.length >= 1,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await (await call('notification', '/v1/admin/deliveries')).json()).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ kind: 'recommendations', recipientId: 'inn-1', status: 'queued' });
  });

  it('stops cleanly on SIGTERM', async () => {
    for (const name of names) {
      const service = services.get(name);
      expect(await service?.stop(), service?.output()).toBe(0);
    }
  });
});
