import { type IngestInbox, ingestInbox, type PreferencesChanged } from '@suite/contracts';
import { createConsumer, type Handlers, type QueueConnection } from '@suite/contracts/queues';
import type { Db, Logger } from '@suite/platform';
import { withPreferenceChange } from '../domain/preference-change';
import type { EntityStore } from '../storage/entity-store';
import type { EntityWriter } from '../storage/entity-writer';

/**
 * Applies mail preference changes people made at notification to the innovator record, with its
 * `innovator.upserted` event in the same transaction, so the record, its export and every
 * subscriber agree on the consent. Unknown or erased people: nothing to change.
 */
export function createPreferenceChangeApplier(deps: { db: Db; store: EntityStore; writer: EntityWriter }) {
  return (change: PreferencesChanged): Promise<boolean> =>
    deps.db.transaction(async (tx) => {
      const stored = await deps.store.get('innovators', change.innovatorId, tx);
      const next = stored && withPreferenceChange(stored, change);
      if (!next) return false;
      await deps.writer.upsertOne(tx, 'innovators', next);
      return true;
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
