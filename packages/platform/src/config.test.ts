import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  baseConfigShape,
  ConfigError,
  developmentJwtSecret,
  loadConfig,
  productionRefuses,
  productionRequires,
  serviceConfigShape,
} from './config';

const issuesOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (err) {
    if (err instanceof ConfigError) return err.issues.map((i) => i.path).sort();
    throw err;
  }
  return [];
};

const realSecret = 'p'.repeat(48);
const database = 'postgres://suite@db:5432/suite';

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
    expect(() => loadConfig(baseConfigShape, { NODE_ENV: 'production', DATABASE_URL: database })).toThrow(
      /real secret/,
    );
    expect(
      issuesOf(() =>
        loadConfig(baseConfigShape, {
          NODE_ENV: 'production',
          DATABASE_URL: database,
          JWT_SECRET: developmentJwtSecret,
        }),
      ),
    ).toEqual(['JWT_SECRET']);
    const prod = loadConfig(baseConfigShape, {
      NODE_ENV: 'production',
      JWT_SECRET: realSecret,
      DATABASE_URL: database,
    });
    expect(prod.JWT_SECRET).toBe(realSecret);
  });

  it('refuses production without DATABASE_URL and reports every broken rule at once', () => {
    expect(issuesOf(() => loadConfig(baseConfigShape, { NODE_ENV: 'production' }))).toEqual([
      'DATABASE_URL',
      'JWT_SECRET',
    ]);
    expect(
      issuesOf(() => loadConfig(baseConfigShape, { NODE_ENV: 'production', JWT_SECRET: realSecret })),
    ).toEqual(['DATABASE_URL']);
    // Development keeps running on embedded PGlite with the public secret.
    expect(loadConfig(baseConfigShape, {}).DATABASE_URL).toBeUndefined();
  });

  it('refuses a short secret', () => {
    expect(issuesOf(() => loadConfig(baseConfigShape, { JWT_SECRET: 'short' }))).toEqual(['JWT_SECRET']);
  });

  it('applies a service rule across fields only where it says', () => {
    const shape = {
      ...baseConfigShape,
      SMTP_URL: z.url().optional(),
      UNSUBSCRIBE_SECRET: z.string().default('dev-x'),
    };
    const rules = [productionRequires('SMTP_URL'), productionRefuses('UNSUBSCRIBE_SECRET', 'dev-x')];
    const production = { NODE_ENV: 'production', JWT_SECRET: realSecret, DATABASE_URL: database };
    expect(issuesOf(() => loadConfig(shape, production, rules))).toEqual(['SMTP_URL', 'UNSUBSCRIBE_SECRET']);
    expect(
      loadConfig(
        shape,
        { ...production, SMTP_URL: 'smtp://mail:25', UNSUBSCRIBE_SECRET: 'u'.repeat(40) },
        rules,
      ).SMTP_URL,
    ).toBe('smtp://mail:25');
    expect(loadConfig(shape, {}, rules).UNSUBSCRIBE_SECRET).toBe('dev-x');
  });

  it('hands a custom rule the parsed, typed config', () => {
    const shape = { MIN: z.coerce.number(), MAX: z.coerce.number() };
    const ordered = (c: { MIN: number; MAX: number }) =>
      c.MIN <= c.MAX ? [] : [{ path: 'MIN', message: 'MIN must not exceed MAX' }];
    expect(loadConfig(shape, { MIN: '1', MAX: '2' }, [ordered]).MAX).toBe(2);
    expect(() => loadConfig(shape, { MIN: '3', MAX: '2' }, [ordered])).toThrow(/MIN must not exceed MAX/);
  });

  it('listens on loopback outside production and on every interface in production', () => {
    expect(loadConfig(baseConfigShape, {}).HOST).toBe('127.0.0.1');
    expect(loadConfig(baseConfigShape, { NODE_ENV: 'test' }).HOST).toBe('127.0.0.1');
    expect(
      loadConfig(baseConfigShape, { NODE_ENV: 'production', JWT_SECRET: realSecret, DATABASE_URL: database })
        .HOST,
    ).toBe('0.0.0.0');
    expect(loadConfig(baseConfigShape, { HOST: '0.0.0.0', JWT_SECRET: realSecret }).HOST).toBe('0.0.0.0');
  });

  it('refuses other interfaces while holding the public development secret', () => {
    expect(issuesOf(() => loadConfig(baseConfigShape, { HOST: '0.0.0.0' }))).toEqual(['HOST']);
    expect(issuesOf(() => loadConfig(baseConfigShape, { HOST: '192.168.1.20', NODE_ENV: 'test' }))).toEqual([
      'HOST',
    ]);
    expect(loadConfig(baseConfigShape, { HOST: 'localhost' }).HOST).toBe('localhost');
  });

  it('defaults the longest token lifetime to a day and refuses a malformed one', () => {
    expect(loadConfig(baseConfigShape, {}).JWT_MAX_TTL).toBe('24h');
    expect(issuesOf(() => loadConfig(baseConfigShape, { JWT_MAX_TTL: 'forever' }))).toEqual(['JWT_MAX_TTL']);
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
