import { fileURLToPath } from 'node:url';
import { baseConfigShape, loadConfig } from '@suite/platform';
import { z } from 'zod';

const defaultDataDir = fileURLToPath(new URL('../../../.data/ingest', import.meta.url));

export const ingestConfigShape = {
  ...baseConfigShape,
  PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
  DATA_DIR: z.string().min(1).default(defaultDataDir),
  DB_SCHEMA: z.string().default('ingest'),
};

export type IngestConfig = ReturnType<typeof loadIngestConfig>;

export const loadIngestConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(ingestConfigShape, env);
