import type { NotificationInbox, RecommendationsReady, ShortlistReady } from '@suite/contracts';
import type { Producer } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import { contentHash } from '../domain/content-hash';
import type { MatchIndex } from '../domain/match-index';
import { openingAudience } from '../domain/opening-audience';
import { explanationOf } from '../domain/pair-score';
import { recommendChallenges } from '../domain/recommendations-builder';
import type { ConfigSource, ShortlistService } from '../shortlists';
import type { SentMailRepository } from '../storage/sent-mail.repository';
import type { ChangeListener } from './projector';

type Recommendation = RecommendationsReady['recommendations'][number];

/** List length of the shortlist mailed to need owners. */
const MAILED_SHORTLIST_K = 20;
/** Recommendations per mail. */
const MAILED_RECOMMENDATIONS = 10;

/**
 * Turns changes into mail requests for notification, debounced: the projector only marks what is
 * dirty (challenges that opened, innovators whose ideas changed, shortlists that may have changed)
 * and `flush()` - run every few seconds - sends one request per dirty subject. So a burst of 10k
 * imported ideas is one round of mails, not 10k. Job ids are hashes of the content: a replay, or a
 * flush that finds nothing new, sends nothing (checked against `sent_mail_requests`).
 */
export function createMailPlanner(deps: {
  index: MatchIndex;
  shortlists: ShortlistService;
  config: ConfigSource;
  sent: SentMailRepository;
  notifications: Pick<Producer<NotificationInbox>, 'add'>;
  logger: Logger;
  clock?: () => number;
  /** Idea changes must have paused this long before the innovators they mark are mailed (0: at once). */
  quietMs?: number;
  /** ... unless an innovator has waited this long since first marked. */
  maxWaitMs?: number;
  /** A challenge's shortlist is mailed again (its top changed) at most once per this interval. */
  shortlistUpdateMs?: number;
}) {
  const clock = deps.clock ?? Date.now;
  const quietMs = deps.quietMs ?? 0;
  const maxWaitMs = deps.maxWaitMs ?? 60_000;
  const shortlistUpdateMs = deps.shortlistUpdateMs ?? 0;
  /** When each challenge's shortlist was last mailed by this process, and those with an update held back. */
  const lastShortlistMail = new Map<string, number>();
  const heldShortlists = new Set<string>();
  const opened = new Set<string>();
  /** Innovators whose ideas changed, with when each was first marked. */
  const innovators = new Map<string, number>();
  let lastIdeaChange = Number.NEGATIVE_INFINITY;
  const shortlists = new Set<string>();
  let allShortlists = false;

  const send = async <N extends 'recommendations.ready' | 'shortlist.ready'>(
    name: N,
    subjectId: string,
    data: N extends 'shortlist.ready' ? ShortlistReady : RecommendationsReady,
  ): Promise<boolean> => {
    if (await deps.sent.wasSent(data.jobId)) return false;
    await deps.notifications.add(name, data as never, { jobId: data.jobId });
    await deps.sent.record(data.jobId, name, subjectId);
    return true;
  };

  const why = (explanation: { terms: string[]; sdgs: number[] }) => ({
    sharedTerms: explanation.terms.map((t) => t.slice(0, 100)).slice(0, 20),
    sharedSdgs: explanation.sdgs,
  });

  // The challenges each innovator's full recommendations covered in the current flush (sent now or
  // before, unchanged): an opening mail for one of them would repeat it.
  const coveredThisFlush = new Map<string, Set<string>>();

  /**
   * Challenges opened: one mail per innovator listing every challenge opened since the last flush
   * that their best idea clears the minimum for, best first - an import of eighteen challenges is
   * one mail, not eighteen. Each (innovator, challenge) pair is remembered on its own, so a replay,
   * or the same challenge in a later round, never mails a pair twice.
   */
  const mailOpenings = async (challengeIds: readonly string[]): Promise<number> => {
    if (challengeIds.length === 0) return 0;
    const config = await deps.config.current();
    const nowMs = clock();
    const perInnovator = new Map<string, Array<{ pairJobId: string; recommendation: Recommendation }>>();
    for (const challengeId of challengeIds) {
      const challenge = deps.index.challenge(challengeId);
      if (challenge?.status !== 'open') continue;
      const profile = deps.index.profile(challenge);
      for (const [innovatorId, pair] of openingAudience({ index: deps.index, challenge, config, nowMs })) {
        if (coveredThisFlush.get(innovatorId)?.has(challengeId)) continue;
        const pairJobId = `recommendations-${contentHash({ innovatorId, challengeId, ideaId: pair.ideaId })}`;
        if (await deps.sent.wasSent(pairJobId)) continue;
        const idea = deps.index.idea(pair.ideaId);
        const hit = idea && deps.index.matcher.score(profile, pair.ideaId);
        const explanation = hit && idea ? explanationOf(hit, challenge, idea) : pair.explanation;
        const recommendation = { challengeId, ideaId: pair.ideaId, score: pair.score, ...why(explanation) };
        const list = perInnovator.get(innovatorId) ?? [];
        list.push({ pairJobId, recommendation });
        perInnovator.set(innovatorId, list);
      }
    }
    let mails = 0;
    for (const [innovatorId, found] of perInnovator) {
      found.sort(
        (a, b) =>
          b.recommendation.score - a.recommendation.score ||
          (a.recommendation.challengeId < b.recommendation.challengeId ? -1 : 1),
      );
      const listed = found.slice(0, MAILED_RECOMMENDATIONS);
      const recommendations = listed.map((f) => f.recommendation);
      const jobId = `recommendations-${contentHash({ innovatorId, pairs: recommendations.map((r) => [r.challengeId, r.ideaId]), opened: true })}`;
      const data = { jobId, innovatorId, generatedAt: new Date(nowMs).toISOString(), recommendations };
      if (await send('recommendations.ready', innovatorId, data)) mails++;
      // Pairs beyond the mail's length are not remembered: the innovator's own recommendations hold them.
      for (const { pairJobId } of listed)
        await deps.sent.record(pairJobId, 'recommendations.ready', innovatorId);
    }
    return mails;
  };

  /** An innovator's ideas changed: their current recommendations, if they differ from what was sent. */
  const mailRecommendations = async (innovatorId: string): Promise<boolean> => {
    const innovator = deps.index.innovator(innovatorId);
    if (!innovator?.consentEmailRecommendations) return false;
    const config = await deps.config.current();
    const nowMs = clock();
    const found = recommendChallenges({
      index: deps.index,
      innovator,
      ideas: deps.index.ideasOf(innovatorId),
      k: MAILED_RECOMMENDATIONS,
      config,
      nowMs,
    });
    if (found.length === 0) return false;
    coveredThisFlush.set(innovatorId, new Set(found.map((r) => r.challengeId)));
    const recommendations = found.map((r) => ({
      challengeId: r.challengeId,
      ideaId: r.best.ideaId,
      score: r.best.score,
      ...why(r.best.explanation),
    }));
    const jobId = `recommendations-${contentHash({ innovatorId, pairs: recommendations.map((r) => [r.challengeId, r.ideaId]) })}`;
    return send('recommendations.ready', innovatorId, {
      jobId,
      innovatorId,
      generatedAt: new Date(nowMs).toISOString(),
      recommendations,
    });
  };

  /**
   * A challenge's shortlist: mailed when it first has entries, then when its top k changed, at most
   * once per `shortlistUpdateMs` (a change within it is held back and mailed when it is over).
   */
  const mailShortlist = async (challengeId: string): Promise<boolean> => {
    heldShortlists.delete(challengeId);
    const challenge = deps.index.challenge(challengeId);
    if (challenge?.status !== 'open') return false;
    // Recorded as shown to the owner only once the email is on its way (it may be held back).
    const shortlist = await deps.shortlists.current({
      challengeId,
      k: MAILED_SHORTLIST_K,
      shownTo: 'nobody',
    });
    if (shortlist.entries.length === 0) return false;
    const top = shortlist.entries.map((e) => [e.innovator.id, e.idea.id]);
    const jobId = `shortlist-${contentHash({ challengeId, top })}`;
    const now = clock();
    const last = lastShortlistMail.get(challengeId);
    if (last !== undefined && now - last < shortlistUpdateMs) {
      if (!(await deps.sent.wasSent(jobId))) heldShortlists.add(challengeId);
      return false;
    }
    const sent = await send('shortlist.ready', challengeId, {
      jobId,
      challengeId,
      organisationId: challenge.organisationId,
      generatedAt: shortlist.generatedAt,
      relaxed: shortlist.relaxed,
      entries: shortlist.entries.map((e) => ({
        innovatorId: e.innovator.id,
        ideaId: e.idea.id,
        score: e.score,
        rank: e.rank,
        group: e.group,
        ideaTitle: e.idea.title.slice(0, 300),
        ...why(e.explanation),
      })),
      balance: { pool: shortlist.balance.pool, list: shortlist.balance.list },
      ...(last === undefined ? {} : { update: true }),
    });
    if (sent) {
      lastShortlistMail.set(challengeId, now);
      deps.shortlists.recordShown(shortlist, 'owner');
    }
    return sent;
  };

  const listener: ChangeListener = {
    challengeOpened: (id) => opened.add(id),
    ideaChanged: (innovatorId) => {
      const now = clock();
      lastIdeaChange = now;
      if (!innovators.has(innovatorId)) innovators.set(innovatorId, now);
    },
    shortlistsMayChange: (challengeId) => {
      if (challengeId === undefined) allShortlists = true;
      else shortlists.add(challengeId);
    },
  };

  /**
   * The innovators to mail now: all of them once idea changes have paused for `quietMs` (an import is
   * over), else those who have waited `maxWaitMs` (a steady trickle of changes must not hold mail back).
   */
  const readyInnovators = (): string[] => {
    const now = clock();
    const quiet = now - lastIdeaChange >= quietMs;
    const ready = [...innovators].filter(([, since]) => quiet || now - since >= maxWaitMs).map(([id]) => id);
    for (const id of ready) innovators.delete(id);
    return ready;
  };

  const drain = <T>(set: Set<T>): T[] => {
    const items = [...set];
    set.clear();
    return items;
  };

  return {
    listener,
    /** Sends what the marks since the last flush call for; returns how many requests went out. */
    async flush(): Promise<{ recommendations: number; shortlists: number }> {
      let recommendations = 0;
      let shortlistMails = 0;
      // A subject whose mail failed (Redis away) is marked again and retried at the next flush.
      const each = async <T>(
        items: T[],
        retry: { add(item: T): unknown },
        work: (item: T) => Promise<number>,
      ) => {
        let sent = 0;
        for (const item of items) {
          try {
            sent += await work(item);
          } catch (err) {
            retry.add(item);
            deps.logger.warn({ err }, 'mail request failed; retried at the next flush');
          }
        }
        return sent;
      };
      coveredThisFlush.clear();
      const ready = readyInnovators();
      const again = { add: (id: string) => innovators.set(id, clock()) };
      recommendations += await each(ready, again, async (id) => Number(await mailRecommendations(id)));
      const openedNow = drain(opened);
      const reopen = {
        add: (ids: readonly string[]) => {
          for (const id of ids) opened.add(id);
        },
      };
      recommendations += await each([openedNow], reopen, mailOpenings);
      // Held-back updates are looked at again each flush, so one goes out once its interval is over.
      const marked = allShortlists ? deps.index.openChallenges().map((c) => c.id) : [...shortlists];
      const challengeIds = [...new Set([...marked, ...heldShortlists])];
      allShortlists = false;
      shortlists.clear();
      shortlistMails += await each(challengeIds, shortlists, async (id) => Number(await mailShortlist(id)));
      if (recommendations + shortlistMails > 0)
        deps.logger.info({ recommendations, shortlists: shortlistMails }, 'mail requests sent');
      return { recommendations, shortlists: shortlistMails };
    },
  };
}

export type MailPlanner = ReturnType<typeof createMailPlanner>;
