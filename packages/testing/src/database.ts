import { connect, type Database } from '@suite/platform';
import pg from 'pg';
import { testConfig } from './config';
import { uniqueName } from './unique-name';

export type DbDriver = 'pglite' | 'postgres';

/** The drivers integration tests run against: both, unless TEST_DB_DRIVERS narrows it. */
export const testDbDrivers: DbDriver[] = testConfig.TEST_DB_DRIVERS;

export interface TestDatabase extends Database {
  cleanup(): Promise<void>;
}

/** A migrated database of its own: in-memory PGlite, or a fresh schema on the Postgres server. */
export async function openTestDatabase(driver: DbDriver, migrationsFolder: string): Promise<TestDatabase> {
  const schema = uniqueName('t');
  const database = await connect({
    databaseUrl: driver === 'postgres' ? testConfig.TEST_DATABASE_URL : undefined,
    dataDir: 'memory://',
    schema,
    migrationsFolder,
    poolSize: 4,
  });
  return {
    ...database,
    async cleanup() {
      await database.close();
      if (driver !== 'postgres') return;
      const client = new pg.Client({ connectionString: testConfig.TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
