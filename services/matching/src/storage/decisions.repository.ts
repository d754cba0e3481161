import { type DecisionStage, type Gender, genderSchema } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DecisionChange, ShownAppearance } from '../domain/tuning/outcome-report';
import { decisionHistory, decisions, innovators, shownShortlists } from './schema';

export interface DecisionRecord {
  challengeId: string;
  innovatorId: string;
  stage: DecisionStage;
  group: Gender;
  decidedAt: Date;
  decidedBy: string;
  history: Array<{ stage: DecisionStage; at: Date; by: string }>;
}

const asGroup = (value: unknown): Gender => {
  const parsed = genderSchema.safeParse(value);
  return parsed.success ? parsed.data : 'undisclosed';
};

export function createDecisionsRepository(db: Db) {
  const historyOf = async (challengeId: string, innovatorId: string) => {
    const rows = await db
      .select()
      .from(decisionHistory)
      .where(and(eq(decisionHistory.challengeId, challengeId), eq(decisionHistory.innovatorId, innovatorId)))
      .orderBy(asc(decisionHistory.id));
    return rows.map((r) => ({ stage: r.stage as DecisionStage, at: r.decidedAt, by: r.decidedBy }));
  };

  return {
    /**
     * The gender group an innovator had on the most recent shortlist of the challenge that listed
     * them, or undefined when no shortlist shown for the challenge ever did.
     */
    async shortlistedGroup(challengeId: string, innovatorId: string): Promise<Gender | undefined> {
      const [row] = await db
        .select({ entries: shownShortlists.entries })
        .from(shownShortlists)
        .where(
          and(
            eq(shownShortlists.challengeId, challengeId),
            sql`${shownShortlists.entries} @> ${JSON.stringify([{ innovatorId }])}::jsonb`,
          ),
        )
        .orderBy(desc(shownShortlists.generatedAt), desc(shownShortlists.id))
        .limit(1);
      const entry = row?.entries.find((e) => e.innovatorId === innovatorId);
      return entry ? asGroup(entry.group) : undefined;
    },

    /**
     * Records a stage: the latest per pair in `decisions`, every change in `decision_history`. The
     * group is the innovator's self-declared group now (as projected), else the one last listed.
     */
    async record(input: {
      challengeId: string;
      innovatorId: string;
      stage: DecisionStage;
      listedGroup: Gender;
      by: string;
      at?: Date;
    }): Promise<DecisionRecord> {
      const at = input.at ?? new Date();
      const [innovator] = await db
        .select({ group: innovators.genderGroup, erased: innovators.erased })
        .from(innovators)
        .where(eq(innovators.id, input.innovatorId));
      const group = innovator && !innovator.erased ? asGroup(innovator.group) : input.listedGroup;
      const values = {
        challengeId: input.challengeId,
        innovatorId: input.innovatorId,
        stage: input.stage,
        genderGroup: group,
        decidedAt: at,
        decidedBy: input.by,
      };
      // The same stage again (a double click, a retried request) changes nothing and adds no history.
      const stored = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(decisions)
          .values(values)
          .onConflictDoUpdate({
            target: [decisions.challengeId, decisions.innovatorId],
            set: { stage: values.stage, genderGroup: group, decidedAt: at, decidedBy: input.by },
            where: sql`${decisions.stage} <> excluded.stage`,
          })
          .returning({
            group: decisions.genderGroup,
            decidedAt: decisions.decidedAt,
            by: decisions.decidedBy,
          });
        if (row) {
          await tx.insert(decisionHistory).values(values);
          return row;
        }
        const [current] = await tx
          .select({ group: decisions.genderGroup, decidedAt: decisions.decidedAt, by: decisions.decidedBy })
          .from(decisions)
          .where(
            and(eq(decisions.challengeId, input.challengeId), eq(decisions.innovatorId, input.innovatorId)),
          );
        return current ?? { group, decidedAt: at, by: input.by };
      });
      return {
        challengeId: input.challengeId,
        innovatorId: input.innovatorId,
        stage: input.stage,
        group: asGroup(stored.group),
        decidedAt: stored.decidedAt,
        decidedBy: stored.by,
        history: await historyOf(input.challengeId, input.innovatorId),
      };
    },

    /** The latest decision per innovator of one challenge, or of every challenge. */
    async current(challengeId?: string) {
      const rows = await db
        .select()
        .from(decisions)
        .where(challengeId === undefined ? undefined : eq(decisions.challengeId, challengeId))
        .orderBy(asc(decisions.challengeId), asc(decisions.decidedAt), asc(decisions.innovatorId));
      return rows.map((r) => ({
        challengeId: r.challengeId,
        innovatorId: r.innovatorId,
        stage: r.stage as DecisionStage,
        group: asGroup(r.genderGroup),
        decidedAt: r.decidedAt,
      }));
    },

    /** Every recorded change, oldest first, of one challenge or of all. */
    async history(challengeId?: string): Promise<DecisionChange[]> {
      const rows = await db
        .select()
        .from(decisionHistory)
        .where(challengeId === undefined ? undefined : eq(decisionHistory.challengeId, challengeId))
        .orderBy(asc(decisionHistory.id));
      return rows.map((r) => ({
        challengeId: r.challengeId,
        innovatorId: r.innovatorId,
        stage: r.stage as DecisionStage,
        group: asGroup(r.genderGroup),
        decidedAt: r.decidedAt,
        by: r.decidedBy,
      }));
    },

    /**
     * Each innovator on each shortlist its need owner was shown, with when that list was generated
     * (an admin's look is not a listing; decisions still need only some shown list, see above).
     */
    async shownAppearances(challengeId?: string): Promise<ShownAppearance[]> {
      const rows = await db
        .select()
        .from(shownShortlists)
        .where(
          and(
            eq(shownShortlists.shownToOwner, true),
            challengeId === undefined ? undefined : eq(shownShortlists.challengeId, challengeId),
          ),
        )
        .orderBy(asc(shownShortlists.generatedAt), asc(shownShortlists.id));
      return rows.flatMap((row) =>
        row.entries.map((entry) => ({
          challengeId: row.challengeId,
          innovatorId: entry.innovatorId,
          group: asGroup(entry.group),
          shownAt: row.generatedAt,
        })),
      );
    },
  };
}

export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
