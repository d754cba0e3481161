import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_NDJSON_LINE_LENGTH, openImportSource, type SourceRecord } from './import-source';

const header = 'id,innovatorId,title,description,locale';

/** The file's bytes cut into chunks of `size`, as a socket may deliver them. */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

async function readAll(body: Readable, format: 'csv' | 'ndjson' = 'csv'): Promise<SourceRecord[]> {
  const source = await openImportSource('ideas', body, format);
  const records: SourceRecord[] = [];
  for await (const record of source.records) records.push(record);
  return records;
}

describe('CSV import source', () => {
  it('reads characters whose bytes are split between chunks, and drops a byte order mark', async () => {
    const text = `\u{feff}${header}\nidea-1,inn-1,Äldre på cykel 🚲,"Grannskap, återbruk",sv\n`;
    for (const size of [1, 2, 3, 5, 64]) {
      const records = await readAll(chunked(Buffer.from(text), size));
      expect(records).toEqual([
        {
          line: 2,
          value: {
            id: 'idea-1',
            innovatorId: 'inn-1',
            title: 'Äldre på cykel 🚲',
            description: 'Grannskap, återbruk',
            locale: 'sv',
          },
        },
      ]);
    }
  });

  it('stops at bytes that are not UTF-8, in the middle of the file or cut off at its end', async () => {
    const good = Buffer.from(`${header}\nidea-1,inn-1,Titel,Text,sv\n`);
    const broken = Buffer.concat([good, Buffer.from([0x69, 0xc3, 0x28, 0x0a])]);
    await expect(readAll(chunked(broken, 16))).rejects.toThrow(/not valid UTF-8/);
    const truncated = Buffer.concat([good, Buffer.from('idea-2,inn-1,T'), Buffer.from([0xe2, 0x82])]);
    await expect(readAll(chunked(truncated, 7))).rejects.toThrow(/not valid UTF-8/);
  });
});

describe('NDJSON import source', () => {
  const row = (id: string) => JSON.stringify({ id, innovatorId: 'inn-1', title: 'T', description: 'D' });

  it('reports a line over the length limit as a row error with its line number and reads on', async () => {
    const huge = JSON.stringify({ id: 'idea-2', description: 'x'.repeat(MAX_NDJSON_LINE_LENGTH) });
    const text = [row('idea-1'), huge, '', row('idea-4'), huge].join('\n');
    const records = await readAll(chunked(Buffer.from(text), 64 * 1024), 'ndjson');
    expect(records).toEqual([
      { line: 1, value: expect.objectContaining({ id: 'idea-1' }) },
      { line: 2, issue: { path: '(line)', message: expect.stringMatching(/^the line is longer than/) } },
      { line: 4, value: expect.objectContaining({ id: 'idea-4' }) },
      { line: 5, issue: { path: '(line)', message: expect.stringMatching(/^the line is longer than/) } },
    ]);
  });

  it('splits lines that chunks cut anywhere, with many lines to a chunk', async () => {
    const text = `${[row('a'), row('b'), '  ', row('c')].join('\r\n')}\n`;
    for (const size of [1, 7, 64, 4096]) {
      const records = await readAll(chunked(Buffer.from(text), size), 'ndjson');
      expect(records.map((r) => ('value' in r ? [r.line, (r.value as { id: string }).id] : r))).toEqual([
        [1, 'a'],
        [2, 'b'],
        [4, 'c'],
      ]);
    }
  });

  it('reads a 64 MB line in linear time: each chunk is searched once, the line is not kept', async () => {
    // Searching the whole buffered line again for every chunk took 16 s for 60 MB (and never
    // finished at 150 MB); one pass over the chunks takes milliseconds.
    const chunk = Buffer.from('x'.repeat(64 * 1024));
    const body = Readable.from(
      (function* () {
        yield Buffer.from(`${row('idea-1')}\n{"description":"`);
        for (let i = 0; i < 1024; i++) yield chunk;
        yield Buffer.from(`"}\n${row('idea-3')}`);
      })(),
    );
    const started = performance.now();
    const records = await readAll(body, 'ndjson');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(records.map((r) => ('issue' in r ? r.line : (r.value as { id: string }).id))).toEqual([
      'idea-1',
      2,
      'idea-3',
    ]);
  });
});
