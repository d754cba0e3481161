import type { JobData, QueueCatalog } from '@suite/contracts';
import type { Producer } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import type { OutboxRepository, OutboxRow } from '../storage/outbox.repository';

/** Where a relayed event goes; a queue takes the events its catalog names and skips the rest. */
export type EventSink = (row: OutboxRow) => Promise<void>;

export function queueSink<C extends QueueCatalog>(producer: Producer<C>): EventSink {
  return async (row) => {
    if (!producer.accepts(row.eventName)) return;
    // The payload was validated when it was written; the producer parses it again on the way out.
    const data = row.payload as JobData<C, typeof row.eventName>;
    await producer.add(row.eventName, data, { jobId: row.eventId });
  };
}

export interface OutboxRelay {
  /** Publishes one batch of unpublished events; returns how many rows it handled. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Publishes outbox rows, oldest first, to every queue whose catalog has the event, with the event id
 * as job id. A crash between publishing and marking only causes a re-publish, which BullMQ collapses
 * by job id and consumers ignore by version.
 */
export function createOutboxRelay(deps: {
  outbox: OutboxRepository;
  sinks: readonly EventSink[];
  logger: Logger;
  batchSize?: number;
  intervalMs?: number;
}): OutboxRelay {
  const batchSize = deps.batchSize ?? 500;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const publishBatch = async (): Promise<number> => {
    const rows = await deps.outbox.unpublished(batchSize);
    for (const row of rows) {
      for (const sink of deps.sinks) await sink(row);
    }
    await deps.outbox.markPublished(rows.map((r) => r.seq));
    return rows.length;
  };

  const runOnce = () => {
    running ??= publishBatch().finally(() => {
      running = undefined;
    });
    return running;
  };

  const tick = async () => {
    try {
      // A full batch means more may be waiting: go again at once instead of waiting for the timer.
      while (!stopped && (await runOnce()) === batchSize) {}
    } catch (err) {
      deps.logger.warn({ err }, 'outbox relay failed; retrying on the next tick');
    }
    if (!stopped) timer = setTimeout(tick, deps.intervalMs ?? 200);
  };

  return {
    runOnce,
    start() {
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
