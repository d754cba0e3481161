import type { Consents } from '@suite/contracts';
import { consentsToStore, hasPersonWithdrawal, keptWithdrawalMessage } from '../domain/consent-authority';
import type { EntityKind } from '../domain/entity-kinds';
import { type ImportRow, idFromExternalId, type RowIssue } from '../domain/import-row';
import type { EntityStore, Executor } from '../storage/entity-store';
import type { EntityWriter } from '../storage/entity-writer';

/**
 * A valid row waiting for its batch to be written: its keys, and the row as JSON text. A
 * batch lives across several database round trips, long enough for V8 to move what it holds into
 * the old generation; one flat string per row costs far less there than the row's object tree and
 * its cells, and the batch's JSON parameter is then joined from these strings.
 */
export interface PendingRow {
  line: number;
  id?: string;
  externalId?: string;
  /** The id of the record the row points at (its innovator, its organisation), if its kind has one. */
  reference?: string;
  /** The row as a JSON object, with its `id` if it came with one. */
  json: string;
}

/** Issues of one row: why it was refused, or (for a warning) what of it was not applied. */
export interface RowIssues {
  line: number;
  issues: RowIssue[];
}

/** Which other record a row must point at, per kind. */
const references: Partial<Record<EntityKind, { kind: EntityKind; field: string; noun: string }>> = {
  challenges: { kind: 'organisations', field: 'organisationId', noun: 'organisation' },
  ideas: { kind: 'innovators', field: 'innovatorId', noun: 'innovator' },
};

/** A record of each kind, in the words of a row error. */
const nouns: Record<EntityKind, string> = {
  organisations: 'organisation',
  challenges: 'challenge',
  innovators: 'innovator',
  ideas: 'idea',
};

/** A database refusal of one row, in words for the import report (never the row's data). */
export function storageIssue(err: unknown): RowIssue {
  const { code, cause } = (err ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  const sqlState = typeof code === 'string' ? code : cause?.code;
  if (sqlState === '23505')
    return { path: '(row)', message: 'a unique key of this row (externalId) is taken' };
  if (sqlState === '23503')
    return { path: '(row)', message: 'the row refers to a record that does not exist' };
  return { path: '(row)', message: 'the row could not be stored' };
}

/** A valid row as its batch keeps it. */
export function pendingRow<K extends EntityKind>(kind: K, line: number, row: ImportRow<K>): PendingRow {
  const ref = references[kind];
  const reference = ref ? (row as Record<string, unknown>)[ref.field] : undefined;
  return {
    line,
    id: row.id,
    externalId: row.externalId,
    reference: typeof reference === 'string' ? reference : undefined,
    json: JSON.stringify(row),
  };
}

type Entry = [id: string, row: PendingRow];

/** Writes the batches of an import: ids resolved, references checked, consents the person withdrew kept. */
export function createImportRowWriter(deps: { store: EntityStore; writer: EntityWriter }) {
  /**
   * An import is a programme write: a consent the person withdrew stays withdrawn (the rest of the
   * row applies) and the row gets a warning. Rows are re-parsed only where that happens.
   */
  async function keepPersonWithdrawals(tx: Executor, entries: Entry[]): Promise<RowIssues[]> {
    const stored = await deps.store.lockedConsents(
      tx,
      entries.map(([id]) => id),
    );
    const warnings: RowIssues[] = [];
    for (const entry of entries) {
      const record = stored.get(entry[0]);
      if (record === undefined || !hasPersonWithdrawal(record)) continue;
      const row = entry[1];
      const innovator = JSON.parse(row.json) as { consents: Consents };
      const { consents, kept } = consentsToStore('programme', record, innovator.consents);
      if (kept.length === 0) continue;
      entry[1] = { ...row, json: JSON.stringify({ ...innovator, consents }) };
      const issues = kept.map((k) => ({ path: `consents.${k.field}`, message: keptWithdrawalMessage(k) }));
      warnings.push({ line: row.line, issues });
    }
    return warnings;
  }

  /** Resolves ids, checks references and writes; returns the rows refused and those warned about. */
  return async function writeRows(tx: Executor, kind: EntityKind, rows: PendingRow[]) {
    const externalIds = rows.flatMap((r) => (r.externalId === undefined ? [] : [r.externalId]));
    const known = await deps.store.idsByExternalId(tx, kind, externalIds);
    // A known external id decides the record of a row without an id, so a re-import updates
    // instead of duplicating; a row whose id is another record's is refused, as PUT refuses it
    // (409). When two rows land on one record, the later one wins, as it would one by one.
    const rejected: RowIssues[] = [];
    const byId = new Map<string, PendingRow>();
    for (const row of rows) {
      const ext = row.externalId;
      const owner = ext === undefined ? undefined : known.get(ext);
      if (owner !== undefined && row.id !== undefined && row.id !== owner) {
        const message = `${ext} already belongs to ${nouns[kind]} ${owner}`;
        rejected.push({ line: row.line, issues: [{ path: 'externalId', message }] });
        continue;
      }
      byId.set(owner ?? row.id ?? idFromExternalId(kind, ext!), row);
    }
    let entries: Entry[] = [...byId];
    const ref = references[kind];
    if (ref) {
      const target = (row: PendingRow) => row.reference ?? '';
      const exists = await deps.store.existingIds(tx, ref.kind, [
        ...new Set(entries.map(([, row]) => target(row))),
      ]);
      for (const [, row] of entries) {
        if (!exists.has(target(row))) {
          rejected.push({
            line: row.line,
            issues: [{ path: ref.field, message: `${ref.noun} ${target(row)} does not exist` }],
          });
        }
      }
      entries = entries.filter(([, row]) => exists.has(target(row)));
    }
    const warned = kind === 'innovators' ? await keepPersonWithdrawals(tx, entries) : [];
    if (entries.length > 0) {
      // Most rows keep the id they came with, so their text goes into the parameter as it is.
      const documents = entries.map(([id, row]) => {
        if (row.id === id) return row.json;
        if (row.id === undefined)
          return row.json === '{}'
            ? `{"id":${JSON.stringify(id)}}`
            : `{"id":${JSON.stringify(id)},${row.json.slice(1)}`;
        return JSON.stringify({ ...JSON.parse(row.json), id });
      });
      // The brackets go in as elements so that `join` makes the whole parameter one flat string:
      // a concatenated (cons) string would be copied once more when the driver measures it.
      documents[0] = `[${documents[0]}`;
      documents[documents.length - 1] = `${documents.at(-1)}]`;
      await deps.writer.upsertJson(tx, kind, documents.join(','));
    }
    return { rejected, warned };
  };
}
