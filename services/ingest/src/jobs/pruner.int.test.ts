import { randomUUID } from 'node:crypto';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';
import { createPruner } from './pruner';

const hour = 3_600_000;

describe.each(testDbDrivers)('pruner on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    service = await start();
  });
  afterAll(async () => {
    await service?.close();
  });

  const event = (eventId: string) => ({
    eventId,
    version: 2,
    occurredAt: new Date().toISOString(),
    innovatorId: `inn-${eventId}`,
  });
  const outboxIds = async () => {
    const result = await service.deps.database.db.execute(sql`select event_id from outbox`);
    return (result as unknown as { rows: { event_id: string }[] }).rows.map((r) => r.event_id).sort();
  };

  it('prunes published events past their retention and answers past their TTL, keeping the rest', async () => {
    const { db } = service.deps.database;
    const { outbox, idempotency } = service.deps;
    const [oldPublished, oldUnpublished, freshPublished] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ] as const;
    for (const id of [oldPublished, oldUnpublished, freshPublished]) {
      await outbox.append(db, 'innovator.erased', event(id));
    }
    const age = (hours: number) => sql`now() - make_interval(hours => ${hours})`;
    await db.execute(
      sql`update outbox set created_at = ${age(200)}, published_at = ${age(190)} where event_id = ${oldPublished}`,
    );
    await db.execute(sql`update outbox set created_at = ${age(200)} where event_id = ${oldUnpublished}`);
    await db.execute(sql`update outbox set published_at = ${age(1)} where event_id = ${freshPublished}`);
    const answer = { route: 'PUT /v1/ideas/x', bodyHash: 'h', status: 200, response: {} };
    await idempotency.record(db, 'admin:local', 'old-key', answer);
    await idempotency.record(db, 'admin:local', 'fresh-key', answer);
    await db.execute(sql`update idempotency_keys set created_at = ${age(25)} where key = 'old-key'`);

    const pruner = createPruner({
      outbox,
      idempotency,
      logger: service.deps.logger,
      outboxRetentionMs: 7 * 24 * hour,
      idempotencyTtlMs: 24 * hour,
      intervalMs: hour,
    });
    expect(await pruner.runOnce()).toEqual({ outboxRows: 1, idempotencyKeys: 1 });
    expect(await outboxIds()).toEqual([oldUnpublished, freshPublished].sort());
    expect(await idempotency.find('admin:local', 'old-key')).toBeUndefined();
    expect(await idempotency.find('admin:local', 'fresh-key')).toMatchObject({ status: 200 });
    // Nothing more is due: a second round prunes nothing.
    expect(await pruner.runOnce()).toEqual({ outboxRows: 0, idempotencyKeys: 0 });
  });

  it('prunes a large published backlog in several short batches', async () => {
    const { db } = service.deps.database;
    await db.execute(sql`delete from outbox`);
    for (let i = 0; i < 25; i += 1) {
      await service.deps.outbox.append(db, 'innovator.erased', event(randomUUID()));
    }
    await db.execute(sql`update outbox set published_at = now() - interval '9 days'`);
    expect(await service.deps.outbox.prunePublished(new Date(Date.now() - 7 * 24 * hour), 10)).toBe(25);
    expect(await outboxIds()).toEqual([]);
  });
});
