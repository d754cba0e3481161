import { type ChallengeStatus, type ChallengeSummary, challengeStatuses } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import { challenges, decisionHistory, decisions, ideas, innovators, shownShortlists } from './schema';

export type ChallengeRow = typeof challenges.$inferSelect;
export type InnovatorRow = typeof innovators.$inferSelect;
export type IdeaRow = typeof ideas.$inferSelect;
type IndexableInnovatorRow = Pick<
  InnovatorRow,
  'id' | 'name' | 'genderGroup' | 'region' | 'consentMatching' | 'consentEmailRecommendations'
>;
export type IndexableIdeaRow = Pick<
  IdeaRow,
  'id' | 'innovatorId' | 'title' | 'stage' | 'region' | 'sdgs' | 'updatedAt' | 'indexEntry' | 'analyzer'
> & { analysisText: string | null; hasText: boolean };

/**
 * The matching projection's tables. Every write carries the event's version and only lands when it
 * is newer than the stored one (`setWhere`), so replays, duplicates and reordering change nothing.
 * Each write returns whether it landed.
 */
export function createProjectionRepository(db: Db) {
  return {
    async challenge(id: string): Promise<ChallengeRow | undefined> {
      const [row] = await db.select().from(challenges).where(eq(challenges.id, id));
      return row;
    },
    async innovator(id: string): Promise<InnovatorRow | undefined> {
      const [row] = await db.select().from(innovators).where(eq(innovators.id, id));
      return row;
    },
    async idea(id: string): Promise<IdeaRow | undefined> {
      const [row] = await db.select().from(ideas).where(eq(ideas.id, id));
      return row;
    },

    async putChallenge(row: ChallengeRow): Promise<boolean> {
      const { id: _id, ...update } = row;
      const landed = await db
        .insert(challenges)
        .values(row)
        .onConflictDoUpdate({
          target: challenges.id,
          set: update,
          setWhere: sql`${challenges.version} < ${row.version}`,
        })
        .returning({ id: challenges.id });
      return landed.length > 0;
    },
    async putInnovator(row: InnovatorRow): Promise<boolean> {
      const { id: _id, ...update } = row;
      const landed = await db
        .insert(innovators)
        .values(row)
        .onConflictDoUpdate({
          target: innovators.id,
          set: update,
          setWhere: sql`${innovators.version} < ${row.version}`,
        })
        .returning({ id: innovators.id });
      return landed.length > 0;
    },
    async putIdea(row: IdeaRow): Promise<boolean> {
      const { id: _id, ...update } = row;
      const landed = await db
        .insert(ideas)
        .values(row)
        .onConflictDoUpdate({
          target: ideas.id,
          set: update,
          setWhere: sql`${ideas.version} < ${row.version}`,
        })
        .returning({ id: ideas.id });
      return landed.length > 0;
    },

    /**
     * Erasure: the innovator becomes a tombstone (no name, no group, no region), every idea of theirs
     * a tombstone, and recruitment decisions and shown shortlists forget them. Returns the erased
     * idea ids, or undefined when a newer version was already stored.
     */
    async eraseInnovator(id: string, version: number, at: Date): Promise<string[] | undefined> {
      return db.transaction(async (tx) => {
        const landed = await tx
          .insert(innovators)
          .values(innovatorTombstone(id, version, at))
          .onConflictDoUpdate({
            target: innovators.id,
            set: { ...innovatorTombstone(id, version, at), id: undefined },
            setWhere: sql`${innovators.version} < ${version}`,
          })
          .returning({ id: innovators.id });
        if (landed.length === 0) return undefined;
        const erased = await tx
          .update(ideas)
          .set({
            deleted: true,
            analysis: null,
            indexEntry: null,
            description: null,
            analyzer: null,
            title: '',
            region: null,
            sdgs: [],
            inferredSdgs: [],
            updatedAt: at,
          })
          .where(and(eq(ideas.innovatorId, id), eq(ideas.deleted, false)))
          .returning({ id: ideas.id });
        await tx.delete(decisions).where(eq(decisions.innovatorId, id));
        await tx.delete(decisionHistory).where(eq(decisionHistory.innovatorId, id));
        await tx
          .update(shownShortlists)
          .set({
            entries: sql`coalesce((select jsonb_agg(e) from jsonb_array_elements(${shownShortlists.entries}) e where e->>'innovatorId' <> ${id}), '[]'::jsonb)`,
          })
          .where(sql`${shownShortlists.entries} @> ${JSON.stringify([{ innovatorId: id }])}::jsonb`);
        return erased.map((row) => row.id);
      });
    },

    /**
     * Pages through live ideas by id (keyset) for the index rebuild at start, with only what the
     * index keeps: the facts and the stored index entry, or the analysis (as JSON text) for rows
     * stored before entries existed. Text, not jsonb, because printing jsonb is most of the cost.
     */
    async indexableIdeasAfter(afterId: string, limit: number): Promise<IndexableIdeaRow[]> {
      return db
        .select({
          id: ideas.id,
          innovatorId: ideas.innovatorId,
          title: ideas.title,
          stage: ideas.stage,
          region: ideas.region,
          sdgs: ideas.sdgs,
          updatedAt: ideas.updatedAt,
          indexEntry: ideas.indexEntry,
          analyzer: ideas.analyzer,
          hasText: sql<boolean>`${ideas.description} is not null`,
          analysisText: sql<
            string | null
          >`case when ${ideas.indexEntry} is null then ${ideas.analysis}::text end`,
        })
        .from(ideas)
        .where(and(eq(ideas.deleted, false), gt(ideas.id, afterId)))
        .orderBy(asc(ideas.id))
        .limit(limit);
    },
    /** Live innovators with only what the index keeps of them, for the rebuild at start. */
    async liveInnovators(): Promise<IndexableInnovatorRow[]> {
      return db
        .select({
          id: innovators.id,
          name: innovators.name,
          genderGroup: innovators.genderGroup,
          region: innovators.region,
          consentMatching: innovators.consentMatching,
          consentEmailRecommendations: innovators.consentEmailRecommendations,
        })
        .from(innovators)
        .where(eq(innovators.erased, false));
    },
    async allChallenges(): Promise<ChallengeRow[]> {
      return db.select().from(challenges);
    },
    /** Every challenge's id, title, owner, status and language: open ones first, then by title. */
    async challengeSummaries(): Promise<ChallengeSummary[]> {
      const rows = await db
        .select({
          id: challenges.id,
          title: challenges.title,
          organisationId: challenges.organisationId,
          status: challenges.status,
          language: sql<string>`coalesce(${challenges.analysis}->>'lang', ${challenges.locale})`,
        })
        .from(challenges)
        .orderBy(sql`${challenges.status} <> 'open'`, challenges.title, challenges.id);
      return rows.map((row) => ({ ...row, status: asChallengeStatus(row.status) }));
    },

    async counts(): Promise<Record<'challenge' | 'innovator' | 'idea', { live: number; deleted: number }>> {
      const [c] = await db
        .select({
          live: count(sql`case when ${challenges.status} <> 'closed' then 1 end`),
          deleted: count(sql`case when ${challenges.status} = 'closed' then 1 end`),
        })
        .from(challenges);
      const [p] = await db
        .select({
          live: count(sql`case when not ${innovators.erased} then 1 end`),
          deleted: count(sql`case when ${innovators.erased} then 1 end`),
        })
        .from(innovators);
      const [i] = await db
        .select({
          live: count(sql`case when not ${ideas.deleted} then 1 end`),
          deleted: count(sql`case when ${ideas.deleted} then 1 end`),
        })
        .from(ideas);
      const pair = (r: { live: number; deleted: number } | undefined) => ({
        live: Number(r?.live ?? 0),
        deleted: Number(r?.deleted ?? 0),
      });
      return { challenge: pair(c), innovator: pair(p), idea: pair(i) };
    },
  };
}

function innovatorTombstone(id: string, version: number, at: Date): InnovatorRow {
  return {
    id,
    version,
    name: null,
    genderGroup: 'undisclosed',
    region: null,
    locale: 'sv',
    sdgs: [],
    consentMatching: false,
    consentEmailRecommendations: false,
    erased: true,
    updatedAt: at,
  };
}

export type ProjectionRepository = ReturnType<typeof createProjectionRepository>;

const asChallengeStatus = (status: string): ChallengeStatus =>
  (challengeStatuses as readonly string[]).includes(status) ? (status as ChallengeStatus) : 'closed';
