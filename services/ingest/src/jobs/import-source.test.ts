import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openImportSource, type SourceRecord } from './import-source';

const header = 'id,innovatorId,title,description,locale';

/** The file's bytes cut into chunks of `size`, as a socket may deliver them. */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

async function readAll(body: Readable): Promise<SourceRecord[]> {
  const source = await openImportSource('ideas', body, 'csv');
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
