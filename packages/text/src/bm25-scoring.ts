import type { QueryTerm } from './bm25-types';
import { type Postings, positionIn } from './postings';

/** A query term resolved to its term id, weighted by the query and the term's idf. */
export interface PreparedTerm {
  t: number;
  w: number;
}

/** BM25's idf (the +1 form, never negative) for a term in `documentFrequency` of `liveDocs` documents. */
export const bm25Idf = (documentFrequency: number, liveDocs: number): number =>
  documentFrequency <= 0 ? 0 : Math.log(1 + (liveDocs - documentFrequency + 0.5) / (documentFrequency + 0.5));

export interface QueryPruning {
  readonly termIds: ReadonlyMap<string, number>;
  readonly df: Int32Array;
  readonly liveDocs: number;
  readonly maxDocumentShare: number;
  readonly minCommonPostings: number;
  readonly maxQueryTerms: number;
}

/**
 * Resolves, weights (x idf) and prunes a query: unknown and non-positive terms go, repeats merge,
 * terms in more than `maxDocumentShare` of the documents (and `minCommonPostings`) go unless every
 * term is that common, and the `maxQueryTerms` heaviest stay, heaviest first.
 */
export function prepareQuery(query: readonly QueryTerm[], index: QueryPruning): PreparedTerm[] {
  const { termIds, df, liveDocs } = index;
  const merged = new Map<number, number>();
  for (const { term, weight } of query) {
    const t = termIds.get(term);
    if (t === undefined || !(weight > 0) || !Number.isFinite(weight) || (df[t] ?? 0) <= 0) continue;
    merged.set(t, (merged.get(t) ?? 0) + weight);
  }
  let terms = [...merged].map(([t, w]) => ({ t, w: w * bm25Idf(df[t] as number, liveDocs) }));
  terms = terms.filter((x) => x.w > 0);
  const commonAbove = Math.max(index.maxDocumentShare * liveDocs, index.minCommonPostings);
  const common = terms.filter((x) => (df[x.t] as number) > commonAbove);
  if (common.length < terms.length) terms = terms.filter((x) => (df[x.t] as number) <= commonAbove);
  terms.sort((x, y) => y.w - x.w);
  return terms.slice(0, index.maxQueryTerms);
}

/** The query terms document `n` contains, with what each adds to its score, largest first. */
export function explainDocument(
  terms: readonly PreparedTerm[],
  postings: readonly Postings[],
  termNames: readonly string[],
  n: number,
  limit: number,
): Array<{ term: string; weight: number }> {
  const parts: Array<{ term: string; weight: number }> = [];
  for (const { t, w } of terms) {
    const list = postings[t] as Postings;
    const p = positionIn(list, n);
    if (p >= 0) parts.push({ term: termNames[t] as string, weight: w * (list.impacts[p] as number) });
  }
  return parts.sort((x, y) => y.weight - x.weight).slice(0, limit);
}

/** A posting's BM25 term weight: saturated term frequency, normalised by document length. */
export const bm25Impact = (tf: number, length: number, average: number, k1: number, b: number): number =>
  (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / average));

/** Re-scores every posting against a new reference average document length. */
export function rescoreImpacts(
  postings: readonly Postings[],
  docLength: Float32Array,
  average: number,
  k1: number,
  b: number,
): void {
  for (const list of postings) {
    for (let p = 0; p < list.length; p++) {
      const length = docLength[list.docs[p] as number] as number;
      list.impacts[p] = bm25Impact(list.tfs[p] as number, length, average, k1, b);
    }
  }
}

/** The sum of `values[0..count)`, largest first, as a sorted explanation sums: the same number to the bit. */
export function sumLargestFirst(values: Float64Array, count: number): number {
  const sorted = values.subarray(0, count).sort();
  let sum = 0;
  for (let i = count - 1; i >= 0; i--) sum += sorted[i] as number;
  return sum;
}
