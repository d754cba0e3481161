import type { Readable } from 'node:stream';
import { appError, type Db, type Logger } from '@suite/platform';
import type { EntityKind } from '../domain/entity-kinds';
import { checkImportRow } from '../domain/import-row';
import type { EntityStore } from '../storage/entity-store';
import type { EntityWriter } from '../storage/entity-writer';
import { emptyProgress, type ImportProgress, type ImportsRepository } from '../storage/imports.repository';
import {
  createImportRowWriter,
  type PendingRow,
  pendingRow,
  type RowIssues,
  storageIssue,
} from './import-rows';
import {
  describeStreamFailure,
  type ImportFormat,
  openImportSource,
  type SourceRecord,
} from './import-source';

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

  const writeRows = createImportRowWriter(deps);
  const nothing = { rejected: [], warned: [] };

  async function run<K extends EntityKind>(id: string, kind: K, records: AsyncIterable<SourceRecord>) {
    // Issues kept in the report so far; past `errorsKept` of each sort they are counted, not kept.
    let errorsKept = 0;
    let warningsKept = 0;
    const addRejection = (progress: ImportProgress, { line, issues }: RowIssues) => {
      progress.processed += 1;
      progress.rejected += 1;
      for (const issue of issues) {
        if (errorsKept >= deps.errorsKept) {
          progress.errorsTruncated = true;
          break;
        }
        errorsKept += 1;
        progress.errors.push({ line, ...issue });
      }
    };
    const addWarning = (progress: ImportProgress, { line, issues }: RowIssues) => {
      progress.warned += 1;
      for (const issue of issues) {
        if (warningsKept >= deps.errorsKept) {
          progress.warningsTruncated = true;
          break;
        }
        warningsKept += 1;
        progress.warnings.push({ line, ...issue });
      }
    };

    /** One transaction: the rows, their events and the progress they make. */
    const attempt = async (rows: PendingRow[], before: ImportProgress) => {
      const keptBefore = { errorsKept, warningsKept };
      try {
        await deps.db.transaction(async (tx) => {
          const progress = { ...before, errors: [...before.errors], warnings: [...before.warnings] };
          const { rejected, warned } = rows.length > 0 ? await writeRows(tx, kind, rows) : nothing;
          for (const r of rejected) addRejection(progress, r);
          for (const w of warned) addWarning(progress, w);
          progress.processed += rows.length - rejected.length;
          progress.accepted += rows.length - rejected.length;
          await deps.imports.addProgress(tx, id, progress);
        });
      } catch (err) {
        // What a rolled-back transaction kept is not in the report: the retry keeps it again.
        ({ errorsKept, warningsKept } = keptBefore);
        throw err;
      }
    };

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
