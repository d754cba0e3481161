import { fileURLToPath } from 'node:url';
import type { Innovator } from '@suite/contracts';
import { openTestDatabase, type TestDatabase, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecipientsRepository } from './recipients.repository';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

const innovator: Innovator = {
  id: 'inn-1',
  name: 'Alva Ek',
  email: 'alva@example.org',
  gender: 'woman',
  locale: 'sv',
  sdgs: [],
  digest: 'daily',
  consents: { matching: true, emailRecommendations: true },
};

describe.each(testDbDrivers)('notification storage on %s', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver, migrations);
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('erases contact data and keeps it erased against an older replay', async () => {
    const recipients = createRecipientsRepository(database.db);
    await recipients.upsert(innovator, 1);
    expect((await recipients.get('inn-1'))?.email).toBe('alva@example.org');
    expect(await recipients.erase('inn-1', 2)).toBe(true);
    expect(await recipients.upsert(innovator, 1)).toBe(false);
    const row = await recipients.get('inn-1');
    expect(row?.email).toBeNull();
    expect(row?.name).toBeNull();
    expect(row?.erasedAt).toBeInstanceOf(Date);
  });

  it('keeps an unsubscribe made here when ingest replays the old consent', async () => {
    const recipients = createRecipientsRepository(database.db);
    const bo = { ...innovator, id: 'inn-2', digest: 'immediate' as const };
    await recipients.upsert(bo, 1);
    expect(await recipients.setPreferences('inn-2', { emailRecommendations: false })).toMatchObject({
      emailRecommendations: false,
    });
    await recipients.upsert({ ...bo, name: 'Bo Ek' }, 2);
    expect(await recipients.preferences('inn-2')).toEqual({
      digest: 'immediate',
      emailRecommendations: false,
      locale: 'sv',
    });
    // A real change of consent at the source wins again.
    await recipients.upsert({ ...bo, consents: { matching: true, emailRecommendations: false } }, 3);
    await recipients.upsert(bo, 4);
    expect((await recipients.preferences('inn-2'))?.emailRecommendations).toBe(true);
  });

  it('has no preferences to show or change for an erased person', async () => {
    const recipients = createRecipientsRepository(database.db);
    await recipients.upsert({ ...innovator, id: 'inn-3' }, 1);
    await recipients.erase('inn-3', 2);
    expect(await recipients.preferences('inn-3')).toBeUndefined();
    expect(await recipients.setPreferences('inn-3', { digest: 'never' })).toBeUndefined();
  });
});
