import type { Db } from '@suite/platform';
import { sql } from 'drizzle-orm';
import { type ShownShortlistEntry, shownShortlists } from './schema';

/** Records each distinct shortlist content served (the tuning side replays what owners saw). */
export function createShownShortlistsRepository(db: Db) {
  return {
    async record(row: {
      challengeId: string;
      configVersion: number;
      k: number;
      generatedAt: Date;
      contentHash: string;
      entries: ShownShortlistEntry[];
      shownToOwner: boolean;
    }): Promise<void> {
      const insert = db.insert(shownShortlists).values(row);
      // The same content seen again: only an owner's first look changes the row (it marks it).
      if (!row.shownToOwner) await insert.onConflictDoNothing();
      else
        await insert.onConflictDoUpdate({
          target: [shownShortlists.challengeId, shownShortlists.contentHash],
          set: { shownToOwner: true },
          where: sql`not ${shownShortlists.shownToOwner}`,
        });
    },
  };
}

export type ShownShortlistsRepository = ReturnType<typeof createShownShortlistsRepository>;
