import type { EventName, EventPayload } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, count, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from './entity-store';
import { inJsonList } from './in-list';
import { outbox, outboxDeadLetters } from './schema';

export interface OutboxRow {
  seq: number;
  eventId: string;
  eventName: string;
  payload: unknown;
  createdAt: Date;
}

/** An outbox row as the relay reads it: the payload still JSON text, parsed when it is published. */
export interface PendingOutboxRow {
  seq: number;
  eventId: string;
  eventName: string;
  payloadJson: string;
  createdAt: Date;
}

export interface OutboxEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayload<N>;
}

export function createOutboxRepository(db: Db) {
  /**
   * The oldest unpublished rows, from after `afterSeq` if given, each payload as JSON text: a relay
   * batch waits for Redis as one flat string per row instead of a parsed object tree per row, and
   * parses a few rows at a time.
   */
  async function pending(limit: number, afterSeq?: number): Promise<PendingOutboxRow[]> {
    const rows = await db
      .select({
        seq: outbox.seq,
        eventId: outbox.eventId,
        eventName: outbox.eventName,
        payloadJson: sql<string>`${outbox.payload}::text`,
        createdAt: outbox.createdAt,
      })
      .from(outbox)
      .where(and(isNull(outbox.publishedAt), afterSeq === undefined ? undefined : gt(outbox.seq, afterSeq)))
      .orderBy(asc(outbox.seq))
      .limit(limit);
    for (const row of rows) row.seq = Number(row.seq);
    return rows;
  }

  return {
    /** Records events; call it with the transaction that writes their entities. */
    async appendMany(ex: Executor, events: readonly OutboxEvent[]): Promise<void> {
      if (events.length === 0) return;
      await ex
        .insert(outbox)
        .values(events.map((e) => ({ eventId: e.payload.eventId, eventName: e.name, payload: e.payload })));
    },
    async append<N extends EventName>(ex: Executor, name: N, payload: EventPayload<N>): Promise<void> {
      await ex.insert(outbox).values({ eventId: payload.eventId, eventName: name, payload });
    },
    /** The oldest unpublished rows, from after `afterSeq` if given, payloads parsed. */
    async unpublished(limit: number, afterSeq?: number): Promise<OutboxRow[]> {
      const rows = await pending(limit, afterSeq);
      return rows.map(({ payloadJson, ...row }) => ({ ...row, payload: JSON.parse(payloadJson) as unknown }));
    },
    pending,
    async unpublishedCount(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(outbox).where(isNull(outbox.publishedAt));
      return Number(row?.n ?? 0);
    },
    async markPublished(seqs: readonly number[]): Promise<void> {
      if (seqs.length === 0) return;
      await db
        .update(outbox)
        .set({ publishedAt: sql`now()` })
        .where(inJsonList(outbox.seq, seqs, 'bigint'));
    },
    /**
     * Deletes rows published before `before`, `batch` at a time (short statements, so a large
     * backlog after a bulk import never holds a long lock); answers how many went.
     */
    async prunePublished(before: Date, batch = 10_000): Promise<number> {
      let pruned = 0;
      for (;;) {
        const expired = db
          .select({ seq: outbox.seq })
          .from(outbox)
          .where(lt(outbox.publishedAt, before))
          .limit(batch);
        const removed = await db
          .delete(outbox)
          .where(inArray(outbox.seq, expired))
          .returning({ seq: outbox.seq });
        pruned += removed.length;
        if (removed.length < batch) return pruned;
      }
    },
    /** Moves rows that can never be published aside, with why, in one transaction. */
    async deadLetter(rows: readonly (OutboxRow & { reason: string })[]): Promise<void> {
      if (rows.length === 0) return;
      await db.transaction(async (tx) => {
        await tx
          .insert(outboxDeadLetters)
          .values(
            rows.map((r) => ({
              seq: r.seq,
              eventId: r.eventId,
              eventName: r.eventName,
              payload: r.payload,
              reason: r.reason,
              createdAt: r.createdAt,
            })),
          )
          .onConflictDoNothing();
        await tx.delete(outbox).where(
          inArray(
            outbox.seq,
            rows.map((r) => r.seq),
          ),
        );
      });
    },
    async deadLetters() {
      return db.select().from(outboxDeadLetters).orderBy(asc(outboxDeadLetters.seq));
    },
    /**
     * Erasure: removes every event that carries the person's data (their profile, their ideas),
     * published or not. Unpublished ones never leave; `innovator.erased` tells the subscribers.
     */
    async scrubInnovator(ex: Executor, innovatorId: string): Promise<number> {
      const removed = await ex
        .delete(outbox)
        .where(
          sql`(${outbox.payload}->'innovator'->>'id') = ${innovatorId} or (${outbox.payload}->'idea'->>'innovatorId') = ${innovatorId}`,
        )
        .returning({ seq: outbox.seq });
      return removed.length;
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
