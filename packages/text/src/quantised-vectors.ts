import { fitTo, growUint8 } from './typed-array-growth';

export interface VectorReader {
  /** Decodes document `n`'s vector into `out` (values in [0,1]). */
  read(n: number, out?: Float32Array): Float32Array;
}

export interface QuantisedVectors extends VectorReader {
  write(n: number, vector?: ArrayLike<number>): void;
  /** Starts over with room for `capacity` documents; the returned reader still sees the old contents. */
  reset(capacity: number): VectorReader;
  /** Drops the spare room growth left beyond `documents` documents. */
  trim(documents: number): void;
  readonly byteLength: number;
}

/**
 * Fixed-size [0,1] vectors per document (the SDG profile), one byte per dimension: 17 bytes an idea
 * instead of 68 as floats, and the 1/255 step is far below what the SDG cosine can tell apart.
 */
export function createQuantisedVectors(size: number): QuantisedVectors {
  let bytes = new Uint8Array(64 * size);
  const decode = (from: Uint8Array, n: number, out: Float32Array = new Float32Array(size)) => {
    for (let i = 0; i < size; i++) out[i] = (from[n * size + i] ?? 0) / 255;
    return out;
  };
  return {
    write(n, vector) {
      if (size === 0) return;
      bytes = growUint8(bytes, (n + 1) * size);
      for (let i = 0; i < size; i++) {
        const value = Number(vector?.[i] ?? 0);
        bytes[n * size + i] = Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 255) : 0;
      }
    },
    read: (n, out) => decode(bytes, n, out),
    reset(capacity) {
      const old = bytes;
      bytes = new Uint8Array(Math.max(64, capacity) * size);
      return { read: (n, out) => decode(old, n, out) };
    },
    trim(documents) {
      bytes = fitTo(bytes, Math.min(bytes.length, documents * size));
    },
    get byteLength() {
      return bytes.byteLength;
    },
  };
}
