import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';

const matchingConfigShape = serviceConfigShape({
  service: 'matching',
  port: 3002,
  dataDir: fileURLToPath(new URL('../../../.data/matching', import.meta.url)),
});

export type MatchingConfig = ReturnType<typeof loadMatchingConfig>;

export const loadMatchingConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(matchingConfigShape, env);
