import { fileURLToPath } from 'node:url';
import { eventSubscribers, type QueueCatalog } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createBaseDeps, type Logger, registerQueueMetrics } from '@suite/platform';
import type { IngestConfig } from './config';
import {
  createIdempotentUploads,
  createIdempotentWrites,
  createStoredAnswerFirst,
} from './http/idempotent-write';
import { createImportRunner } from './jobs/import-runner';
import { createEntityStore } from './storage/entity-store';
import { createEntityWriter } from './storage/entity-writer';
import { createIdempotencyRepository } from './storage/idempotency.repository';
import { createImportsRepository } from './storage/imports.repository';
import { createOutboxRepository } from './storage/outbox.repository';

const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));

export async function createDeps(config: IngestConfig, opts: { logger?: Logger } = {}) {
  const base = await createBaseDeps({ service: 'ingest', config, migrationsFolder, logger: opts.logger });
  const { db } = base.database;
  // One producer per subscriber queue in the contracts' topology.
  const producers = eventSubscribers.map((catalog) => createProducer<QueueCatalog>(catalog, base.queue));
  for (const producer of producers) {
    base.shutdown.register('queues', `${producer.queueName} producer`, () => producer.close());
  }
  // What the relay has published and the consumers not yet taken shows at /metrics here too.
  registerQueueMetrics(base.metrics, { queues: producers.map((producer) => producer.queue) });
  const store = createEntityStore(db);
  const outbox = createOutboxRepository(db);
  const writer = createEntityWriter({ store });
  const imports = createImportsRepository(db);
  const abandoned = await imports.failAbandoned('the service stopped while this import was running');
  if (abandoned > 0) base.logger.warn({ abandoned }, 'imports left running by a stop were marked failed');
  const importRunner = createImportRunner({
    db,
    store,
    writer,
    imports,
    logger: base.logger,
    batchSize: config.IMPORT_BATCH_SIZE,
    errorsKept: config.IMPORT_ERRORS_KEPT,
  });
  base.shutdown.register('workers', 'running imports', () => importRunner.idle());
  const idempotency = createIdempotencyRepository(db);
  return {
    ...base,
    config,
    producers,
    store,
    outbox,
    writer,
    imports,
    importRunner,
    idempotency,
    write: createIdempotentWrites({ db, keys: idempotency }),
    storedAnswerFirst: createStoredAnswerFirst(idempotency),
    idempotentUpload: createIdempotentUploads({ db, keys: idempotency }),
  };
}

export type IngestDeps = Awaited<ReturnType<typeof createDeps>>;
