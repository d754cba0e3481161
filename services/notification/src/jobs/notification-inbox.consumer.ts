import { type NotificationDigest, type NotificationInbox, notificationInbox } from '@suite/contracts';
import { createConsumer, type Handlers, type Producer, type QueueConnection } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import type { ChallengesRepository } from '../storage/challenges.repository';
import type { DeliveriesRepository } from '../storage/deliveries.repository';
import type { OrganisationsRepository } from '../storage/organisations.repository';
import type { PendingRecommendationsRepository } from '../storage/pending-recommendations.repository';
import type { RecipientsRepository } from '../storage/recipients.repository';
import { sendWaitingNow } from './notification-digest.consumer';
import type { RecommendationMail } from './recommendation-mail';

export interface NotificationInboxDeps {
  queue: QueueConnection;
  logger: Logger;
  recipients: RecipientsRepository;
  organisations: OrganisationsRepository;
  challenges: ChallengesRepository;
  deliveries: DeliveriesRepository;
  recommendationMail: RecommendationMail;
  onShortlistReady: (job: Parameters<Handlers<NotificationInbox>['shortlist.ready']>[0]) => Promise<void>;
  pending: PendingRecommendationsRepository;
  digestProducer: Producer<NotificationDigest>;
  concurrency: number;
  lockDuration: number;
}

export function startNotificationInboxConsumer(deps: NotificationInboxDeps) {
  const handlers: Handlers<NotificationInbox> = {
    'organisation.upserted': async (e) => {
      await deps.organisations.upsert(e.organisation, e.version);
    },
    'innovator.upserted': async (e) => {
      if (!(await deps.recipients.upsert(e.innovator, e.version))) return;
      const preferences = await deps.recipients.preferences(e.innovator.id);
      if (preferences) await sendWaitingNow(deps, e.innovator.id, preferences);
    },
    'innovator.erased': async (e) => {
      // Delivery history first: if the second step fails, the retry still finds the person to erase.
      await deps.deliveries.eraseRecipient(e.innovatorId);
      await deps.recipients.erase(e.innovatorId, e.version);
      deps.logger.info({ innovatorId: e.innovatorId }, 'recipient erased with its delivery history');
    },
    'challenge.upserted': async (e) => {
      await deps.challenges.upsert(e.challenge, e.version);
    },
    'challenge.closed': async (e) => {
      await deps.challenges.close(e.challengeId, e.version);
    },
    'recommendations.ready': (job, meta) =>
      deps.recommendationMail.onRecommendationsReady(job, meta.attemptsMade),
    'shortlist.ready': (job) => deps.onShortlistReady(job),
  };
  return createConsumer(notificationInbox, handlers, {
    ...deps.queue,
    concurrency: deps.concurrency,
    lockDuration: deps.lockDuration,
    stalledInterval: deps.lockDuration,
    onInvalid: (info) => deps.logger.error(info, 'invalid job payload dropped'),
    logger: deps.logger,
  });
}
