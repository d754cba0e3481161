import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it as test } from 'vitest';
import { createEntityStore } from './entity-store';
import { createEntityWriter } from './entity-writer';
import { createOutboxRepository } from './outbox.repository';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

const innovator = {
  id: 'inn-1',
  name: 'Alva Lind',
  email: 'alva@example.org',
  gender: 'woman' as const,
  locale: 'sv' as const,
  sdgs: [5],
  digest: 'weekly' as const,
  consents: { matching: true, emailRecommendations: false },
};

describe.each(testDbDrivers)('entity store on %s', (driver) => {
  // One database for the file: PGlite takes seconds to start, so tests use ids of their own instead.
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver, migrations);
  });
  afterAll(async () => {
    await database?.cleanup();
  });
  const open = (db: Parameters<typeof createEntityStore>[0]) => {
    const store = createEntityStore(db);
    const outbox = createOutboxRepository(db);
    return { store, outbox, writer: createEntityWriter({ store }) };
  };

  test('versions go up per real change only, each change with one event', async () => {
    const { store, outbox, writer } = open(database.db);
    const org = { id: 'org-1', name: 'Region Skåne', kind: 'region' as const, locale: 'sv' as const };
    const first = await writer.upsertOne(database.db, 'organisations', org);
    expect(first).toMatchObject({ ...org, version: 1 });
    expect(new Date(first.updatedAt).getTime()).toBeGreaterThan(0);
    const same = await writer.upsertOne(database.db, 'organisations', org);
    expect(same.version).toBe(1);
    const changed = await writer.upsertOne(database.db, 'organisations', { ...org, region: 'Skåne' });
    expect(changed).toMatchObject({ version: 2, region: 'Skåne' });
    expect(await store.get('organisations', 'org-1')).toEqual(changed);
    const events = await outbox.unpublished(10);
    expect(events.map((e) => [e.eventName, (e.payload as { version: number }).version])).toEqual([
      ['organisation.upserted', 1],
      ['organisation.upserted', 2],
    ]);
  });

  test('stamps each consent when it is given or withdrawn, and keeps the time otherwise', async () => {
    const { writer } = open(database.db);
    const created = await writer.upsertOne(database.db, 'innovators', innovator);
    expect(created.consentsChangedAt.matching).not.toBeNull();
    expect(created.consentsChangedAt.emailRecommendations).toBeNull();
    const renamed = await writer.upsertOne(database.db, 'innovators', { ...innovator, name: 'Alva L.' });
    expect(renamed.consentsChangedAt).toEqual(created.consentsChangedAt);
    const withdrawn = await writer.upsertOne(database.db, 'innovators', {
      ...innovator,
      consents: { matching: false, emailRecommendations: true },
    });
    expect(withdrawn.version).toBe(3);
    expect(withdrawn.consentsChangedAt.matching).not.toBe(created.consentsChangedAt.matching);
    expect(withdrawn.consentsChangedAt.emailRecommendations).not.toBeNull();
  });

  test('writes many rows in one statement and looks records up by external id', async () => {
    const { store, writer, outbox } = open(database.db);
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...innovator,
      id: `many-${i}`,
      externalId: `ext-${i}`,
    }));
    expect(await writer.upsert(database.db, 'innovators', many)).toHaveLength(300);
    const before = await outbox.unpublishedCount();
    await writer.upsert(database.db, 'innovators', many.slice(0, 5));
    expect(await outbox.unpublishedCount()).toBe(before);
    const found = await store.idsByExternalId(database.db, 'innovators', ['ext-7', 'ext-299', 'nope']);
    expect(Object.fromEntries(found)).toEqual({ 'ext-7': 'many-7', 'ext-299': 'many-299' });
    expect(await store.existingIds(database.db, 'innovators', ['many-1', 'inn-x'])).toEqual(
      new Set(['many-1']),
    );
  });

  test('refuses a second record with the same external id', async () => {
    const { writer } = open(database.db);
    const org = { name: 'A', kind: 'company' as const, locale: 'en' as const, externalId: 'org-ext-1' };
    await writer.upsertOne(database.db, 'organisations', { ...org, id: 'a' });
    const error = await writer.upsertOne(database.db, 'organisations', { ...org, id: 'b' }).then(
      () => undefined,
      (err: { code?: string; cause?: { code?: string } }) => err,
    );
    // A unique violation (23505), which the HTTP kit answers as 409; drivers may wrap it in `cause`.
    expect(error?.code ?? error?.cause?.code).toBe('23505');
  });

  test('pages by id and hides drafts of other organisations', async () => {
    const { store, writer } = open(database.db);
    for (const id of ['org-1', 'org-2']) {
      // org-1 exists from the first test; writing it again unchanged is harmless.
      await writer.upsertOne(database.db, 'organisations', { id, name: id, kind: 'other', locale: 'sv' });
    }
    const challenge = { title: 'T', description: 'D', locale: 'sv' as const, sdgs: [], sdgTargets: [] };
    await writer.upsert(database.db, 'challenges', [
      { ...challenge, id: 'c-1', organisationId: 'org-1', status: 'open' },
      { ...challenge, id: 'c-2', organisationId: 'org-1', status: 'draft' },
      { ...challenge, id: 'c-3', organisationId: 'org-2', status: 'draft' },
    ]);
    const ids = async (draftsOf: Parameters<typeof store.listChallenges>[1]['draftsOf']) =>
      (await store.listChallenges({ limit: 10 }, { draftsOf })).map((c) => c.id);
    expect(await ids('all')).toEqual(['c-1', 'c-2', 'c-3']);
    expect(await ids('none')).toEqual(['c-1']);
    expect(await ids({ organisationId: 'org-2' })).toEqual(['c-1', 'c-3']);
    expect(
      (await store.listChallenges({ limit: 1, after: 'c-1' }, { draftsOf: 'all' })).map((c) => c.id),
    ).toEqual(['c-2', 'c-3']);
  });
});
