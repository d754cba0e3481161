import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';
import { z } from 'zod';

const matchingConfigShape = {
  ...serviceConfigShape({
    service: 'matching',
    port: 3002,
    dataDir: fileURLToPath(new URL('../../../.data/matching', import.meta.url)),
  }),
  /** How often collected changes turn into mail requests (the debounce window). */
  MAIL_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
};

export type MatchingConfig = ReturnType<typeof loadMatchingConfig>;

export const loadMatchingConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(matchingConfigShape, env);
