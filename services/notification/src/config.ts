import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';

const notificationConfigShape = serviceConfigShape({
  service: 'notification',
  port: 3003,
  dataDir: fileURLToPath(new URL('../../../.data/notification', import.meta.url)),
});

export type NotificationConfig = ReturnType<typeof loadNotificationConfig>;

export const loadNotificationConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(notificationConfigShape, env);
