import { type EventName, eventSchemas, type QueueCatalog, subscribersOf } from '@suite/contracts';
import type { BulkJob, Producer } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import type { OutboxRepository, OutboxRow } from '../storage/outbox.repository';

export interface OutboxRelay {
  /** Publishes one batch of unpublished events; answers how many rows it handled. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export interface OutboxRelayDeps {
  outbox: Pick<OutboxRepository, 'unpublished' | 'markPublished' | 'deadLetter'>;
  /** One producer per subscriber queue (the contracts' topology). */
  producers: readonly Producer<QueueCatalog>[];
  logger: Logger;
  batchSize?: number;
  intervalMs?: number;
  /** The longest wait between attempts while Redis (or the database) is failing. */
  maxBackoffMs?: number;
}

/** Why a stored payload is no longer publishable: the paths and messages, never the data. */
function unpublishableReason(row: OutboxRow): string | undefined {
  const schema = eventSchemas[row.eventName as EventName];
  if (!schema) return `unknown event ${row.eventName}`;
  const parsed = schema.safeParse(row.payload);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
}

/**
 * Publishes outbox rows, oldest first, to every queue that subscribes to the event (one `addBulk`
 * per queue and batch), with the event id as job id, then marks them published. A crash between
 * publishing and marking only re-publishes, which BullMQ collapses by job id; a row that no longer
 * parses is moved to the dead letters with its reason instead of blocking the ones behind it.
 */
export function createOutboxRelay(deps: OutboxRelayDeps): OutboxRelay {
  const batchSize = deps.batchSize ?? 1_000;
  const intervalMs = deps.intervalMs ?? 200;
  const maxBackoffMs = deps.maxBackoffMs ?? 10_000;
  const producerOf = new Map(deps.producers.map((p) => [p.queueName, p]));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;
  let failures = 0;

  const publishRows = async (rows: OutboxRow[]): Promise<number> => {
    if (rows.length === 0) return 0;
    const dead: (OutboxRow & { reason: string })[] = [];
    const jobsByQueue = new Map<string, BulkJob<QueueCatalog>[]>();
    const publishable: number[] = [];
    for (const row of rows) {
      const reason = unpublishableReason(row);
      if (reason) {
        dead.push({ ...row, reason });
        continue;
      }
      publishable.push(row.seq);
      for (const catalog of subscribersOf(row.eventName)) {
        const jobs = jobsByQueue.get(catalog.name) ?? [];
        jobs.push({ name: row.eventName, data: row.payload, jobId: row.eventId } as BulkJob<QueueCatalog>);
        jobsByQueue.set(catalog.name, jobs);
      }
    }
    await Promise.all(
      [...jobsByQueue].map(([queueName, jobs]) => {
        const producer = producerOf.get(queueName);
        if (!producer) throw new Error(`no producer for subscriber queue ${queueName}`);
        return producer.addBulk(jobs);
      }),
    );
    if (dead.length > 0) {
      deps.logger.error(
        {
          events: dead.map((d) => ({ seq: d.seq, eventId: d.eventId, event: d.eventName, reason: d.reason })),
        },
        'outbox rows that no longer parse were moved to the dead letters',
      );
      await deps.outbox.deadLetter(dead);
    }
    await deps.outbox.markPublished(publishable);
    return rows.length;
  };

  /** One batch, or (`drain`) batch after batch while they come full. */
  const exclusive = (work: () => Promise<number>) => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };
  const runOnce = () => exclusive(async () => publishRows(await deps.outbox.unpublished(batchSize)));

  /**
   * Publishes batch after batch while they come full, reading the next batch (the rows after this
   * one's last seq) while this one goes to Redis, so the database and Redis work side by side. A
   * row committed late below that seq is left for the next round, which starts from the oldest.
   */
  const drain = () =>
    exclusive(async () => {
      let total = 0;
      let next = deps.outbox.unpublished(batchSize);
      for (;;) {
        const rows = await next;
        const full = rows.length === batchSize && !stopped;
        next = full ? deps.outbox.unpublished(batchSize, rows.at(-1)!.seq) : Promise.resolve([]);
        // If publishing fails, the read ahead is dropped (its rows stay unpublished).
        next.catch(() => undefined);
        total += await publishRows(rows);
        if (!full) return total;
      }
    });

  const tick = async () => {
    let wait = intervalMs;
    try {
      await drain();
      failures = 0;
    } catch (err) {
      failures += 1;
      // Back off while Redis or the database is down; unpublished rows wait in the outbox meanwhile.
      wait = Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(failures, 16));
      deps.logger.warn(
        { err: (err as Error).message, failures, retryInMs: wait },
        'outbox relay failed; backing off',
      );
    }
    if (!stopped) timer = setTimeout(tick, wait);
  };

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      void tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
