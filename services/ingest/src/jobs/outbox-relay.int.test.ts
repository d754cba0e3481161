import { randomUUID } from 'node:crypto';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';
import { createOutboxRelay, type OutboxRelayDeps } from './outbox-relay';

const envelope = (version = 1) => ({ eventId: randomUUID(), version, occurredAt: new Date().toISOString() });
const innovator = (id: string) => ({
  id,
  name: 'Alva',
  email: 'alva@example.org',
  gender: 'woman' as const,
  locale: 'sv' as const,
  sdgs: [],
  digest: 'weekly' as const,
  consents: { matching: true, emailRecommendations: true },
});

describe.each(testDbDrivers)('outbox relay on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    service = await start();
  });
  afterAll(async () => {
    await service?.close();
  });

  const relay = (overrides: Partial<OutboxRelayDeps> = {}) =>
    createOutboxRelay({
      outbox: service.deps.outbox,
      producers: service.deps.producers,
      logger: service.deps.logger,
      batchSize: 2,
      intervalMs: 20,
      ...overrides,
    });
  const jobIds = async (queueName: string) => {
    const producer = service.deps.producers.find((p) => p.queueName === queueName)!;
    const jobs = await producer.queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed']);
    return jobs.map((j) => j.id).sort();
  };
  const drain = async () => {
    while ((await relay().runOnce()) > 0) {}
  };

  it('delivers every committed event exactly once per subscriber queue, even when killed between publish and mark', async () => {
    const { outbox, database } = service.deps;
    const events = Array.from({ length: 5 }, (_, i) => ({ ...envelope(), innovator: innovator(`inn-${i}`) }));
    const ideaEvent = {
      ...envelope(),
      idea: {
        id: 'idea-1',
        innovatorId: 'inn-1',
        title: 'Delningstjänst',
        description: 'Verktyg lånas ut',
        stage: 'idea' as const,
        sdgs: [12],
        sdgTargets: [],
      },
    };
    await database.db.transaction(async (tx) => {
      for (const e of events) await outbox.append(tx, 'innovator.upserted', e);
      await outbox.append(tx, 'idea.upserted', ideaEvent);
    });
    // The first relay publishes a batch and dies before it can mark it published.
    const dying = relay({
      outbox: {
        ...outbox,
        markPublished: async () => {
          throw new Error('killed between publish and mark');
        },
      },
    });
    await expect(dying.runOnce()).rejects.toThrow('killed');
    // A fresh relay resumes from the outbox and publishes everything, the first batch again.
    await drain();
    expect(await outbox.unpublishedCount()).toBe(0);
    const innovatorIds = events.map((e) => e.eventId);
    expect(await jobIds('matching-inbox')).toEqual([...innovatorIds, ideaEvent.eventId].sort());
    // Ideas are not for notification; innovators are, once each.
    expect(await jobIds('notification-inbox')).toEqual([...innovatorIds].sort());

    // Marked rows that somehow come back (a restore, say) collapse onto the same job ids.
    await database.db.execute(sql`update outbox set published_at = null`);
    await drain();
    expect(await jobIds('matching-inbox')).toHaveLength(6);
  });

  it('moves a row that no longer parses to the dead letters and publishes the rows behind it', async () => {
    const { outbox, database } = service.deps;
    const broken = envelope();
    const good = { ...envelope(), challengeId: 'c-7' };
    await database.db.execute(
      sql`insert into outbox (event_id, event_name, payload) values (${broken.eventId}, 'challenge.closed', ${JSON.stringify({ ...broken, challengeId: 42 })}::jsonb)`,
    );
    await outbox.append(database.db, 'challenge.closed', good);
    await drain();
    expect(await outbox.unpublishedCount()).toBe(0);
    const dead = await outbox.deadLetters();
    expect(dead.map((d) => [d.eventId, d.reason])).toEqual([
      [broken.eventId, expect.stringContaining('challengeId')],
    ]);
    expect(await jobIds('notification-inbox')).toContain(good.eventId);
  });

  it('drains many full batches in one round, reading each next batch ahead, every event once', async () => {
    const { outbox, database } = service.deps;
    const events = Array.from({ length: 9 }, (_, i) => ({ ...envelope(), challengeId: `c-ahead-${i}` }));
    for (const e of events) await outbox.append(database.db, 'challenge.closed', e);
    const reads: (number | undefined)[] = [];
    const watched = relay({
      outbox: {
        ...outbox,
        pending: (limit, afterSeq) => {
          reads.push(afterSeq);
          return outbox.pending(limit, afterSeq);
        },
      },
    });
    watched.start();
    const deadline = Date.now() + 10_000;
    while ((await outbox.unpublishedCount()) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    await watched.stop();
    expect(await outbox.unpublishedCount()).toBe(0);
    // Batches of two: the first read starts from the oldest, the next ones after the last seq read.
    expect(reads[0]).toBeUndefined();
    expect(reads.slice(1, 5).every((seq) => typeof seq === 'number')).toBe(true);
    const published = await jobIds('notification-inbox');
    for (const e of events) expect(published.filter((id) => id === e.eventId)).toHaveLength(1);
  });

  it('keeps an event unwritten when its transaction rolls back', async () => {
    const { outbox, database } = service.deps;
    await expect(
      database.db.transaction(async (tx) => {
        await outbox.append(tx, 'challenge.closed', { ...envelope(), challengeId: 'c-9' });
        throw new Error('entity write failed');
      }),
    ).rejects.toThrow('entity write failed');
    expect(await outbox.unpublishedCount()).toBe(0);
  });

  it('backs off while publishing fails, and a relay that can publish drains what waited', async () => {
    const { outbox, database, logger } = service.deps;
    await outbox.append(database.db, 'challenge.closed', { ...envelope(), challengeId: 'c-1' });
    const warnings: unknown[] = [];
    const failing = relay({
      producers: service.deps.producers.map((p) => ({
        ...p,
        addBulk: async () => {
          throw new Error('Connection is closed.');
        },
      })),
      logger: { ...logger, warn: (obj: unknown) => warnings.push(obj) } as typeof logger,
    });
    failing.start();
    await new Promise((r) => setTimeout(r, 400));
    await failing.stop();
    // 20 ms, then 40, 80, 160...: a handful of attempts in 400 ms, not twenty.
    expect(warnings.length).toBeGreaterThan(1);
    expect(warnings.length).toBeLessThan(8);
    expect(await outbox.unpublishedCount()).toBe(1);

    const healthy = relay();
    healthy.start();
    const deadline = Date.now() + 10_000;
    while ((await outbox.unpublishedCount()) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await healthy.stop();
    expect(await outbox.unpublishedCount()).toBe(0);
  });
});
