// Admissible upper bounds on the DCG a strict list can still collect, for branch and bound.
//
// Give every position p a price mu_p. For any list, DCG = sum_p mu_p + sum over dims of
// sum over the dim's positions p of (score * disc_p - mu_p), since exactly one dim fills each
// position. Maximising each dim's part on its own (its own bounds and pool, any positions) drops
// the only coupling, so the sum never underestimates - whatever the prices (Lagrangian
// relaxation of "one dim per position"). Prices that make each dim want its positions in a good
// list make it tight: a capped dim cannot gain by moving, the others only where they beat it.
// Every term is a 1-D DP over (prefix length, count), so a whole table costs O(n^2).
import type { DimSpec, LevelBand } from './count-levels';

export interface DcgBounds {
  n: number;
  /** Row length of the tables: entry (i, c) sits at i * stride + c. */
  stride: number;
  /** Per dim: most a dim can add over positions i+1..n from count c at prefix i (-Infinity: none). */
  future: Float64Array[];
  /** Price of each position 1..n. */
  price: Float64Array;
  /** Sum of the prices of positions i+1..n, per i. */
  priceFuture: Float64Array;
}

/** Builds the tables for the given prices (of positions 1..n); undefined when some dim alone cannot fit. */
export function dcgBounds(
  n: number,
  dims: readonly DimSpec[],
  disc: Float64Array,
  price: Float64Array,
): DcgBounds | undefined {
  const stride = n + 1;
  const priceFuture = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) priceFuture[i] = priceFuture[i + 1]! + price[i + 1]!;
  const future: Float64Array[] = [];
  for (const dim of dims) {
    const f = futureTable(n, dim, disc, price);
    if (f[0] === -Infinity) return undefined;
    future.push(f);
  }
  return { n, stride, future, price, priceFuture };
}

/** Most dim can add over positions 1..i, ending at count x at prefix i (layout as below). */
function pastTable(n: number, dim: DimSpec, disc: Float64Array, price: Float64Array): Float64Array {
  const stride = n + 1;
  const b = new Float64Array(stride * stride).fill(-Infinity);
  b[0] = 0;
  for (let i = 1; i <= n; i++) {
    const prev = (i - 1) * stride;
    const gain = disc[i]!;
    const cost = price[i]!;
    const top = Math.min(dim.cap, i, dim.hi[i]!);
    for (let x = dim.lo[i]!; x <= top; x++) {
      const stay = b[prev + x]!;
      const take = x > 0 ? b[prev + x - 1]! + dim.scores[x - 1]! * gain - cost : -Infinity;
      b[i * stride + x] = Math.max(stay, take);
    }
  }
  return b;
}

/**
 * Most dim can add over positions i+1..n from count x at prefix i, at (i * (n + 1) + x);
 * -Infinity outside the dim's bounds. `sparse`: only the cells the recursion reads get the
 * -Infinity, not the whole table (tuning rebuilds it many times and only follows paths).
 */
function futureTable(
  n: number,
  dim: DimSpec,
  disc: Float64Array,
  price: Float64Array,
  f = new Float64Array((n + 1) * (n + 1)),
  sparse = false,
): Float64Array {
  const stride = n + 1;
  if (!sparse) f.fill(-Infinity);
  const { cap, lo: los, hi: his, scores } = dim;
  let nextLo = los[n]!;
  let nextTop = Math.min(cap, n, his[n]!);
  for (let x = nextLo; x <= nextTop; x++) f[n * stride + x] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const next = (i + 1) * stride;
    const row = i * stride;
    const lo = los[i]!;
    const top = Math.min(cap, i, his[i]!);
    // Row i reads row i + 1 at counts lo..top + 1; mark the ones outside its valid range.
    for (let x = lo; x < nextLo; x++) f[next + x] = -Infinity;
    for (let x = nextTop + 1; x <= Math.min(top + 1, n); x++) f[next + x] = -Infinity;
    const gain = disc[i + 1]!;
    const cost = price[i + 1]!;
    const last = Math.min(top, cap - 1);
    for (let x = lo; x <= last; x++) {
      const stay = f[next + x]!;
      const take = scores[x]! * gain - cost + f[next + x + 1]!;
      f[row + x] = Math.max(stay, take);
    }
    // At the pool's end the dim can only stay.
    if (top === cap && top >= lo) f[row + top] = f[next + top]!;
    nextLo = lo;
    nextTop = top;
  }
  return f;
}

/**
 * Prices from a list: each position costs what the best item passed over there (the next one of
 * another dim with room under its maximum) would have scored, so dims only gain where the list
 * did worse than it had to.
 */
export function listPrices(dims: readonly DimSpec[], disc: Float64Array, picks: Uint8Array): Float64Array {
  const n = picks.length;
  const price = new Float64Array(n + 1);
  const c = new Int32Array(4);
  for (let p = 1; p <= n; p++) {
    const d = picks[p - 1]!;
    let alt = -Infinity;
    for (let e = 0; e < 4; e++) {
      const dim = dims[e]!;
      if (e !== d && c[e]! < dim.cap && c[e]! < dim.hi[p]!) alt = Math.max(alt, dim.scores[c[e]!]!);
    }
    price[p] = disc[p]! * (alt === -Infinity ? dims[d]!.scores[c[d]!]! : alt);
    c[d]!++;
  }
  return price;
}

/**
 * Lowers the root bound by subgradient steps on the prices, in place: a position claimed by
 * several dims in the relaxed optimum gets dearer, one claimed by none cheaper (Polyak steps
 * towards the lower bound `target`). Any prices stay admissible, so this only tunes tightness.
 */
export function tunePrices(
  n: number,
  dims: readonly DimSpec[],
  disc: Float64Array,
  price: Float64Array,
  target: number,
  iterations: number,
): void {
  const stride = n + 1;
  const claims = new Int32Array(n + 1);
  const f = new Float64Array(stride * stride);
  const best = Float64Array.from(price);
  let bestRoot = Infinity;
  let alpha = 2;
  let stale = 0;
  for (let it = 0; it < iterations; it++) {
    claims.fill(0);
    let root = 0;
    for (let p = 1; p <= n; p++) root += price[p]!;
    for (const dim of dims) {
      futureTable(n, dim, disc, price, f, true);
      root += f[0]!;
      // Follow one optimal path of the dim alone and mark the positions it takes.
      let x = 0;
      for (let i = 0; i < n; i++) {
        const next = (i + 1) * stride;
        const take =
          x < dim.cap ? dim.scores[x]! * disc[i + 1]! - price[i + 1]! + f[next + x + 1]! : -Infinity;
        if (take >= f[next + x]!) {
          claims[i + 1]!++;
          x++;
        }
      }
    }
    if (root < bestRoot) {
      bestRoot = root;
      best.set(price);
      stale = 0;
    } else if (++stale >= 3) {
      alpha /= 2;
      stale = 0;
    }
    let norm = 0;
    for (let p = 1; p <= n; p++) norm += (claims[p]! - 1) ** 2;
    if (norm === 0 || !(root > target)) break;
    const step = (alpha * (root - target)) / norm;
    for (let p = 1; p <= n; p++) price[p] = price[p]! + step * (claims[p]! - 1);
  }
  price.set(best);
}

/**
 * Per dim and prefix length, the counts some list with DCG >= threshold can pass through (a
 * superset: first to last such count). Undefined when a level has none.
 */
export function dcgBand(
  b: DcgBounds,
  dims: readonly DimSpec[],
  disc: Float64Array,
  threshold: number,
): LevelBand | undefined {
  const { n, stride } = b;
  const past = dims.map((dim) => pastTable(n, dim, disc, b.price));
  const lo = [0, 1, 2, 3].map(() => new Int32Array(n + 1));
  const hi = [0, 1, 2, 3].map(() => new Int32Array(n + 1));
  const best = new Float64Array(4);
  const total = b.priceFuture[0]!;
  for (let i = 0; i <= n; i++) {
    const row = i * stride;
    let sum = total;
    for (let d = 0; d < 4; d++) {
      const f = b.future[d]!;
      const p = past[d]!;
      let m = -Infinity;
      for (let x = 0; x <= i; x++) m = Math.max(m, f[row + x]! + p[row + x]!);
      best[d] = m;
      sum += m;
    }
    for (let d = 0; d < 4; d++) {
      const f = b.future[d]!;
      const p = past[d]!;
      const others = sum - best[d]!;
      let first = -1;
      let last = -1;
      for (let x = 0; x <= i; x++) {
        if (!(others + f[row + x]! + p[row + x]! >= threshold)) continue;
        if (first < 0) first = x;
        last = x;
      }
      if (first < 0) return undefined;
      lo[d]![i] = first;
      hi[d]![i] = last;
    }
  }
  return { lo, hi };
}

/**
 * One real list within the bounds, built greedily by DCG so far plus the bound of where each step
 * leads: its DCG, summed position by position exactly as the DP sums, and its picks; undefined
 * when the greedy walk gets stuck (the dims' bounds only fit jointly along other paths).
 */
export function greedyList(
  b: DcgBounds,
  dims: readonly DimSpec[],
  disc: Float64Array,
): { dcg: number; picks: Uint8Array } | undefined {
  const { n, stride } = b;
  const c = new Int32Array(4);
  const picks = new Uint8Array(n);
  let dcg = 0;
  for (let i = 1; i <= n; i++) {
    const row = i * stride;
    let bestD = -1;
    let bestValue = -Infinity;
    for (let d = 0; d < 4; d++) {
      const dim = dims[d]!;
      if (c[d]! >= dim.cap) continue;
      let value = dim.scores[c[d]!]! * disc[i]! + b.priceFuture[i]!;
      for (let e = 0; e < 4; e++) value += b.future[e]![row + c[e]! + (e === d ? 1 : 0)]!;
      if (value > bestValue) {
        bestD = d;
        bestValue = value;
      }
    }
    // -Infinity everywhere: every step leaves some dim unable to meet its own bounds.
    if (bestD < 0) return undefined;
    const score = dims[bestD]!.scores[c[bestD]!]!;
    picks[i - 1] = bestD;
    dcg += score * disc[i]!;
    c[bestD]!++;
  }
  return { dcg, picks };
}
