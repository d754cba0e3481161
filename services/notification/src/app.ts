import { createHttpApp, queueDashboard } from '@suite/platform';
import type { NotificationDeps } from './deps';
import { challengePageRoutes } from './http/challenge-page.routes';
import { deliveryRoutes } from './http/deliveries.routes';
import { faviconRoutes } from './http/favicon.routes';
import { preferenceRoutes } from './http/preferences.routes';
import { sendWaitingNow } from './jobs/notification-digest.consumer';

export function createApp(deps: NotificationDeps) {
  return createHttpApp({
    ...deps.http,
    service: 'notification',
    version: '0.1.0',
    description: 'Recipients, Swedish/English emails, digests, deliveries and unsubscribe.',
    routes: [
      ...deliveryRoutes(deps.deliveries),
      ...challengePageRoutes(deps),
      ...preferenceRoutes({
        recipients: deps.recipients,
        auth: deps.http.auth,
        unsubscribeSecret: deps.config.UNSUBSCRIBE_SECRET,
        onPreferencesChanged: async (innovatorId, preferences) => {
          deps.preferenceReporter.flushSoon();
          await sendWaitingNow(deps, innovatorId, preferences);
        },
      }),
      ...faviconRoutes(),
    ],
    extraRouters: [queueDashboard({ queues: deps.ownedQueues, auth: deps.http.auth })],
  });
}
