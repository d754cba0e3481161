import type { Readable } from 'node:stream';
import { appError, type Db, type Logger } from '@suite/platform';
import type { EntityKind } from '../domain/entity-kinds';
import { checkImportRow, type ImportRow, idFromExternalId, type RowIssue } from '../domain/import-row';
import type { EntityStore, Executor } from '../storage/entity-store';
import type { EntityWriter } from '../storage/entity-writer';
import type { ImportProgress, ImportsRepository } from '../storage/imports.repository';
import {
  describeStreamFailure,
  type ImportFormat,
  openImportSource,
  type SourceRecord,
} from './import-source';

/**
 * A valid row waiting for its batch to be written: its keys, and the row as JSON text. A
 * batch lives across several database round trips, long enough for V8 to move what it holds into
 * the old generation; one flat string per row costs far less there than the row's object tree and
 * its cells, and the batch's JSON parameter is then joined from these strings.
 */
interface PendingRow {
  line: number;
  id?: string;
  externalId?: string;
  /** The id of the record the row points at (its innovator, its organisation), if its kind has one. */
  reference?: string;
  /** The row as a JSON object, with its `id` if it came with one. */
  json: string;
}

interface Rejection {
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
function storageIssue(err: unknown): RowIssue {
  const { code, cause } = (err ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  const sqlState = typeof code === 'string' ? code : cause?.code;
  if (sqlState === '23505')
    return { path: '(row)', message: 'a unique key of this row (externalId) is taken' };
  if (sqlState === '23503')
    return { path: '(row)', message: 'the row refers to a record that does not exist' };
  return { path: '(row)', message: 'the row could not be stored' };
}

export interface ImportRunnerDeps {
  db: Db;
  store: EntityStore;
  writer: EntityWriter;
  imports: ImportsRepository;
  logger: Logger;
  batchSize: number;
  errorsKept: number;
}

/**
 * Runs bulk imports: rows are validated one by one with the single routes' schemas and written in
 * batches (one multi-row upsert plus its outbox rows per transaction), with the progress committed
 * in the same transaction, so the report is exact even after a crash.
 */
export function createImportRunner(deps: ImportRunnerDeps) {
  /** Import id -> settles when that import has finished (its report says how). */
  const running = new Map<string, Promise<void>>();

  /** Resolves ids, checks references and writes; returns the rows refused on the way. */
  async function writeRows(tx: Executor, kind: EntityKind, rows: PendingRow[]) {
    const externalIds = rows.flatMap((r) => (r.externalId === undefined ? [] : [r.externalId]));
    const known = await deps.store.idsByExternalId(tx, kind, externalIds);
    // A known external id decides the record of a row without an id, so a re-import updates
    // instead of duplicating; a row whose id is another record's is refused, as PUT refuses it
    // (409). When two rows land on one record, the later one wins, as it would one by one.
    const rejected: Rejection[] = [];
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
    let entries = [...byId];
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
    return rejected;
  }

  /** A valid row as its batch keeps it. */
  function pendingRow<K extends EntityKind>(kind: K, line: number, row: ImportRow<K>): PendingRow {
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

  async function run<K extends EntityKind>(id: string, kind: K, records: AsyncIterable<SourceRecord>) {
    let errorsKept = 0;
    const emptyProgress = (): ImportProgress => ({ processed: 0, accepted: 0, rejected: 0, errors: [] });
    const addRejection = (progress: ImportProgress, { line, issues }: Rejection) => {
      progress.processed += 1;
      progress.rejected += 1;
      for (const issue of issues) {
        if (errorsKept >= deps.errorsKept) break;
        errorsKept += 1;
        progress.errors.push({ line, ...issue });
      }
    };

    /** One transaction: the rows, their events and the progress they make. */
    const attempt = (rows: PendingRow[], before: ImportProgress) =>
      deps.db.transaction(async (tx) => {
        const progress = { ...before, errors: [...before.errors] };
        const rejected = rows.length > 0 ? await writeRows(tx, kind, rows) : [];
        for (const r of rejected) addRejection(progress, r);
        progress.processed += rows.length - rejected.length;
        progress.accepted += rows.length - rejected.length;
        await deps.imports.addProgress(tx, id, progress);
      });

    const commit = async (rows: PendingRow[], progress: ImportProgress) => {
      try {
        await attempt(rows, progress);
      } catch (err) {
        if (rows.length === 0) throw err;
        // A row the database refuses (a unique key taken meanwhile) must not sink its batch.
        await attempt([], progress);
        for (const row of rows) {
          try {
            await attempt([row], emptyProgress());
          } catch (rowErr) {
            const refused = emptyProgress();
            addRejection(refused, { line: row.line, issues: [storageIssue(rowErr)] });
            await attempt([], refused);
          }
        }
      }
    };

    let batch: PendingRow[] = [];
    let batchKeys = new Set<string>();
    let progress = emptyProgress();
    const flush = async () => {
      const rows = batch;
      const made = progress;
      batch = [];
      batchKeys = new Set();
      progress = emptyProgress();
      if (rows.length > 0 || made.processed > 0) await commit(rows, made);
      // Embedded PGlite answers without leaving the microtask queue: yield once per batch so HTTP
      // requests (progress polls) and timers are served while a large import runs.
      await new Promise((resolve) => setImmediate(resolve));
    };

    try {
      for await (const record of records) {
        if ('issue' in record) {
          addRejection(progress, { line: record.line, issues: [record.issue] });
        } else {
          const check = checkImportRow(kind, record.value);
          if (!check.ok) addRejection(progress, { line: record.line, issues: check.issues });
          else {
            const keys = [check.row.id, check.row.externalId].filter((k) => k !== undefined);
            // Postgres cannot upsert one row twice in a statement: a repeated key starts a new batch.
            if (keys.some((k) => batchKeys.has(k))) await flush();
            for (const k of keys) batchKeys.add(k);
            batch.push(pendingRow(kind, record.line, check.row));
          }
        }
        if (batch.length + progress.processed >= deps.batchSize) await flush();
      }
    } finally {
      // Rows read before a failure are kept: a broken end of file does not undo the good rows.
      await flush();
    }
  }

  return {
    /**
     * Checks the start of the file (emptiness, header, encoding: a 4xx up front), records the import
     * and reads on in the background; answers the import id at once.
     */
    async start(
      kind: EntityKind,
      body: Readable,
      format: ImportFormat,
      /** Called when the rest of the upload is of no use (the import failed): drop the connection. */
      abandonUpload: () => void = () => undefined,
      requestedId?: string,
    ): Promise<string> {
      if (requestedId && (await deps.imports.get(requestedId, 0))) {
        throw appError('CONFLICT', `an import with id ${requestedId} already exists`);
      }
      const source = await openImportSource(kind, body, format);
      const id = await deps.imports.create(kind, requestedId);
      const started = Date.now();
      const done: Promise<void> = run(id, kind, source.records)
        .then(async () => {
          await deps.imports.finish(id, 'completed');
          deps.logger.info({ importId: id, kind, ms: Date.now() - started }, 'import completed');
        })
        .catch(async (err: unknown) => {
          const reason = describeStreamFailure(err);
          deps.logger.warn({ importId: id, kind, reason }, 'import failed');
          // Nobody reads the rest of the upload any more: end the body so the route can answer.
          body.destroy();
          abandonUpload();
          await deps.imports.finish(id, 'failed', reason).catch(() => undefined);
        })
        .finally(() => running.delete(id));
      running.set(id, done);
      return id;
    },
    /** Resolves once import `id` has finished, completed or failed (at once if it is not running). */
    async settled(id: string): Promise<void> {
      await running.get(id);
    },
    /** Resolves once no import is running (shutdown, tests). */
    async idle(): Promise<void> {
      await Promise.allSettled([...running.values()]);
    },
  };
}
