import { fileURLToPath } from 'node:url';
import { baseConfigShape, loadConfig } from '@suite/platform';
import { z } from 'zod';

const defaultDataDir = fileURLToPath(new URL('../../../.data/matching', import.meta.url));

export const matchingConfigShape = {
  ...baseConfigShape,
  PORT: z.coerce.number().int().min(0).max(65_535).default(3002),
  DATA_DIR: z.string().min(1).default(defaultDataDir),
  DB_SCHEMA: z.string().default('matching'),
};

export type MatchingConfig = ReturnType<typeof loadMatchingConfig>;

export const loadMatchingConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(matchingConfigShape, env);
