import {
  type MatchingInbox,
  matchingInbox,
  type NotificationInbox,
  notificationInbox,
} from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, eventually, sleep, startCluster, token } from '../support/cluster';
import { challengeRow, ideaRow, innovatorRow, organisationRow, range } from '../support/corpus';
import { importRows, projection } from '../support/imports';

const innovators = 40;
const ideas = 120;
const consents = { matching: true, emailRecommendations: true };

describe('every event delivered twice', () => {
  let cluster: Cluster;
  let ownerToken: string;

  beforeAll(async () => {
    cluster = await startCluster();
    ownerToken = await token('need_owner', 'org-1');
  }, 900_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 120_000);

  const queueOf = (name: string) => new Queue(name, { connection: cluster.redis, prefix: cluster.prefix });
  const settled = async (queue: Queue) => {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(c).every((n) => n === 0);
  };
  const endState = async (inboxes: Queue[]) => {
    const shortlists = await Promise.all(
      ['ch-1', 'ch-2'].map(async (id) => {
        const res = await cluster.call<{
          entries: { rank: number; innovator: { id: string }; idea: { id: string } }[];
        }>('matching', `/v1/challenges/${id}/shortlist?k=50`, { token: ownerToken });
        return res.body.entries.map((e) => `${e.rank}:${e.innovator.id}:${e.idea.id}`);
      }),
    );
    const deliveries = await cluster.call<{ items?: unknown[] } | unknown[]>(
      'notification',
      '/v1/admin/deliveries?limit=500',
    );
    const deliveryList = Array.isArray(deliveries.body) ? deliveries.body : (deliveries.body.items ?? []);
    return {
      projection: await projection(cluster),
      shortlists,
      deliveries: deliveryList.length,
      emails: cluster.sink.messages.length,
      messageIds: new Set(cluster.sink.messages.map((m) => m.messageId)).size,
      // A replay the consumer refused would land here instead of changing nothing.
      failedJobs: await Promise.all(inboxes.map((q) => q.getFailedCount())),
    };
  };
  const waitQuiet = async (queues: Queue[]) => {
    // Quiet = nothing queued and no new email for a while (matching flushes mail requests every 500 ms).
    let lastEmails = -1;
    await eventually(
      async () => {
        const quiet = (await Promise.all(queues.map(settled))).every(Boolean);
        const emails = cluster.sink.messages.length;
        const still = quiet && emails === lastEmails;
        lastEmails = emails;
        await sleep(3_000);
        return still && (await Promise.all(queues.map(settled))).every(Boolean);
      },
      (ok) => ok,
      600_000,
    );
  };

  it('ends in the same state: counts, shortlists, deliveries, no extra email', {
    timeout: 1_200_000,
  }, async () => {
    await importRows(cluster, 'organisations', [organisationRow('org-1', 'behov@org-1.example.org')]);
    await importRows(cluster, 'challenges', [
      challengeRow('ch-1', 'org-1', 0),
      challengeRow('ch-2', 'org-1', 1),
    ]);
    await importRows(
      cluster,
      'innovators',
      range(innovators).map((i) => innovatorRow(i, consents)),
    );
    await importRows(
      cluster,
      'ideas',
      range(ideas).map((i) => ideaRow(i, innovators)),
    );
    // A change and an erasure too, so versions and tombstones are replayed as well.
    await importRows(cluster, 'ideas', [
      { ...ideaRow(7, innovators), title: 'Idé 7 om matsvinn, version två' },
    ]);
    expect((await cluster.call('ingest', '/v1/innovators/inn-5', { method: 'DELETE' })).status).toBeLessThan(
      300,
    );

    const inboxes = [queueOf(matchingInbox.name), queueOf(notificationInbox.name)];
    await eventually(
      () => projection(cluster),
      (c) => c.idea?.live === ideas - ideas / innovators && c.innovator?.deleted === 1,
      600_000,
    );
    await waitQuiet(inboxes);
    const before = await endState(inboxes);
    expect(before.emails).toBeGreaterThan(0);

    // Publish every event once more under a new job id, in the original order.
    const matching = createProducer<MatchingInbox>(matchingInbox, {
      connection: cluster.redis,
      prefix: cluster.prefix,
    });
    const notification = createProducer<NotificationInbox>(notificationInbox, {
      connection: cluster.redis,
      prefix: cluster.prefix,
    });
    let replayed = 0;
    for (const [queue, producer] of [
      [inboxes[0], matching],
      [inboxes[1], notification],
    ] as const) {
      const jobs = (await queue?.getJobs(['completed'], 0, -1, true)) ?? [];
      jobs.sort((a, b) => (a.processedOn ?? 0) - (b.processedOn ?? 0));
      for (const job of jobs) {
        await (producer.add as (n: string, d: unknown, o: { jobId: string }) => Promise<string>)(
          job.name,
          job.data,
          { jobId: `again-${job.id}` },
        );
        replayed++;
      }
    }
    await matching.close();
    await notification.close();
    await waitQuiet(inboxes);
    const after = await endState(inboxes);
    await Promise.all(inboxes.map((q) => q.close()));

    const duplicatedEmails = after.emails - before.emails;
    console.info(
      `events delivered twice: ${replayed} replayed; emails before ${before.emails}, after ${after.emails} (duplicated ${duplicatedEmails}); projection ${JSON.stringify(after.projection)}`,
    );
    expect(replayed).toBeGreaterThan(ideas);
    expect(after).toEqual(before);
  });
});
