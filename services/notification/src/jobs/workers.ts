import type { NotificationDeps } from '../deps';
import { startNotificationInboxConsumer } from './notification-inbox.consumer';

/** Starts every consumer of this service and registers it for graceful shutdown. */
export function startWorkers(deps: NotificationDeps) {
  const consumer = startNotificationInboxConsumer(deps);
  deps.shutdown.register('workers', 'notification-inbox consumer', () => consumer.close());
  return [consumer];
}
