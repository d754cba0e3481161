import { testConfig, uniqueName } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cluster,
  eventually,
  type ServiceName,
  serviceNames,
  sleep,
  sql,
  startCluster,
} from '../support/cluster';

/** Terminates every server connection a service holds (its pool sets application_name to its schema). */
const dropConnections = async (schema: string) =>
  (
    await sql<{ dropped: boolean }>(
      'SELECT pg_terminate_backend(pid) AS dropped FROM pg_stat_activity WHERE application_name = $1',
      [schema],
    )
  ).length;

const readiness = async (cluster: Cluster, name: ServiceName) =>
  fetch(`${cluster.services[name].url}/readyz`).then(
    (r) => r.status,
    () => 0,
  );

describe('Postgres connections dropped under the services', () => {
  let cluster: Cluster;

  // The services log in as a role of their own, so the test can refuse them new connections
  // (CONNECTION LIMIT 0 binds every role but superusers) as well as cut the ones they hold.
  const role = uniqueName('e2e_role');
  const limitConnections = (limit: number) => sql(`ALTER ROLE "${role}" CONNECTION LIMIT ${limit}`);

  beforeAll(async () => {
    await sql(`CREATE ROLE "${role}" LOGIN`);
    const database = new URL(testConfig.TEST_DATABASE_URL);
    await sql(`GRANT CREATE ON DATABASE "${database.pathname.slice(1)}" TO "${role}"`);
    database.username = role;
    const env = { DATABASE_URL: database.toString() };
    cluster = await startCluster({ env: { ingest: env, matching: env, notification: env } });
  }, 900_000);
  afterAll(async () => {
    await limitConnections(-1).catch(() => undefined);
    await cluster?.stop();
    await sql(`DROP OWNED BY "${role}"`).catch(() => undefined);
    await sql(`DROP ROLE IF EXISTS "${role}"`).catch(() => undefined);
  }, 120_000);

  for (const name of serviceNames) {
    it(`${name}: /readyz answers 503 while its connections are cut, then 200 again in the same process`, {
      timeout: 300_000,
    }, async () => {
      const pid = cluster.services[name].child.pid;
      expect(await readiness(cluster, name)).toBe(200);
      expect(await dropConnections(cluster.schemas[name])).toBeGreaterThan(0);

      // New connections are refused and the held ones cut: the outage lasts until the limit is lifted.
      const statuses: number[] = [];
      try {
        await limitConnections(0);
        await dropConnections(cluster.schemas[name]);
        const until = Date.now() + 60_000;
        while (Date.now() < until && !statuses.includes(503)) {
          statuses.push(await readiness(cluster, name));
          await sleep(100);
        }
      } finally {
        await limitConnections(-1);
      }
      expect(statuses, 'readiness never reported the lost database').toContain(503);

      await eventually(
        () => readiness(cluster, name),
        (s) => s === 200,
        120_000,
      );
      expect(cluster.services[name].child.pid).toBe(pid);
      expect(cluster.services[name].child.exitCode).toBeNull();
    });
  }

  it('serves writes and reads again afterwards', { timeout: 120_000 }, async () => {
    const put = await cluster.call('ingest', '/v1/organisations/org-after', {
      method: 'PUT',
      body: { name: 'Efter avbrottet', kind: 'other' },
    });
    expect(put.status).toBe(200);
    await eventually(
      () => cluster.call<Record<string, unknown>>('matching', '/v1/admin/projection'),
      (r) => r.status === 200,
    );
    const deliveries = await cluster.call('notification', '/v1/admin/deliveries');
    expect(deliveries.status).toBe(200);
  });
});
