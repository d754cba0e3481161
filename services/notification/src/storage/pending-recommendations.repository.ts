import type { Db } from '@suite/platform';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { pendingRecommendations, recipients } from './schema';

export interface PendingRecommendation {
  challengeId: string;
  score: number;
  sharedTerms: string[];
  sharedSdgs: number[];
}

/** Recommendations collected for the next daily or weekly digest. */
export function createPendingRecommendationsRepository(db: Db) {
  return {
    /** Adds to a person's next digest; a challenge already waiting keeps its first entry. */
    async add(recipientId: string, items: readonly PendingRecommendation[]): Promise<void> {
      if (items.length === 0) return;
      await db
        .insert(pendingRecommendations)
        .values(items.map((item) => ({ recipientId, ...item })))
        .onConflictDoNothing();
    },
    list: (recipientId: string): Promise<PendingRecommendation[]> =>
      db
        .select({
          challengeId: pendingRecommendations.challengeId,
          score: pendingRecommendations.score,
          sharedTerms: pendingRecommendations.sharedTerms,
          sharedSdgs: pendingRecommendations.sharedSdgs,
        })
        .from(pendingRecommendations)
        .where(eq(pendingRecommendations.recipientId, recipientId))
        .orderBy(asc(pendingRecommendations.createdAt), asc(pendingRecommendations.challengeId)),
    /**
     * Who has something waiting and takes this digest (consent is checked again when each is sent).
     * The daily run also takes people who switched to `immediate` with items still waiting: the
     * switch sends them at once, this is the safety net if that job was lost.
     */
    async recipientsDue(frequency: 'daily' | 'weekly'): Promise<string[]> {
      const digests = frequency === 'daily' ? ['daily', 'immediate'] : [frequency];
      const rows = await db
        .selectDistinct({ id: pendingRecommendations.recipientId })
        .from(pendingRecommendations)
        .innerJoin(recipients, eq(recipients.innovatorId, pendingRecommendations.recipientId))
        .where(
          and(
            inArray(recipients.digest, digests),
            eq(recipients.emailRecommendations, true),
            isNull(recipients.erasedAt),
          ),
        );
      return rows.map((r) => r.id);
    },
    async hasAny(recipientId: string): Promise<boolean> {
      const rows = await db
        .select({ id: pendingRecommendations.challengeId })
        .from(pendingRecommendations)
        .where(eq(pendingRecommendations.recipientId, recipientId))
        .limit(1);
      return rows.length > 0;
    },
    /** Drops waiting entries that can no longer be sent (closed or already sent challenges). */
    async remove(recipientId: string, challengeIds: readonly string[]): Promise<void> {
      if (challengeIds.length === 0) return;
      await db
        .delete(pendingRecommendations)
        .where(
          and(
            eq(pendingRecommendations.recipientId, recipientId),
            inArray(pendingRecommendations.challengeId, [...challengeIds]),
          ),
        );
    },
  };
}

export type PendingRecommendationsRepository = ReturnType<typeof createPendingRecommendationsRepository>;
