import type { Readable } from 'node:stream';
import { AppError, badRequest } from '@suite/platform';
import { parse } from 'csv-parse';
import { csvRecordReader } from '../domain/csv-record';
import type { EntityKind } from '../domain/entity-kinds';
import { checkCsvHeader, type RowIssue } from '../domain/import-row';
import { ImportFileError } from './import-file-error';
import { strictUtf8, validUtf8Bytes } from './utf8-streams';

export type ImportFormat = 'csv' | 'ndjson';

/** One record of an import file: the object it stands for, or why it could not be read. */
export type SourceRecord = { line: number; value: unknown } | { line: number; issue: RowIssue };

/**
 * The longest NDJSON line read, in characters. The largest valid row (a 20,000-character
 * description and every other field at its maximum, each character escaped as `\uXXXX`) is under
 * 150,000 characters; a line past a million is not a row, and holding it whole would let one line
 * of a 200 MB upload take the memory. Such a line is a row error and reading goes on at the next.
 */
export const MAX_NDJSON_LINE_LENGTH = 1_000_000;

async function* ndjsonRecords(text: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  // The line being read, in the pieces the chunks brought it in: each chunk is searched for line
  // ends once, so a long line costs its length (searching all of it again per chunk was quadratic).
  let pieces: string[] = [];
  let length = 0;
  let line = 0;
  const add = (piece: string) => {
    length += piece.length;
    if (length > MAX_NDJSON_LINE_LENGTH) pieces = [];
    else pieces.push(piece);
  };
  const endLine = (): SourceRecord | undefined => {
    line += 1;
    const tooLong = length > MAX_NDJSON_LINE_LENGTH;
    const raw = pieces.join('');
    pieces = [];
    length = 0;
    if (tooLong) {
      const message = `the line is longer than ${MAX_NDJSON_LINE_LENGTH} characters`;
      return { line, issue: { path: '(line)', message } };
    }
    const trimmed = raw.trim();
    if (trimmed === '') return undefined;
    try {
      return { line, value: JSON.parse(trimmed) };
    } catch {
      return { line, issue: { path: '(line)', message: 'not valid JSON' } };
    }
  };
  for await (const chunk of text) {
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
      add(chunk.slice(start, newline));
      start = newline + 1;
      const record = endLine();
      if (record) yield record;
    }
    if (start < chunk.length) add(chunk.slice(start));
  }
  const last = endLine();
  if (last) yield last;
}

async function* csvRecords(kind: EntityKind, text: Readable): AsyncGenerator<SourceRecord> {
  const skipped: SourceRecord[] = [];
  let unclosedQuoteAt: number | undefined;
  let lastLine = 0;
  const parser = parse({
    skip_records_with_error: true,
    info: true,
    skip_empty_lines: true,
    // The bytes arrive undecoded: a leading byte order mark is not part of the first column name.
    bom: true,
    // Runs as records are parsed (before 'skip' fires for the next one), unlike our async loop below.
    on_record: (record, context) => {
      lastLine = context.lines;
      return record;
    },
  });
  parser.on('skip', (err: Error & { code?: string; lines?: number }) => {
    // The broken record began on the line after the last good one; that is where a user looks.
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') unclosedQuoteAt = lastLine + 1;
    else skipped.push({ line: lastLine + 1, issue: { path: '(row)', message: err.message } });
    // After a bad closing quote the parser is still inside the quote: the next error starts there too.
    if (err.code !== 'CSV_INVALID_CLOSING_QUOTE') lastLine = err.lines ?? lastLine;
  });
  text.on('error', (err) => parser.destroy(err));
  text.pipe(parser);
  let toObject: ((cells: readonly string[]) => Record<string, unknown>) | undefined;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    yield* skipped.splice(0);
    if (!toObject) {
      const header = record.map((column) => column.trim());
      const problems = checkCsvHeader(kind, header);
      const errors = [
        ...problems.missing.map((c) => ({ path: `header.${c}`, message: 'required column is missing' })),
        ...problems.unknown.map((c) => ({ path: `header.${c}`, message: `not a field of ${kind}` })),
        ...problems.duplicate.map((c) => ({ path: `header.${c}`, message: 'column appears twice' })),
      ];
      if (errors.length > 0) throw badRequest(`the CSV header does not fit ${kind}`, errors);
      toObject = csvRecordReader(kind, header);
      continue;
    }
    yield { line: info.lines, value: toObject(record) };
  }
  yield* skipped.splice(0);
  if (unclosedQuoteAt !== undefined) {
    throw new ImportFileError(
      `a quote opened on line ${unclosedQuoteAt} is never closed, so the rest of the file cannot be read`,
    );
  }
  if (!toObject) throw badRequest('the file is empty', [{ path: 'body', message: 'no header row' }]);
}

export interface ImportSource {
  /** Every record after the first, which was already read to check the file up front. */
  records: AsyncGenerator<SourceRecord>;
}

/**
 * Opens an import stream and reads up to its first record, so an empty file, a wrong CSV header or
 * bytes that are not UTF-8 at the start are refused before the import is accepted.
 */
export async function openImportSource(
  kind: EntityKind,
  body: Readable,
  format: ImportFormat,
): Promise<ImportSource> {
  const text = body.pipe(format === 'csv' ? validUtf8Bytes() : strictUtf8());
  body.on('error', (err) => text.destroy(err));
  const records = format === 'csv' ? csvRecords(kind, text) : ndjsonRecords(text);
  let first: IteratorResult<SourceRecord>;
  try {
    first = await records.next();
  } catch (err) {
    throw err instanceof ImportFileError
      ? badRequest(err.message, [{ path: 'body', message: err.message }])
      : err;
  }
  if (first.done) {
    const detail = format === 'csv' ? 'the file has a header but no rows' : 'the file is empty';
    throw badRequest(detail, [{ path: 'body', message: 'no records' }]);
  }
  async function* all(): AsyncGenerator<SourceRecord> {
    yield first.value as SourceRecord;
    yield* records;
  }
  return { records: all() };
}

/** Why a stream ended early, in words fit for the import report. */
export function describeStreamFailure(err: unknown): string {
  if (err instanceof ImportFileError) return err.message;
  if (err instanceof AppError) return err.detail;
  return 'the upload was interrupted before the end of the file';
}
