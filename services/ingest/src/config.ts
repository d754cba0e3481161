import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';

const ingestConfigShape = serviceConfigShape({
  service: 'ingest',
  port: 3001,
  dataDir: fileURLToPath(new URL('../../../.data/ingest', import.meta.url)),
});

export type IngestConfig = ReturnType<typeof loadIngestConfig>;

export const loadIngestConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(ingestConfigShape, env);
