import type { Challenge } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { eq, sql } from 'drizzle-orm';
import { microBatch } from './micro-batch';
import { challenges, organisations } from './schema';

export function createChallengesRepository(db: Db) {
  const save = async (values: typeof challenges.$inferInsert) => {
    const rows = await db
      .insert(challenges)
      .values(values)
      .onConflictDoUpdate({
        target: challenges.challengeId,
        set: values,
        setWhere: sql`${challenges.version} < excluded.version`,
      })
      .returning({ id: challenges.challengeId });
    return rows.length > 0;
  };
  // Prepared once with an array parameter (fixed text whatever the batch size): it runs for every job.
  const getManyStatement = db
    .select({
      challengeId: challenges.challengeId,
      title: challenges.title,
      status: challenges.status,
      organisationId: challenges.organisationId,
      organisationName: organisations.name,
      deadline: challenges.deadline,
    })
    .from(challenges)
    .leftJoin(organisations, eq(organisations.organisationId, challenges.organisationId))
    .where(sql`${challenges.challengeId} = any(${sql.placeholder('ids')})`)
    .prepare('notification_challenges_get_many');
  const getManyBatched = microBatch(async (asks: Array<readonly string[]>) => {
    const rows = await getManyStatement.execute({ ids: [...new Set(asks.flat())] });
    return asks.map((ids) => {
      const wanted = new Set(ids);
      return rows.filter((r) => wanted.has(r.challengeId));
    });
  });
  return {
    upsert: (c: Challenge, version: number) =>
      save({
        challengeId: c.id,
        version,
        organisationId: c.organisationId,
        title: c.title,
        description: c.description,
        sdgs: [...c.sdgs],
        locale: c.locale,
        status: c.status,
        // Null, not absent: a newer version without a deadline removes the one stored before.
        deadline: c.deadline ? new Date(c.deadline) : null,
      }),
    close: (challengeId: string, version: number) => save({ challengeId, version, status: 'closed' }),
    /** What the challenge page shows, with the need owner's name. */
    async page(challengeId: string) {
      const [row] = await db
        .select({
          title: challenges.title,
          description: challenges.description,
          status: challenges.status,
          locale: challenges.locale,
          sdgs: challenges.sdgs,
          deadline: challenges.deadline,
          organisationName: organisations.name,
        })
        .from(challenges)
        .leftJoin(organisations, eq(organisations.organisationId, challenges.organisationId))
        .where(eq(challenges.challengeId, challengeId));
      return row;
    },
    /** The challenges with their need owner's name, for email content; jobs asking at once share one query. */
    async getMany(challengeIds: readonly string[]) {
      if (challengeIds.length === 0) return [];
      return getManyBatched(challengeIds);
    },
  };
}

export type ChallengesRepository = ReturnType<typeof createChallengesRepository>;
