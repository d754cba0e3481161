import express from 'express';
import pg from 'pg';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { connect } from '../db/connect';
import { emptyMigrationsFolder, testDatabaseUrl, uniqueSchema } from '../db/test-server';
import { healthRouter } from './health';

const until = async (check: () => Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('/readyz against the Postgres server', () => {
  it('turns false while the connections are gone and true again after, without a restart', async () => {
    // A login role of its own, so cutting its connections touches nobody else's.
    const role = uniqueSchema('ready');
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    const url = new URL(testDatabaseUrl);
    url.username = role;
    url.password = '';
    await admin.query(`CREATE ROLE "${role}" LOGIN`);
    await admin.query(`CREATE SCHEMA "${role}" AUTHORIZATION "${role}"`);
    await admin.query(`GRANT CREATE ON DATABASE "${url.pathname.slice(1)}" TO "${role}"`);
    const connectionErrors: string[] = [];
    const database = await connect({
      databaseUrl: url.toString(),
      dataDir: 'memory://',
      schema: role,
      migrationsFolder: emptyMigrationsFolder(),
      poolSize: 3,
      onConnectionError: (err) =>
        connectionErrors.push((err as Error & { code?: string }).code ?? err.message),
    });
    const app = express().use(healthRouter({ db: () => database.ping() }));
    const ready = async () => (await request(app).get('/readyz')).status === 200;
    try {
      expect(await ready()).toBe(true);
      await Promise.all([database.ping(), database.ping(), database.ping()]);

      // The server goes away for this service: new connections refused, the open ones terminated.
      await admin.query(`ALTER ROLE "${role}" CONNECTION LIMIT 0`);
      const terminated = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [role],
      );
      expect(terminated.rowCount).toBeGreaterThan(0);
      await until(async () => connectionErrors.length > 0);
      expect(connectionErrors).toContain('57P01'); // admin_shutdown: the idle connections broke
      const down = await request(app).get('/readyz');
      expect(down.status).toBe(503);
      expect(down.body.checks.db).toMatch(/^failed/);

      // It comes back: the pool reconnects on its own.
      await admin.query(`ALTER ROLE "${role}" CONNECTION LIMIT -1`);
      await until(ready);
      expect(await ready()).toBe(true);
    } finally {
      await database.close();
      await admin.query(`DROP SCHEMA IF EXISTS "${role}" CASCADE`);
      await admin.query(`REVOKE ALL ON DATABASE "${url.pathname.slice(1)}" FROM "${role}"`);
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });
});
