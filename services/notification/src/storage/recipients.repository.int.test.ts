import { fileURLToPath } from 'node:url';
import type { Innovator } from '@suite/contracts';
import { openTestDatabase, type TestDatabase, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveriesRepository } from './deliveries.repository';
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

  it('records a delivery request once per idempotency key', async () => {
    const deliveries = createDeliveriesRepository(database.db);
    const request = {
      idempotencyKey: 'rec:job-1',
      kind: 'recommendations' as const,
      recipientId: 'inn-1',
      payload: {},
    };
    expect(await deliveries.request(request)).toBe(true);
    expect(await deliveries.request(request)).toBe(false);
    expect(await deliveries.list({ limit: 10 })).toHaveLength(1);
  });
});
