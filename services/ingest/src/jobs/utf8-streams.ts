import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import { ImportFileError } from './import-file-error';

/**
 * Where the first byte sequence that is not UTF-8 starts in `bytes`, or -1 if there is none. The
 * well-formed sequences of Unicode's table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF; a sequence cut off by the end of `bytes` is not UTF-8 either.
 */
/** A Transform's flush that fails the stream when the input ended inside a character. */
const endOf =
  (checker: { end(): void }) =>
  (done: (err?: Error | null) => void): void => {
    try {
      checker.end();
      done();
    } catch (err) {
      done(err as Error);
    }
  };

export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // The second byte's range is narrower after E0, ED, F0 and F4; later ones are 80-BF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

const notUtf8 = (offset: number) =>
  new ImportFileError(`the file is not valid UTF-8 (at byte offset ${offset})`);

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that the next chunk completes. */
function unfinishedTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * Checks a byte stream chunk by chunk: each chunk's complete sequences come out (a sequence cut by
 * the chunk's end waits for the next one); bytes that are not UTF-8 throw with their offset in the
 * file, which is where a user looks for them.
 */
function utf8Checker() {
  let offset = 0;
  let carried: Buffer | undefined;
  return {
    take(chunk: Buffer): Buffer {
      const bytes = carried ? Buffer.concat([carried, chunk]) : chunk;
      const keep = unfinishedTail(bytes);
      const whole = keep === 0 ? bytes : bytes.subarray(0, bytes.length - keep);
      // The fast check first; the byte-by-byte search runs only to name the place.
      if (!isUtf8(whole)) throw notUtf8(offset + Math.max(0, firstInvalidUtf8(whole)));
      carried = keep === 0 ? undefined : Buffer.from(bytes.subarray(bytes.length - keep));
      offset += whole.length;
      return whole;
    },
    /** At the end of the stream: a sequence still waiting for its last bytes never gets them. */
    end(): void {
      if (carried) throw notUtf8(offset);
    },
  };
}

/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 stops the import with its offset. */
export function strictUtf8(): Transform {
  const checker = utf8Checker();
  // Only whole sequences reach it, so it never sees a broken one; it drops a leading byte order mark.
  const decoder = new TextDecoder('utf-8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        const text = decoder.decode(checker.take(chunk), { stream: true });
        done(null, text === '' ? undefined : text);
      } catch (err) {
        done(err as Error);
      }
    },
    flush: endOf(checker),
  });
}

/**
 * Checks UTF-8 as strictly as `strictUtf8` but passes the bytes on undecoded, for csv-parse, which
 * decodes each field itself: decoding here would only have it encode the text back into bytes.
 */
export function validUtf8Bytes(): Transform {
  const checker = utf8Checker();
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        const whole = checker.take(chunk);
        done(null, whole.length === 0 ? undefined : whole);
      } catch (err) {
        done(err as Error);
      }
    },
    flush: endOf(checker),
  });
}
