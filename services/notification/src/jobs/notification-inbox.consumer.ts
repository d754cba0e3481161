import { type NotificationInbox, notificationInbox } from '@suite/contracts';
import { createConsumer, type Handlers, type QueueConnection } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import { deliveryKey } from '../domain/delivery-key';
import type { ChallengesRepository } from '../storage/challenges.repository';
import type { DeliveriesRepository } from '../storage/deliveries.repository';
import type { RecipientsRepository } from '../storage/recipients.repository';

export interface NotificationInboxDeps {
  queue: QueueConnection;
  logger: Logger;
  recipients: RecipientsRepository;
  challenges: ChallengesRepository;
  deliveries: DeliveriesRepository;
}

export function startNotificationInboxConsumer(deps: NotificationInboxDeps) {
  const handlers: Handlers<NotificationInbox> = {
    // Need-owner contact data arrives with the notification service's own feature work.
    'organisation.upserted': async () => undefined,
    'innovator.upserted': async (e) => {
      await deps.recipients.upsert(e.innovator, e.version);
    },
    'innovator.erased': async (e) => {
      await deps.recipients.erase(e.innovatorId, e.version);
    },
    'challenge.upserted': async (e) => {
      await deps.challenges.upsert(e.challenge, e.version);
    },
    'challenge.closed': async (e) => {
      await deps.challenges.close(e.challengeId, e.version);
    },
    'recommendations.ready': async (job) => {
      await deps.deliveries.request({
        idempotencyKey: deliveryKey('recommendations', job.jobId),
        kind: 'recommendations',
        recipientId: job.innovatorId,
        payload: job,
      });
    },
    'shortlist.ready': async (job) => {
      await deps.deliveries.request({
        idempotencyKey: deliveryKey('shortlist', job.jobId),
        kind: 'shortlist',
        recipientId: job.organisationId,
        payload: job,
      });
    },
  };
  return createConsumer(notificationInbox, handlers, {
    ...deps.queue,
    onInvalid: (info) => deps.logger.error(info, 'invalid job payload dropped'),
  });
}
