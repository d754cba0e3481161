import type { Db } from '@suite/platform';
import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Executor } from './entity-store';
import { idempotencyKeys } from './schema';

export interface StoredAnswer {
  route: string;
  bodyHash: string;
  status: number;
  response: unknown;
}

export function createIdempotencyRepository(db: Db) {
  return {
    async find(subject: string, key: string): Promise<StoredAnswer | undefined> {
      const [row] = await db
        .select({
          route: idempotencyKeys.route,
          bodyHash: idempotencyKeys.bodyHash,
          status: idempotencyKeys.status,
          response: idempotencyKeys.response,
        })
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.subject, subject), eq(idempotencyKeys.key, key)));
      return row;
    },
    /** Records the answer in the write's own transaction; false if a concurrent request got there first. */
    async record(ex: Executor, subject: string, key: string, answer: StoredAnswer): Promise<boolean> {
      const inserted = await ex
        .insert(idempotencyKeys)
        .values({ subject, key, ...answer, response: answer.response ?? null })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      return inserted.length > 0;
    },
    /** Deletes the answers stored before `before` (expired); answers how many went. */
    async pruneExpired(before: Date): Promise<number> {
      const removed = await db
        .delete(idempotencyKeys)
        .where(lt(idempotencyKeys.createdAt, before))
        .returning({ key: idempotencyKeys.key });
      return removed.length;
    },
    /** Erasure: stored answers about these routes (they may hold the person's data) are dropped. */
    async forgetRoutes(ex: Executor, routes: readonly string[]): Promise<void> {
      if (routes.length === 0) return;
      await ex.delete(idempotencyKeys).where(inArray(idempotencyKeys.route, [...routes]));
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
