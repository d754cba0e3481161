import { type EventName, eventSchemas, type QueueCatalog, subscribersOf } from '@suite/contracts';
import type { BulkJob, Producer } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import type { OutboxRepository, OutboxRow, PendingOutboxRow } from '../storage/outbox.repository';

export interface OutboxRelay {
  /** Publishes one batch of unpublished events; answers how many rows it handled. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export interface OutboxRelayDeps {
  outbox: Pick<OutboxRepository, 'pending' | 'markPublished' | 'deadLetter'>;
  /** One producer per subscriber queue (the contracts' topology). */
  producers: readonly Producer<QueueCatalog>[];
  logger: Logger;
  batchSize?: number;
  intervalMs?: number;
  /** The longest wait between attempts while Redis (or the database) is failing. */
  maxBackoffMs?: number;
  /**
   * Jobs handed to Redis per queue and round trip (default 100). A batch is read from the database
   * in one query but published a slice at a time: a slice's parsed payloads, jobs and commands are
   * garbage by the time the next is built, so they die young instead of waiting out the whole batch
   * and being promoted into the old generation, which grew the heap during imports.
   */
  sliceSize?: number;
}

type DeadRow = OutboxRow & { reason: string };
type SliceEvent = { row: PendingOutboxRow; payload: unknown };

/** Why a stored payload is no longer publishable: the paths and messages, never the data. */
function unpublishableReason(eventName: string, payload: unknown): string | undefined {
  const schema = eventSchemas[eventName as EventName];
  if (!schema) return `unknown event ${eventName}`;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
}

/**
 * Publishes outbox rows, oldest first, to every queue that subscribes to the event (one `addBulk`
 * per queue and slice of a batch), with the event id as job id, then marks the batch published. A
 * crash between publishing and marking only re-publishes, which BullMQ collapses by job id; a row
 * that no longer parses is moved to the dead letters with its reason instead of blocking the ones
 * behind it.
 */
export function createOutboxRelay(deps: OutboxRelayDeps): OutboxRelay {
  const batchSize = deps.batchSize ?? 1_000;
  const intervalMs = deps.intervalMs ?? 200;
  const maxBackoffMs = deps.maxBackoffMs ?? 10_000;
  const sliceSize = deps.sliceSize ?? 100;
  const producerOf = new Map(deps.producers.map((p) => [p.queueName, p]));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;
  let failures = 0;

  /** Sends events to every queue that subscribes to them, one `addBulk` per queue. */
  const send = async (events: readonly SliceEvent[]) => {
    const jobsByQueue = new Map<string, BulkJob<QueueCatalog>[]>();
    for (const { row, payload } of events) {
      for (const catalog of subscribersOf(row.eventName)) {
        const jobs = jobsByQueue.get(catalog.name) ?? [];
        jobs.push({ name: row.eventName, data: payload, jobId: row.eventId } as BulkJob<QueueCatalog>);
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
  };

  /** Publishes one slice; answers the rows that can never be published, with why. */
  const publishSlice = async (rows: readonly PendingOutboxRow[]): Promise<DeadRow[]> => {
    const events = rows.map((row) => ({ row, payload: JSON.parse(row.payloadJson) as unknown }));
    // Each producer parses its jobs before any leaves (one invalid job sends none of its queue's),
    // so the relay checks the payloads itself only when that refuses something, to find the rows
    // to set aside; parsing every payload once more up front cost as much as the publishing.
    if (events.every((e) => Object.hasOwn(eventSchemas, e.row.eventName))) {
      try {
        await send(events);
        return [];
      } catch (err) {
        if (events.every((e) => !unpublishableReason(e.row.eventName, e.payload))) throw err;
      }
    }
    const dead: DeadRow[] = [];
    const publishable: SliceEvent[] = [];
    for (const event of events) {
      const reason = unpublishableReason(event.row.eventName, event.payload);
      if (!reason) {
        publishable.push(event);
        continue;
      }
      const { payloadJson: _text, ...row } = event.row;
      dead.push({ ...row, payload: event.payload, reason });
    }
    // Jobs a failed attempt already added for the good rows collapse onto the same job ids.
    await send(publishable);
    return dead;
  };

  /** Publishes a batch slice by slice and sets aside what can never be published; answers the seqs to mark. */
  const publishRows = async (rows: PendingOutboxRow[]): Promise<number[]> => {
    const dead: DeadRow[] = [];
    for (let start = 0; start < rows.length; start += sliceSize) {
      dead.push(...(await publishSlice(rows.slice(start, start + sliceSize))));
    }
    if (dead.length > 0) {
      deps.logger.error(
        {
          events: dead.map((d) => ({ seq: d.seq, eventId: d.eventId, event: d.eventName, reason: d.reason })),
        },
        'outbox rows that no longer parse were moved to the dead letters',
      );
      await deps.outbox.deadLetter(dead);
    }
    const deadSeqs = new Set(dead.map((d) => d.seq));
    return rows.flatMap((r) => (deadSeqs.has(r.seq) ? [] : [r.seq]));
  };

  /** One batch, or (`drain`) batch after batch while they come full. */
  const exclusive = (work: () => Promise<number>) => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };
  const runOnce = () =>
    exclusive(async () => {
      const rows = await deps.outbox.pending(batchSize);
      await deps.outbox.markPublished(await publishRows(rows));
      return rows.length;
    });

  /**
   * Publishes batch after batch while they come full, reading the next batch (the rows after this
   * one's last seq) while this one goes to Redis and marking the previous one published meanwhile,
   * so the database and Redis work side by side. A row committed late below that seq is left for
   * the next round, which starts from the oldest.
   */
  const drain = () =>
    exclusive(async () => {
      let total = 0;
      let next = deps.outbox.pending(batchSize);
      let marking: Promise<void> = Promise.resolve();
      for (;;) {
        const rows = await next;
        const full = rows.length === batchSize && !stopped;
        next = full ? deps.outbox.pending(batchSize, rows.at(-1)!.seq) : Promise.resolve([]);
        // If publishing fails, the read ahead is dropped (its rows stay unpublished).
        next.catch(() => undefined);
        const published = await publishRows(rows);
        // One mark in flight at a time; a failed mark fails the round (its rows are published again).
        await marking;
        marking = deps.outbox.markPublished(published);
        marking.catch(() => undefined);
        total += rows.length;
        if (!full) {
          await marking;
          return total;
        }
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
