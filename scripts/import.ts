// Streams a CSV or NDJSON file into ingest's bulk import and follows it to the end:
// `pnpm run import --kind ideas --file ideas.csv [--url http://127.0.0.1:3001] [--token ...]`.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { type ImportReport, importKindSchema } from '@suite/contracts';
import { baseConfigShape, ConfigError, loadConfig, signToken } from '@suite/platform';
import { MultiBar, Presets } from 'cli-progress';
import { fetchImport, uploadImport } from './import/import-client';

const usage = `usage: pnpm run import --kind organisations|challenges|innovators|ideas --file FILE
       [--url http://127.0.0.1:3001] [--token TOKEN] [--format csv|ndjson]
exit codes: 0 all rows imported, 3 done with rejected rows, 1 the import failed, 2 bad usage`;

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    file: { type: 'string' },
    url: { type: 'string', default: 'http://127.0.0.1:3001' },
    token: { type: 'string' },
    format: { type: 'string' },
    'poll-ms': { type: 'string', default: '250' },
  },
});
const kind = importKindSchema.safeParse(values.kind);
if (!kind.success || !values.file) {
  console.error(usage);
  process.exit(2);
}
const format = values.format ?? (['.ndjson', '.jsonl'].includes(extname(values.file)) ? 'ndjson' : 'csv');
if (format !== 'csv' && format !== 'ndjson') {
  console.error(usage);
  process.exit(2);
}

/** A service token signed with the local configuration (the same one the services read). */
async function localServiceToken(): Promise<string> {
  try {
    const config = loadConfig({
      JWT_SECRET: baseConfigShape.JWT_SECRET,
      JWT_ISSUER: baseConfigShape.JWT_ISSUER,
    });
    return signToken({
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
      role: 'service',
      subject: 'import-cli',
    });
  } catch (err) {
    if (err instanceof ConfigError) console.error(err.message);
    throw err;
  }
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    last = chunk.at(-1) ?? last;
  }
  return last === 10 ? lines : lines + 1;
}

const rate = (rows: number, ms: number) => Math.round(rows / Math.max(ms / 1000, 0.001));

function summarise(report: ImportReport, ms: number): number {
  const line = `${report.status}: ${report.accepted} accepted, ${report.rejected} rejected of ${report.processed} rows in ${(ms / 1000).toFixed(1)} s (${rate(report.processed, ms)} rows/s)`;
  console.log(line);
  if (report.reason) console.log(`reason: ${report.reason}`);
  if (report.rejected > 0) {
    console.log('rejected rows (line, field: problem):');
    for (const e of report.errors.slice(0, 25)) console.log(`  ${e.line}  ${e.path}: ${e.message}`);
    const unshown = report.rejected - new Set(report.errors.slice(0, 25).map((e) => e.line)).size;
    if (unshown > 0) console.log(`  ... and ${unshown} more rejected rows (GET /v1/imports/${report.id})`);
  }
  if (report.status === 'failed') return 1;
  return report.rejected > 0 ? 3 : 0;
}

async function main(): Promise<number> {
  const token = values.token ?? (await localServiceToken());
  const started = Date.now();
  const bars = new MultiBar(
    {
      format: ' {what} |{bar}| {percentage}% {value}/{total} {unit} {rate}',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  const upload = bars.create(1, 0, { what: 'sent    ', unit: 'bytes', rate: '' });
  const rows = bars.create(1, 0, { what: 'imported', unit: 'rows', rate: '' });
  try {
    const { id: importId, accepted } = await uploadImport({
      baseUrl: values.url!,
      token,
      kind: kind.data!,
      file: values.file!,
      contentType: format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      onBytes: (bytes, total) => {
        upload.setTotal(total);
        upload.update(bytes, { what: 'sent    ', unit: 'bytes', rate: '' });
      },
    });
    let refused: Error | undefined;
    accepted.catch((err: Error) => {
      refused = err;
    });
    // Lines approximate rows (a quoted cell may span lines); the bar is for the eye, the summary is exact.
    const expectedRows = Math.max(1, (await countLines(values.file!)) - (format === 'csv' ? 1 : 0));
    rows.setTotal(expectedRows);
    for (;;) {
      if (refused) throw refused;
      const report = await fetchImport(values.url!, token, importId).catch((err: Error) => {
        // Until the service has read the start of the file, the import does not exist yet.
        if (err.message.startsWith('404')) return undefined;
        throw err;
      });
      if (!report) {
        await new Promise((resolve) => setTimeout(resolve, Number(values['poll-ms'])));
        continue;
      }
      if (report.processed > expectedRows) rows.setTotal(report.processed);
      rows.update(report.processed, {
        what: 'imported',
        unit: 'rows',
        rate: `${rate(report.processed, Date.now() - started)} rows/s`,
      });
      if (report.status !== 'running') {
        bars.stop();
        return summarise(report, Date.now() - started);
      }
      await new Promise((resolve) => setTimeout(resolve, Number(values['poll-ms'])));
    }
  } catch (err) {
    bars.stop();
    console.error(`import failed: ${(err as Error).message}`);
    return 1;
  }
}

process.exit(await main());
