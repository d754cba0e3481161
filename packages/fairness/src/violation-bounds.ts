// Admissible lower bounds on the violation a relaxed list must still pay, for branch and bound.
//
// Dims only interact through the position (exactly one of them grows per step), so dropping that
// coupling gives cheap 1-D relaxations, each an exact DP over (prefix length, count):
// - `alone`: one dim by itself; the dims' values add up, since violation is a sum over dims.
// - `paired`: one dim against all others merged into one group with summed (pool-capped) bounds.
//   The merged group's violation never exceeds the sum of its members', and its count is implied
//   by the position, so this keeps the coupling that matters when one group is short and the rest
//   must absorb the positions.
// Both are minima over supersets of the real continuations, so they never overestimate, and they
// are consistent (a step never lowers bound + cost paid), which is what keeps pruning exact.
import type { DimSpec, LevelBand } from './count-levels';

/** Larger than any real violation (at most 4 * 200 * 200), small enough that sums stay int32. */
export const BOUND_INF = 1 << 28;

export interface ViolationBounds {
  n: number;
  /** Row length of the tables: entry (i, c) sits at i * stride + c. */
  stride: number;
  /** Per dim: least violation of the dim alone over prefixes i+1..n, from count c at prefix i. */
  aloneFuture: Int32Array[];
  /** Per dim: least violation of the dim alone over prefixes 1..i, ending at count c. */
  alonePast: Int32Array[];
  /** The same two for the dim paired with the merged rest. */
  pairedFuture: Int32Array[];
  pairedPast: Int32Array[];
  /** Lower bound on the total violation of any list. */
  root: number;
}

export function violationOf(dim: DimSpec, count: number, i: number): number {
  const lo = dim.lo[i]!;
  const hi = dim.hi[i]!;
  return count < lo ? lo - count : count > hi ? count - hi : 0;
}

export function violationBounds(n: number, dims: readonly DimSpec[]): ViolationBounds {
  const stride = n + 1;
  const capTotal = dims.reduce((sum, dim) => sum + dim.cap, 0);
  const aloneFuture: Int32Array[] = [];
  const alonePast: Int32Array[] = [];
  const pairedFuture: Int32Array[] = [];
  const pairedPast: Int32Array[] = [];
  const step = new Int32Array(stride * stride);
  for (const dim of dims) {
    const capRest = capTotal - dim.cap;
    // Counts a real prefix can have: the other dims together cannot hold more than their pools.
    const cMin = (i: number) => Math.max(0, i - capRest);
    const cMax = (i: number) => Math.min(dim.cap, i);
    for (let i = 1; i <= n; i++) {
      for (let c = cMin(i); c <= cMax(i); c++) step[i * stride + c] = violationOf(dim, c, i);
    }
    alonePast.push(pastTable(n, stride, cMin, cMax, step));
    aloneFuture.push(futureTable(n, stride, cMin, cMax, step));
    for (let i = 1; i <= n; i++) {
      // A member e with count x <= cap pays max(0, lo - cap) + max(0, min(lo, cap) - x) below its
      // minimum and at least x - min(hi, cap) above its maximum; summing over members gives a
      // bound in the merged count alone. Without the caps, a short group with no maximum would
      // seem to absorb any number of positions.
      let restFixed = 0;
      let restLo = 0;
      let restHi = 0;
      for (const other of dims) {
        if (other === dim) continue;
        restFixed += Math.max(0, other.lo[i]! - other.cap);
        restLo += Math.min(other.lo[i]!, other.cap);
        restHi += Math.min(other.hi[i]!, other.cap);
      }
      for (let c = cMin(i); c <= cMax(i); c++) {
        const rest = i - c;
        const restViolation = restFixed + (rest < restLo ? restLo - rest : rest > restHi ? rest - restHi : 0);
        step[i * stride + c] = violationOf(dim, c, i) + restViolation;
      }
    }
    pairedPast.push(pastTable(n, stride, cMin, cMax, step));
    pairedFuture.push(futureTable(n, stride, cMin, cMax, step));
  }
  const bounds = { n, stride, aloneFuture, alonePast, pairedFuture, pairedPast, root: 0 };
  bounds.root = lowerBound(bounds, 0, 0, 0, 0, 0);
  return bounds;
}

function pastTable(
  n: number,
  stride: number,
  cMin: (i: number) => number,
  cMax: (i: number) => number,
  step: Int32Array,
): Int32Array {
  const past = new Int32Array(stride * stride).fill(BOUND_INF);
  past[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let c = cMin(i); c <= cMax(i); c++) {
      const stay = past[(i - 1) * stride + c]!;
      const grow = c > 0 ? past[(i - 1) * stride + c - 1]! : BOUND_INF;
      const best = Math.min(stay, grow);
      if (best < BOUND_INF) past[i * stride + c] = best + step[i * stride + c]!;
    }
  }
  return past;
}

function futureTable(
  n: number,
  stride: number,
  cMin: (i: number) => number,
  cMax: (i: number) => number,
  step: Int32Array,
): Int32Array {
  const future = new Int32Array(stride * stride).fill(BOUND_INF);
  for (let c = cMin(n); c <= cMax(n); c++) future[n * stride + c] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const next = (i + 1) * stride;
    for (let c = cMin(i); c <= cMax(i); c++) {
      let best = BOUND_INF;
      if (c >= cMin(i + 1) && c <= cMax(i + 1) && future[next + c]! < BOUND_INF) {
        best = future[next + c]! + step[next + c]!;
      }
      if (c + 1 >= cMin(i + 1) && c + 1 <= cMax(i + 1) && future[next + c + 1]! < BOUND_INF) {
        best = Math.min(best, future[next + c + 1]! + step[next + c + 1]!);
      }
      future[i * stride + c] = best;
    }
  }
  return future;
}

/** Least violation still to come after a prefix of length i with counts c0..c3. */
export function lowerBound(
  b: ViolationBounds,
  i: number,
  c0: number,
  c1: number,
  c2: number,
  c3: number,
): number {
  const row = i * b.stride;
  const [a0, a1, a2, a3] = b.aloneFuture as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [p0, p1, p2, p3] = b.pairedFuture as [Int32Array, Int32Array, Int32Array, Int32Array];
  return Math.max(
    a0[row + c0]! + a1[row + c1]! + a2[row + c2]! + a3[row + c3]!,
    p0[row + c0]!,
    p1[row + c1]!,
    p2[row + c2]!,
    p3[row + c3]!,
  );
}

/**
 * Counts of each dim that some list of total violation <= limit can pass through: a dim's own
 * past and future (alone, plus the others' unconstrained optima; or paired) must fit the limit.
 * Undefined when some prefix length has no such count, i.e. the limit is below the optimum.
 */
export function violationBand(b: ViolationBounds, limit: number): LevelBand | undefined {
  const { n, stride } = b;
  const optima = b.aloneFuture.map((future) => future[0]!);
  const sumOptima = optima.reduce((sum, o) => sum + o, 0);
  const lo: Int32Array[] = [];
  const hi: Int32Array[] = [];
  for (let d = 0; d < 4; d++) {
    const ap = b.alonePast[d]!;
    const af = b.aloneFuture[d]!;
    const pp = b.pairedPast[d]!;
    const pf = b.pairedFuture[d]!;
    const aloneLimit = limit - (sumOptima - optima[d]!);
    const l = new Int32Array(n + 1);
    const h = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) {
      let first = -1;
      let last = -1;
      for (let c = 0; c <= i; c++) {
        const at = i * stride + c;
        if (ap[at]! + af[at]! > aloneLimit || pp[at]! + pf[at]! > limit) continue;
        if (first < 0) first = c;
        last = c;
      }
      if (first < 0) return undefined;
      l[i] = first;
      h[i] = last;
    }
    lo.push(l);
    hi.push(h);
  }
  return { lo, hi };
}

/**
 * Total violation of one real list, built greedily by the bounds (the step's violation plus the
 * bound of where it leads): an upper bound on the optimum, so branch and bound always has a limit
 * that succeeds.
 */
export function greedyViolation(b: ViolationBounds, dims: readonly DimSpec[]): number {
  const c = [0, 0, 0, 0];
  let total = 0;
  for (let i = 1; i <= b.n; i++) {
    let bestD = -1;
    let bestScore = 0;
    let bestStep = 0;
    for (let d = 0; d < 4; d++) {
      if (c[d]! >= dims[d]!.cap) continue;
      c[d]!++;
      let stepViolation = 0;
      for (let e = 0; e < 4; e++) stepViolation += violationOf(dims[e]!, c[e]!, i);
      const score = stepViolation + lowerBound(b, i, c[0]!, c[1]!, c[2]!, c[3]!);
      c[d]!--;
      if (bestD < 0 || score < bestScore) {
        bestD = d;
        bestScore = score;
        bestStep = stepViolation;
      }
    }
    c[bestD]!++;
    total += bestStep;
  }
  return total;
}
