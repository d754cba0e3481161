import { fileURLToPath } from 'node:url';
import { matchingInbox, notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createBaseDeps, type Logger, registerQueueMetrics } from '@suite/platform';
import type { MatchingConfig } from './config';
import { createMatchIndex } from './domain/match-index';
import { createMailPlanner } from './jobs/mail-planner';
import { createProjector } from './jobs/projector';
import { createOfflineEvaluator } from './offline-evaluator';
import { rebuildIndex } from './rebuild-index';
import { createRecommendationService } from './recommendations';
import { createShortlistService } from './shortlists';
import { createConfigRepository } from './storage/config.repository';
import { createConfigReader } from './storage/config-reader';
import { createCurrentConfig } from './storage/current-config';
import { createDecisionsRepository } from './storage/decisions.repository';
import { createProjectionRepository } from './storage/projection.repository';
import { createReanalysisRepository } from './storage/reanalysis.repository';
import { createSentMailRepository } from './storage/sent-mail.repository';
import { createShownShortlistsRepository } from './storage/shown-shortlists.repository';

const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));

export async function createDeps(config: MatchingConfig, opts: { logger?: Logger } = {}) {
  const base = await createBaseDeps({
    service: 'matching',
    config,
    migrationsFolder,
    logger: opts.logger,
  });
  const db = base.database.db;
  const projection = createProjectionRepository(db);
  const notifications = createProducer(notificationInbox, base.queue);
  base.shutdown.register('queues', 'notification-inbox producer', () => notifications.close());
  // This service consumes matching-inbox; a handle on it serves the queue dashboard and metrics.
  const inboxHandle = createProducer(matchingInbox, base.queue);
  base.shutdown.register('queues', 'matching-inbox handle', () => inboxHandle.close());
  const ownedQueues = [inboxHandle.queue, notifications.queue];
  registerQueueMetrics(base.metrics, { queues: ownedQueues });

  const index = createMatchIndex();
  const rebuilt = await rebuildIndex(projection, index, createReanalysisRepository(db));
  base.logger.info(rebuilt, 'matching index rebuilt from stored analyses');

  const configRepository = createConfigRepository(db);
  // The config in force: read from the database, re-read in every replica when a save is announced.
  const matchingConfig = createCurrentConfig({
    source: createConfigReader(() => configRepository.current(), 60_000),
    redis: base.redis,
    key: `${config.QUEUE_PREFIX}:matching:config-version`,
  });
  const shortlists = createShortlistService({
    index,
    config: matchingConfig,
    shown: createShownShortlistsRepository(db),
    logger: base.logger,
  });
  const recommendations = createRecommendationService({ index, config: matchingConfig });
  const mail = createMailPlanner({
    index,
    shortlists,
    config: matchingConfig,
    sent: createSentMailRepository(db),
    notifications,
    logger: base.logger,
    quietMs: config.MAIL_QUIET_MS,
    maxWaitMs: config.MAIL_MAX_WAIT_MS,
    shortlistUpdateMs: config.MAIL_SHORTLIST_UPDATE_MS,
  });
  const decisions = createDecisionsRepository(db);
  const offlineEvaluator = createOfflineEvaluator({ decisions, shortlists });
  const projector = createProjector({ projection, index, listener: mail.listener });
  return {
    ...base,
    settings: config,
    projection,
    index,
    configRepository,
    matchingConfig,
    shortlists,
    recommendations,
    decisions,
    offlineEvaluator,
    mail,
    projector,
    queues: { notificationInbox: notifications },
    ownedQueues,
  };
}

export type MatchingDeps = Awaited<ReturnType<typeof createDeps>>;
