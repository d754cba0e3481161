import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, strictUtf8, validUtf8Bytes } from './utf8-streams';

/** The bytes cut into chunks of `size`, as a socket may deliver them. */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

const failureOf = async (stream: NodeJS.ReadableStream) =>
  text(stream).then(
    () => undefined,
    (err: Error) => err.message,
  );

describe('firstInvalidUtf8', () => {
  it('agrees with Node on every byte string, and everything before the place it names is UTF-8', () => {
    // Bytes near the edges of the ranges (overlong forms, surrogates, past U+10FFFF) and plain ASCII.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(
        0x7f,
        0x80,
        0x8f,
        0x90,
        0x9f,
        0xa0,
        0xbf,
        0xc0,
        0xc1,
        0xc2,
        0xe0,
        0xed,
        0xef,
        0xf0,
        0xf4,
        0xf5,
      ),
      fc.integer({ min: 0x20, max: 0x7e }),
    );
    // Valid text of one to four bytes a character in front, so places after it are checked too.
    const prefix = fc
      .array(fc.constantFrom('a', 'ö', '€', '🚲'), { maxLength: 4 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(prefix, fc.array(byte, { maxLength: 12 }), (textPart, raw) => {
        const bytes = Buffer.concat([Buffer.from(textPart), Buffer.from(raw)]);
        const at = firstInvalidUtf8(bytes);
        return (at === -1) === isUtf8(bytes) && (at === -1 || isUtf8(bytes.subarray(0, at)));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('the UTF-8 checks of an import', () => {
  const header = Buffer.from('id,name\n');

  it('names the offset of the bad byte, not of the chunk it came in', async () => {
    // 0xf6 (ö in Latin-1) at byte 8, right after the header.
    const latin1 = Buffer.concat([header, Buffer.from('Malm\xf6\n', 'latin1')]);
    const at = latin1.indexOf(0xf6);
    for (const size of [1, 3, 64]) {
      for (const check of [validUtf8Bytes, strictUtf8]) {
        expect(await failureOf(chunked(latin1, size).pipe(check()))).toBe(
          `the file is not valid UTF-8 (at byte offset ${at})`,
        );
      }
    }
  });

  it('names where a sequence starts when its continuation is broken, across chunks too', async () => {
    const bytes = Buffer.concat([header, Buffer.from('org'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    for (const size of [1, 2, 12, 64]) {
      expect(await failureOf(chunked(bytes, size).pipe(validUtf8Bytes()))).toBe(
        'the file is not valid UTF-8 (at byte offset 11)',
      );
    }
  });

  it('names where a sequence cut off by the end of the file starts', async () => {
    const bytes = Buffer.concat([header, Buffer.from('€'), Buffer.from([0xe2, 0x82])]);
    expect(await failureOf(chunked(bytes, 5).pipe(strictUtf8()))).toBe(
      'the file is not valid UTF-8 (at byte offset 11)',
    );
  });

  it('passes valid text through, split anywhere, without a leading byte order mark when decoding', async () => {
    const bytes = Buffer.from('\u{feff}id,name\nÄlvdalen 🚲,€\n');
    for (const size of [1, 2, 3, 5]) {
      expect(await text(chunked(bytes, size).pipe(strictUtf8()))).toBe('id,name\nÄlvdalen 🚲,€\n');
      expect(await buffer(chunked(bytes, size).pipe(validUtf8Bytes()))).toEqual(bytes);
    }
  });
});
