import { fileURLToPath } from 'node:url';
import { matchingInbox, notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { type BaseDeps, createBaseDeps, type Logger } from '@suite/platform';
import type { IngestConfig } from './config';
import { createOrganisationsRepository } from './storage/organisations.repository';
import { createOutboxRepository } from './storage/outbox.repository';

const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));

export async function createDeps(config: IngestConfig, opts: { logger?: Logger } = {}) {
  const base: BaseDeps = await createBaseDeps({
    service: 'ingest',
    config,
    migrationsFolder,
    logger: opts.logger,
  });
  const queues = {
    matchingInbox: createProducer(matchingInbox, base.queue),
    notificationInbox: createProducer(notificationInbox, base.queue),
  };
  base.shutdown.register('queues', 'matching-inbox producer', () => queues.matchingInbox.close());
  base.shutdown.register('queues', 'notification-inbox producer', () => queues.notificationInbox.close());
  return {
    ...base,
    queues,
    organisations: createOrganisationsRepository(base.database.db),
    outbox: createOutboxRepository(base.database.db),
  };
}

export type IngestDeps = Awaited<ReturnType<typeof createDeps>>;
