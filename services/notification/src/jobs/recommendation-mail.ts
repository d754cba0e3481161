import type { Locale, RecommendationsReady } from '@suite/contracts';
import type { Logger } from '@suite/platform';
import { challengeLink } from '../domain/challenge-link';
import { deliveryKey, messageIdFor } from '../domain/delivery-key';
import { wantsRecommendationEmail } from '../domain/mail-preferences';
import { type RecommendedItem, renderRecommendationEmail } from '../domain/recommendation-email';
import { createUnsubscribeToken } from '../domain/unsubscribe-token';
import type { ChallengesRepository } from '../storage/challenges.repository';
import type { DeliveriesRepository, NewDelivery } from '../storage/deliveries.repository';
import type {
  PendingRecommendation,
  PendingRecommendationsRepository,
} from '../storage/pending-recommendations.repository';
import type { RecipientsRepository } from '../storage/recipients.repository';
import type { Deliver } from './deliver';

export interface RecommendationMailDeps {
  logger: Logger;
  recipients: RecipientsRepository;
  challenges: ChallengesRepository;
  deliveries: DeliveriesRepository;
  pending: PendingRecommendationsRepository;
  deliver: Deliver;
  config: {
    PUBLIC_URL: string;
    PUBLIC_CHALLENGE_URL?: string | undefined;
    MAIL_FROM: string;
    UNSUBSCRIBE_SECRET: string;
    TIMEZONE: string;
  };
}

type Recipient = NonNullable<Awaited<ReturnType<RecipientsRepository['get']>>>;

/**
 * Events reach this service and matching independently, so a recommendation can overtake the
 * innovator or challenge event it depends on. The first attempts wait for them (the job's backoff);
 * after that an unknown recipient is dropped and an unknown challenge left out.
 */
const attemptsWaitingForEvents = 2;

class WaitingForEventError extends Error {}

/** The innovator's recommendation email, sent at once or collected for a digest. */
export function createRecommendationMail(deps: RecommendationMailDeps) {
  const { logger, config } = deps;

  /** A live recipient who wants recommendation email, or undefined (logged, never with personal data). */
  async function mailableRecipient(
    innovatorId: string,
    context: Record<string, unknown>,
    waitIfUnknown = false,
  ) {
    const recipient = await deps.recipients.get(innovatorId);
    if (!recipient && waitIfUnknown) {
      logger.info({ ...context, innovatorId }, 'recommendation held: recipient not known yet');
      throw new WaitingForEventError('recipient not known yet');
    }
    if (!recipient || recipient.erasedAt || !recipient.email || !recipient.name) {
      logger.warn(
        { ...context, innovatorId, reason: recipient ? 'erased' : 'unknown' },
        'recommendation dropped: no such recipient',
      );
      return undefined;
    }
    if (!wantsRecommendationEmail(recipient)) {
      logger.info(
        { ...context, innovatorId },
        'recommendation not mailed: no consent to recommendation email',
      );
      return undefined;
    }
    return recipient;
  }

  /** Drops challenges already sent to this person, closed ones and ones this service does not know. */
  async function freshItems(
    recipientId: string,
    candidates: readonly PendingRecommendation[],
    locale: Locale,
  ) {
    const best = new Map<string, PendingRecommendation>();
    for (const c of candidates) {
      const seen = best.get(c.challengeId);
      if (!seen || c.score > seen.score) best.set(c.challengeId, c);
    }
    const claimed = await deps.deliveries.claimedChallenges(recipientId, [...best.keys()]);
    const unclaimed = [...best.keys()].filter((id) => !claimed.has(id));
    const known = await deps.challenges.getMany(unclaimed);
    const open = new Map(known.filter((c) => c.status === 'open' && c.title).map((c) => [c.challengeId, c]));
    const items = [...best.values()]
      .filter((c) => open.has(c.challengeId))
      .sort((a, b) => b.score - a.score || a.challengeId.localeCompare(b.challengeId))
      .map((c): RecommendedItem => {
        const challenge = open.get(c.challengeId);
        return {
          challengeId: c.challengeId,
          title: challenge?.title ?? c.challengeId,
          organisationName: challenge?.organisationName ?? undefined,
          sharedTerms: c.sharedTerms,
          sharedSdgs: c.sharedSdgs,
          link: challengeLink(config, c.challengeId, locale),
          deadline: challenge?.deadline ?? null,
        };
      });
    const stale = [...best.keys()].filter((id) => !open.has(id));
    const knownIds = new Set(known.map((c) => c.challengeId));
    const unknown = unclaimed.filter((id) => !knownIds.has(id));
    return { items, stale, unknown };
  }

  function compose(
    recipient: Recipient,
    items: readonly RecommendedItem[],
    sourceKey: string,
    payload: unknown,
    digest?: 'daily' | 'weekly',
  ): NewDelivery {
    const kind = digest ? 'digest' : 'recommendations';
    const ids = items.map((i) => i.challengeId).sort();
    const idempotencyKey = deliveryKey(kind, recipient.innovatorId, ids);
    const token = createUnsubscribeToken(config.UNSUBSCRIBE_SECRET, recipient.innovatorId);
    const unsubscribeUrl = `${config.PUBLIC_URL}/v1/unsubscribe?token=${token}`;
    const locale = recipient.locale as Locale;
    const rendered = renderRecommendationEmail({
      locale,
      recipientName: recipient.name ?? '',
      digest,
      items,
      unsubscribeUrl,
      preferencesUrl: `${config.PUBLIC_URL}/v1/preferences?token=${token}`,
      clock: { now: new Date(), timeZone: config.TIMEZONE },
    });
    return {
      idempotencyKey,
      kind,
      sourceKey,
      recipientId: recipient.innovatorId,
      payload,
      messageId: messageIdFor(idempotencyKey, config.MAIL_FROM),
      toAddress: recipient.email ?? '',
      ...rendered,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Content-Language': locale,
      },
    };
  }

  /** Reruns of a job whose email is already recorded send that email (if the person still wants it). */
  async function resume(sourceKey: string, innovatorId: string): Promise<boolean> {
    const existing = await deps.deliveries.findBySource(sourceKey);
    if (!existing) return false;
    const settled =
      existing.status === 'sent' || existing.status === 'failed' || existing.status === 'cancelled';
    if (!settled && !(await mailableRecipient(innovatorId, { sourceKey }))) {
      await deps.deliveries.markCancelled(existing.idempotencyKey, 'recipient withdrew consent');
      return true;
    }
    await deps.deliver(existing);
    return true;
  }

  async function createAndSend(delivery: NewDelivery, ids: readonly string[], fromPending: boolean) {
    const created = await deps.deliveries.create(delivery, ids, fromPending);
    if (!created) {
      logger.info(
        { delivery: delivery.idempotencyKey },
        'same email already made by another job; not sent again',
      );
      return;
    }
    await deps.deliver(created, { markedSending: true });
  }

  return {
    async onRecommendationsReady(
      job: RecommendationsReady,
      attemptsMade = attemptsWaitingForEvents,
    ): Promise<void> {
      const sourceKey = `recommendations:${job.jobId}`;
      if (await resume(sourceKey, job.innovatorId)) return;
      const wait = attemptsMade < attemptsWaitingForEvents;
      const recipient = await mailableRecipient(job.innovatorId, { jobId: job.jobId }, wait);
      if (!recipient) return;
      const { items, unknown } = await freshItems(
        recipient.innovatorId,
        job.recommendations,
        recipient.locale as Locale,
      );
      if (unknown.length > 0 && wait) {
        logger.info(
          { jobId: job.jobId, challenges: unknown.length },
          'recommendation held: challenge not known yet',
        );
        throw new WaitingForEventError('challenge not known yet');
      }
      if (items.length === 0) {
        logger.info({ jobId: job.jobId }, 'no new open challenges to recommend');
        return;
      }
      if (recipient.digest === 'daily' || recipient.digest === 'weekly') {
        const byId = new Map(job.recommendations.map((r) => [r.challengeId, r]));
        await deps.pending.add(
          recipient.innovatorId,
          items.map((i) => ({
            challengeId: i.challengeId,
            score: byId.get(i.challengeId)?.score ?? 0,
            sharedTerms: i.sharedTerms.slice(),
            sharedSdgs: i.sharedSdgs.slice(),
          })),
        );
        return;
      }
      const delivery = compose(recipient, items, sourceKey, job);
      await createAndSend(
        delivery,
        items.map((i) => i.challengeId),
        false,
      );
    },

    /**
     * One person's digest: everything collected since the last one, in one email. Also sends what is
     * waiting for someone who switched to `immediate` (see sendWaitingNow).
     */
    async sendDigest(recipientId: string, frequency: 'daily' | 'weekly', batch: string): Promise<void> {
      const sourceKey = `digest:${batch}:${recipientId}`;
      if (await resume(sourceKey, recipientId)) return;
      const recipient = await mailableRecipient(recipientId, { batch });
      if (!recipient) return;
      const waiting = await deps.pending.list(recipientId);
      const { items, stale } = await freshItems(recipientId, waiting, recipient.locale as Locale);
      await deps.pending.remove(recipientId, stale);
      if (items.length === 0) return;
      // Someone who switched to `immediate` gets what was waiting as an ordinary recommendation email.
      const digest =
        recipient.digest === 'daily' || recipient.digest === 'weekly' ? recipient.digest : undefined;
      const delivery = compose(recipient, items, sourceKey, { batch, frequency }, digest);
      await createAndSend(
        delivery,
        items.map((i) => i.challengeId),
        true,
      );
    },
  };
}

export type RecommendationMail = ReturnType<typeof createRecommendationMail>;
