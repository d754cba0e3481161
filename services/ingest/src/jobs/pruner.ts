import type { Logger } from '@suite/platform';
import type { IdempotencyRepository } from '../storage/idempotency.repository';
import type { OutboxRepository } from '../storage/outbox.repository';

export interface PrunerDeps {
  outbox: Pick<OutboxRepository, 'prunePublished'>;
  idempotency: Pick<IdempotencyRepository, 'pruneExpired'>;
  logger: Logger;
  /** Published outbox rows older than this go. */
  outboxRetentionMs: number;
  /** Stored idempotent answers older than this go. */
  idempotencyTtlMs: number;
  intervalMs: number;
}

export interface Pruner {
  /** Prunes once; answers how many outbox rows and idempotency answers went. */
  runOnce(): Promise<{ outboxRows: number; idempotencyKeys: number }>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Keeps the outbox and the idempotency answers from growing without end: every `intervalMs`
 * (and once at start) it deletes published events past their retention and answers past their
 * TTL. Unpublished events are never pruned. Replicas may prune at the same time: deletes by age
 * are idempotent.
 */
export function createPruner(deps: PrunerDeps): Pruner {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<{ outboxRows: number; idempotencyKeys: number }> | undefined;
  let stopped = true;

  const prune = async () => {
    const now = Date.now();
    const outboxRows = await deps.outbox.prunePublished(new Date(now - deps.outboxRetentionMs));
    const idempotencyKeys = await deps.idempotency.pruneExpired(new Date(now - deps.idempotencyTtlMs));
    if (outboxRows + idempotencyKeys > 0) {
      deps.logger.info(
        { outboxRows, idempotencyKeys },
        'pruned published events and expired idempotency answers',
      );
    }
    return { outboxRows, idempotencyKeys };
  };

  const runOnce = () => {
    running ??= prune().finally(() => {
      running = undefined;
    });
    return running;
  };

  const tick = async () => {
    try {
      await runOnce();
    } catch (err) {
      // The next round tries again; nothing is lost by pruning late.
      deps.logger.warn({ err: (err as Error).message }, 'pruning failed; retrying at the next interval');
    }
    if (!stopped) {
      timer = setTimeout(tick, deps.intervalMs);
      timer.unref();
    }
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
