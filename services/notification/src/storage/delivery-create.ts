import type { Db } from '@suite/platform';
import { and, eq, inArray } from 'drizzle-orm';
import type { DeliveryKind } from '../domain/delivery-key';
import { deliveries, pendingRecommendations, recommendedChallenges } from './schema';

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

export interface CreateRequest {
  delivery: NewDelivery;
  /** The challenges this email recommends: each is claimed for the person with it, once ever. */
  challengeIds: readonly string[];
  /** A digest: the claimed challenges leave the person's waiting list in the same transaction. */
  fromPending: boolean;
}

/** What each request got: the new row (`sending`), undefined (the same email or job exists), or a claim race. */
type CreateOutcome = Delivery | undefined | ClaimRaceError;

/**
 * Records many emails in one transaction - one insert for the rows, one for their challenge claims -
 * instead of four round trips per email. A row is created only with all its claims: when another
 * email (in this batch or committed earlier) holds one of them, that row and its claims go again.
 */
export async function createDeliveries(db: Db, requests: readonly CreateRequest[]): Promise<CreateOutcome[]> {
  const firstByKey = new Map<string, CreateRequest>();
  for (const r of requests)
    if (!firstByKey.has(r.delivery.idempotencyKey)) firstByKey.set(r.delivery.idempotencyKey, r);
  const unique = [...firstByKey.values()];
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(deliveries)
      .values(unique.map((r) => ({ ...r.delivery, status: 'sending', attempts: 1 })))
      // The same content (idempotency key) or the same job (source key) already has its email.
      .onConflictDoNothing()
      .returning();
    const byKey = new Map(created.map((row) => [row.idempotencyKey, row]));
    const claims = new Map<string, { recipientId: string; challengeId: string; deliveryKey: string }>();
    for (const r of unique) {
      if (!byKey.has(r.delivery.idempotencyKey)) continue;
      for (const challengeId of r.challengeIds) {
        const pair = `${r.delivery.recipientId}\n${challengeId}`;
        if (!claims.has(pair))
          claims.set(pair, {
            recipientId: r.delivery.recipientId,
            challengeId,
            deliveryKey: r.delivery.idempotencyKey,
          });
      }
    }
    const claimedCount = new Map<string, number>();
    if (claims.size > 0) {
      const claimed = await tx
        .insert(recommendedChallenges)
        .values([...claims.values()])
        .onConflictDoNothing()
        .returning({ deliveryKey: recommendedChallenges.deliveryKey });
      for (const c of claimed) claimedCount.set(c.deliveryKey, (claimedCount.get(c.deliveryKey) ?? 0) + 1);
    }
    const raced = new Set(
      unique
        .filter((r) => byKey.has(r.delivery.idempotencyKey))
        .filter((r) => (claimedCount.get(r.delivery.idempotencyKey) ?? 0) !== r.challengeIds.length)
        .map((r) => r.delivery.idempotencyKey),
    );
    if (raced.size > 0) {
      await tx.delete(recommendedChallenges).where(inArray(recommendedChallenges.deliveryKey, [...raced]));
      await tx.delete(deliveries).where(inArray(deliveries.idempotencyKey, [...raced]));
    }
    for (const r of unique) {
      const key = r.delivery.idempotencyKey;
      if (!r.fromPending || !byKey.has(key) || raced.has(key) || r.challengeIds.length === 0) continue;
      await tx
        .delete(pendingRecommendations)
        .where(
          and(
            eq(pendingRecommendations.recipientId, r.delivery.recipientId),
            inArray(pendingRecommendations.challengeId, [...r.challengeIds]),
          ),
        );
    }
    return requests.map((r) => {
      const key = r.delivery.idempotencyKey;
      if (raced.has(key)) return new ClaimRaceError();
      // Only the first request with a key made the row; a later one in the batch is the duplicate.
      return firstByKey.get(key) === r ? byKey.get(key) : undefined;
    });
  });
}
