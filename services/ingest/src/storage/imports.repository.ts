import { randomUUID } from 'node:crypto';
import type { ImportReport } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { EntityKind } from '../domain/entity-kinds';
import type { RowIssue } from '../domain/import-row';
import type { Executor } from './entity-store';
import { importErrors, imports } from './schema';

type ImportStatus = ImportReport['status'];

export interface ImportProgress {
  processed: number;
  accepted: number;
  rejected: number;
  /** Errors to keep (already capped by the caller). */
  errors: (RowIssue & { line: number })[];
}

export function createImportsRepository(db: Db) {
  return {
    async create(kind: EntityKind, id: string = randomUUID()): Promise<string> {
      await db.insert(imports).values({ id, kind, status: 'running' });
      return id;
    },
    /** Adds a batch's counts and kept errors; pass the batch's transaction so they commit with its rows. */
    async addProgress(ex: Executor, id: string, delta: ImportProgress): Promise<void> {
      await ex
        .update(imports)
        .set({
          processed: sql`${imports.processed} + ${delta.processed}`,
          accepted: sql`${imports.accepted} + ${delta.accepted}`,
          rejected: sql`${imports.rejected} + ${delta.rejected}`,
        })
        .where(eq(imports.id, id));
      if (delta.errors.length > 0) {
        await ex.insert(importErrors).values(delta.errors.map((e) => ({ importId: id, ...e })));
      }
    },
    async finish(id: string, status: Exclude<ImportStatus, 'running'>, reason?: string): Promise<void> {
      await db
        .update(imports)
        .set({ status, reason: reason ?? null, finishedAt: sql`now()` })
        .where(and(eq(imports.id, id), eq(imports.status, 'running')));
    },
    /** At start: imports a crash left running can never finish; say so instead of leaving them hanging. */
    async failAbandoned(reason: string): Promise<number> {
      const failed = await db
        .update(imports)
        .set({ status: 'failed', reason, finishedAt: sql`now()` })
        .where(eq(imports.status, 'running'))
        .returning({ id: imports.id });
      return failed.length;
    },
    async get(id: string, errorLimit: number): Promise<ImportReport | undefined> {
      const [row] = await db.select().from(imports).where(eq(imports.id, id));
      if (!row) return undefined;
      const errors = await db
        .select({ line: importErrors.line, path: importErrors.path, message: importErrors.message })
        .from(importErrors)
        .where(eq(importErrors.importId, id))
        .orderBy(asc(importErrors.line))
        .limit(errorLimit);
      return {
        id: row.id,
        kind: row.kind as EntityKind,
        status: row.status as ImportStatus,
        processed: row.processed,
        accepted: row.accepted,
        rejected: row.rejected,
        ...(row.reason === null ? {} : { reason: row.reason }),
        errors,
        startedAt: row.startedAt.toISOString(),
        finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
      };
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
