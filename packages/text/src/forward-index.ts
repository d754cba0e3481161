import { fitTo, growInt32 } from './typed-array-growth';

export interface ForwardReader {
  /** Calls `visit` with each term id of document `n`, in insertion order. */
  forEachTerm(n: number, visit: (termId: number) => void): void;
}

export interface ForwardIndex extends ForwardReader {
  append(n: number, termIds: readonly number[]): void;
  /** Starts over with room for `documents` and `postings`; the returned reader still sees the old contents. */
  reset(documents: number, postings: number): ForwardReader;
  /** Drops the spare room growth left beyond `documents` documents and the term ids in use. */
  trim(documents: number): void;
  readonly byteLength: number;
}

/** Document -> term ids, so removing or compacting a document needs no scan of every posting list. */
export function createForwardIndex(): ForwardIndex {
  let start = new Int32Array(64);
  let count = new Int32Array(64);
  let terms = new Int32Array(256);
  let used = 0;
  const visitTerms = (
    s: Int32Array,
    c: Int32Array,
    t: Int32Array,
    n: number,
    visit: (termId: number) => void,
  ) => {
    const from = s[n] as number;
    const to = from + (c[n] as number);
    for (let i = from; i < to; i++) visit(t[i] as number);
  };
  return {
    append(n, termIds) {
      start = growInt32(start, n + 1);
      count = growInt32(count, n + 1);
      terms = growInt32(terms, used + termIds.length);
      start[n] = used;
      count[n] = termIds.length;
      for (const t of termIds) terms[used++] = t;
    },
    forEachTerm: (n, visit) => visitTerms(start, count, terms, n, visit),
    reset(documents, postings) {
      const [s, c, t] = [start, count, terms];
      const old: ForwardReader = { forEachTerm: (n, visit) => visitTerms(s, c, t, n, visit) };
      start = new Int32Array(Math.max(64, documents));
      count = new Int32Array(Math.max(64, documents));
      terms = new Int32Array(Math.max(256, postings));
      used = 0;
      return old;
    },
    trim(documents) {
      start = fitTo(start, Math.min(start.length, documents));
      count = fitTo(count, Math.min(count.length, documents));
      terms = fitTo(terms, used);
    },
    get byteLength() {
      return start.byteLength + count.byteLength + terms.byteLength;
    },
  };
}
