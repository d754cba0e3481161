import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectionChange } from '../domain/projection-change';
import { createProjectionRepository, type ProjectionRepository } from './projection.repository';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

const idea = (version: number, title: string, deleted = false): ProjectionChange => ({
  entityType: 'idea',
  entityId: 'idea-1',
  version,
  deleted,
  payload: deleted ? null : { title },
});

describe.each(testDbDrivers)('projection repository on %s', (driver) => {
  let database: TestDatabase;
  let repo: ProjectionRepository;
  beforeAll(async () => {
    database = await openTestDatabase(driver, migrations);
    repo = createProjectionRepository(database.db);
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('applies a newer version and drops a stale one', async () => {
    expect(await repo.apply(idea(2, 'second'))).toBe(true);
    expect(await repo.apply(idea(1, 'first'))).toBe(false);
    expect(await repo.apply(idea(2, 'replayed'))).toBe(false);
    expect((await repo.get('idea', 'idea-1'))?.payload).toEqual({ title: 'second' });
  });

  it('counts live and deleted entities per type', async () => {
    await repo.apply({ ...idea(1, 'other'), entityId: 'idea-2' });
    await repo.apply(idea(3, '', true));
    expect(await repo.countsByType()).toEqual({ idea: { live: 1, deleted: 1 } });
    expect(await repo.countLive('idea')).toBe(1);
  });
});
