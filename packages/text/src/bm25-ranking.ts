import { createTopK } from './top-k-heap';

/** One query term's postings, ready to rank: weight (query weight x idf) and precomputed impacts. */
export interface RankingTerm {
  readonly weight: number;
  readonly docs: Int32Array;
  readonly impacts: Float32Array;
  readonly length: number;
}

/**
 * Reusable buffers: accumulators (all zero between calls, at least `documents` long), a touched
 * list as long, liveness flags, and the number of document slots in use.
 */
export interface RankingBuffers {
  readonly accumulator: Float32Array;
  readonly touched: Int32Array;
  readonly alive: Uint8Array;
  readonly documents: number;
}

// Below this many postings per document slot a query tracks the documents it touches; above it, a
// branch-free accumulation plus one sequential scan of all accumulators is cheaper (measured).
const DENSE_SHARE = 0.125;

/**
 * Exact top-k by term-at-a-time accumulation (one multiply-add per posting into a reused
 * Float32Array), then a bounded heap fed only with scores above its current floor, so most documents
 * cost one comparison. MaxScore-style pruning was tried and lost: with feedback-expanded queries the
 * remaining-term bound fell below the k-th score too late to pay for its threshold checks.
 */
export function rankTopK(terms: readonly RankingTerm[], k: number, buffers: RankingBuffers) {
  const { accumulator: acc, touched, alive, documents } = buffers;
  const top = createTopK(k);
  let postings = 0;
  for (const term of terms) postings += term.length;
  let floor = 0;

  if (postings > DENSE_SHARE * documents) {
    for (const { weight, docs, impacts, length } of terms) {
      for (let p = 0; p < length; p++) {
        const d = docs[p] as number;
        acc[d] = (acc[d] as number) + weight * (impacts[p] as number);
      }
    }
    // Scanning in document order keeps ties right: a later (larger) document never displaces an
    // equal score, which is exactly the heap's tie rule.
    for (let d = 0; d < documents; d++) {
      const score = acc[d] as number;
      if (score > floor && alive[d] === 1) {
        top.push(d, score);
        floor = Math.max(0, top.threshold);
      }
    }
    acc.fill(0, 0, documents);
    return top.drain();
  }

  let touchedCount = 0;
  for (const { weight, docs, impacts, length } of terms) {
    for (let p = 0; p < length; p++) {
      const d = docs[p] as number;
      const before = acc[d] as number;
      if (before === 0) touched[touchedCount++] = d;
      acc[d] = before + weight * (impacts[p] as number);
    }
  }
  for (let j = 0; j < touchedCount; j++) {
    const d = touched[j] as number;
    const score = acc[d] as number;
    acc[d] = 0;
    // Touched documents come in posting order, not document order, so equal scores go to the heap.
    if (score >= floor && alive[d] === 1) {
      top.push(d, score);
      floor = Math.max(0, top.threshold);
    }
  }
  return top.drain();
}
