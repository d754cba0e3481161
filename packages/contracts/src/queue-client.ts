import { type ConnectionOptions, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { JobData, JobName, QueueCatalog } from './queue-catalog';

export interface QueueConnection {
  connection: ConnectionOptions;
  /** Redis key prefix; tests give every run its own. */
  prefix?: string;
}

export interface Producer<C extends QueueCatalog> {
  readonly queueName: string;
  /** Whether this queue's catalog has a job of that name (a relay routes events by it). */
  accepts(name: string): name is JobName<C>;
  /** Parses `data` with the catalog schema before it leaves the process; `jobId` collapses duplicates. */
  add<N extends JobName<C>>(
    name: N,
    data: JobData<C, N>,
    opts?: { jobId?: string; delay?: number },
  ): Promise<string>;
  counts(): Promise<Record<string, number>>;
  /**
   * Creates or updates a cron schedule (BullMQ job scheduler) that adds `job` at each tick, with the
   * catalog's attempts and backoff; `tz` makes the pattern local time (DST-correct). Answers the next run time.
   */
  upsertJobScheduler<N extends JobName<C>>(
    schedulerId: string,
    repeat: { pattern: string; tz?: string; startDate?: Date | number },
    job: { name: N; data: JobData<C, N> },
  ): Promise<number | undefined>;
  close(): Promise<void>;
}

export function createProducer<C extends QueueCatalog>(catalog: C, conn: QueueConnection): Producer<C> {
  const queue = new Queue(catalog.name, { connection: conn.connection, prefix: conn.prefix });
  return {
    queueName: catalog.name,
    accepts: (name: string): name is JobName<C> => Object.hasOwn(catalog.jobs, name),
    async add(name, data, opts = {}) {
      const spec = catalog.jobs[name];
      if (!spec) throw new Error(`unknown job ${name} for queue ${catalog.name}`);
      const parsed = spec.schema.parse(data);
      const job = await queue.add(name, parsed, {
        jobId: opts.jobId,
        delay: opts.delay,
        attempts: spec.attempts,
        backoff: spec.backoff,
        removeOnComplete: { count: 1_000 },
        removeOnFail: { count: 10_000 },
      });
      return job.id ?? '';
    },
    counts: () => queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
    async upsertJobScheduler(schedulerId, repeat, job) {
      const spec = catalog.jobs[job.name];
      if (!spec) throw new Error(`unknown job ${job.name} for queue ${catalog.name}`);
      await queue.upsertJobScheduler(schedulerId, repeat, {
        name: job.name,
        data: spec.schema.parse(job.data),
        opts: { attempts: spec.attempts, backoff: spec.backoff, removeOnComplete: { count: 1_000 } },
      });
      return (await queue.getJobScheduler(schedulerId))?.next;
    },
    close: () => queue.close(),
  };
}

/** One handler per job name: a catalog entry without a handler fails the type check. */
export type Handlers<C extends QueueCatalog> = {
  [N in JobName<C>]: (data: JobData<C, N>, job: { id: string; attemptsMade: number }) => Promise<void>;
};

export interface ConsumerOptions extends QueueConnection {
  concurrency?: number;
  /** Told about payloads that failed validation; they are not retried. */
  onInvalid?: (info: { jobId: string; name: string; issues: unknown }) => void;
  autorun?: boolean;
  /** How long a job's lock lives without renewal; a killed worker's job is retried after it (and `stalledInterval`). */
  lockDuration?: number;
  stalledInterval?: number;
}

export interface Consumer {
  readonly queueName: string;
  close(): Promise<void>;
  waitUntilReady(): Promise<void>;
}

export function createConsumer<C extends QueueCatalog>(
  catalog: C,
  handlers: Handlers<C>,
  opts: ConsumerOptions,
): Consumer {
  const process = async (job: Job) => {
    const name = job.name as JobName<C>;
    const spec = catalog.jobs[name];
    const handler = handlers[name];
    if (!spec || !handler) {
      opts.onInvalid?.({ jobId: job.id ?? '', name: job.name, issues: 'unknown job name' });
      throw new UnrecoverableError(`unknown job name ${job.name}`);
    }
    const parsed = spec.schema.safeParse(job.data);
    if (!parsed.success) {
      opts.onInvalid?.({ jobId: job.id ?? '', name: job.name, issues: parsed.error.issues });
      throw new UnrecoverableError(`invalid payload for ${job.name}`);
    }
    await handler(parsed.data as JobData<C, typeof name>, {
      id: job.id ?? '',
      attemptsMade: job.attemptsMade,
    });
  };
  const worker = new Worker(catalog.name, process, {
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 8,
    autorun: opts.autorun ?? true,
    lockDuration: opts.lockDuration,
    stalledInterval: opts.stalledInterval,
  });
  // Without a listener an 'error' event would crash the process; failures are already in BullMQ's failed set.
  worker.on('error', () => undefined);
  return {
    queueName: catalog.name,
    close: () => worker.close(),
    waitUntilReady: async () => {
      await worker.waitUntilReady();
    },
  };
}

export { UnrecoverableError };
