import type { Db } from '@suite/platform';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { challenges, ideas } from './schema';

/** A stored text to analyse again, with the version it was read at. */
export interface StoredText {
  id: string;
  version: number;
  title: string;
  description: string;
}

/** An idea's analysis as a newer analyser made it (see `ideaAnalysis`). */
export interface IdeaReanalysis {
  id: string;
  version: number;
  analysis: unknown;
  indexEntry: string;
  inferredSdgs: number[];
  analyzer: string;
}

/** A challenge's analysis as a newer analyser made it (see `challengeAnalysis`). */
export interface ChallengeReanalysis {
  id: string;
  version: number;
  analysis: unknown;
  words: Record<string, string>;
  inferredSdgs: number[];
  analyzer: string;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Analyses stored by an older analyser, brought up to date at start: the texts they came from, and
 * the write-back. A write lands only on the version it was read at, so an event that arrived
 * meanwhile (with its own, current analysis) is never overwritten.
 */
export function createReanalysisRepository(db: Db) {
  return {
    /** The stored texts of these live ideas; rows stored before texts were kept are left out. */
    async ideaTexts(ids: readonly string[]): Promise<StoredText[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select({ id: ideas.id, version: ideas.version, title: ideas.title, description: ideas.description })
        .from(ideas)
        .where(
          and(
            sql`${ideas.id} = any(${sql.param([...ids])}::text[])`,
            eq(ideas.deleted, false),
            isNotNull(ideas.description),
          ),
        );
      return rows.map((row) => ({ ...row, description: row.description ?? '' }));
    },

    /** Writes re-analysed ideas back in one statement (a column array per field). */
    async saveIdeas(rows: readonly IdeaReanalysis[]): Promise<void> {
      if (rows.length === 0) return;
      const column = <T>(pick: (row: IdeaReanalysis) => T) => sql.param(rows.map(pick));
      await db.execute(sql`update ${ideas} set analysis = input.analysis::jsonb, index_entry = input.entry,
          inferred_sdgs = input.inferred::jsonb, analyzer = input.analyzer
        from unnest(${column((r) => r.id)}::text[], ${column((r) => r.version)}::int[],
          ${column((r) => json(r.analysis))}::text[], ${column((r) => r.indexEntry)}::text[],
          ${column((r) => json(r.inferredSdgs))}::text[], ${column((r) => r.analyzer)}::text[])
          as input(id, version, analysis, entry, inferred, analyzer)
        where ${ideas.id} = input.id and ${ideas.version} = input.version and not ${ideas.deleted}`);
    },

    /** Writes one re-analysed challenge back (there are few). */
    async saveChallenge(row: ChallengeReanalysis): Promise<void> {
      await db
        .update(challenges)
        .set({
          analysis: row.analysis,
          words: row.words,
          inferredSdgs: row.inferredSdgs,
          analyzer: row.analyzer,
        })
        .where(and(eq(challenges.id, row.id), eq(challenges.version, row.version)));
    },
  };
}

export type ReanalysisRepository = ReturnType<typeof createReanalysisRepository>;
