import { type MatchingInbox, matchingInbox } from '@suite/contracts';
import { createConsumer, type Handlers, type QueueConnection } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import { type ProjectionChange, projectionChange } from '../domain/projection-change';
import type { ProjectionRepository } from '../storage/projection.repository';

export function startMatchingInboxConsumer(deps: {
  queue: QueueConnection;
  projection: ProjectionRepository;
  logger: Logger;
}) {
  const apply = async (change: ProjectionChange, jobId: string) => {
    const applied = await deps.projection.apply(change);
    if (!applied) deps.logger.debug({ jobId, ...change, payload: undefined }, 'stale event ignored');
  };
  const handlers: Handlers<MatchingInbox> = {
    'challenge.upserted': (e, job) => apply(projectionChange['challenge.upserted'](e), job.id),
    'challenge.closed': (e, job) => apply(projectionChange['challenge.closed'](e), job.id),
    'innovator.upserted': (e, job) => apply(projectionChange['innovator.upserted'](e), job.id),
    'innovator.erased': (e, job) => apply(projectionChange['innovator.erased'](e), job.id),
    'idea.upserted': (e, job) => apply(projectionChange['idea.upserted'](e), job.id),
    'idea.deleted': (e, job) => apply(projectionChange['idea.deleted'](e), job.id),
  };
  return createConsumer(matchingInbox, handlers, {
    ...deps.queue,
    onInvalid: (info) => deps.logger.error(info, 'invalid job payload dropped'),
  });
}
