import { buildLevels, type DimSpec } from './count-levels';
import { type CountPath, discounts, solveCountPath } from './count-path-dp';
import { dcgBand, dcgBounds, greedyList, listPrices, tunePrices } from './dcg-bounds';

// Each tuning step costs O(n^2); a hundred of them cut the surviving states of the k = 200 wide
// case from ~1.4 million to ~0.1 million. Below PLAIN_STATES vectors the plain DP is cheaper.
const TUNING_STEPS = 100;
const PLAIN_STATES = 30_000;

/**
 * The strict optimum (most DCG within every bound, then the tie rule) by branch and bound on the
 * DCG. A greedy list within the bounds gives a lower bound L on the optimum; the DP then drops
 * every prefix whose DCG plus an upper bound on what is still to come (`dcg-bounds.ts`) falls
 * below L - slack, and only indexes counts some list of DCG >= L - slack can pass through.
 * Exact, ties included: a vector that some list of DCG >= L - slack / 2 passes through is never
 * dropped, and neither is any vector of the best prefix reaching it (that prefix extends to such
 * a list too), so there the stored prefixes and every comparison that picks them are the
 * unpruned DP's - prefixes from dropped vectors would have lost those comparisons anyway. The
 * optimal list, and every list tying it, is such a list. The slack covers rounding: the DP and
 * the bounds sum the same DCG in different orders.
 * Undefined when no list fits the bounds. `plainStates`: below this many vectors, the plain DP.
 */
export function solveStrictCountPath(
  n: number,
  dims: readonly DimSpec[],
  plainStates = PLAIN_STATES,
): CountPath | undefined {
  const plain = buildLevels(n, dims, false);
  if (!plain) return undefined;
  if (plain[n]!.start + plain[n]!.size < plainStates) return solveCountPath({ n, dims, relax: false });
  const disc = discounts(n);
  // Prices from the unconstrained order first; then from the greedy list they yield, tuned.
  const theta = Float64Array.from(dims.flatMap((dim) => Array.from(dim.scores.subarray(0, dim.cap))))
    .sort()
    .reverse();
  const price = new Float64Array(n + 1);
  for (let p = 1; p <= n; p++) price[p] = disc[p]! * theta[p - 1]!;
  let bounds = dcgBounds(n, dims, disc, price);
  // Some dim cannot meet its own bounds with its pool: no list fits.
  if (!bounds) return undefined;
  let best = greedyList(bounds, dims, disc);
  if (best) {
    const tuned = listPrices(dims, disc, best.picks);
    tunePrices(n, dims, disc, tuned, best.dcg, TUNING_STEPS);
    const refined = dcgBounds(n, dims, disc, tuned);
    const second = refined && greedyList(refined, dims, disc);
    if (refined) bounds = refined;
    if (second && second.dcg > best.dcg) best = second;
  }
  if (best) {
    const threshold = best.dcg - slack(disc, bounds.price, theta[0] ?? 0);
    const band = dcgBand(bounds, dims, disc, threshold);
    const path = band && solveCountPath({ n, dims, relax: false, dcgPrune: { threshold, bounds, band } });
    if (path) return path;
  }
  // The greedy walk got stuck (or, in theory, rounding defeated the slack): the plain DP decides.
  return solveCountPath({ n, dims, relax: false });
}

/**
 * Far above the rounding of any sum here (every term is at most the scale below), far below the
 * DCG differences that matter: it only keeps a few more states alive.
 */
function slack(disc: Float64Array, price: Float64Array, maxScore: number): number {
  let scale = 0;
  for (let p = 1; p < disc.length; p++) scale += disc[p]! * maxScore + Math.abs(price[p]!);
  return 1e-9 * scale;
}
