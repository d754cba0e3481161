import { createHttpApp } from '@suite/platform';
import type { NotificationDeps } from './deps';
import { deliveryRoutes } from './http/deliveries.routes';

export function createApp(deps: NotificationDeps) {
  return createHttpApp({
    ...deps.http,
    service: 'notification',
    version: '0.1.0',
    description: 'Recipients, Swedish/English emails, digests, deliveries and unsubscribe.',
    routes: [...deliveryRoutes(deps.deliveries)],
  });
}
