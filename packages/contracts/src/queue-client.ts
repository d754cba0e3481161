import { type ConnectionOptions, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { JobData, JobName, QueueCatalog } from './queue-catalog';

export interface QueueConnection {
  connection: ConnectionOptions;
  /** Redis key prefix; tests give every run its own. */
  prefix?: string;
}

/** One job of a batch: the outbox relay publishes a batch of events in one round trip. */
export type BulkJob<C extends QueueCatalog> = {
  [N in JobName<C>]: { name: N; data: JobData<C, N>; jobId?: string };
}[JobName<C>];

export interface Producer<C extends QueueCatalog> {
  readonly queueName: string;
  /** The BullMQ queue, for metrics and the admin dashboard; publish through `add`/`addBulk`. */
  readonly queue: Queue;
  /** Whether this queue's catalog has a job of that name (a relay routes events by it). */
  accepts(name: string): name is JobName<C>;
  /** Parses `data` with the catalog schema before it leaves the process; `jobId` collapses duplicates. */
  add<N extends JobName<C>>(
    name: N,
    data: JobData<C, N>,
    opts?: { jobId?: string; delay?: number },
  ): Promise<string>;
  /**
   * Parses every job with its catalog schema first (one invalid job publishes none), then adds them
   * all in one Redis round trip. Answers the job ids in order.
   */
  addBulk(jobs: BulkJob<C>[]): Promise<string[]>;
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
  const specOf = (name: string) => {
    const spec = catalog.jobs[name];
    if (!spec) throw new Error(`unknown job ${name} for queue ${catalog.name}`);
    return spec;
  };
  const jobOptions = (name: string, opts: { jobId?: string; delay?: number }) => {
    const spec = specOf(name);
    return {
      jobId: opts.jobId,
      delay: opts.delay,
      attempts: spec.attempts,
      backoff: spec.backoff,
      removeOnComplete: { count: 1_000 },
      removeOnFail: { count: 10_000 },
    };
  };
  return {
    queueName: catalog.name,
    queue,
    accepts: (name: string): name is JobName<C> => Object.hasOwn(catalog.jobs, name),
    async add(name, data, opts = {}) {
      const parsed = specOf(name).schema.parse(data);
      const job = await queue.add(name, parsed, jobOptions(name, opts));
      return job.id ?? '';
    },
    async addBulk(jobs) {
      if (jobs.length === 0) return [];
      const parsed = jobs.map((job) => ({
        name: job.name,
        data: specOf(job.name).schema.parse(job.data),
        opts: jobOptions(job.name, { jobId: job.jobId }),
      }));
      const added = await queue.addBulk(parsed);
      return added.map((job) => job.id ?? '');
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

/** What a failed attempt says about itself: never the payload, which may carry personal data. */
export interface JobFailure {
  queue: string;
  jobId: string;
  name: string;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
  /** Whether BullMQ gives up on the job (last attempt, or not retryable). */
  final: boolean;
  reason: string;
}

/** The part of a logger the consumer uses (pino's fits). */
export interface FailureLogger {
  warn(obj: { jobFailure: JobFailure }, msg: string): void;
  error(obj: { jobFailure: JobFailure }, msg: string): void;
}

export interface ConsumerOptions extends QueueConnection {
  concurrency?: number;
  /** Told about payloads that failed validation; they are not retried. */
  onInvalid?: (info: { jobId: string; name: string; issues: unknown }) => void;
  /** Told about every failed attempt (also logged when `logger` is given). */
  onFailed?: (failure: JobFailure) => void;
  /** Logs failed attempts: a warning while retries remain, an error for the last one. */
  logger?: FailureLogger;
  autorun?: boolean;
  /** How long a job's lock lives without renewal; a killed worker's job is retried after it (and `stalledInterval`). */
  lockDuration?: number;
  stalledInterval?: number;
}

export interface Consumer {
  readonly queueName: string;
  /** The BullMQ worker, for job-duration metrics. */
  readonly worker: Worker;
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
    // BullMQ takes an explicit `undefined` as a value ("must be greater than 0"): pass only what is set.
    ...(opts.lockDuration !== undefined && { lockDuration: opts.lockDuration }),
    ...(opts.stalledInterval !== undefined && { stalledInterval: opts.stalledInterval }),
  });
  // Without a listener an 'error' event would crash the process; failures are already in BullMQ's failed set.
  worker.on('error', () => undefined);
  worker.on('failed', (job, err) => {
    if (!job) return;
    const failure = describeFailure(catalog.name, job, err);
    opts.onFailed?.(failure);
    if (failure.final) opts.logger?.error({ jobFailure: failure }, 'job failed for good');
    else opts.logger?.warn({ jobFailure: failure }, 'job attempt failed, will retry');
  });
  return {
    queueName: catalog.name,
    worker,
    close: () => worker.close(),
    waitUntilReady: async () => {
      await worker.waitUntilReady();
    },
  };
}

// Database errors name their parameters after "params:"; a failure reason keeps only what precedes them.
const safeReason = (message: string) => {
  const at = message.search(/\bparams:/);
  return (at === -1 ? message : message.slice(0, at)).trim().slice(0, 500);
};

function describeFailure(queue: string, job: Job, err: Error): JobFailure {
  const maxAttempts = job.opts.attempts ?? 1;
  return {
    queue,
    jobId: job.id ?? '',
    name: job.name,
    attempt: job.attemptsMade,
    maxAttempts,
    final: err instanceof UnrecoverableError || job.attemptsMade >= maxAttempts,
    reason: safeReason(err.message),
  };
}

export { UnrecoverableError };
