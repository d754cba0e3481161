import { randomUUID } from 'node:crypto';
import express, { type Express, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppError } from '../errors';
import { type AuthOptions, requireRoles } from './auth';
import { docsRouter } from './docs';
import { healthRouter, type ReadinessCheck } from './health';
import { methodNotAllowedHandler } from './method-not-allowed';
import { createHttpMetrics, type HttpMetricsOptions } from './metrics';
import { buildOpenApi } from './openapi';
import { notFoundHandler, problemHandler } from './problem';
import type { Route } from './route';

export interface HttpAppOptions extends HttpMetricsOptions {
  service: string;
  version: string;
  description?: string;
  logger: Logger;
  auth: AuthOptions;
  bodyLimit: string;
  /** Requests per minute per client address; 0 turns the limiter off (benchmarks). */
  rateLimitPerMinute: number;
  readiness: Record<string, ReadinessCheck>;
  routes: Route[];
  /** Routers mounted as they are (the queue dashboard); pages and forms go through `routes`. */
  extraRouters?: Router[];
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,100}$/;

/** The platform's Express app: every service gets the same middleware, errors, health, metrics and docs. */
export function createHttpApp(opts: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger: opts.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      // Method, path and status are enough to follow a request; headers would leak tokens and cookies.
      serializers: {
        // The path only: query strings can carry tokens (unsubscribe and preference links).
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(helmet());
  const metrics = createHttpMetrics(opts.service, opts.metricsRegistry);
  app.use(metrics.middleware);
  if (opts.rateLimitPerMinute > 0) {
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: opts.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        skip: (req) => req.path === '/healthz' || req.path === '/readyz' || req.path === '/metrics',
        handler: (_req, _res, next) => next(new AppError('RATE_LIMITED', 'too many requests, slow down')),
      }),
    );
  }
  app.use(healthRouter(opts.readiness));
  app.get('/metrics', metrics.handler);
  const openapi = buildOpenApi(
    { title: `${opts.service} API`, version: opts.version, description: opts.description },
    opts.routes,
  );
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(docsRouter(`${opts.service} API`));

  // Each route parses its own body (JSON with its own limit, forms, or a stream), after auth so an
  // anonymous caller cannot make the service read a large body.
  for (const route of opts.routes) {
    const guards = route.auth === 'public' ? [] : [requireRoles(opts.auth, route.auth)];
    app[route.method](route.expressPath, ...guards, ...route.bodyParsers(opts.bodyLimit), route.handle);
  }
  for (const router of opts.extraRouters ?? []) app.use(router);
  // The route table, for tests that generate the authorisation matrix from it.
  app.locals.routes = opts.routes;

  app.use(methodNotAllowedHandler(opts.routes));
  app.use(notFoundHandler);
  app.use(problemHandler(opts.logger));
  return app;
}
