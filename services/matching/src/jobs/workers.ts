import { registerQueueMetrics } from '@suite/platform';
import type { MatchingDeps } from '../deps';
import { startMailFlusher } from './mail-flusher';
import { startMatchingInboxConsumer } from './matching-inbox.consumer';

/** Starts every consumer of this service and registers it for graceful shutdown. */
export function startWorkers(deps: MatchingDeps) {
  const consumer = startMatchingInboxConsumer(deps);
  registerQueueMetrics(deps.metrics, { workers: [consumer.worker] });
  deps.shutdown.register('workers', 'matching-inbox consumer', () => consumer.close());
  const flusher = startMailFlusher({
    mail: deps.mail,
    everyMs: deps.settings.MAIL_FLUSH_MS,
    logger: deps.logger,
  });
  deps.shutdown.register('workers', 'mail flusher', () => flusher.stop());
  return [consumer];
}
