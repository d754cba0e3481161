import { fileURLToPath } from 'node:url';
import { databaseTest, testDbDrivers } from '@suite/testing';
import { describe, expect } from 'vitest';
import { createOrganisationsRepository } from './organisations.repository';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

describe.each(testDbDrivers)('organisations repository on %s', (driver) => {
  const test = databaseTest(driver, migrations);

  test('creates, then replaces with a higher version', async ({ database }) => {
    const repo = createOrganisationsRepository(database.db);
    const first = await repo.upsert({ id: 'org-1', name: 'Region Skåne', kind: 'region', locale: 'sv' });
    expect(first.version).toBe(1);
    const second = await repo.upsert({
      id: 'org-1',
      name: 'Region Skåne',
      kind: 'region',
      locale: 'sv',
      contactEmail: 'innovation@skane.example',
    });
    expect(second).toMatchObject({ version: 2, contactEmail: 'innovation@skane.example' });
    expect(await repo.get('org-1')).toEqual(second);
  });

  test('returns nothing for an unknown id', async ({ database }) => {
    expect(await createOrganisationsRepository(database.db).get('nope')).toBeUndefined();
  });

  test('refuses a second organisation with the same external id', async ({ database }) => {
    const repo = createOrganisationsRepository(database.db);
    await repo.upsert({ id: 'a', externalId: 'ext-1', name: 'A', kind: 'company', locale: 'en' });
    await expect(
      repo.upsert({ id: 'b', externalId: 'ext-1', name: 'B', kind: 'company', locale: 'en' }),
    ).rejects.toThrow();
  });
});
