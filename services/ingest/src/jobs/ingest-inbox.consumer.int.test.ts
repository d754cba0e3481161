import { ingestInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';
import { createPreferenceChangeApplier, startIngestInboxConsumer } from './ingest-inbox.consumer';

const person = {
  id: 'inn-pref',
  name: 'Alva Lind',
  email: 'alva@example.org',
  gender: 'woman' as const,
  locale: 'sv' as const,
  sdgs: [],
  digest: 'weekly' as const,
  consents: { matching: true, emailRecommendations: true },
};

describe.each(testDbDrivers)('preference changes from notification on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    service = await start();
    const { db } = service.deps.database;
    await db.transaction((tx) => service.deps.writer.upsertOne(tx, 'innovators', person));
  });
  afterAll(async () => {
    await service?.close();
  });

  const upsertedEvents = async () => {
    const result = await service.deps.database.db.execute(
      sql`select payload from outbox where event_name = 'innovator.upserted' order by seq`,
    );
    return (result as unknown as { rows: { payload: { version: number; innovator: typeof person } }[] }).rows
      .map((row) => row.payload)
      .filter((payload) => payload.innovator.id === person.id);
  };

  describe('two quick changes: the later one by changedAt wins, whichever arrives first', () => {
    const at = (ms: number) => new Date(ms).toISOString();
    const orders = [
      ['in the order made', [0, 1]],
      ['in reverse', [1, 0]],
    ] as const;
    it.each(orders)('%s', async (_label, order) => {
      const { deps } = service;
      const apply = createPreferenceChangeApplier({ ...deps, db: deps.database.db });
      const id = `inn-quick-${order.join('')}`;
      await deps.database.db.transaction((tx) => deps.writer.upsertOne(tx, 'innovators', { ...person, id }));
      // Both made before the first report is applied, as when reports queue up behind each other.
      const made = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const changes = [
        { digest: 'daily', emailRecommendations: false, locale: 'sv' },
        { digest: 'never', emailRecommendations: true, locale: 'en' },
      ] as const;
      for (const i of order) {
        await apply({ innovatorId: id, changedAt: at(made + 10 * i), preferences: changes[i] });
      }
      expect(await deps.store.get('innovators', id)).toMatchObject({
        digest: 'never',
        locale: 'en',
        consents: { emailRecommendations: true },
      });
    });

    it('ignores an older change arriving after a newer one that changed nothing', async () => {
      const { deps } = service;
      const apply = createPreferenceChangeApplier({ ...deps, db: deps.database.db });
      const id = 'inn-back-again';
      await deps.database.db.transaction((tx) => deps.writer.upsertOne(tx, 'innovators', { ...person, id }));
      const made = Date.now();
      // weekly -> daily -> weekly at notification; the last report (weekly) arrives first.
      expect(
        await apply({ innovatorId: id, changedAt: at(made + 10), preferences: { digest: 'weekly' } }),
      ).toBe(false);
      expect(await apply({ innovatorId: id, changedAt: at(made), preferences: { digest: 'daily' } })).toBe(
        false,
      );
      expect(await deps.store.get('innovators', id)).toMatchObject({ digest: 'weekly', version: 1 });
    });

    it('loses to a change made at ingest after it, and wins over one made before it', async () => {
      const { deps } = service;
      const apply = createPreferenceChangeApplier({ ...deps, db: deps.database.db });
      const id = 'inn-both-sides';
      const before = Date.now() - 60_000;
      await deps.database.db.transaction((tx) => deps.writer.upsertOne(tx, 'innovators', { ...person, id }));
      expect(await apply({ innovatorId: id, changedAt: at(before), preferences: { digest: 'never' } })).toBe(
        false,
      );
      expect(
        await apply({ innovatorId: id, changedAt: at(Date.now() + 10), preferences: { digest: 'never' } }),
      ).toBe(true);
      expect(await deps.store.get('innovators', id)).toMatchObject({ digest: 'never', version: 2 });
    });
  });

  it('withdraws the consent in the record and emits the new version, once however often it arrives', async () => {
    const { deps } = service;
    const producer = createProducer(ingestInbox, deps.queue);
    const consumer = startIngestInboxConsumer({
      queue: deps.queue,
      apply: createPreferenceChangeApplier({ ...deps, db: deps.database.db }),
      logger: deps.logger,
    });
    try {
      const change = {
        innovatorId: person.id,
        changedAt: new Date(Date.now() + 1_000).toISOString(),
        preferences: { emailRecommendations: false, digest: 'immediate' as const },
      };
      await producer.add('preferences.changed', change, { jobId: 'pref-1' });
      await producer.add('preferences.changed', change, { jobId: 'pref-2' });
      await producer.add('preferences.changed', { ...change, innovatorId: 'nobody' }, { jobId: 'pref-3' });
      const deadline = Date.now() + 20_000;
      while (((await producer.counts()).completed ?? 0) < 3 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await producer.counts()).toMatchObject({ completed: 3, failed: 0 });

      const stored = await deps.store.get('innovators', person.id);
      expect(stored).toMatchObject({
        version: 2,
        digest: 'immediate',
        consents: { matching: true, emailRecommendations: false },
      });
      expect(stored?.consentsChangedAt.emailRecommendations).not.toBeNull();
      const events = await upsertedEvents();
      expect(events.map((e) => e.version)).toEqual([1, 2]);
      expect(events[1]?.innovator.consents.emailRecommendations).toBe(false);
      expect(await deps.store.get('innovators', 'nobody')).toBeUndefined();
    } finally {
      await consumer.close();
      await producer.close();
    }
  });
});
