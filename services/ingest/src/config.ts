import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';
import { z } from 'zod';

const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const ingestConfigShape = {
  ...serviceConfigShape({
    service: 'ingest',
    port: 3001,
    dataDir: fileURLToPath(new URL('../../../.data/ingest', import.meta.url)),
  }),
  /** The largest bulk import file accepted (`200mb`); a bigger one is a 413. */
  IMPORT_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb|gb)$/i, 'a size such as 200mb')
    .default('200mb'),
  /** Valid import rows written per transaction (one multi-row insert plus its outbox rows). */
  IMPORT_BATCH_SIZE: count(1_000, 5_000),
  /** Per-row import errors kept for the report; all of them are counted. */
  IMPORT_ERRORS_KEPT: count(1_000, 100_000),
  /** Outbox rows the relay publishes per round trip to Redis. */
  OUTBOX_BATCH_SIZE: count(1_000, 10_000),
  /** How often the relay looks for new events when the outbox is empty. */
  OUTBOX_POLL_MS: count(100, 60_000),
};

export type IngestConfig = ReturnType<typeof loadIngestConfig>;

export const loadIngestConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(ingestConfigShape, env);
