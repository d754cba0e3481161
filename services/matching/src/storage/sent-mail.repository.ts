import type { Db } from '@suite/platform';
import { eq } from 'drizzle-orm';
import { sentMailRequests } from './schema';

/**
 * Mail requests already handed over, by content-derived job id: a replay sends nothing new. The
 * caller checks, enqueues, then records, so a crash in between re-sends the same job id, which the
 * queue and notification's delivery keys collapse.
 */
export function createSentMailRepository(db: Db) {
  return {
    async wasSent(jobId: string): Promise<boolean> {
      const rows = await db
        .select({ jobId: sentMailRequests.jobId })
        .from(sentMailRequests)
        .where(eq(sentMailRequests.jobId, jobId));
      return rows.length > 0;
    },
    async record(jobId: string, kind: string, subjectId: string): Promise<void> {
      await db.insert(sentMailRequests).values({ jobId, kind, subjectId }).onConflictDoNothing();
    },
  };
}

export type SentMailRepository = ReturnType<typeof createSentMailRepository>;
