import type { Db } from '@suite/platform';
import { count, eq, sql } from 'drizzle-orm';
import type { ProjectionChange } from '../domain/projection-change';
import { projection } from './schema';

export function createProjectionRepository(db: Db) {
  return {
    /** Applies a change unless a newer or equal version is stored: replays and reordering are harmless. */
    async apply(change: ProjectionChange): Promise<boolean> {
      const rows = await db
        .insert(projection)
        .values({
          entityType: change.entityType,
          entityId: change.entityId,
          version: change.version,
          deleted: change.deleted,
          payload: change.payload,
        })
        .onConflictDoUpdate({
          target: [projection.entityType, projection.entityId],
          set: {
            version: sql`excluded.version`,
            deleted: sql`excluded.deleted`,
            payload: sql`excluded.payload`,
            updatedAt: sql`now()`,
          },
          setWhere: sql`${projection.version} < excluded.version`,
        })
        .returning({ version: projection.version });
      return rows.length > 0;
    },
    async get(entityType: string, entityId: string) {
      const [row] = await db
        .select()
        .from(projection)
        .where(sql`${projection.entityType} = ${entityType} and ${projection.entityId} = ${entityId}`);
      return row;
    },
    async countsByType(): Promise<Record<string, { live: number; deleted: number }>> {
      const rows = await db
        .select({ entityType: projection.entityType, deleted: projection.deleted, n: count() })
        .from(projection)
        .groupBy(projection.entityType, projection.deleted);
      const out: Record<string, { live: number; deleted: number }> = {};
      for (const r of rows) {
        const entry = out[r.entityType] ?? { live: 0, deleted: 0 };
        out[r.entityType] = entry;
        if (r.deleted) entry.deleted = Number(r.n);
        else entry.live = Number(r.n);
      }
      return out;
    },
    async countLive(entityType: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(projection)
        .where(sql`${eq(projection.entityType, entityType)} and not ${projection.deleted}`);
      return Number(row?.n ?? 0);
    },
  };
}

export type ProjectionRepository = ReturnType<typeof createProjectionRepository>;
