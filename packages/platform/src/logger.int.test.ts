import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connect } from './db/connect';
import { emptyMigrationsFolder, testDatabaseUrl, uniqueSchema } from './db/test-server';
import { createLogger } from './logger';

const drivers = [
  { driver: 'pglite', databaseUrl: undefined },
  { driver: 'postgres', databaseUrl: testDatabaseUrl },
] as const;

describe.each(drivers)('a failed query logged on $driver', ({ databaseUrl }) => {
  it('keeps the SQLSTATE and leaves out the bound parameters', async () => {
    const schema = uniqueSchema('log');
    const database = await connect({
      databaseUrl,
      dataDir: 'memory://',
      schema,
      migrationsFolder: emptyMigrationsFolder(),
      poolSize: 1,
    });
    const lines: string[] = [];
    const logger = createLogger({
      service: 'test',
      level: 'info',
      destination: new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    try {
      // A NUL byte next to an email: the database refuses it and drizzle's error names both parameters.
      const failure = await database.db
        .execute(sql`select ${'alva@example.org'}::text || ${'Alva Ek\u0000'}::text`)
        .then(() => undefined)
        .catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(Error);
      expect(String((failure as Error).message)).toContain('alva@example.org');
      logger.error({ err: failure, requestId: 'r-1' }, 'request failed');
      logger.error(failure);
    } finally {
      await database.close();
      if (databaseUrl) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    }
    const out = lines.join('');
    expect(out).not.toContain('alva@example.org');
    expect(out).not.toContain('Alva Ek');
    expect(out).not.toContain('params');
    const logged = JSON.parse(lines[0] ?? '{}') as { err: { code?: string; message: string } };
    expect(logged.err.code).toBe('22021');
    expect(logged.err.message).toMatch(/^Failed query: select/);
  });
});
