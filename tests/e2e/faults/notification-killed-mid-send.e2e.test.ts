import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, eventually, startCluster } from '../support/cluster';
import { ideaRow, range } from '../support/corpus';
import { importChallengeAndInnovators, importRows } from '../support/imports';
import { recipientOf } from '../support/mail';

const innovators = 150;
const consents = { matching: true, emailRecommendations: true };

describe('the notification worker killed -9 while sending', () => {
  let cluster: Cluster;
  // Default mail concurrency and SMTP pool (many messages on the wire at once); the send gate keeps
  // at most one accepted-but-unlogged. A short job lock: the jobs cut off are taken over soon after
  // the restart.
  const mailEnv = { JOB_LOCK_MS: '2000' };

  beforeAll(async () => {
    cluster = await startCluster({ env: { notification: mailEnv } });
  }, 900_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 120_000);

  it('sends every email, repeating at most the one in flight with its Message-ID', {
    timeout: 900_000,
  }, async () => {
    await importChallengeAndInnovators(cluster, innovators, consents);
    // Every idea is about the challenge's topic, so each innovator gets one recommendation email.
    await importRows(
      cluster,
      'ideas',
      range(innovators).map((i) => ideaRow(i, innovators, 0)),
    );

    const seen = await eventually(
      async () => cluster.sink.messages.length,
      (n) => n >= 3,
      600_000,
    );
    await cluster.kill9('notification');
    const atKill = cluster.sink.messages.length;
    await cluster.start('notification', mailEnv);

    const expected = range(innovators).map((i) => `innovator-${i}@example.org`);
    const got = () => new Set(cluster.sink.messages.map(recipientOf));
    await eventually(
      async () => expected.filter((e) => !got().has(e)).length,
      (missing) => missing === 0,
      600_000,
    ).catch(() => undefined);

    const byRecipient = new Map<string, string[]>();
    for (const m of cluster.sink.messages) {
      const to = recipientOf(m) ?? '';
      byRecipient.set(to, [...(byRecipient.get(to) ?? []), m.messageId ?? '']);
    }
    const lost = expected.filter((e) => !byRecipient.has(e)).length;
    const repeats = [...byRecipient.values()].filter((ids) => ids.length > 1);
    const sameMessageRepeats = repeats.filter((ids) => new Set(ids).size === 1).length;
    const duplicated = repeats.length - sameMessageRepeats;
    console.info(
      `notification killed -9 after ${seen} (${atKill}) of ${innovators} emails: lost ${lost}, duplicated ${duplicated}, repeated with the same Message-ID ${sameMessageRepeats}`,
    );
    expect(atKill, 'killed after every email was already sent').toBeLessThan(innovators);
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(sameMessageRepeats).toBeLessThanOrEqual(1);
    expect(cluster.sink.messages).toHaveLength(innovators + sameMessageRepeats);
  });
});
