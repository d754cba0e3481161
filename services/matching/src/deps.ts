import { fileURLToPath } from 'node:url';
import { notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createBaseDeps, type Logger } from '@suite/platform';
import type { MatchingConfig } from './config';
import { createProjectionRepository } from './storage/projection.repository';

const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));

export async function createDeps(config: MatchingConfig, opts: { logger?: Logger } = {}) {
  const base = await createBaseDeps({
    service: 'matching',
    config,
    migrationsFolder,
    logger: opts.logger,
  });
  const projection = createProjectionRepository(base.database.db);
  const notifications = createProducer(notificationInbox, base.queue);
  base.shutdown.register('queues', 'notification-inbox producer', () => notifications.close());
  return { ...base, projection, queues: { notificationInbox: notifications } };
}

export type MatchingDeps = Awaited<ReturnType<typeof createDeps>>;
