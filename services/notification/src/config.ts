import { fileURLToPath } from 'node:url';
import { baseConfigShape, loadConfig } from '@suite/platform';
import { z } from 'zod';

const defaultDataDir = fileURLToPath(new URL('../../../.data/notification', import.meta.url));

export const notificationConfigShape = {
  ...baseConfigShape,
  PORT: z.coerce.number().int().min(0).max(65_535).default(3003),
  DATA_DIR: z.string().min(1).default(defaultDataDir),
  DB_SCHEMA: z.string().default('notification'),
};

export type NotificationConfig = ReturnType<typeof loadNotificationConfig>;

export const loadNotificationConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(notificationConfigShape, env);
