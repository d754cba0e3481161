import type { Db } from '@suite/platform';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { type CreateRequest, createDeliveries, type Delivery, type NewDelivery } from './delivery-create';
import { microBatch } from './micro-batch';
import { deliveries, pendingRecommendations, recommendedChallenges } from './schema';

export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export type { Delivery, NewDelivery } from './delivery-create';

export function createDeliveriesRepository(
  db: Db,
  opts: {
    /** A Postgres server (DATABASE_URL), not PGlite embedded in this process. */
    databaseServer?: boolean;
  } = {},
) {
  const update = (key: string, set: PgUpdateSetSource<typeof deliveries>) =>
    db
      .update(deliveries)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(deliveries.idempotencyKey, key));
  // Jobs running at the same time share these round trips (see micro-batch.ts).
  // Prepared once with array parameters (fixed text whatever the batch size): these run for every
  // job, and building the query and planning it each time cost more than the lookup itself.
  const findBySourceStatement = db
    .select()
    .from(deliveries)
    .where(sql`${deliveries.sourceKey} = any(${sql.placeholder('sourceKeys')})`)
    .prepare('notification_find_by_source');
  const claimedStatement = db
    .select({
      recipientId: recommendedChallenges.recipientId,
      challengeId: recommendedChallenges.challengeId,
    })
    .from(recommendedChallenges)
    .where(
      and(
        sql`${recommendedChallenges.recipientId} = any(${sql.placeholder('recipientIds')})`,
        sql`${recommendedChallenges.challengeId} = any(${sql.placeholder('challengeIds')})`,
      ),
    )
    .prepare('notification_claimed_challenges');
  // Jobs running at the same time share these round trips (see micro-batch.ts).
  const findBySourceBatched = microBatch(async (sourceKeys: string[]) => {
    const rows = await findBySourceStatement.execute({ sourceKeys });
    const bySource = new Map(rows.map((r) => [r.sourceKey, r]));
    return sourceKeys.map((k): Delivery | undefined => bySource.get(k));
  });
  const claimedBatched = microBatch(
    async (asks: Array<{ recipientId: string; challengeIds: readonly string[] }>) => {
      const rows = await claimedStatement.execute({
        recipientIds: [...new Set(asks.map((a) => a.recipientId))],
        challengeIds: [...new Set(asks.flatMap((a) => a.challengeIds))],
      });
      const pairs = new Set(rows.map((r) => `${r.recipientId}\n${r.challengeId}`));
      return asks.map((a) => new Set(a.challengeIds.filter((id) => pairs.has(`${a.recipientId}\n${id}`))));
    },
  );
  // Prepared once: it runs for every email, inside the send gate.
  const markSentStatement = db
    .update(deliveries)
    .set({ status: 'sent', sentAt: sql`now()`, reason: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(deliveries.idempotencyKey, sql.placeholder('key')),
        opts.databaseServer ? sql`set_config('synchronous_commit', 'off', true) is not null` : undefined,
      ),
    )
    .prepare('notification_mark_sent');
  const createBatched = microBatch((requests: CreateRequest[]) => createDeliveries(db, requests), 100);
  return {
    findBySource: findBySourceBatched,
    /** Which of these challenges this person has already been sent (or has in an email on its way). */
    async claimedChallenges(recipientId: string, challengeIds: readonly string[]): Promise<Set<string>> {
      if (challengeIds.length === 0) return new Set();
      return claimedBatched({ recipientId, challengeIds });
    },
    /**
     * Records the email as `sending` (it goes out right after) together with the claims on its
     * challenges; undefined when that content was already made by another job. Calls from jobs
     * running at the same time share one transaction.
     */
    async create(
      delivery: NewDelivery,
      challengeIds: readonly string[] = [],
      fromPending = false,
    ): Promise<Delivery | undefined> {
      const outcome = await createBatched({ delivery, challengeIds, fromPending });
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    /**
     * Takes a recorded email for sending: a pending one, or one left `sending` longer than `leaseMs`
     * ago (its worker died mid-send). A fresher `sending` row belongs to a job still running (the same
     * request delivered twice), so this answers false and the caller must not send it too.
     */
    async claimForSending(key: string, leaseMs: number): Promise<boolean> {
      const rows = await db
        .update(deliveries)
        .set({ status: 'sending', attempts: sql`${deliveries.attempts} + 1`, updatedAt: sql`now()` })
        .where(
          and(
            eq(deliveries.idempotencyKey, key),
            or(
              eq(deliveries.status, 'pending'),
              and(
                eq(deliveries.status, 'sending'),
                lt(deliveries.updatedAt, sql`now() - make_interval(secs => ${leaseMs / 1_000})`),
              ),
            ),
          ),
        )
        .returning({ key: deliveries.idempotencyKey });
      return rows.length > 0;
    },
    /**
     * Written inside the send gate, so its latency bounds the send rate. On a Postgres server the
     * commit does not wait for the WAL flush (synchronous_commit off for this statement's
     * transaction): a killed worker cannot lose it, the server has it; only a crash of the database
     * server itself may, and then the message goes once more with the same Message-ID. Embedded
     * PGlite lives inside the worker, so there the commit waits: a kill -9 would take it along.
     */
    markSent: (key: string) => markSentStatement.execute({ key }),
    markFailed: (key: string, smtpCode: number | undefined, reason: string) =>
      update(key, { status: 'failed', smtpCode: smtpCode ?? null, reason }),
    /** A transient failure: back to pending until the job's next attempt. */
    markRetrying: (key: string, smtpCode: number | undefined, reason: string) =>
      update(key, { status: 'pending', smtpCode: smtpCode ?? null, reason }),
    markCancelled: (key: string, reason: string) => update(key, { status: 'cancelled', reason }),
    /** Newest first; the cursor is the (createdAt, key) of the last row of the previous page. */
    async list(opts: { status?: DeliveryStatus; limit: number; after?: { createdAt: string; key: string } }) {
      const conditions = [
        opts.status ? eq(deliveries.status, opts.status) : undefined,
        opts.after
          ? or(
              lt(deliveries.createdAt, new Date(opts.after.createdAt)),
              and(
                eq(deliveries.createdAt, new Date(opts.after.createdAt)),
                lt(deliveries.idempotencyKey, opts.after.key),
              ),
            )
          : undefined,
      ].filter((c) => c !== undefined);
      return db
        .select()
        .from(deliveries)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(desc(deliveries.createdAt), desc(deliveries.idempotencyKey))
        .limit(opts.limit + 1);
    },
    /**
     * Erasure: the person's rows stay as anonymous records (kind, status, times) without address,
     * name, content, reason (servers quote addresses) or anything that links them to the person.
     */
    async eraseRecipient(recipientId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(deliveries)
          .set({ status: 'cancelled' })
          .where(and(eq(deliveries.recipientId, recipientId), eq(deliveries.status, 'pending')));
        await tx
          .update(deliveries)
          .set({
            recipientId: null,
            sourceKey: null,
            payload: null,
            toAddress: null,
            subject: null,
            html: null,
            text: null,
            headers: null,
            reason: null,
            updatedAt: sql`now()`,
          })
          .where(
            and(
              eq(deliveries.recipientId, recipientId),
              inArray(deliveries.kind, ['recommendations', 'digest']),
            ),
          );
        await tx.delete(recommendedChallenges).where(eq(recommendedChallenges.recipientId, recipientId));
        await tx.delete(pendingRecommendations).where(eq(pendingRecommendations.recipientId, recipientId));
      });
    },
  };
}

export type DeliveriesRepository = ReturnType<typeof createDeliveriesRepository>;
