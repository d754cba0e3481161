import { randomUUID } from 'node:crypto';
import { test } from '@suite/testing';
import { Queue } from 'bullmq';
import { describe, expect } from 'vitest';
import type { JobData, MatchingInbox } from './queue-catalog';
import { matchingInbox } from './queue-catalog';
import { createConsumer, createProducer, type Handlers } from './queue-client';

const ideaDeleted = (version: number): JobData<MatchingInbox, 'idea.deleted'> => ({
  eventId: randomUUID(),
  version,
  occurredAt: new Date().toISOString(),
  ideaId: 'idea-1',
  innovatorId: 'inn-1',
});

const until = async (check: () => boolean | Promise<boolean>, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

function recordingHandlers(seen: { name: string; data: unknown }[]): Handlers<MatchingInbox> {
  const record = (name: string) => async (data: unknown) => {
    seen.push({ name, data });
  };
  return {
    'challenge.upserted': record('challenge.upserted'),
    'challenge.closed': record('challenge.closed'),
    'innovator.upserted': record('innovator.upserted'),
    'innovator.erased': record('innovator.erased'),
    'idea.upserted': record('idea.upserted'),
    'idea.deleted': record('idea.deleted'),
  };
}

describe('typed queues over BullMQ', () => {
  test('delivers a parsed payload to the handler of its job name', async ({ testRedis }) => {
    const conn = { connection: testRedis.redis, prefix: testRedis.prefix };
    const seen: { name: string; data: unknown }[] = [];
    const consumer = createConsumer(matchingInbox, recordingHandlers(seen), conn);
    const producer = createProducer(matchingInbox, conn);
    const event = ideaDeleted(2);
    await producer.add('idea.deleted', event, { jobId: event.eventId });
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual({ name: 'idea.deleted', data: event });
    await consumer.close();
    await producer.close();
  });

  test('refuses to publish an invalid payload', async ({ testRedis }) => {
    const producer = createProducer(matchingInbox, { connection: testRedis.redis, prefix: testRedis.prefix });
    const bad = { ...ideaDeleted(1), version: 0 };
    await expect(producer.add('idea.deleted', bad)).rejects.toThrow();
    await producer.close();
  });

  test('collapses duplicate publishes of one event id', async ({ testRedis }) => {
    const producer = createProducer(matchingInbox, { connection: testRedis.redis, prefix: testRedis.prefix });
    const event = ideaDeleted(1);
    await producer.add('idea.deleted', event, { jobId: event.eventId });
    await producer.add('idea.deleted', event, { jobId: event.eventId });
    expect((await producer.counts()).waiting).toBe(1);
    await producer.close();
  });

  test('fails an invalid payload once, without retries, and reports its job id', async ({ testRedis }) => {
    const conn = { connection: testRedis.redis, prefix: testRedis.prefix };
    // A foreign producer that skips validation, as a buggy or older service might.
    const raw = new Queue(matchingInbox.name, conn);
    const job = await raw.add('idea.deleted', { ideaId: 42 }, { attempts: 5 });
    const invalid: string[] = [];
    const seen: { name: string; data: unknown }[] = [];
    const consumer = createConsumer(matchingInbox, recordingHandlers(seen), {
      ...conn,
      onInvalid: (info) => invalid.push(info.jobId),
    });
    await until(async () => (await raw.getJobCounts('failed')).failed === 1);
    const failed = await raw.getJob(job.id ?? '');
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/invalid payload/);
    expect(invalid).toEqual([job.id]);
    expect(seen).toEqual([]);
    await consumer.close();
    await raw.close();
  });
});
