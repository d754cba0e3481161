import { randomUUID } from 'node:crypto';
import type { ImportReport } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { EntityKind } from '../domain/entity-kinds';
import type { RowIssue } from '../domain/import-row';
import type { Executor } from './entity-store';
import { importErrors, imports, importWarnings } from './schema';

type ImportStatus = ImportReport['status'];

type LineIssue = RowIssue & { line: number };

export interface ImportProgress {
  processed: number;
  accepted: number;
  rejected: number;
  /** Accepted rows of which a part was not applied. */
  warned: number;
  /** Errors and warnings to keep (already capped by the caller). */
  errors: LineIssue[];
  warnings: LineIssue[];
  /** Whether the caller dropped errors (warnings) over its cap. */
  errorsTruncated?: boolean;
  warningsTruncated?: boolean;
}

export const emptyProgress = (): ImportProgress => ({
  processed: 0,
  accepted: 0,
  rejected: 0,
  warned: 0,
  errors: [],
  warnings: [],
});

/** The first `limit` issues of a list read with `limit + 1`, and whether there were more. */
const firstOf = (issues: LineIssue[], limit: number, truncatedBefore: boolean) => ({
  issues: issues.slice(0, limit),
  truncated: truncatedBefore || issues.length > limit,
});

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
          warned: sql`${imports.warned} + ${delta.warned}`,
          ...(delta.errorsTruncated ? { errorsTruncated: true } : {}),
          ...(delta.warningsTruncated ? { warningsTruncated: true } : {}),
        })
        .where(eq(imports.id, id));
      if (delta.errors.length > 0) {
        await ex.insert(importErrors).values(delta.errors.map((e) => ({ importId: id, ...e })));
      }
      if (delta.warnings.length > 0) {
        await ex.insert(importWarnings).values(delta.warnings.map((w) => ({ importId: id, ...w })));
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
    /** The report, with at most `issueLimit` errors and as many warnings (flagged when there were more). */
    async get(id: string, issueLimit: number): Promise<ImportReport | undefined> {
      const [row] = await db.select().from(imports).where(eq(imports.id, id));
      if (!row) return undefined;
      const issuesOf = (table: typeof importErrors | typeof importWarnings) =>
        db
          .select({ line: table.line, path: table.path, message: table.message })
          .from(table)
          .where(eq(table.importId, id))
          // Path breaks ties, so a row's issues read the same every time.
          .orderBy(asc(table.line), asc(table.path))
          .limit(issueLimit + 1);
      const errors = firstOf(await issuesOf(importErrors), issueLimit, row.errorsTruncated);
      const warnings = firstOf(await issuesOf(importWarnings), issueLimit, row.warningsTruncated);
      return {
        id: row.id,
        kind: row.kind as EntityKind,
        status: row.status as ImportStatus,
        processed: row.processed,
        accepted: row.accepted,
        rejected: row.rejected,
        ...(row.reason === null ? {} : { reason: row.reason }),
        errors: errors.issues,
        ...(errors.truncated ? { errorsTruncated: true } : {}),
        warned: row.warned,
        warnings: warnings.issues,
        ...(warnings.truncated ? { warningsTruncated: true } : {}),
        startedAt: row.startedAt.toISOString(),
        finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
      };
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
