import { type Database, type Role, signToken } from '@suite/platform';
import { startServiceForTest } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { createApp as createIngestApp } from '../../services/ingest/src/app';
import { loadIngestConfig } from '../../services/ingest/src/config';
import { createDeps as createIngestDeps } from '../../services/ingest/src/deps';
import { createApp as createMatchingApp } from '../../services/matching/src/app';
import { loadMatchingConfig } from '../../services/matching/src/config';
import { createDeps as createMatchingDeps } from '../../services/matching/src/deps';
import { createApp as createNotificationApp } from '../../services/notification/src/app';
import { loadNotificationConfig } from '../../services/notification/src/config';
import { createDeps as createNotificationDeps } from '../../services/notification/src/deps';

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
