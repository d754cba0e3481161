import { type IngestInbox, ingestInbox, type PreferencesChanged } from '@suite/contracts';
import { createConsumer, type Handlers, type QueueConnection } from '@suite/contracts/queues';
import type { Db, Logger } from '@suite/platform';
import { withPreferenceChange } from '../domain/preference-change';
import type { EntityStore } from '../storage/entity-store';
import type { EntityWriter } from '../storage/entity-writer';

/**
 * Applies mail preference changes people made at notification to the innovator record, with its
 * `innovator.upserted` event in the same transaction, so the record, its export and every
 * subscriber agree on the consent. Unknown or erased people: nothing to change. Answers whether
 * the record changed.
 */
export function createPreferenceChangeApplier(deps: { db: Db; store: EntityStore; writer: EntityWriter }) {
  return (change: PreferencesChanged): Promise<boolean> =>
    deps.db.transaction(async (tx) => {
      const times = await deps.store.preferenceTimes(tx, change.innovatorId);
      const stored = await deps.store.get('innovators', change.innovatorId, tx);
      const outcome = times && stored && withPreferenceChange(stored, times, change);
      if (!outcome) return false;
      // The person's own change: a consent they withdraw here only they can give again.
      if (outcome.innovator) {
        await deps.writer.upsertOne(tx, 'innovators', outcome.innovator, { actor: 'person' });
      }
      // After the upsert, which stamps what changed with now: the change was made at changedAt.
      await deps.store.notePreferenceReport(tx, change.innovatorId, change.changedAt, outcome.changed);
      return outcome.innovator !== undefined;
    });
}

export function startIngestInboxConsumer(deps: {
  queue: QueueConnection;
  apply: ReturnType<typeof createPreferenceChangeApplier>;
  logger: Logger;
}) {
  const { logger } = deps;
  const handlers: Handlers<IngestInbox> = {
    'preferences.changed': async (change, job) => {
      const changed = await deps.apply(change);
      logger.info({ jobId: job.id, changed }, 'preference change from notification applied');
    },
  };
  return createConsumer(ingestInbox, handlers, {
    ...deps.queue,
    onInvalid: ({ jobId, name }) =>
      logger.error({ jobId, name }, 'invalid job payload dropped as unrecoverable'),
    logger,
  });
}
