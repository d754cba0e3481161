import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Registry } from 'prom-client';
import type { z } from 'zod';
import type { serviceConfigShape } from './config';
import { connect, type Database } from './db/connect';
import type { AuthOptions } from './http/auth';
import type { HttpAppOptions } from './http/create-http-app';
import { createMetricsRegistry, type HttpMetricsOptions } from './http/metrics';
import { createLogger, type Logger } from './logger';
import { createRedis, type Redis } from './redis';
import { createShutdownRegistry, type ShutdownRegistry } from './shutdown';

export type ServiceConfig = z.infer<z.ZodObject<ReturnType<typeof serviceConfigShape>>>;

/** What every service needs before its own repositories and queues. */
export interface BaseDeps {
  logger: Logger;
  database: Database;
  redis: Redis;
  queue: { connection: Redis; prefix: string };
  shutdown: ShutdownRegistry;
  /** The service's metrics registry, served at `/metrics`: HTTP metrics, and queue metrics via `registerQueueMetrics`. */
  metrics: Registry;
  /** The part of the HTTP app options that is the same for every service. */
  http: Pick<HttpAppOptions, 'logger' | 'auth' | 'bodyLimit' | 'rateLimitPerMinute' | 'readiness'> &
    Required<HttpMetricsOptions>;
}

export interface BaseDepsOptions {
  service: string;
  config: ServiceConfig;
  migrationsFolder: string;
  logger?: Logger;
}

export async function createBaseDeps(opts: BaseDepsOptions): Promise<BaseDeps> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger({ service: opts.service, level: config.LOG_LEVEL });
  const shutdown = createShutdownRegistry(logger);
  const database = await connect({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    schema: config.DB_SCHEMA,
    migrationsFolder: opts.migrationsFolder,
    // The pool reconnects by itself; /readyz reports the outage meanwhile.
    onConnectionError: (err) => logger.warn({ err }, 'database connection lost'),
  });
  const redis = createRedis(config.REDIS_URL);
  // Redis errors are retried by ioredis; log them instead of crashing on an unhandled 'error' event.
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  shutdown.register('connections', 'database', () => database.close());
  shutdown.register('connections', 'redis', () => redis.quit());
  const auth: AuthOptions = {
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    maxTtl: config.JWT_MAX_TTL,
  };
  const metrics = createMetricsRegistry(opts.service);
  return {
    logger,
    database,
    redis,
    queue: { connection: redis, prefix: config.QUEUE_PREFIX },
    shutdown,
    metrics,
    http: {
      logger,
      metricsRegistry: metrics,
      auth,
      bodyLimit: config.BODY_LIMIT,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      readiness: {
        db: () => database.ping(),
        redis: async () => {
          await redis.ping();
        },
      },
    },
  };
}

/** Listens, registers the server for graceful shutdown and wires SIGTERM/SIGINT. */
export async function serve(
  app: Express,
  deps: BaseDeps,
  opts: { port: number; host: string },
): Promise<Server> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(opts.port, opts.host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  deps.shutdown.register(
    'http',
    'http server',
    () => new Promise<void>((resolve) => server.close(() => resolve())),
  );
  deps.shutdown.listen();
  deps.logger.info({ port: opts.port, host: opts.host }, 'listening');
  return server;
}
