import type { Job, Queue, Worker } from 'bullmq';
import { Gauge, Histogram, type Registry } from 'prom-client';

const jobStates = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

const scrapeTimeoutMs = 2_000;

const withTimeout = <T>(work: Promise<T>, ms: number) =>
  Promise.race([
    work,
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);

interface QueueMetricsState {
  queues: Set<Queue>;
  workers: Set<Worker>;
  duration: Histogram<'queue' | 'name' | 'status'>;
}

// Services register their queues and workers where they create them, possibly in several calls.
const byRegistry = new WeakMap<Registry, QueueMetricsState>();

function stateFor(registry: Registry): QueueMetricsState {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const queues = new Set<Queue>();
  new Gauge({
    name: 'queue_jobs',
    help: 'Jobs per queue and state (waiting, active, delayed, completed, failed), read from Redis on scrape',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(
        [...queues].map(async (queue) => {
          // An unreachable Redis leaves this queue out of the scrape rather than failing or hanging /metrics
          // (BullMQ's connection retries forever, so the count would never answer).
          const counts = await withTimeout(queue.getJobCounts(...jobStates), scrapeTimeoutMs).catch(
            () => undefined,
          );
          if (!counts) return;
          for (const state of jobStates) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }),
      );
    },
  });
  const duration = new Histogram({
    name: 'queue_job_duration_seconds',
    help: 'Time a worker spent on a job attempt, by queue, job name and outcome',
    labelNames: ['queue', 'name', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const state = { queues, workers: new Set<Worker>(), duration };
  byRegistry.set(registry, state);
  return state;
}

const attemptSeconds = (job: Job) =>
  job.processedOn === undefined ? undefined : ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000;

/**
 * Exports queue metrics on the service's registry (served at `/metrics`): job counts per state of each
 * queue, collected on scrape, and a histogram of job durations from each worker's completed and
 * failed events. Calling it again adds queues and workers; each is counted once.
 */
export function registerQueueMetrics(
  registry: Registry,
  opts: { queues?: Queue[]; workers?: Worker[] },
): void {
  const state = stateFor(registry);
  for (const queue of opts.queues ?? []) state.queues.add(queue);
  for (const worker of opts.workers ?? []) {
    if (state.workers.has(worker)) continue;
    state.workers.add(worker);
    const observe = (job: Job | undefined, status: 'completed' | 'failed') => {
      const seconds = job && attemptSeconds(job);
      if (job && seconds !== undefined)
        state.duration.observe({ queue: worker.name, name: job.name, status }, seconds);
    };
    worker.on('completed', (job) => observe(job, 'completed'));
    worker.on('failed', (job) => observe(job, 'failed'));
  }
}
