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

  it('reads the retention settings as durations, defaulting to a week, a day and an hour', () => {
    expect(loadIngestConfig({})).toMatchObject({
      OUTBOX_RETENTION: 7 * 86_400_000,
      IDEMPOTENCY_TTL: 86_400_000,
      PRUNE_INTERVAL: 3_600_000,
    });
    const config = loadIngestConfig({
      OUTBOX_RETENTION: '36h',
      IDEMPOTENCY_TTL: '90m',
      PRUNE_INTERVAL: '30s',
    });
    expect(config).toMatchObject({
      OUTBOX_RETENTION: 36 * 3_600_000,
      IDEMPOTENCY_TTL: 90 * 60_000,
      PRUNE_INTERVAL: 30_000,
    });
    expect(() => loadIngestConfig({ IDEMPOTENCY_TTL: 'a day' })).toThrow(/IDEMPOTENCY_TTL/);
  });

  it('refuses a batch size of zero', () => {
    expect(() => loadIngestConfig({ IMPORT_BATCH_SIZE: '0' })).toThrow(/IMPORT_BATCH_SIZE/);
  });
});
