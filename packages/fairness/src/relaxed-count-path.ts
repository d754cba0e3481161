import type { DimSpec } from './count-levels';
import { type CountPath, solveCountPath } from './count-path-dp';
import { greedyViolation, violationBand, violationBounds } from './violation-bounds';

/**
 * The relaxed optimum (least total violation, then most DCG, then the tie rule) by branch and
 * bound on the violation: a DP pass with limit L keeps only prefixes whose violation plus a lower
 * bound on what is still to come fits L. A pass that returns a list is exact (its limit was at
 * least the optimum); one that returns nothing proves the optimum exceeds L, so the limit grows
 * from the global lower bound towards the violation of a greedy list, which always succeeds.
 * Wide bounds that bind leave the plain DP millions of vectors; near the optimum only a thin band
 * of them can still lead to a least-violating list.
 */
export function solveRelaxedCountPath(n: number, dims: readonly DimSpec[]): CountPath {
  const bounds = violationBounds(n, dims);
  const greedy = greedyViolation(bounds, dims);
  let limit = Math.min(bounds.root, greedy);
  for (;;) {
    const band = violationBand(bounds, limit);
    const path = band && solveCountPath({ n, dims, relax: true, prune: { limit, bounds, band } });
    if (path) return path;
    if (limit >= greedy) break;
    // Doubling the slack keeps the failed passes (each cheaper than the next) to a constant factor.
    limit = Math.min(greedy, bounds.root + 2 * (limit - bounds.root) + 1);
  }
  // Unreachable while the bounds are admissible; the unpruned DP is the exact fallback.
  return solveCountPath({ n, dims, relax: true })!;
}
