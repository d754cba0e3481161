import type { BalancePolicy } from '../balance-policy';
import type { DimSpec } from '../count-levels';
import { GENDER_GROUPS } from '../gender-groups';
import { prefixBounds } from '../prefix-bounds';

/** Four dims as fair-shortlist builds them: scores best first, global ranks by (score, index). */
export function buildDims(
  policy: BalancePolicy,
  groupOf: number[],
  scores: number[],
): { n: number; dims: DimSpec[] } {
  const n = Math.min(policy.k, scores.length);
  const bounds = prefixBounds(policy, n);
  const order = scores.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const rank = new Int32Array(scores.length);
  order.forEach((index, r) => {
    rank[index] = r;
  });
  const dims = GENDER_GROUPS.map((_, g) => {
    const items = order.filter((index) => groupOf[index] === g).slice(0, n);
    return {
      cap: items.length,
      scores: Float64Array.from(items, (index) => scores[index]!),
      ranks: Int32Array.from(items, (index) => rank[index]!),
      lo: bounds.lo[g]!,
      hi: bounds.hi[g]!,
    };
  });
  return { n, dims };
}
