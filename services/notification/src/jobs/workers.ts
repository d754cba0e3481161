import { registerQueueMetrics } from '@suite/platform';
import type { NotificationDeps } from '../deps';
import { scheduleDigests, startDigestConsumer } from './notification-digest.consumer';
import { startNotificationInboxConsumer } from './notification-inbox.consumer';
import { startPreferenceReporting } from './preference-reporter';

/** Starts every consumer of this service and the digest schedules, and registers them for graceful shutdown. */
export async function startWorkers(deps: NotificationDeps) {
  const options = { concurrency: deps.config.MAIL_CONCURRENCY, lockDuration: deps.config.JOB_LOCK_MS };
  const inbox = startNotificationInboxConsumer({ ...deps, ...options, onShortlistReady: deps.shortlistMail });
  const digests = startDigestConsumer({ ...deps, ...options });
  registerQueueMetrics(deps.metrics, { workers: [inbox.worker, digests.worker] });
  deps.shutdown.register('workers', 'notification-inbox consumer', () => inbox.close());
  deps.shutdown.register('workers', 'notification-digest consumer', () => digests.close());
  const reporting = startPreferenceReporting(deps.preferenceReporter, deps.config.PREFERENCE_REPORT_MS);
  deps.shutdown.register('workers', 'preference reports', async () => {
    reporting.stop();
    await deps.preferenceReporter.flush().catch(() => undefined);
  });
  const nextRuns = await scheduleDigests(deps.digestProducer, deps.config);
  deps.logger.info(
    Object.fromEntries(Object.entries(nextRuns).map(([k, v]) => [k, v ? new Date(v).toISOString() : null])),
    'digest schedules set',
  );
  return [inbox, digests];
}
