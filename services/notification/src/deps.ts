import { fileURLToPath } from 'node:url';
import { ingestInbox, notificationDigest, notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createBaseDeps, type Logger, registerQueueMetrics } from '@suite/platform';
import type { NotificationConfig } from './config';
import { createDeliver } from './jobs/deliver';
import { createPreferenceReporter } from './jobs/preference-reporter';
import { createRecommendationMail } from './jobs/recommendation-mail';
import { createShortlistMail } from './jobs/shortlist-mail';
import { createSmtpMailer } from './jobs/smtp-mailer';
import { createChallengesRepository } from './storage/challenges.repository';
import { createDeliveriesRepository } from './storage/deliveries.repository';
import { createOrganisationsRepository } from './storage/organisations.repository';
import { createPendingRecommendationsRepository } from './storage/pending-recommendations.repository';
import { createPreferenceReportsRepository } from './storage/preference-reports.repository';
import { createRecipientsRepository } from './storage/recipients.repository';

const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));

export async function createDeps(config: NotificationConfig, opts: { logger?: Logger } = {}) {
  const base = await createBaseDeps({
    service: 'notification',
    config,
    migrationsFolder,
    logger: opts.logger,
  });
  const { db } = base.database;
  const { logger } = base;
  const recipients = createRecipientsRepository(db);
  const organisations = createOrganisationsRepository(db);
  const challenges = createChallengesRepository(db);
  const deliveries = createDeliveriesRepository(db, { databaseServer: Boolean(config.DATABASE_URL) });
  const pending = createPendingRecommendationsRepository(db);
  const mailer = createSmtpMailer({
    url: config.SMTP_URL,
    from: config.MAIL_FROM,
    poolSize: config.SMTP_POOL_SIZE,
  });
  const digestProducer = createProducer(notificationDigest, base.queue);
  // This service only consumes its inbox; a handle on the queue serves the dashboard and metrics.
  const inboxHandle = createProducer(notificationInbox, base.queue);
  const ownedQueues = [inboxHandle.queue, digestProducer.queue];
  registerQueueMetrics(base.metrics, { queues: ownedQueues });
  base.shutdown.register('queues', 'notification-inbox handle', () => inboxHandle.close());
  // Registered before the connections, so they close after the workers and before Redis goes.
  base.shutdown.register('queues', 'notification-digest producer', () => digestProducer.close());
  base.shutdown.register('queues', 'smtp pool', async () => mailer.close());
  const ingest = createProducer(ingestInbox, base.queue);
  base.shutdown.register('queues', 'ingest-inbox producer', () => ingest.close());
  const preferenceReporter = createPreferenceReporter({
    reports: createPreferenceReportsRepository(db),
    ingest,
    logger,
  });
  const deliver = createDeliver({ deliveries, mailer, logger, sendingLeaseMs: config.JOB_LOCK_MS });
  const mailDeps = { logger, challenges, deliveries, deliver, config };
  return {
    ...base,
    config,
    recipients,
    organisations,
    challenges,
    deliveries,
    pending,
    digestProducer,
    ownedQueues,
    preferenceReporter,
    recommendationMail: createRecommendationMail({ ...mailDeps, recipients, pending }),
    shortlistMail: createShortlistMail({ ...mailDeps, organisations }),
  };
}

export type NotificationDeps = Awaited<ReturnType<typeof createDeps>>;
