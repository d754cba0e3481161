import { growFloat32, growInt32 } from './typed-array-growth';

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

/** The term frequency of `doc` in the list, 0 when it is not there. */
export function tfIn(list: Postings, doc: number): number {
  const p = positionIn(list, doc);
  return p < 0 ? 0 : (list.tfs[p] as number);
}

// Postings per shared buffer when packing: large enough that per-buffer overhead vanishes, small
// enough that packing never holds much more than the lists it is replacing.
const PACK_POSTINGS = 1 << 20;

/**
 * Drops the spare room growth left at the end of every list (after a bulk load) and moves the lists
 * into a few shared buffers, each list a view of exactly its length. Most terms are rare: a buffer
 * of their own (three per term) cost more than their postings. A list that grows later outgrows its
 * view and gets its own buffer again, like any full list.
 */
export function packPostings(lists: readonly Postings[]): void {
  let start = 0;
  while (start < lists.length) {
    let end = start;
    let total = 0;
    while (end < lists.length) {
      const length = (lists[end] as Postings).length;
      if (end > start && total + length > PACK_POSTINGS) break;
      total += length;
      end++;
    }
    const docs = new Int32Array(total);
    const tfs = new Float32Array(total);
    const impacts = new Float32Array(total);
    let at = 0;
    for (let i = start; i < end; i++) {
      const list = lists[i] as Postings;
      const next = at + list.length;
      docs.set(list.docs.subarray(0, list.length), at);
      tfs.set(list.tfs.subarray(0, list.length), at);
      impacts.set(list.impacts.subarray(0, list.length), at);
      list.docs = docs.subarray(at, next);
      list.tfs = tfs.subarray(at, next);
      list.impacts = impacts.subarray(at, next);
      at = next;
    }
    start = end;
  }
}
