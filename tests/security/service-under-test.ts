import { type Database, type Logger, type Role, signToken } from '@suite/platform';
import { serviceTestEnv, startServiceForTest } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { createApp as createIngestApp } from '../../services/ingest/src/app';
import { loadIngestConfig } from '../../services/ingest/src/config';
import { createDeps as createIngestDeps } from '../../services/ingest/src/deps';
import { startWorkers as startIngestWorkers } from '../../services/ingest/src/jobs/workers';
import { createApp as createMatchingApp } from '../../services/matching/src/app';
import { loadMatchingConfig } from '../../services/matching/src/config';
import { createDeps as createMatchingDeps } from '../../services/matching/src/deps';
import { startWorkers as startMatchingWorkers } from '../../services/matching/src/jobs/workers';
import { createApp as createNotificationApp } from '../../services/notification/src/app';
import { loadNotificationConfig } from '../../services/notification/src/config';
import { createDeps as createNotificationDeps } from '../../services/notification/src/deps';
import { startWorkers as startNotificationWorkers } from '../../services/notification/src/jobs/workers';

/** The three services, each started in this process on PGlite and a Redis prefix of its own. */
export const servicesUnderTest = {
  ingest: startServiceForTest('pglite', {
    loadConfig: loadIngestConfig,
    createDeps: createIngestDeps,
    createApp: createIngestApp,
  }),
  matching: startServiceForTest('pglite', {
    loadConfig: loadMatchingConfig,
    createDeps: createMatchingDeps,
    createApp: createMatchingApp,
  }),
  notification: startServiceForTest('pglite', {
    loadConfig: loadNotificationConfig,
    createDeps: createNotificationDeps,
    createApp: createNotificationApp,
  }),
};
export type ServiceName = keyof typeof servicesUnderTest;

export interface StartOptions {
  /** Settings on top of the test environment (a small RATE_LIMIT_PER_MINUTE, an SMTP_URL, ...). */
  env?: Record<string, string>;
  /** A logger of the test's own, to capture what the service writes. */
  logger?: Logger;
  /** Start the service's queue consumers too, as its main.ts does. */
  workers?: boolean;
}

async function started<C, D extends { shutdown: { shutdown(reason: string): Promise<void> } }, A>(
  opts: StartOptions,
  factories: {
    loadConfig(env: Record<string, string>): C;
    createDeps(config: C, opts: { logger?: Logger }): Promise<D>;
    createApp(deps: D): A;
    startWorkers(deps: D): unknown;
  },
) {
  const testEnv = serviceTestEnv('pglite', opts.env);
  const config = factories.loadConfig(testEnv.env);
  const deps = await factories.createDeps(config, { logger: opts.logger });
  if (opts.workers) await factories.startWorkers(deps);
  return {
    app: factories.createApp(deps),
    config,
    deps,
    close: async () => {
      await deps.shutdown.shutdown('test over');
      await testEnv.cleanup();
    },
  };
}

/** One service on PGlite with settings, a logger and workers of the test's choosing. */
export const startService = {
  ingest: (opts: StartOptions = {}) =>
    started(opts, {
      loadConfig: loadIngestConfig,
      createDeps: createIngestDeps,
      createApp: createIngestApp,
      startWorkers: startIngestWorkers,
    }),
  matching: (opts: StartOptions = {}) =>
    started(opts, {
      loadConfig: loadMatchingConfig,
      createDeps: createMatchingDeps,
      createApp: createMatchingApp,
      startWorkers: startMatchingWorkers,
    }),
  notification: (opts: StartOptions = {}) =>
    started(opts, {
      loadConfig: loadNotificationConfig,
      createDeps: createNotificationDeps,
      createApp: createNotificationApp,
      startWorkers: startNotificationWorkers,
    }),
};

export interface Caller {
  role: Role | 'none';
  organisationId?: string;
  innovatorId?: string;
}

export const tokenSigner =
  (config: { JWT_SECRET: string; JWT_ISSUER: string }) =>
  (caller: Caller): Promise<string | undefined> =>
    caller.role === 'none'
      ? Promise.resolve(undefined)
      : signToken({
          secret: config.JWT_SECRET,
          issuer: config.JWT_ISSUER,
          role: caller.role,
          organisationId: caller.organisationId,
          innovatorId: caller.innovatorId,
        });

/**
 * Everything the service stores, as one digest per table: a rejected write must leave it unchanged.
 */
/** node-postgres answers `{ rows }`, PGlite's drizzle driver too; both shapes are handled. */
const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (((result as { rows?: T[] }).rows ?? []) as T[]);

/**
 * Everything the service stores, as one digest per table: a rejected write must leave it unchanged.
 */
export async function fingerprint(database: Database): Promise<string> {
  const tables = rowsOf<{ table_name: string }>(
    await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    ),
  );
  const digests: string[] = [];
  for (const { table_name: table } of tables) {
    if (table.startsWith('__drizzle')) continue;
    const [row] = rowsOf<{ digest: string | null }>(
      await database.db.execute(
        sql.raw(
          `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`,
        ),
      ),
    );
    digests.push(`${table}:${row?.digest ?? ''}`);
  }
  return digests.join(',');
}
