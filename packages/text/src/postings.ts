import { fitTo, growFloat32, growInt32 } from './typed-array-growth';

/** One term's postings: document numbers (ascending), weighted term frequencies and BM25 impacts. */
export interface Postings {
  docs: Int32Array<ArrayBuffer>;
  tfs: Float32Array<ArrayBuffer>;
  // BM25's saturated, length-normalised tf, precomputed so ranking is one multiply-add per posting.
  impacts: Float32Array<ArrayBuffer>;
  length: number;
}

/** An empty postings list with room for two entries. */
export function emptyPostings(): Postings {
  return { docs: new Int32Array(2), tfs: new Float32Array(2), impacts: new Float32Array(2), length: 0 };
}

/** Appends a document (numbers must ascend) with its term frequency; the impact is set by the caller. */
export function appendPosting(list: Postings, doc: number, tf: number): void {
  if (list.length === list.docs.length) {
    list.docs = growInt32(list.docs, list.length + 1);
    list.tfs = growFloat32(list.tfs, list.length + 1);
    list.impacts = growFloat32(list.impacts, list.length + 1);
  }
  list.docs[list.length] = doc;
  list.tfs[list.length] = tf;
  list.impacts[list.length] = 0;
  list.length++;
}

/** Position of a document in a postings list by binary search (documents ascend), or -1. */
export function positionIn(list: Postings, doc: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list.docs[mid] as number;
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Drops the spare room growth left at the end of a list (after a bulk load). */
export function trimPostings(list: Postings): void {
  list.docs = fitTo(list.docs, list.length);
  list.tfs = fitTo(list.tfs, list.length);
  list.impacts = fitTo(list.impacts, list.length);
}
