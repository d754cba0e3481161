import { createHash } from 'node:crypto';
import { type NotificationDigest, notificationDigest } from '@suite/contracts';
import { createConsumer, type Handlers, type Producer, type QueueConnection } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import { digestCronPattern, scheduledDigests } from '../domain/digest-schedule';
import type { PendingRecommendationsRepository } from '../storage/pending-recommendations.repository';
import type { RecommendationMail } from './recommendation-mail';

export interface DigestDeps {
  queue: QueueConnection;
  logger: Logger;
  digestProducer: Producer<NotificationDigest>;
  pending: PendingRecommendationsRepository;
  recommendationMail: RecommendationMail;
  concurrency: number;
  lockDuration: number;
}

/** BullMQ job ids may not contain ':', and ours must be the same for a rerun of the same batch. */
const sendJobId = (batch: string, recipientId: string) =>
  `digest-${createHash('sha256').update(`${batch}\n${recipientId}`).digest('hex').slice(0, 40)}`;

/**
 * One cron schedule per digest frequency at DIGEST_TIME in TIMEZONE (BullMQ computes the next run
 * in that zone, so 08:00 stays 08:00 across daylight saving changes). Upserting is idempotent: every
 * process may do it at start, and a changed DIGEST_TIME replaces the old schedule.
 */
export async function scheduleDigests(
  producer: Producer<NotificationDigest>,
  settings: { DIGEST_TIME: string; TIMEZONE: string },
): Promise<Record<string, number | undefined>> {
  const next: Record<string, number | undefined> = {};
  for (const frequency of scheduledDigests) {
    next[frequency] = await producer.upsertJobScheduler(
      `digest-${frequency}`,
      { pattern: digestCronPattern(frequency, settings.DIGEST_TIME), tz: settings.TIMEZONE },
      { name: 'digest.due', data: { frequency } },
    );
  }
  return next;
}

/**
 * A person who switches from a daily or weekly digest to `immediate` has nothing left to wait for:
 * what was collected goes out now, as one email, instead of staying in a digest no schedule sends.
 */
export async function sendWaitingNow(
  deps: { pending: PendingRecommendationsRepository; digestProducer: Producer<NotificationDigest> },
  recipientId: string,
  preferences: { digest: string; emailRecommendations: boolean },
): Promise<boolean> {
  if (preferences.digest !== 'immediate' || !preferences.emailRecommendations) return false;
  if (!(await deps.pending.hasAny(recipientId))) return false;
  const batch = `switch-${Date.now()}`;
  await deps.digestProducer.add(
    'digest.send',
    // The frequency names the schedule the items waited for; the email follows the current preference.
    { recipientId, frequency: 'daily', batch },
    { jobId: sendJobId(batch, recipientId) },
  );
  return true;
}

export function startDigestConsumer(deps: DigestDeps) {
  const handlers: Handlers<NotificationDigest> = {
    // Fans out one job per person, so one bad address or slow send does not hold up everyone else.
    'digest.due': async ({ frequency }, job) => {
      const due = await deps.pending.recipientsDue(frequency);
      for (const recipientId of due) {
        await deps.digestProducer.add(
          'digest.send',
          { recipientId, frequency, batch: job.id },
          { jobId: sendJobId(job.id, recipientId) },
        );
      }
      deps.logger.info({ frequency, recipients: due.length }, 'digest batch queued');
    },
    'digest.send': ({ recipientId, frequency, batch }) =>
      deps.recommendationMail.sendDigest(recipientId, frequency, batch),
  };
  return createConsumer(notificationDigest, handlers, {
    ...deps.queue,
    concurrency: deps.concurrency,
    lockDuration: deps.lockDuration,
    stalledInterval: deps.lockDuration,
    onInvalid: (info) => deps.logger.error(info, 'invalid digest job dropped'),
    logger: deps.logger,
  });
}
