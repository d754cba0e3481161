import { ConfigError } from '@suite/platform';
import { describe, expect, it } from 'vitest';
import { loadIngestConfig } from './config';

describe('ingest config', () => {
  it('defaults to port 3001, a 200mb import limit and batches of 1,000', () => {
    const config = loadIngestConfig({});
    expect(config).toMatchObject({
      PORT: 3001,
      DB_SCHEMA: 'ingest',
      IMPORT_LIMIT: '200mb',
      IMPORT_BATCH_SIZE: 1_000,
      IMPORT_ERRORS_KEPT: 1_000,
      OUTBOX_BATCH_SIZE: 1_000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads the import settings from the environment', () => {
    const config = loadIngestConfig({ IMPORT_LIMIT: '5mb', IMPORT_BATCH_SIZE: '250', OUTBOX_POLL_MS: '50' });
    expect(config).toMatchObject({ IMPORT_LIMIT: '5mb', IMPORT_BATCH_SIZE: 250, OUTBOX_POLL_MS: 50 });
  });

  it('refuses an import limit that is not a size, naming the setting', () => {
    expect(() => loadIngestConfig({ IMPORT_LIMIT: 'lots' })).toThrow(ConfigError);
    expect(() => loadIngestConfig({ IMPORT_LIMIT: 'lots' })).toThrow(/IMPORT_LIMIT/);
  });

  it('refuses a batch size of zero', () => {
    expect(() => loadIngestConfig({ IMPORT_BATCH_SIZE: '0' })).toThrow(/IMPORT_BATCH_SIZE/);
  });
});
