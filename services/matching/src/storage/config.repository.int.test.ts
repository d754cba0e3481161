import { fileURLToPath } from 'node:url';
import { createRedis } from '@suite/platform';
import { databaseTest, openTestRedis, testDbDrivers } from '@suite/testing';
import { describe, expect } from 'vitest';
import { createConfigRepository, type StoredMatchingConfig } from './config.repository';
import { createCurrentConfig } from './current-config';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

const proposal = {
  weights: { text: 40, sdg: 40, region: 10, language: 4, stage: 2, freshness: 4 },
  minScore: 0.2,
  balance: { mode: 'relax' as const, groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
  reason: 'SDG fit matters more to the programme',
};

describe.each(testDbDrivers)('matching config repository on %s', (driver) => {
  const test = databaseTest(driver, migrations);

  test('starts at version 1 with the defaults', async ({ database }) => {
    const current = await createConfigRepository(database.db).current();
    expect(current).toMatchObject({ version: 1, updatedBy: 'system', minScore: 0.25, diff: [] });
    expect(current.weights.text).toBeGreaterThan(0);
  });

  test('saves a new version with who, why and the field-level diff', async ({ database }) => {
    const repo = createConfigRepository(database.db);
    const before = await repo.current();
    const { config: saved, created } = await repo.save(proposal, 'admin-7');
    expect(created).toBe(true);
    expect(saved).toMatchObject({ version: 2, updatedBy: 'admin-7', reason: proposal.reason, minScore: 0.2 });
    expect(saved.diff).toContainEqual({ field: 'weights.sdg', from: before.weights.sdg, to: 40 });
    expect(saved.diff).toContainEqual({ field: 'minScore', from: 0.25, to: 0.2 });
    expect(await repo.current()).toEqual(saved);
  });

  test('gives concurrent saves distinct versions', async ({ database }) => {
    const repo = createConfigRepository(database.db);
    const saved = await Promise.all(
      [1, 2, 3].map((i) => repo.save({ ...proposal, minScore: i / 10, reason: `try ${i}` }, `admin-${i}`)),
    );
    expect(saved.map((s) => s.config.version).sort()).toEqual([2, 3, 4]);
  });

  test('saves no version for input equal to the current one, whatever the reason or If-Match', async ({
    database,
  }) => {
    const repo = createConfigRepository(database.db);
    const { config: saved } = await repo.save(proposal, 'admin-1');
    const again = await repo.save({ ...proposal, reason: 'the same, by mistake' }, 'admin-2', 1);
    expect(again).toEqual({ config: saved, created: false });
    expect((await repo.audit({ limit: 10 })).map((c) => c.version)).toEqual([2, 1]);
    // Any difference is a version, and only then does a replaced If-Match version matter.
    await expect(repo.save({ ...proposal, minScore: 0.21 }, 'admin-2', 1)).rejects.toMatchObject({
      status: 409,
    });
    expect((await repo.save({ ...proposal, minScore: 0.21 }, 'admin-2', 2)).created).toBe(true);
  });

  test('lists versions newest first, a page at a time', async ({ database }) => {
    const repo = createConfigRepository(database.db);
    await repo.save(proposal, 'a');
    await repo.save({ ...proposal, minScore: 0.3 }, 'b');
    const first = await repo.audit({ limit: 2 });
    expect(first.map((c) => c.version)).toEqual([3, 2]);
    const next = await repo.audit({ limit: 2, beforeVersion: 2 });
    expect(next.map((c) => c.version)).toEqual([1]);
  });

  test('a save through one replica is the config of another at once', async ({ database }) => {
    const testRedis = await openTestRedis();
    try {
      const key = `${testRedis.prefix}:matching:config-version`;
      const repository = createConfigRepository(database.db);
      // Sources that cache until told to forget: only the announced version can refresh them.
      const cachingSource = () => {
        let cached: Promise<StoredMatchingConfig> | undefined;
        return {
          current: () => {
            cached ??= repository.current();
            return cached;
          },
          forget: () => {
            cached = undefined;
          },
        };
      };
      const replicaA = createCurrentConfig({ source: cachingSource(), redis: testRedis.redis, key });
      const replicaB = createCurrentConfig({ source: cachingSource(), redis: testRedis.redis, key });
      expect((await replicaB.current()).version).toBe(1);
      expect((await replicaA.current()).version).toBe(1);
      const { config: saved } = await repository.save(proposal, 'admin-1');
      expect((await replicaB.current()).version).toBe(1);
      await replicaA.announce(saved.version);
      expect(await replicaB.current()).toMatchObject({ version: 2, weights: proposal.weights });
      expect((await replicaA.current()).version).toBe(2);
    } finally {
      await testRedis.cleanup();
    }
  });

  test('reads the database when Redis does not answer, and a save still stands', async ({ database }) => {
    // Nothing listens on port 1: the client keeps reconnecting and queues its commands.
    const unreachable = createRedis('redis://127.0.0.1:1');
    unreachable.on('error', () => undefined);
    try {
      const repository = createConfigRepository(database.db);
      let reads = 0;
      const source = {
        current: () => {
          reads += 1;
          return repository.current();
        },
        forget: () => undefined,
      };
      const replica = createCurrentConfig({ source, redis: unreachable, key: 'unreachable:config-version' });
      expect((await replica.current()).version).toBe(1);
      const { config: saved } = await repository.save(proposal, 'admin-1');
      await replica.announce(saved.version);
      expect((await replica.current()).version).toBe(2);
      expect(reads).toBe(2);
    } finally {
      unreachable.disconnect();
    }
  });
});
