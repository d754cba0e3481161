import { similarity } from 'ml-distance';

/**
 * Cosine similarity of two SDG profiles (17 scores each) in [0,1], via ml-distance. A profile without
 * any SDG signal has no direction, so its similarity is 0 rather than NaN.
 */
export function sdgSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return 0;
  const value = similarity.cosine(a as number[], b as number[]);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
