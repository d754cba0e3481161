import { type MatchingInbox, matchingInbox } from '@suite/contracts';
import { createConsumer, type Handlers, type QueueConnection } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import type { Projector } from './projector';

/**
 * Feeds matching-inbox events to the projector. An invalid payload is dropped as unrecoverable by
 * the queue client and logged here with its job id (never its content); the queue keeps flowing.
 */
export function startMatchingInboxConsumer(deps: {
  queue: QueueConnection;
  projector: Projector;
  logger: Logger;
}) {
  const { projector, logger } = deps;
  const applied = (jobId: string, name: string) => (changed: boolean) => {
    if (!changed) logger.debug({ jobId, name }, 'stale or repeated event ignored');
  };
  const handlers: Handlers<MatchingInbox> = {
    'challenge.upserted': (e, job) =>
      projector.challengeUpserted(e).then(applied(job.id, 'challenge.upserted')),
    'challenge.closed': (e, job) => projector.challengeClosed(e).then(applied(job.id, 'challenge.closed')),
    'innovator.upserted': (e, job) =>
      projector.innovatorUpserted(e).then(applied(job.id, 'innovator.upserted')),
    'innovator.erased': (e, job) => projector.innovatorErased(e).then(applied(job.id, 'innovator.erased')),
    'idea.upserted': (e, job) => projector.ideaUpserted(e).then(applied(job.id, 'idea.upserted')),
    'idea.deleted': (e, job) => projector.ideaDeleted(e).then(applied(job.id, 'idea.deleted')),
  };
  return createConsumer(matchingInbox, handlers, {
    ...deps.queue,
    onInvalid: ({ jobId, name }) =>
      logger.error({ jobId, name }, 'invalid job payload dropped as unrecoverable'),
    logger,
  });
}
