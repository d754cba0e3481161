import { Queue, Worker } from 'bullmq';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { uniqueSchema } from './db/test-server';
import { createHttpMetrics, createMetricsRegistry } from './http/metrics';
import { registerQueueMetrics } from './queue-metrics';
import { createRedis } from './redis';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const until = async (check: () => boolean | Promise<boolean>, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

/** The value of the sample of `name` carrying all of `labels` (in any order), or undefined. */
const sample = (text: string, name: string, labels: Record<string, string>) => {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const pairs = new Set((match[2] ?? '').split(','));
    if (Object.entries(labels).every(([k, v]) => pairs.has(`${k}="${v}"`))) return Number(match[3]);
  }
  return undefined;
};

describe('queue metrics on the service registry', () => {
  it('exports job counts per state and job durations at /metrics beside the HTTP metrics', async () => {
    const redis = createRedis(redisUrl);
    const prefix = uniqueSchema('metrics');
    const conn = { connection: redis, prefix };
    const queue = new Queue('inbox', conn);
    const outcomes: string[] = [];
    const worker = new Worker(
      'inbox',
      async (job) => {
        await new Promise((r) => setTimeout(r, 30));
        if (job.name === 'bad') throw new Error('refused');
      },
      { ...conn, autorun: false },
    );
    worker.on('completed', () => outcomes.push('completed'));
    worker.on('failed', () => outcomes.push('failed'));
    try {
      const registry = createMetricsRegistry('matching');
      registerQueueMetrics(registry, { queues: [queue], workers: [worker] });
      registerQueueMetrics(registry, { queues: [queue], workers: [worker] }); // counted once
      const http = createHttpMetrics('matching', registry);
      const app = express().use(http.middleware).get('/metrics', http.handler);

      await queue.addBulk([
        { name: 'good', data: {} },
        { name: 'good', data: {} },
        { name: 'bad', data: {}, opts: { attempts: 1 } },
        { name: 'later', data: {}, opts: { delay: 60_000 } },
      ]);
      const before = (await request(app).get('/metrics')).text;
      expect(sample(before, 'queue_jobs', { queue: 'inbox', state: 'waiting', service: 'matching' })).toBe(3);
      expect(sample(before, 'queue_jobs', { queue: 'inbox', state: 'delayed', service: 'matching' })).toBe(1);

      void worker.run();
      await until(() => outcomes.length === 3);
      const after = await request(app).get('/metrics');
      expect(after.status).toBe(200);
      const text = after.text;
      expect(sample(text, 'queue_jobs', { queue: 'inbox', state: 'waiting', service: 'matching' })).toBe(0);
      expect(sample(text, 'queue_jobs', { queue: 'inbox', state: 'completed', service: 'matching' })).toBe(2);
      expect(sample(text, 'queue_jobs', { queue: 'inbox', state: 'failed', service: 'matching' })).toBe(1);
      expect(sample(text, 'queue_jobs', { queue: 'inbox', state: 'active', service: 'matching' })).toBe(0);
      expect(
        sample(text, 'queue_job_duration_seconds_count', {
          queue: 'inbox',
          name: 'good',
          status: 'completed',
          service: 'matching',
        }),
      ).toBe(2);
      expect(
        sample(text, 'queue_job_duration_seconds_count', {
          queue: 'inbox',
          name: 'bad',
          status: 'failed',
          service: 'matching',
        }),
      ).toBe(1);
      // Each attempt slept 30 ms, so none falls in the 5 ms bucket.
      expect(
        sample(text, 'queue_job_duration_seconds_bucket', {
          le: '0.005',
          queue: 'inbox',
          name: 'good',
          status: 'completed',
          service: 'matching',
        }),
      ).toBe(0);
      // The HTTP histogram is on the same registry: the first scrape was measured.
      expect(
        sample(text, 'http_request_duration_seconds_count', {
          method: 'GET',
          route: '/metrics',
          status: '200',
        }),
      ).toBe(1);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      redis.disconnect();
    }
  });

  it('leaves a queue it cannot reach out of the scrape instead of failing it', async () => {
    const registry = createMetricsRegistry('ingest');
    const unreachable = createRedis('redis://127.0.0.1:1');
    unreachable.on('error', () => undefined);
    const queue = new Queue('gone', { connection: unreachable, prefix: uniqueSchema('metrics') });
    queue.on('error', () => undefined);
    try {
      registerQueueMetrics(registry, { queues: [queue] });
      const text = await Promise.race([
        registry.metrics(),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('scrape hung')), 20_000)),
      ]);
      expect(text).toContain('# TYPE queue_jobs gauge');
      expect(text).not.toContain('queue="gone"');
    } finally {
      unreachable.disconnect();
      await queue.close().catch(() => undefined);
    }
  });
});
