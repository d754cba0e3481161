import { randomUUID } from 'node:crypto';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';
import { createOutboxRelay, queueSink } from './outbox-relay';

const envelope = (version = 1) => ({ eventId: randomUUID(), version, occurredAt: new Date().toISOString() });

describe.each(testDbDrivers)('outbox relay on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    service = await start();
  });
  afterAll(async () => {
    await service?.close();
  });

  const relay = () =>
    createOutboxRelay({
      outbox: service.deps.outbox,
      sinks: [queueSink(service.deps.queues.matchingInbox), queueSink(service.deps.queues.notificationInbox)],
      logger: service.deps.logger,
      batchSize: 2,
    });

  it('publishes each event to the queues that take it, once, with the event id as job id', async () => {
    const { outbox, database, queues } = service.deps;
    const innovatorEvent = {
      ...envelope(),
      innovator: {
        id: 'inn-1',
        name: 'Alva',
        email: 'alva@example.org',
        gender: 'woman' as const,
        locale: 'sv' as const,
        sdgs: [],
        digest: 'weekly' as const,
        consents: { matching: true, emailRecommendations: true },
      },
    };
    const ideaEvent = {
      ...envelope(),
      idea: {
        id: 'idea-1',
        innovatorId: 'inn-1',
        title: 'Delningstjänst',
        description: 'Verktyg lånas ut i grannskapet',
        stage: 'idea' as const,
        sdgs: [12],
        sdgTargets: [],
      },
    };
    await database.db.transaction(async (tx) => {
      await outbox.append(tx, 'innovator.upserted', innovatorEvent);
      await outbox.append(tx, 'idea.upserted', ideaEvent);
      await outbox.append(tx, 'idea.deleted', { ...envelope(2), ideaId: 'idea-1', innovatorId: 'inn-1' });
    });
    expect(await relay().runOnce()).toBe(2);
    expect(await relay().runOnce()).toBe(1);
    expect(await relay().runOnce()).toBe(0);
    expect((await queues.matchingInbox.counts()).waiting).toBe(3);
    // idea events are not in the notification catalog.
    expect((await queues.notificationInbox.counts()).waiting).toBe(1);

    // A crash after publishing but before marking re-publishes: BullMQ collapses it by job id.
    await database.db.execute(sql`update outbox set published_at = null`);
    expect(await relay().runOnce()).toBe(2);
    expect(await relay().runOnce()).toBe(1);
    expect((await queues.matchingInbox.counts()).waiting).toBe(3);
  });

  it('keeps an event unwritten when its transaction rolls back', async () => {
    const { outbox, database } = service.deps;
    await expect(
      database.db.transaction(async (tx) => {
        await outbox.append(tx, 'challenge.closed', { ...envelope(), challengeId: 'c-9' });
        throw new Error('entity write failed');
      }),
    ).rejects.toThrow('entity write failed');
    expect(await outbox.unpublished(10)).toEqual([]);
  });

  it('runs on a timer and stops cleanly', async () => {
    const { outbox, database, queues } = service.deps;
    const running = relay();
    running.start();
    await outbox.append(database.db, 'challenge.closed', { ...envelope(), challengeId: 'c-1' });
    const deadline = Date.now() + 5_000;
    while ((await outbox.unpublished(10)).length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await running.stop();
    expect(await outbox.unpublished(10)).toEqual([]);
    expect((await queues.notificationInbox.counts()).waiting).toBe(2);
  });
});
