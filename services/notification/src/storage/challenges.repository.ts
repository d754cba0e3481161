import type { Challenge } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { sql } from 'drizzle-orm';
import { challenges } from './schema';

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
  return {
    upsert: (c: Challenge, version: number) =>
      save({
        challengeId: c.id,
        version,
        organisationId: c.organisationId,
        title: c.title,
        locale: c.locale,
        status: c.status,
      }),
    close: (challengeId: string, version: number) => save({ challengeId, version, status: 'closed' }),
  };
}

export type ChallengesRepository = ReturnType<typeof createChallengesRepository>;
