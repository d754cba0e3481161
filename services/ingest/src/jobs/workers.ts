import type { IngestDeps } from '../deps';
import { createOutboxRelay, queueSink } from './outbox-relay';

/** Starts the outbox relay and registers it for graceful shutdown. */
export function startWorkers(deps: IngestDeps) {
  const relay = createOutboxRelay({
    outbox: deps.outbox,
    sinks: [queueSink(deps.queues.matchingInbox), queueSink(deps.queues.notificationInbox)],
    logger: deps.logger,
  });
  relay.start();
  deps.shutdown.register('workers', 'outbox relay', () => relay.stop());
  return [relay];
}
