import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, eventually, startCluster, token } from '../support/cluster';
import { challengeRow, ideaRow, range } from '../support/corpus';
import { importChallengeAndInnovators, importRows, projection } from '../support/imports';
import { recipientOf } from '../support/mail';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis';

const innovators = 60;
const ideasPerHalf = 300;
const consents = { matching: true, emailRecommendations: true };

describe('Redis restarted in the middle of the flow', () => {
  let redis: PrivateRedis;
  let cluster: Cluster;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    cluster = await startCluster({ redisUrl: redis.url });
  }, 900_000);
  afterAll(async () => {
    await cluster?.stop().catch(() => undefined);
    await redis?.stop();
  }, 120_000);

  it('processes every event written before, during and after the restart', {
    timeout: 1_200_000,
  }, async () => {
    await importChallengeAndInnovators(cluster, innovators, consents);
    const first = importRows(
      cluster,
      'ideas',
      range(ideasPerHalf).map((i) => ideaRow(i, innovators)),
    );
    await eventually(
      async () => (await projection(cluster)).idea?.live ?? 0,
      (n) => n > 0,
      300_000,
    );
    const atRestart = (await projection(cluster)).idea?.live ?? 0;
    await redis.restart();
    expect((await first).accepted).toBe(ideasPerHalf);
    // Written after Redis came back: the relay and the workers must have reconnected.
    const second = await importRows(
      cluster,
      'ideas',
      range(ideasPerHalf).map((i) => ideaRow(ideasPerHalf + i, innovators)),
    );
    expect(second.accepted).toBe(ideasPerHalf);
    await importRows(cluster, 'challenges', [challengeRow('ch-2', 'org-1', 1)]);

    const counts = await eventually(
      () => projection(cluster),
      (c) => c.idea?.live === 2 * ideasPerHalf && c.challenge?.live === 2 && c.innovator?.live === innovators,
      600_000,
    ).catch(() => projection(cluster));
    const lost = 2 * ideasPerHalf - (counts.idea?.live ?? 0);
    // Every innovator ends up with a recommendation email (notification saw them all and matching asked).
    const expected = range(innovators).map((i) => `innovator-${i}@example.org`);
    await eventually(
      async () => expected.filter((e) => !cluster.sink.messages.some((m) => recipientOf(m) === e)).length,
      (missing) => missing === 0,
      300_000,
    ).catch(() => undefined);
    const mailed = new Set(cluster.sink.messages.map(recipientOf));
    const lostEmails = expected.filter((e) => !mailed.has(e)).length;
    const ids = cluster.sink.messages.map((m) => m.messageId);
    const duplicated = ids.length - new Set(ids).size;
    console.info(
      `redis restarted after ${atRestart} of ${2 * ideasPerHalf} ideas: lost ideas ${lost}, innovators never mailed ${lostEmails}, duplicated emails ${duplicated}; projection ${JSON.stringify(counts)}`,
    );
    expect({ lost, lostEmails, duplicated }).toEqual({ lost: 0, lostEmails: 0, duplicated: 0 });
    expect(counts).toMatchObject({
      idea: { live: 2 * ideasPerHalf },
      challenge: { live: 2 },
      innovator: { live: innovators },
    });

    const shortlist = await cluster.call<{ entries: unknown[] }>(
      'matching',
      '/v1/challenges/ch-2/shortlist?k=20',
      {
        token: await token('need_owner', 'org-1'),
      },
    );
    expect(shortlist.status).toBe(200);
    expect(shortlist.body.entries.length).toBeGreaterThan(0);
    for (const name of ['ingest', 'matching', 'notification'] as const)
      expect((await cluster.call(name, '/readyz')).status, name).toBe(200);
  });
});
