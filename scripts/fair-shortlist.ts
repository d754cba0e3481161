// NDJSON in, NDJSON out: one shortlist instance per stdin line, one answer per line in the same
// order. A bad line answers with an error object and the stream goes on. Blank lines are skipped.
//   pnpm fair-shortlist < instances.ndjson
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { shortlistNdjsonLine } from '@suite/fairness';

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let lineNumber = 0;
for await (const line of lines) {
  lineNumber++;
  if (line.trim() === '') continue;
  if (!process.stdout.write(`${JSON.stringify(shortlistNdjsonLine(line, lineNumber))}\n`)) {
    await once(process.stdout, 'drain');
  }
}
