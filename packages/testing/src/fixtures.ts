import { test as base } from 'vitest';
import { type DbDriver, openTestDatabase, type TestDatabase } from './database';
import { openTestRedis, type TestRedis } from './redis';
import { type SmtpSink, startSmtpSink } from './smtp-sink';

/** Vitest fixtures for the real services: each test gets its own Redis prefix and its own SMTP sink. */
export const test = base.extend<{ testRedis: TestRedis; smtpSink: SmtpSink }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  testRedis: async ({}, use) => {
    const redis = await openTestRedis();
    await use(redis);
    await redis.cleanup();
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  smtpSink: async ({}, use) => {
    const sink = await startSmtpSink();
    await use(sink);
    await sink.close();
  },
});

/** A fixture with a migrated database of its own per test: in-memory PGlite or a fresh server schema. */
export const databaseTest = (driver: DbDriver, migrationsFolder: string) =>
  base.extend<{ database: TestDatabase }>({
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
    database: async ({}, use) => {
      const database = await openTestDatabase(driver, migrationsFolder);
      await use(database);
      await database.cleanup();
    },
  });
