import type { Locale, ShortlistReady } from '@suite/contracts';
import type { Logger } from '@suite/platform';
import { deliveryKey, messageIdFor } from '../domain/delivery-key';
import { renderShortlistEmail } from '../domain/shortlist-email';
import type { ChallengesRepository } from '../storage/challenges.repository';
import type { DeliveriesRepository } from '../storage/deliveries.repository';
import type { OrganisationsRepository } from '../storage/organisations.repository';
import type { Deliver } from './deliver';

/** How many entries the need owner's email lists; the link opens the whole list. */
const entriesShown = 10;

export interface ShortlistMailDeps {
  logger: Logger;
  organisations: OrganisationsRepository;
  challenges: ChallengesRepository;
  deliveries: DeliveriesRepository;
  deliver: Deliver;
  config: { CONSOLE_URL: string; MAIL_FROM: string };
}

/**
 * The need owner's email when a shortlist is ready. Keyed by who is in the top entries: a
 * shortlist recomputed with the same top is not mailed again; a changed top is.
 */
export function createShortlistMail(deps: ShortlistMailDeps) {
  return async function onShortlistReady(job: ShortlistReady): Promise<void> {
    const sourceKey = `shortlist:${job.jobId}`;
    const existing = await deps.deliveries.findBySource(sourceKey);
    if (existing) {
      await deps.deliver(existing);
      return;
    }
    const organisation = await deps.organisations.get(job.organisationId);
    if (!organisation?.contactEmail) {
      deps.logger.warn(
        {
          jobId: job.jobId,
          organisationId: job.organisationId,
          reason: organisation ? 'no contact address' : 'unknown',
        },
        'shortlist email dropped: no address for the need owner',
      );
      return;
    }
    const [challenge] = await deps.challenges.getMany([job.challengeId]);
    const ranked = job.entries
      .map((e, i) => ({ ...e, rank: e.rank ?? i + 1 }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, entriesShown);
    const idempotencyKey = deliveryKey('shortlist', organisation.organisationId, [
      job.challengeId,
      String(job.relaxed),
      ...ranked.map((e) => `${e.innovatorId}/${e.ideaId}`),
    ]);
    const locale = organisation.locale as Locale;
    const rendered = renderShortlistEmail({
      locale,
      challengeTitle: challenge?.title ?? job.challengeId,
      relaxed: job.relaxed,
      entries: ranked.map((e) => ({
        rank: e.rank,
        ideaTitle: e.ideaTitle,
        group: e.group,
        score: e.score,
        sharedTerms: e.sharedTerms,
        sharedSdgs: e.sharedSdgs,
      })),
      total: job.entries.length,
      balance: job.balance,
      link: `${deps.config.CONSOLE_URL}/challenges/${encodeURIComponent(job.challengeId)}`,
      update: job.update === true,
    });
    const created = await deps.deliveries.create({
      idempotencyKey,
      kind: 'shortlist',
      sourceKey,
      recipientId: organisation.organisationId,
      // Ids only: the entries carry other people's idea titles, which the rendered email already holds.
      payload: { jobId: job.jobId, challengeId: job.challengeId, generatedAt: job.generatedAt },
      messageId: messageIdFor(idempotencyKey, deps.config.MAIL_FROM),
      toAddress: organisation.contactEmail,
      ...rendered,
      headers: { 'Content-Language': locale },
    });
    if (!created) {
      deps.logger.info({ jobId: job.jobId }, 'shortlist top unchanged since the last email; not sent again');
      return;
    }
    await deps.deliver(created, { markedSending: true });
  };
}
