import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseConfigShape, ConfigError, developmentJwtSecret, loadConfig, serviceConfigShape } from './config';

describe('loadConfig', () => {
  it('fills defaults and freezes the result', () => {
    const config = loadConfig(baseConfigShape, {});
    expect(config.NODE_ENV).toBe('development');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig(baseConfigShape, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names every invalid variable', () => {
    const attempt = () =>
      loadConfig({ ...baseConfigShape, PORT: z.coerce.number().int() }, { PORT: 'x', REDIS_URL: 'nope' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      expect((err as ConfigError).issues.map((i) => i.path).sort()).toEqual(['PORT', 'REDIS_URL']);
    }
  });

  it('refuses to start production with the development secret', () => {
    expect(() => loadConfig(baseConfigShape, { NODE_ENV: 'production' })).toThrow(/real secret/);
    expect(() =>
      loadConfig(baseConfigShape, { NODE_ENV: 'production', JWT_SECRET: developmentJwtSecret }),
    ).toThrow(ConfigError);
    const prod = loadConfig(baseConfigShape, { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) });
    expect(prod.JWT_SECRET).toBe('p'.repeat(48));
  });
});

describe('serviceConfigShape', () => {
  const shape = serviceConfigShape({ service: 'matching', port: 3002, dataDir: '/tmp/matching' });

  it('defaults port, data folder and schema to the service', () => {
    const config = loadConfig(shape, {});
    expect([config.PORT, config.DATA_DIR, config.DB_SCHEMA]).toEqual([3002, '/tmp/matching', 'matching']);
  });

  it('lets PORT override the default and refuses an unsafe schema name', () => {
    expect(loadConfig(shape, { PORT: '4100' }).PORT).toBe(4100);
    expect(() => loadConfig(shape, { DB_SCHEMA: 'x"; drop table' })).toThrow(/DB_SCHEMA/);
  });
});
