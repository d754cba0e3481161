import type { EventName, EventPayload } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { asc, inArray, isNull } from 'drizzle-orm';
import { outbox } from './schema';

export interface OutboxRow {
  seq: number;
  eventId: string;
  eventName: EventName;
  payload: unknown;
}

/** The query surface shared by a database and a transaction, so writes and their events commit together. */
type Executor = Pick<Db, 'insert'>;

export function createOutboxRepository(db: Db) {
  return {
    /** Records an event; call it with the transaction that writes the entity. */
    async append<N extends EventName>(
      executor: Executor,
      eventName: N,
      event: EventPayload<N>,
    ): Promise<void> {
      await executor.insert(outbox).values({ eventId: event.eventId, eventName, payload: event });
    },
    async unpublished(limit: number): Promise<OutboxRow[]> {
      const rows = await db
        .select({
          seq: outbox.seq,
          eventId: outbox.eventId,
          eventName: outbox.eventName,
          payload: outbox.payload,
        })
        .from(outbox)
        .where(isNull(outbox.publishedAt))
        .orderBy(asc(outbox.seq))
        .limit(limit);
      return rows.map((r) => ({ ...r, seq: Number(r.seq), eventName: r.eventName as EventName }));
    },
    async markPublished(seqs: number[]): Promise<void> {
      if (seqs.length === 0) return;
      await db.update(outbox).set({ publishedAt: new Date() }).where(inArray(outbox.seq, seqs));
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
