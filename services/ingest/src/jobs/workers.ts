import { registerQueueMetrics } from '@suite/platform';
import type { IngestDeps } from '../deps';
import { createPreferenceChangeApplier, startIngestInboxConsumer } from './ingest-inbox.consumer';
import { createOutboxRelay } from './outbox-relay';
import { createPruner } from './pruner';

/**
 * Starts the outbox relay, the pruner and the consumer of changes from other services, and
 * registers them for graceful shutdown.
 */
export function startWorkers(deps: IngestDeps) {
  const relay = createOutboxRelay({
    outbox: deps.outbox,
    producers: deps.producers,
    logger: deps.logger,
    batchSize: deps.config.OUTBOX_BATCH_SIZE,
    intervalMs: deps.config.OUTBOX_POLL_MS,
    // Embedded PGlite runs each import transaction synchronously on this thread, so every round
    // trip of the relay can wait behind one: there a batch goes to Redis in one piece (publishing
    // in slices of 100 halved the relay's pace during a 100k import).
    sliceSize: deps.database.driver === 'pglite' ? deps.config.OUTBOX_BATCH_SIZE : undefined,
  });
  const pruner = createPruner({
    outbox: deps.outbox,
    idempotency: deps.idempotency,
    logger: deps.logger,
    outboxRetentionMs: deps.config.OUTBOX_RETENTION,
    idempotencyTtlMs: deps.config.IDEMPOTENCY_TTL,
    intervalMs: deps.config.PRUNE_INTERVAL,
  });
  const inbox = startIngestInboxConsumer({
    queue: deps.queue,
    apply: createPreferenceChangeApplier({ ...deps, db: deps.database.db }),
    logger: deps.logger,
  });
  registerQueueMetrics(deps.metrics, { workers: [inbox.worker] });
  relay.start();
  pruner.start();
  deps.shutdown.register('workers', 'outbox relay', () => relay.stop());
  deps.shutdown.register('workers', 'pruner', () => pruner.stop());
  deps.shutdown.register('workers', 'ingest-inbox consumer', () => inbox.close());
  return [relay, pruner];
}
