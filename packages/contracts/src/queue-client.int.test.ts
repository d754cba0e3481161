import { randomUUID } from 'node:crypto';
import { test } from '@suite/testing';
import { Queue } from 'bullmq';
import { describe, expect } from 'vitest';
import type { JobData, MatchingInbox } from './queue-catalog';
import { matchingInbox } from './queue-catalog';
import { createConsumer, createProducer, type Handlers, type JobFailure } from './queue-client';

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
    await expect(producer.add('idea.deleted', bad)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['version'] })],
    });
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

  test('publishes a batch in one call, each job parsed, duplicates collapsed by job id', async ({
    testRedis,
  }) => {
    const conn = { connection: testRedis.redis, prefix: testRedis.prefix };
    const producer = createProducer(matchingInbox, conn);
    const events = [ideaDeleted(1), ideaDeleted(2), ideaDeleted(3)];
    const ids = await producer.addBulk(
      events.map((data) => ({ name: 'idea.deleted', data, jobId: data.eventId })),
    );
    expect(ids).toEqual(events.map((e) => e.eventId));
    await producer.addBulk([{ name: 'idea.deleted', data: events[0]!, jobId: events[0]!.eventId }]);
    expect((await producer.counts()).waiting).toBe(3);
    const stored = await producer.queue.getJob(events[1]!.eventId);
    expect(stored?.data).toEqual(events[1]);
    expect(stored?.opts.attempts).toBe(matchingInbox.jobs['idea.deleted'].attempts);
    await producer.close();
  });

  test('publishes nothing of a batch with one invalid job', async ({ testRedis }) => {
    const producer = createProducer(matchingInbox, { connection: testRedis.redis, prefix: testRedis.prefix });
    const bad = { ...ideaDeleted(1), version: 0 };
    await expect(
      producer.addBulk([
        { name: 'idea.deleted', data: ideaDeleted(1) },
        { name: 'idea.deleted', data: bad },
      ]),
    ).rejects.toThrow(/version/);
    expect((await producer.counts()).waiting).toBe(0);
    expect(await producer.addBulk([])).toEqual([]);
    await producer.close();
  });

  test('reports and logs each failed attempt by id, name, attempt and reason, never the payload', async ({
    testRedis,
  }) => {
    const conn = { connection: testRedis.redis, prefix: testRedis.prefix };
    const failures: JobFailure[] = [];
    const logged: { level: string; obj: unknown; msg: string }[] = [];
    const handlers = recordingHandlers([]);
    handlers['idea.deleted'] = async () => {
      throw new Error('Failed query: delete from ideas where id = $1\nparams: idea-secret-7');
    };
    const consumer = createConsumer(matchingInbox, handlers, {
      ...conn,
      onFailed: (failure) => failures.push(failure),
      logger: {
        warn: (obj, msg) => logged.push({ level: 'warn', obj, msg }),
        error: (obj, msg) => logged.push({ level: 'error', obj, msg }),
      },
    });
    const raw = new Queue(matchingInbox.name, conn);
    const event = { ...ideaDeleted(1), ideaId: 'idea-secret-7', innovatorId: 'inn-secret-9' };
    const job = await raw.add('idea.deleted', event, { attempts: 2 });
    await until(() => failures.length === 2);
    expect(failures).toEqual([
      {
        queue: matchingInbox.name,
        jobId: job.id,
        name: 'idea.deleted',
        attempt: 1,
        maxAttempts: 2,
        final: false,
        reason: 'Failed query: delete from ideas where id = $1',
      },
      expect.objectContaining({ attempt: 2, final: true }),
    ]);
    expect(logged.map((l) => l.level)).toEqual(['warn', 'error']);
    const everything = JSON.stringify({ failures, logged });
    expect(everything).not.toContain('idea-secret-7');
    expect(everything).not.toContain('inn-secret-9');
    expect(everything).not.toContain(event.eventId);
    await consumer.close();
    await raw.close();
  });
});
