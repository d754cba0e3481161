import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';
import { z } from 'zod';

const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const msPer = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration such as `30m`, `24h` or `7d` (as `JWT_MAX_TTL`), read as milliseconds. */
const duration = (fallback: string) =>
  z
    .string()
    .regex(/^\d+(s|m|h|d)$/, 'a duration such as 30m, 24h or 7d')
    .default(fallback)
    .transform((text) => Number(text.slice(0, -1)) * msPer[text.at(-1) as keyof typeof msPer]);

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
  /** How long published outbox rows are kept (for inspection and replay) before they are pruned. */
  OUTBOX_RETENTION: duration('7d'),
  /** How long a stored answer to an `Idempotency-Key` is kept; a retry after that writes anew. */
  IDEMPOTENCY_TTL: duration('24h'),
  /** How often expired outbox rows and idempotency answers are pruned. */
  PRUNE_INTERVAL: duration('1h'),
};

export type IngestConfig = ReturnType<typeof loadIngestConfig>;

export const loadIngestConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(ingestConfigShape, env);
