import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config';

/** The Postgres server platform's own integration tests run against (the same default as @suite/testing). */
export const testDatabaseUrl = loadConfig({
  TEST_DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/test'),
}).TEST_DATABASE_URL;

/** A drizzle migrations folder with no migrations: platform tests need a connection, not tables. */
export function emptyMigrationsFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'platform-migrations-'));
  mkdirSync(join(folder, 'meta'));
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries: [] }),
  );
  return folder;
}

export const uniqueSchema = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
