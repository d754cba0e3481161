import { GENDER_GROUPS } from './gender-groups';
import type { PrefixBounds } from './prefix-bounds';
import { dpShortfall } from './shortfall-dp';
import { type Shortfall, topUpMembers } from './shortfall-types';

export type { Shortfall };

/** One pseudo-group of the top-up problem: its bounds and, as unit jobs, when its items may go. */
interface TopUpDim {
  /** hi capped by the prefix length (and 0 for an empty dim). */
  hi: Int32Array;
  /** Its largest minimum: no final count below it is reachable. */
  maxLo: number;
  /** Earliest position of the j-th item (1-based j): after every prefix whose cap is below j. */
  release: Int32Array;
  /** Latest position of the j-th item: the first prefix whose minimum reaches j (else n). */
  deadline: Int32Array;
}

export function computeShortfall(bounds: PrefixBounds, poolCounts: Int32Array): Shortfall {
  const { n } = bounds;
  const { tracked, members } = topUpMembers(bounds);
  const dims = members.map((groups) => topUpDim(bounds, groups, tracked));
  const available = members.map((groups) => groups.reduce((sum, g) => sum + poolCounts[g]!, 0));
  const counts = firstCheapestFinal(n, dims, available);
  if (counts === 'undecided') return dpShortfall(bounds, poolCounts);
  const shortfall: Shortfall = {};
  if (!counts) return shortfall;
  members.forEach((groups, d) => {
    const missing = counts[d]! - available[d]!;
    if (missing <= 0 || groups.length === 0) return;
    const key = groups.length === 1 ? GENDER_GROUPS[groups[0]!]! : 'unbounded';
    shortfall[key] = missing;
  });
  return shortfall;
}

function topUpDim(bounds: PrefixBounds, groups: number[], tracked: number[]): TopUpDim {
  const { n } = bounds;
  const own = groups.length === 1 && tracked.includes(groups[0]!);
  const lo = own ? bounds.lo[groups[0]!]! : new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++)
    hi[i] = groups.length === 0 ? 0 : Math.min(i, own ? bounds.hi[groups[0]!]![i]! : i);
  const release = new Int32Array(n + 1);
  const deadline = new Int32Array(n + 1).fill(n);
  let maxLo = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = hi[i]! + 1; j <= n; j++) release[j] = i + 1;
    maxLo = Math.max(maxLo, lo[i]!);
  }
  for (let i = n; i >= 0; i--)
    for (let j = 1; j <= Math.min(n, lo[i]!); j++) deadline[j] = Math.min(deadline[j]!, i);
  return { hi, maxLo, release, deadline };
}

/** Reachability tests (O(n) each) to try before handing over to the DP. */
const TEST_BUDGET = 4096;

/**
 * The final count vector the DP over unlimited pools picks (`shortfall-dp.ts`): among those some
 * in-bounds list reaches, the least top-up, first in (c0, c1, c2) order. Instead of walking every
 * prefix vector (millions at k = 200 with wide bounds), sort the final vectors by top-up and test
 * them in that order; almost always the first one passes. Should many fail, the DP decides.
 */
function firstCheapestFinal(
  n: number,
  dims: TopUpDim[],
  available: number[],
): Int32Array | 'undecided' | undefined {
  const c = new Int32Array(4);
  const penalty = () => {
    let sum = 0;
    for (let d = 0; d < 4; d++) sum += Math.max(0, c[d]! - available[d]!);
    return sum;
  };
  // Counting sort by top-up, stable, so each bucket keeps the enumeration order.
  const offsets = new Int32Array(n + 2);
  forEachFinal(n, dims, c, () => {
    offsets[penalty() + 1]!++;
    return false;
  });
  for (let p = 0; p <= n; p++) offsets[p + 1]! += offsets[p]!;
  const stride = n + 1;
  const order = new Int32Array(offsets[n + 1]!);
  forEachFinal(n, dims, c, () => {
    order[offsets[penalty()]!++] = (c[0]! * stride + c[1]!) * stride + c[2]!;
    return false;
  });
  const tests = Math.min(order.length, TEST_BUDGET);
  for (let k = 0; k < tests; k++) {
    const code = order[k]!;
    c[2] = code % stride;
    c[1] = Math.floor(code / stride) % stride;
    c[0] = Math.floor(code / stride / stride);
    c[3] = n - c[0]! - c[1]! - c[2]!;
    if (reachable(n, dims, c)) return c;
  }
  return tests < order.length ? 'undecided' : undefined;
}

/** Final vectors within the level-n bounds in (c0, c1, c2) order, until `visit` returns true. */
function forEachFinal(n: number, dims: TopUpDim[], c: Int32Array, visit: () => boolean): void {
  const [d0, d1, d2, d3] = dims as [TopUpDim, TopUpDim, TopUpDim, TopUpDim];
  for (let c0 = d0.maxLo; c0 <= d0.hi[n]!; c0++) {
    for (let c1 = d1.maxLo; c1 <= d1.hi[n]!; c1++) {
      const rest = n - c0 - c1;
      const from = Math.max(d2.maxLo, rest - d3.hi[n]!);
      const to = Math.min(d2.hi[n]!, rest - d3.maxLo);
      for (let c2 = from; c2 <= to; c2++) {
        c[0] = c0;
        c[1] = c1;
        c[2] = c2;
        c[3] = rest - c2;
        if (visit()) return;
      }
    }
  }
}

/**
 * Whether some list of length n with final counts c keeps every prefix within bounds. Each dim's
 * j-th item is a unit job with a release (its cap must have reached j) and a deadline (its
 * minimum reaches j), one job per position: earliest deadline first decides that exactly.
 */
function reachable(n: number, dims: TopUpDim[], c: Int32Array): boolean {
  const done = [0, 0, 0, 0];
  for (let s = 1; s <= n; s++) {
    let best = -1;
    let bestDeadline = 0;
    for (let d = 0; d < 4; d++) {
      const j = done[d]! + 1;
      if (j > c[d]! || dims[d]!.release[j]! > s) continue;
      const deadline = dims[d]!.deadline[j]!;
      if (best < 0 || deadline < bestDeadline) {
        best = d;
        bestDeadline = deadline;
      }
    }
    if (best < 0 || bestDeadline < s) return false;
    done[best]!++;
  }
  return true;
}
