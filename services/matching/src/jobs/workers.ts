import type { MatchingDeps } from '../deps';
import { startMatchingInboxConsumer } from './matching-inbox.consumer';

/** Starts every consumer of this service and registers it for graceful shutdown. */
export function startWorkers(deps: MatchingDeps) {
  const consumer = startMatchingInboxConsumer(deps);
  deps.shutdown.register('workers', 'matching-inbox consumer', () => consumer.close());
  return [consumer];
}
