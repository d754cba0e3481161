import { test as base } from 'vitest';
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
