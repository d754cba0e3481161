import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock';

/** The query surface both drivers share; repositories depend on this, never on a driver. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface ConnectOptions {
  /** `postgres://...` selects node-postgres; unset selects embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir: string;
  /** Postgres schema this service owns; tables and the migrations journal live there. */
  schema: string;
  migrationsFolder: string;
  poolSize?: number;
  /**
   * Told when an idle server connection breaks (server restart, terminated backend). The pool drops
   * that connection and opens a new one on the next query; without a listener the process would crash.
   */
  onConnectionError?: (err: Error) => void;
}

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  schema: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const safeIdentifier = /^[a-z_][a-z0-9_]{0,62}$/;

// int8 (count(*), bigint columns) arrives as a string from node-postgres; our counts fit in a double.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Opens the service database and applies the committed drizzle-kit migrations before returning. */
export async function connect(opts: ConnectOptions): Promise<Database> {
  if (!safeIdentifier.test(opts.schema)) throw new Error(`unsafe schema name: ${opts.schema}`);
  return opts.databaseUrl ? connectPostgres(opts, opts.databaseUrl) : connectPglite(opts);
}

async function connectPostgres(opts: ConnectOptions, url: string): Promise<Database> {
  const bootstrap = new pg.Client({ connectionString: url });
  await bootstrap.connect();
  try {
    await bootstrap.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
  } finally {
    await bootstrap.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    options: `-c search_path="${opts.schema}"`,
    // Names our connections in pg_stat_activity, per schema (= per service).
    application_name: opts.schema,
    connectionTimeoutMillis: 5_000,
  });
  pool.on('error', (err) => opts.onConnectionError?.(err));
  const db = drizzleNodePg(pool);
  await migrateNodePg(db, { migrationsFolder: opts.migrationsFolder, migrationsSchema: opts.schema });
  return {
    db: db as unknown as Db,
    driver: 'postgres',
    schema: opts.schema,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

async function connectPglite(opts: ConnectOptions): Promise<Database> {
  const inMemory = opts.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(opts.dataDir, { recursive: true });
  // PGlite is single-process: a second process on the same folder would overwrite the first one's writes.
  const release = inMemory ? () => undefined : lockDataFolder(opts.dataDir);
  let client: PGlite | undefined;
  try {
    client = new PGlite(opts.dataDir);
    await client.exec(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"; SET search_path TO "${opts.schema}";`);
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: opts.migrationsFolder, migrationsSchema: opts.schema });
    return pgliteDatabase(client, db, opts.schema, release);
  } catch (err) {
    await client?.close().catch(() => undefined);
    release();
    throw err;
  }
}

function pgliteDatabase(
  client: PGlite,
  db: ReturnType<typeof drizzlePglite>,
  schema: string,
  release: () => void,
): Database {
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    schema,
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
