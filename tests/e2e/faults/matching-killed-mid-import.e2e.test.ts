import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, eventually, sql, startCluster, token } from '../support/cluster';
import { ideaRow, range } from '../support/corpus';
import { importChallengeAndInnovators, importRows, projection } from '../support/imports';

const innovators = 200;
const ideas = 3_000;

describe('matching killed -9 in the middle of a bulk import', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    // Notification is not part of this path; its inbox just fills up.
    cluster = await startCluster({ only: ['ingest', 'matching'] });
  }, 900_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 120_000);

  it('indexes every idea exactly once after a restart', { timeout: 900_000 }, async () => {
    await importChallengeAndInnovators(cluster, innovators);
    const report = importRows(
      cluster,
      'ideas',
      range(ideas).map((i) => ideaRow(i, innovators)),
    );

    // Kill matching while it is part-way through the ideas.
    const seen = await eventually(
      async () => (await projection(cluster)).idea?.live ?? 0,
      (n) => n > 0,
      300_000,
    );
    await cluster.kill9('matching');
    expect(seen, 'killed after the import was already projected').toBeLessThan(ideas);
    expect((await report).accepted).toBe(ideas);
    await cluster.start('matching');

    const counts = await eventually(
      () => projection(cluster),
      (c) => c.idea?.live === ideas && c.innovator?.live === innovators,
      600_000,
    ).catch(async () => projection(cluster));
    const [stored] = await sql<{ rows: string; distinct: string }>(
      `SELECT count(*) AS rows, count(DISTINCT id) AS distinct FROM "${cluster.schemas.matching}".ideas WHERE NOT deleted`,
    );
    const lost = ideas - Number(stored?.distinct ?? 0);
    const duplicated = Number(stored?.rows ?? 0) - Number(stored?.distinct ?? 0);
    console.info(
      `matching killed -9 after ${seen} of ${ideas} ideas: lost ${lost}, duplicated ${duplicated}, projection ${JSON.stringify(counts)}`,
    );
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(counts).toMatchObject({ idea: { live: ideas, deleted: 0 }, innovator: { live: innovators } });

    // The rebuilt index ranks each innovator once, every innovator with a fitting idea (all of them).
    const shortlist = await cluster.call<{
      entries: { innovator: { id: string } }[];
      balance: { pool: Record<string, number> };
    }>('matching', '/v1/challenges/ch-1/shortlist?k=200', { token: await token('need_owner', 'org-1') });
    expect(shortlist.status).toBe(200);
    const ids = shortlist.body.entries.map((e) => e.innovator.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pool = Object.values(shortlist.body.balance.pool).reduce((a, b) => a + b, 0);
    expect(pool).toBeLessThanOrEqual(innovators);
    expect(ids.length).toBe(Math.min(200, pool));
  });
});
