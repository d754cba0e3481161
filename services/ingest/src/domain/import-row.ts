import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { type EntityKind, type EntityOf, importRowSchemas } from './entity-kinds';

export interface RowIssue {
  path: string;
  message: string;
}

/** A valid row whose id may still be unknown: it is then resolved from its external id. */
export type ImportRow<K extends EntityKind> = Omit<EntityOf[K], 'id'> & { id?: string };

export type RowCheck<K extends EntityKind> =
  | { ok: true; row: ImportRow<K> }
  | { ok: false; issues: RowIssue[] };

const issuesOf = (error: z.ZodError): RowIssue[] =>
  error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(row)',
    message: issue.message,
  }));

/** Validates one import row with the same schema as the single write route. */
export function checkImportRow<K extends EntityKind>(kind: K, value: unknown): RowCheck<K> {
  const parsed = importRowSchemas[kind].safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const row = parsed.data as unknown as ImportRow<K>;
  if (row.id === undefined && row.externalId === undefined) {
    return { ok: false, issues: [{ path: 'id', message: 'a row needs an id or an externalId' }] };
  }
  return { ok: true, row };
}

/**
 * The id of a new record imported with only an external id: derived from it, so importing the same
 * file twice lands on the same record even before the external id is looked up.
 */
export const idFromExternalId = (kind: EntityKind, externalId: string) =>
  `${kind.slice(0, 3)}-x-${createHash('sha256').update(externalId).digest('hex').slice(0, 24)}`;

const shapeOf = (kind: EntityKind) => importRowSchemas[kind].shape as Record<string, z.ZodType>;

/** Columns a CSV must have: the fields with neither a default nor `optional`. */
export function requiredColumns(kind: EntityKind): string[] {
  return Object.entries(shapeOf(kind))
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([name]) => name);
}

export interface HeaderProblems {
  missing: string[];
  unknown: string[];
  duplicate: string[];
}

/** What is wrong with a CSV header for `kind`; every list empty means it is fine. */
export function checkCsvHeader(kind: EntityKind, header: readonly string[]): HeaderProblems {
  const shape = shapeOf(kind);
  const present = new Set(header);
  const missing = requiredColumns(kind).filter((column) => !present.has(column));
  if (!present.has('id') && !present.has('externalId')) missing.push('id (or externalId)');
  const unknown = header.filter((column) => !Object.hasOwn(shape, column.split('.')[0] ?? ''));
  const duplicate = header.filter((column, i) => header.indexOf(column) !== i);
  return { missing, unknown, duplicate };
}
