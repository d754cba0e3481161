import { createRedis } from '@suite/platform';
import pg from 'pg';
import { testConfig } from './config';
import type { DbDriver } from './database';
import { uniqueName } from './unique-name';

export interface ServiceTestEnv {
  /** Environment for a service's `load*Config`: its own schema (or in-memory PGlite) and queue prefix. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export function serviceTestEnv(driver: DbDriver, overrides: Record<string, string> = {}): ServiceTestEnv {
  const schema = uniqueName('t');
  const prefix = uniqueName('q');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DB_SCHEMA: schema,
    DATA_DIR: 'memory://',
    REDIS_URL: testConfig.TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    BODY_LIMIT: '16kb',
    // Tests flush mail by hand right after changes; matching's quiet period would hold it back.
    MAIL_QUIET_MS: '0',
    ...(driver === 'postgres' ? { DATABASE_URL: testConfig.TEST_DATABASE_URL } : {}),
    ...overrides,
  };
  return {
    env,
    async cleanup() {
      const redis = createRedis(testConfig.TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      if (driver !== 'postgres') return;
      const client = new pg.Client({ connectionString: testConfig.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
    },
  };
}

interface ServiceFactories<C, D extends { shutdown: { shutdown(reason: string): Promise<void> } }, A> {
  loadConfig(env: Record<string, string>): C;
  createDeps(config: C): Promise<D>;
  createApp(deps: D): A;
}

/** Builds a service's app on real dependencies of its own; `close` shuts it down and drops its data. */
export function startServiceForTest<
  C,
  D extends { shutdown: { shutdown(reason: string): Promise<void> } },
  A,
>(driver: DbDriver, factories: ServiceFactories<C, D, A>) {
  return async () => {
    const testEnv = serviceTestEnv(driver);
    const config = factories.loadConfig(testEnv.env);
    const deps = await factories.createDeps(config);
    return {
      app: factories.createApp(deps),
      config,
      deps,
      close: async () => {
        await deps.shutdown.shutdown('test over');
        await testEnv.cleanup();
      },
    };
  };
}
