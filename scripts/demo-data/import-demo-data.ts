import { SingleBar } from 'cli-progress';
import type { ApiClient } from './api-client';
import type { ImportFile } from './write-files';

interface ImportReport {
  id: string;
  status: 'running' | 'completed' | 'failed';
  processed: number;
  accepted: number;
  rejected: number;
  errors: { line: number; path: string; message: string }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads the files through the public bulk import, one kind after the other (organisations before
 * the challenges that name them, innovators before their ideas), and waits for each to finish.
 * Rejected rows are reported with line, field and message - never with their values.
 */
export async function importDemoFiles(ingest: ApiClient, files: readonly ImportFile[]) {
  const interactive = process.stderr.isTTY === true;
  for (const file of files) {
    const { id } = await ingest.postFile<{ id: string }>(
      `/v1/imports?kind=${file.kind}`,
      file.file,
      file.contentType,
    );
    const bar = new SingleBar({
      format: `  import ${file.kind.padEnd(13)} [{bar}] {value}/{total} rows`,
      hideCursor: true,
    });
    if (interactive) bar.start(file.rows, 0);
    let report: ImportReport;
    for (;;) {
      report = await ingest.get<ImportReport>(`/v1/imports/${encodeURIComponent(id)}`);
      if (interactive) bar.update(Math.min(report.processed, file.rows));
      if (report.status !== 'running') break;
      await sleep(250);
    }
    if (interactive) bar.stop();
    console.log(
      `  import ${file.kind.padEnd(13)} ${report.status}: ${report.accepted} accepted, ${report.rejected} rejected`,
    );
    for (const e of report.errors.slice(0, 5)) console.log(`    line ${e.line} ${e.path}: ${e.message}`);
    if (report.status === 'failed') throw new Error(`the ${file.kind} import failed (import ${id})`);
  }
}
