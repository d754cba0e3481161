/** Average precision of a ranking (ids best first) against a set of relevant ids. */
export function averagePrecision(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranking.forEach((id, i) => {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant.size;
}

/** nDCG at k with binary gains. */
export function ndcgAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) {
    if (relevant.has(ranking[i] as string)) dcg += 1 / Math.log2(i + 2);
  }
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

/** Precision at k. */
export function precisionAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if (relevant.has(ranking[i] as string)) hits++;
  return hits / k;
}

/** FNV-1a hash: a stable, input-independent order for items a ranker gave no score. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Completes a partial ranking with every other id, in hash order. File order would leak the labels
 * (ideas are grouped by challenge), so unranked items must be ordered by something unrelated.
 */
export function completeRanking(ranked: readonly string[], all: readonly string[]): string[] {
  const seen = new Set(ranked);
  const rest = all
    .filter((id) => !seen.has(id))
    .sort((a, b) => stableHash(a) - stableHash(b) || (a < b ? -1 : 1));
  return [...ranked, ...rest];
}
