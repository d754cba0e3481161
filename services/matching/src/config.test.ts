import { ConfigError, developmentJwtSecret } from '@suite/platform';
import { describe, expect, it } from 'vitest';
import { loadMatchingConfig } from './config';

describe('matching config', () => {
  it('defaults to port 3002, its own schema, loopback and a five-second mail window', () => {
    const config = loadMatchingConfig({});
    expect(config).toMatchObject({
      PORT: 3002,
      DB_SCHEMA: 'matching',
      HOST: '127.0.0.1',
      MAIL_FLUSH_MS: 5_000,
      MAIL_QUIET_MS: 3_000,
      MAIL_MAX_WAIT_MS: 60_000,
      MAIL_SHORTLIST_UPDATE_MS: 86_400_000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('refuses a mail window outside 100 ms to 10 minutes, naming the setting', () => {
    expect(() => loadMatchingConfig({ MAIL_FLUSH_MS: '10' })).toThrow(/MAIL_FLUSH_MS/);
    expect(() => loadMatchingConfig({ MAIL_FLUSH_MS: 'soon' })).toThrow(ConfigError);
  });

  it('refuses production without a database server or with the development secret', () => {
    const attempt = (env: Record<string, string>) => () =>
      loadMatchingConfig({ NODE_ENV: 'production', ...env });
    expect(attempt({ JWT_SECRET: 'p'.repeat(48) })).toThrow(/DATABASE_URL/);
    expect(attempt({ DATABASE_URL: 'postgres://db/matching', JWT_SECRET: developmentJwtSecret })).toThrow(
      /JWT_SECRET/,
    );
    const ok = loadMatchingConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/matching',
      JWT_SECRET: 'p'.repeat(48),
    });
    expect(ok.HOST).toBe('0.0.0.0');
  });
});
