import type { IngestDeps } from '../deps';
import { createOutboxRelay } from './outbox-relay';

/** Starts the outbox relay and registers it for graceful shutdown. */
export function startWorkers(deps: IngestDeps) {
  const relay = createOutboxRelay({
    outbox: deps.outbox,
    producers: deps.producers,
    logger: deps.logger,
    batchSize: deps.config.OUTBOX_BATCH_SIZE,
    intervalMs: deps.config.OUTBOX_POLL_MS,
  });
  relay.start();
  deps.shutdown.register('workers', 'outbox relay', () => relay.stop());
  return [relay];
}
