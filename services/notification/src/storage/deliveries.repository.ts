import type { Db } from '@suite/platform';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DeliveryKind } from '../domain/delivery-key';
import { deliveries, pendingRecommendations, recommendedChallenges } from './schema';

export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export interface NewDelivery {
  idempotencyKey: string;
  kind: DeliveryKind;
  /** The job that made it: a rerun of that job finds this row instead of rendering again. */
  sourceKey: string;
  recipientId: string;
  payload: unknown;
  messageId: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export type Delivery = typeof deliveries.$inferSelect;

/** Thrown when another job claimed one of these challenges first; the job retries and renders without it. */
export class ClaimRaceError extends Error {
  constructor() {
    super('a challenge in this email was claimed by another delivery meanwhile');
  }
}

export function createDeliveriesRepository(db: Db) {
  const update = (key: string, set: PgUpdateSetSource<typeof deliveries>) =>
    db
      .update(deliveries)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(deliveries.idempotencyKey, key));
  return {
    findBySource: async (sourceKey: string): Promise<Delivery | undefined> => {
      const [row] = await db.select().from(deliveries).where(eq(deliveries.sourceKey, sourceKey));
      return row;
    },
    /** Which of these challenges this person has already been sent (or has in an email on its way). */
    async claimedChallenges(recipientId: string, challengeIds: readonly string[]): Promise<Set<string>> {
      if (challengeIds.length === 0) return new Set();
      const rows = await db
        .select({ id: recommendedChallenges.challengeId })
        .from(recommendedChallenges)
        .where(
          and(
            eq(recommendedChallenges.recipientId, recipientId),
            inArray(recommendedChallenges.challengeId, [...challengeIds]),
          ),
        );
      return new Set(rows.map((r) => r.id));
    },
    /**
     * Records the email as `sending` (it goes out right after) together with the claims on its
     * challenges and, for a digest, removes them from the pending list - all or nothing. Answers
     * undefined when an email with the same key exists (the same content was already made by another job).
     */
    async create(
      delivery: NewDelivery,
      challengeIds: readonly string[] = [],
      fromPending = false,
    ): Promise<Delivery | undefined> {
      return db.transaction(async (tx) => {
        const [created] = await tx
          .insert(deliveries)
          .values({ ...delivery, status: 'sending', attempts: 1 })
          .onConflictDoNothing({ target: deliveries.idempotencyKey })
          .returning();
        if (!created) return undefined;
        if (challengeIds.length > 0) {
          const claimed = await tx
            .insert(recommendedChallenges)
            .values(
              challengeIds.map((challengeId) => ({
                recipientId: delivery.recipientId,
                challengeId,
                deliveryKey: delivery.idempotencyKey,
              })),
            )
            .onConflictDoNothing()
            .returning({ id: recommendedChallenges.challengeId });
          if (claimed.length !== challengeIds.length) throw new ClaimRaceError();
          if (fromPending) {
            await tx
              .delete(pendingRecommendations)
              .where(
                and(
                  eq(pendingRecommendations.recipientId, delivery.recipientId),
                  inArray(pendingRecommendations.challengeId, [...challengeIds]),
                ),
              );
          }
        }
        return created;
      });
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
    markSent: (key: string) => update(key, { status: 'sent', sentAt: sql`now()`, reason: null }),
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
