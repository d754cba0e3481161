import { notificationInbox } from '@suite/contracts';
import { serviceTestEnv, testDbDrivers } from '@suite/testing';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMatchingConfig } from '../config';
import { createDeps, type MatchingDeps } from '../deps';
import { challengeEvent, ideaEvent, innovatorEvent } from '../testing/events';
import { waterIdeas } from '../testing/matching-under-test';

const other = [
  'Community fridge',
  'Tablet lessons for seniors',
  'Compost for school gardens',
  'Shared cargo bikes',
  'Second hand uniforms',
  'Intergenerational gardening',
  'Leftover meals app',
  'Night buses for shift workers',
  'Refugee mentoring',
  'Solar panels on schools',
  'Repair workshops for teenagers',
  'Dance classes for elderly',
  'Phone buddies for lonely seniors',
  'Coding club for girls',
  'Street football league',
  'Repair cafe',
  'Reading buddies',
  'Bike kitchen',
  'Job coaching',
  'Library of things',
];

describe.each(testDbDrivers)('mail requests on %s', (driver) => {
  let deps: MatchingDeps;
  let inbox: Queue;
  let cleanup: () => Promise<void>;
  const jobs = async () => {
    const all = await inbox.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    return all.map((job) => ({ id: job.id ?? '', name: job.name, data: job.data }));
  };

  beforeAll(async () => {
    const env = serviceTestEnv(driver);
    const config = loadMatchingConfig(env.env);
    deps = await createDeps(config);
    inbox = new Queue(notificationInbox.name, { connection: deps.redis, prefix: config.QUEUE_PREFIX });
    cleanup = async () => {
      await inbox.close();
      await deps.shutdown.shutdown('test over');
      await env.cleanup();
    };
    // Enough other ideas that the water words stay rare (BM25 prunes terms most documents share).
    for (const [i, title] of other.entries()) {
      await deps.projector.ideaUpserted(
        ideaEvent(1, { id: `o-${i}`, innovatorId: `q-${i}`, title, description: `${title} for neighbours.` }),
      );
    }
  }, 180_000);
  afterAll(async () => {
    await cleanup?.();
  });

  it('mails nothing until flushed, then one request per subject with content-derived job ids', async () => {
    for (const [i, [title, description]] of waterIdeas.entries()) {
      await deps.projector.innovatorUpserted(
        innovatorEvent(1, { id: `p-${i}`, gender: i % 2 ? 'man' : 'woman' }),
      );
      await deps.projector.ideaUpserted(
        ideaEvent(1, { id: `i-${i}`, innovatorId: `p-${i}`, title, description }),
      );
    }
    await deps.projector.challengeUpserted(challengeEvent(1, { id: 'c-water', organisationId: 'org-1' }));
    expect(await jobs()).toEqual([]);
    await deps.mail.flush();
    const sent = await jobs();
    const shortlists = sent.filter((j) => j.name === 'shortlist.ready');
    expect(shortlists).toHaveLength(1);
    expect(shortlists[0]?.data).toMatchObject({
      challengeId: 'c-water',
      organisationId: 'org-1',
      relaxed: false,
    });
    expect(shortlists[0]?.data.entries[0]).toMatchObject({ rank: 1, ideaTitle: expect.any(String) });
    expect(shortlists[0]?.data.entries[0].sharedTerms.length).toBeGreaterThan(0);
    expect(shortlists[0]?.data.balance.list).toEqual({ woman: 2, man: 2 });
    const recommended = sent.filter((j) => j.name === 'recommendations.ready').map((j) => j.data.innovatorId);
    // Each innovator once, although both "challenge opened" and "idea changed" marked them.
    expect(recommended.sort()).toEqual(['p-0', 'p-1', 'p-2', 'p-3']);
    for (const job of sent) expect(job.id).toBe(job.data.jobId);
    // The mailed list is what its owner was shown: the funnel counts its people as listed.
    await expect
      .poll(async () => (await deps.decisions.shownAppearances('c-water')).length, { timeout: 5_000 })
      .toBe(4);
  });

  it('sends nothing new for a flush without changes or for replayed events', async () => {
    const before = (await jobs()).length;
    await deps.mail.flush();
    const [title, description] = waterIdeas[0];
    expect(
      await deps.projector.ideaUpserted(ideaEvent(1, { id: 'i-0', innovatorId: 'p-0', title, description })),
    ).toBe(false);
    await deps.mail.flush();
    expect((await jobs()).length).toBe(before);
  });

  it('turns a burst of imported ideas into one round of mail, not one mail per idea', async () => {
    const before = (await jobs()).length;
    for (let i = 0; i < 30; i++) {
      await deps.projector.innovatorUpserted(
        innovatorEvent(1, { id: `b-${i}`, consents: { matching: true, emailRecommendations: false } }),
      );
      await deps.projector.ideaUpserted(
        ideaEvent(1, {
          id: `bi-${i}`,
          innovatorId: `b-${i}`,
          title: `Water filter ${i}`,
          description: 'Clean drinking water for villages with a cheap filter.',
        }),
      );
    }
    await deps.mail.flush();
    const added = (await jobs()).length - before;
    // No recommendation mail (no consent to it); at most one new shortlist mail for the challenge.
    expect(added).toBeLessThanOrEqual(1);
  });

  it('tells each innovator about challenges opened together in one mail, and never twice', async () => {
    const seen = new Set((await jobs()).map((j) => j.id));
    const newMails = async () =>
      (await jobs()).filter((j) => j.name === 'recommendations.ready' && !seen.has(j.id)).map((j) => j.data);
    for (const id of ['c-wells', 'c-filters', 'c-taps']) {
      await deps.projector.challengeUpserted(challengeEvent(1, { id, organisationId: 'org-1' }));
    }
    await deps.mail.flush();
    const added = await newMails();
    const recipients = added.map((mail) => mail.innovatorId).sort();
    expect(recipients).toEqual(['p-0', 'p-1', 'p-2', 'p-3']);
    for (const mail of added) {
      const opened = mail.recommendations
        .map((r: { challengeId: string }) => r.challengeId)
        .filter((id: string) => id !== 'c-water');
      expect(opened.sort()).toEqual(['c-filters', 'c-taps', 'c-wells']);
    }
    // Replayed "opened" events, alone or grouped differently, mail none of these pairs again.
    for (const job of await jobs()) seen.add(job.id);
    await deps.projector.challengeUpserted(
      challengeEvent(2, { id: 'c-wells', organisationId: 'org-1', status: 'closed' }),
    );
    await deps.projector.challengeUpserted(challengeEvent(3, { id: 'c-wells', organisationId: 'org-1' }));
    await deps.mail.flush();
    expect(await newMails()).toEqual([]);
  });

  it('waits until idea changes pause before mailing innovators, so an import is one mail each', async () => {
    const env = serviceTestEnv(driver, { MAIL_QUIET_MS: '2000' });
    const quiet = await createDeps(loadMatchingConfig(env.env));
    const queue = new Queue(notificationInbox.name, {
      connection: quiet.redis,
      prefix: env.env.QUEUE_PREFIX,
    });
    try {
      for (const [i, title] of other.entries()) {
        await quiet.projector.ideaUpserted(
          ideaEvent(1, {
            id: `o-${i}`,
            innovatorId: `q-${i}`,
            title,
            description: `${title} for neighbours.`,
          }),
        );
      }
      await quiet.projector.challengeUpserted(challengeEvent(1, { id: 'c-water', organisationId: 'org-1' }));
      await quiet.mail.flush();
      const [title, description] = waterIdeas[0];
      await quiet.projector.innovatorUpserted(innovatorEvent(1, { id: 'w-0' }));
      await quiet.projector.ideaUpserted(
        ideaEvent(1, { id: 'wi-0', innovatorId: 'w-0', title, description }),
      );
      const mailsTo = async (id: string) =>
        (await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter(
          (job) => job.name === 'recommendations.ready' && job.data.innovatorId === id,
        );
      // Ideas changed a moment ago: the flush holds the innovator back.
      await quiet.mail.flush();
      expect(await mailsTo('w-0')).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await quiet.mail.flush();
      expect(await mailsTo('w-0')).toHaveLength(1);
    } finally {
      await queue.close();
      await quiet.shutdown.shutdown('test over');
      await env.cleanup();
    }
  }, 60_000);

  it('mails a shortlist when it is first ready, then its changes at most once per interval', async () => {
    const env = serviceTestEnv(driver, { MAIL_SHORTLIST_UPDATE_MS: '2000' });
    const own = await createDeps(loadMatchingConfig(env.env));
    const queue = new Queue(notificationInbox.name, { connection: own.redis, prefix: env.env.QUEUE_PREFIX });
    const shortlistMails = async () =>
      (await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter(
        (job) => job.name === 'shortlist.ready',
      ).length;
    const addWaterIdea = async (i: number) => {
      const [title, description] = waterIdeas[i % waterIdeas.length] ?? waterIdeas[0];
      await own.projector.innovatorUpserted(
        innovatorEvent(1, { id: `s-${i}`, gender: i % 2 ? 'man' : 'woman' }),
      );
      await own.projector.ideaUpserted(
        ideaEvent(1, { id: `si-${i}`, innovatorId: `s-${i}`, title: `${title} ${i}`, description }),
      );
    };
    try {
      for (const [i, title] of other.entries()) {
        await own.projector.ideaUpserted(
          ideaEvent(1, {
            id: `o-${i}`,
            innovatorId: `q-${i}`,
            title,
            description: `${title} for neighbours.`,
          }),
        );
      }
      for (let i = 0; i < 2; i++) await addWaterIdea(i);
      await own.projector.challengeUpserted(challengeEvent(1, { id: 'c-water', organisationId: 'org-1' }));
      await own.mail.flush();
      expect(await shortlistMails()).toBe(1);
      // The top changes at once: held back, not mailed again within the interval.
      await addWaterIdea(2);
      await addWaterIdea(3);
      await own.mail.flush();
      expect(await shortlistMails()).toBe(1);
      // Once the interval is over the held change goes out, with no new event needed.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await own.mail.flush();
      expect(await shortlistMails()).toBe(2);
      const updates = (await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']))
        .filter((job) => job.name === 'shortlist.ready')
        .map((job) => job.data.update === true)
        .sort();
      expect(updates).toEqual([false, true]);
    } finally {
      await queue.close();
      await own.shutdown.shutdown('test over');
      await env.cleanup();
    }
  }, 60_000);
});
