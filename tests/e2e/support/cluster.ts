import { createRedis, developmentJwtSecret, type Redis, signToken } from '@suite/platform';
import { type SmtpSink, startSmtpSink, testConfig, uniqueName } from '@suite/testing';
import pg from 'pg';
import { freePort, type ServiceProcess, startService } from './service-process';

export const serviceNames = ['ingest', 'matching', 'notification'] as const;
export type ServiceName = (typeof serviceNames)[number];

/** A loaded machine (2 cores, many workers) can take a minute or more to start tsx. */
const readyTimeoutMs = 240_000;

/** Polls `probe` until `ok` holds; fails with the last value seen. */
export async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch((err: unknown) => err as T);
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`gave up waiting after ${ms} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Signs bearer tokens the services accept (the development secret they run with in tests). */
export const token = (role: 'admin' | 'service' | 'need_owner' | 'innovator', binding?: string) =>
  signToken({
    secret: developmentJwtSecret,
    issuer: 'social-match-suite',
    role,
    organisationId: role === 'need_owner' ? binding : undefined,
    innovatorId: role === 'innovator' ? binding : undefined,
  });

/** Runs SQL on the Postgres server the services use. */
export async function sql<R extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: testConfig.TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every text value in every table of `schema` that contains `needle` (as `table.column`). */
export async function tablesHolding(schema: string, needle: string): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = $1 AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
    [schema],
  );
  const found: string[] = [];
  for (const c of columns) {
    const rows = await sql(
      `SELECT 1 FROM "${schema}"."${c.table_name}" WHERE "${c.column_name}"::text ILIKE $1 LIMIT 1`,
      [`%${needle}%`],
    );
    if (rows.length > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

export interface Cluster {
  services: Record<ServiceName, ServiceProcess>;
  schemas: Record<ServiceName, string>;
  prefix: string;
  redis: Redis;
  redisUrl: string;
  sink: SmtpSink;
  adminToken: string;
  /** JSON request to a service (admin token unless `token` is given); answers status and parsed body. */
  call<T = unknown>(
    service: ServiceName,
    path: string,
    init?: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T; headers: Headers }>;
  /** Starts (again) one service with the same schema and queue prefix. */
  start(name: ServiceName, extraEnv?: Record<string, string>): Promise<ServiceProcess>;
  /** SIGKILL, waits for the process to be gone. */
  kill9(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Another Redis (the private AOF instance of the Redis-restart test). */
  redisUrl?: string;
  env?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Start only these (default all three). */
  only?: readonly ServiceName[];
}

/**
 * The three services as separate processes on the Postgres server (a schema each), a private queue
 * prefix on Redis and an SMTP sink for notification. `stop()` drops the schemas and the queue keys.
 */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const redisUrl = opts.redisUrl ?? testConfig.TEST_REDIS_URL;
  const prefix = uniqueName('e2e');
  const schemas = Object.fromEntries(serviceNames.map((n) => [n, uniqueName(`e2e_${n}`)])) as Record<
    ServiceName,
    string
  >;
  const sink = await startSmtpSink();
  const redis = createRedis(redisUrl);
  const adminToken = await token('admin');
  const services = {} as Record<ServiceName, ServiceProcess>;
  // Fixed ports: a restarted service answers where it did, and notification's links point at itself.
  const ports = {} as Record<ServiceName, number>;
  for (const name of serviceNames) ports[name] = await freePort();

  const envOf = (name: ServiceName): Record<string, string> => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: testConfig.TEST_DATABASE_URL,
    DB_SCHEMA: schemas[name],
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    RATE_LIMIT_PER_MINUTE: '100000',
    ...(name === 'matching' ? { MAIL_FLUSH_MS: '500' } : {}),
    ...(name === 'notification'
      ? { SMTP_URL: `smtp://${sink.host}:${sink.port}`, PUBLIC_URL: `http://127.0.0.1:${ports.notification}` }
      : {}),
    ...opts.env?.[name],
  });

  const start = async (name: ServiceName, extraEnv: Record<string, string> = {}) => {
    const service = await startService(
      name,
      { ...envOf(name), ...extraEnv },
      { readyTimeoutMs, port: ports[name] },
    );
    services[name] = service;
    return service;
  };

  const stop = async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await sink.close();
    let cursor = '0';
    do {
      const [next, keys] = await redis
        .scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000)
        .catch(() => ['0', []]);
      cursor = next as string;
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    } while (cursor !== '0');
    redis.disconnect();
    for (const schema of Object.values(schemas)) await sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  };

  try {
    // One after another: three tsx starts at once on a loaded machine only slow each other down.
    for (const name of opts.only ?? serviceNames) await start(name);
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }

  return {
    services,
    schemas,
    prefix,
    redis,
    redisUrl,
    sink,
    adminToken,
    async call(service, path, init = {}) {
      const res = await fetch(`${services[service].url}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${init.token ?? adminToken}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: body as never, headers: res.headers };
    },
    start,
    async kill9(name) {
      const { child } = services[name];
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
    stop,
  };
}
