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

  beforeAll(async () => {
    cluster = await startCluster();
  }, 900_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 120_000);

  for (const name of serviceNames) {
    it(`${name}: /readyz answers 503 while its connections are cut, then 200 again in the same process`, {
      timeout: 300_000,
    }, async () => {
      const pid = cluster.services[name].child.pid;
      expect(await readiness(cluster, name)).toBe(200);
      expect(await dropConnections(cluster.schemas[name])).toBeGreaterThan(0);

      // Keep cutting every new connection while probing, so the outage lasts long enough to be seen.
      const statuses: number[] = [];
      const until = Date.now() + 15_000;
      let cutting = true;
      const cutter = (async () => {
        while (cutting) {
          await dropConnections(cluster.schemas[name]);
          await sleep(20);
        }
      })();
      while (Date.now() < until && !statuses.includes(503)) {
        statuses.push(await readiness(cluster, name));
        await sleep(50);
      }
      cutting = false;
      await cutter;
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
