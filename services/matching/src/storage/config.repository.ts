import { type MatchingConfig, matchingConfigSchema } from '@suite/contracts';
import { conflict, type Db } from '@suite/platform';
import { desc, lt, sql } from 'drizzle-orm';
import { diffConfigs, type FieldChange, type TunableConfig } from '../domain/tuning/config-diff';
import { matchingConfig } from './schema';

/** A saved version as the API shows it, plus what changed against the version before. */
export interface StoredMatchingConfig extends MatchingConfig {
  diff: FieldChange[];
}

const toConfig = (row: typeof matchingConfig.$inferSelect): StoredMatchingConfig => ({
  // Parsed so a row written by hand or by an older version still reaches callers in today's shape.
  ...matchingConfigSchema.parse({
    version: row.version,
    weights: row.weights,
    minScore: row.minScore,
    balance: row.balance,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    reason: row.reason,
  }),
  diff: (row.diff as FieldChange[] | null) ?? [],
});

// Serialises saves across replicas: the next version number is read and written under one lock.
const SAVE_LOCK = 7_351_011;

export function createConfigRepository(db: Db) {
  return {
    /** The highest version; the migrations insert version 1, so there always is one. */
    async current(): Promise<StoredMatchingConfig> {
      const [row] = await db.select().from(matchingConfig).orderBy(desc(matchingConfig.version)).limit(1);
      if (!row) throw new Error('matching_config holds no version; the migrations insert version 1');
      return toConfig(row);
    },

    /**
     * Saves a new version with who, why and the field-level diff against the current one. With
     * `basedOn`, only if that is still the current version (an edit made on a version someone else
     * has since replaced is refused, not silently applied over theirs).
     *
     * Input equal to the current version (weights, minScore, balance; the reason aside) saves
     * nothing and answers that version with `created: false`: a version with an empty diff would
     * only clutter the audit log. This holds whatever `basedOn` names, since what the caller asks
     * for is in force already - a retried save whose answer was lost then succeeds.
     */
    async save(
      input: TunableConfig & { reason: string },
      by: string,
      basedOn?: number,
    ): Promise<{ config: StoredMatchingConfig; created: boolean }> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${SAVE_LOCK})`);
        const [currentRow] = await tx
          .select()
          .from(matchingConfig)
          .orderBy(desc(matchingConfig.version))
          .limit(1);
        const previous = currentRow ? toConfig(currentRow) : undefined;
        const diff = previous ? diffConfigs(previous, input) : [];
        if (previous && diff.length === 0) return { config: previous, created: false };
        if (basedOn !== undefined && basedOn !== previous?.version)
          throw conflict(
            `the config is at version ${previous?.version ?? 0}, not ${basedOn}: reload and edit again`,
          );
        const [row] = await tx
          .insert(matchingConfig)
          .values({
            version: (previous?.version ?? 0) + 1,
            weights: input.weights,
            minScore: input.minScore,
            balance: input.balance,
            updatedAt: new Date(),
            updatedBy: by,
            reason: input.reason,
            diff,
          })
          .returning();
        if (!row) throw new Error('insert returned no row');
        return { config: toConfig(row), created: true };
      });
    },

    /** Saved versions, newest first: `limit` of them below `beforeVersion` (exclusive) when given. */
    async audit(page: { limit: number; beforeVersion?: number }): Promise<StoredMatchingConfig[]> {
      const rows = await db
        .select()
        .from(matchingConfig)
        .where(page.beforeVersion === undefined ? undefined : lt(matchingConfig.version, page.beforeVersion))
        .orderBy(desc(matchingConfig.version))
        .limit(page.limit);
      return rows.map(toConfig);
    },
  };
}

export type ConfigRepository = ReturnType<typeof createConfigRepository>;
