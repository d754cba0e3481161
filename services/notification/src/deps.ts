import { fileURLToPath } from 'node:url';
import { createBaseDeps, type Logger } from '@suite/platform';
import type { NotificationConfig } from './config';
import { createChallengesRepository } from './storage/challenges.repository';
import { createDeliveriesRepository } from './storage/deliveries.repository';
import { createRecipientsRepository } from './storage/recipients.repository';

const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));

export async function createDeps(config: NotificationConfig, opts: { logger?: Logger } = {}) {
  const base = await createBaseDeps({
    service: 'notification',
    config,
    migrationsFolder,
    logger: opts.logger,
  });
  const { db } = base.database;
  return {
    ...base,
    recipients: createRecipientsRepository(db),
    challenges: createChallengesRepository(db),
    deliveries: createDeliveriesRepository(db),
  };
}

export type NotificationDeps = Awaited<ReturnType<typeof createDeps>>;
