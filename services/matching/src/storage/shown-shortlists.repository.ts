import type { Db } from '@suite/platform';
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
    }): Promise<void> {
      await db.insert(shownShortlists).values(row).onConflictDoNothing();
    },
  };
}

export type ShownShortlistsRepository = ReturnType<typeof createShownShortlistsRepository>;
