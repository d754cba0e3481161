import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  middleware(req: Request, res: Response, next: NextFunction): void;
  handler(req: Request, res: Response): Promise<void>;
}

/** The HTTP app option that carries the service's registry (HttpAppOptions extends this). */
export interface HttpMetricsOptions {
  /** The service's metrics registry (`deps.metrics`); queue metrics live on it too. */
  metricsRegistry?: Registry;
}

/**
 * One registry per service (not the global one), so several services can live in one test process.
 * Created by `createBaseDeps`; HTTP and queue metrics are registered on it.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

const durationName = 'http_request_duration_seconds';

/** Request durations on `registry` (a new one for the service when not given) and the `/metrics` handler. */
export function createHttpMetrics(service: string, registry = createMetricsRegistry(service)): HttpMetrics {
  // A second app on the same registry (tests) shares the histogram instead of registering it twice.
  const duration =
    (registry.getSingleMetric(durationName) as Histogram<'method' | 'route' | 'status'> | undefined) ??
    new Histogram({
      name: durationName,
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
  return {
    registry,
    middleware(req, res, next) {
      const end = duration.startTimer();
      res.on('finish', () => {
        // The matched route pattern, not the raw URL, keeps label cardinality bounded.
        const route = (req.route?.path as string | undefined) ?? 'unmatched';
        end({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    },
    async handler(_req, res) {
      res.type(registry.contentType).send(await registry.metrics());
    },
  };
}
