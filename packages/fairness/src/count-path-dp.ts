// Exact DP over count vectors of (up to) four disjoint pseudo-groups ("dims").
//
// Within a dim, items keep their order (best first), so a list is fully described by which dim
// fills each position, and a prefix of length i by its count vector c (sum c = i). The DP walks
// levels i = 1..n and keeps, per count vector, the best prefix reaching it, ranked by
// (violation ascending, DCG descending, lexicographic item order). All three criteria have optimal
// substructure: violation and DCG are sums over positions, and two prefixes reaching the same
// vector compare lexicographically the same way whatever follows them.
import {
  buildLevels,
  type DimSpec,
  forEachVector,
  type Level,
  type LevelBand,
  localIndex,
  NONE,
  rowOf,
} from './count-levels';
import type { DcgBounds } from './dcg-bounds';
import { createPrefixRanker, type PrefixRanker } from './prefix-ranker';
import { type ViolationBounds, violationOf } from './violation-bounds';

export interface CountPathProblem {
  n: number;
  /** Four dims; unused ones have no items. */
  dims: readonly DimSpec[];
  /** `strict`: only vectors inside every bound; `relax`: any vector, paying the distance. */
  relax: boolean;
  /** Extra cost of a final vector, minimised together with the violation (used for shortfalls). */
  finalPenalty?: (counts: Int32Array) => number;
  /**
   * false: on exact ties keep the first candidate in enumeration order (still deterministic)
   * instead of ranking prefixes - for callers that only need the final counts.
   */
  breakTiesByRank?: boolean;
  /**
   * Branch and bound (relax only): drop every prefix whose violation plus `bounds`' lower bound on
   * the violation still to come exceeds `limit`, and index only `band`. Exact whenever some list
   * has violation <= limit (then every prefix of an optimal list, and every prefix that is best
   * for its vector, survives); otherwise no list is returned.
   */
  prune?: { limit: number; bounds: ViolationBounds; band: LevelBand };
  /**
   * Branch and bound on the DCG (strict only): drop every prefix whose DCG plus `bounds`' upper
   * bound on the DCG still to come is below `threshold`, and index only `band`. Exact whenever
   * some list within the bounds reaches the threshold (see `strict-count-path.ts`).
   */
  dcgPrune?: { threshold: number; bounds: DcgBounds; band: LevelBand };
}

export interface CountPath {
  /** Dim filling each position, 0-based. */
  picks: Uint8Array;
  dcg: number;
  /** Violation plus final penalty of the chosen path. */
  cost: number;
  finalCounts: Int32Array;
}

const UNREACHED = 0x7fffffff;

/** Discount of position i (1-based): 1 / log2(i + 1). */
export function discounts(n: number): Float64Array {
  const d = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) d[i] = 1 / Math.log2(i + 1);
  return d;
}

export function solveCountPath(problem: CountPathProblem): CountPath | undefined {
  const { n, dims, relax } = problem;
  const prune = relax ? problem.prune : undefined;
  const dcgPrune = relax ? undefined : problem.dcgPrune;
  const levels = buildLevels(n, dims, relax, prune?.band ?? dcgPrune?.band);
  if (!levels) return undefined;
  const total = levels[n]!.start + levels[n]!.size;
  const back = new Uint8Array(total).fill(NONE);
  const disc = discounts(n);
  let maxSize = 1;
  for (const level of levels) maxSize = Math.max(maxSize, level.size);
  const dcgs = new Float64Array(2 * maxSize);
  const costs = new Int32Array(2 * maxSize);
  let prevDcg = dcgs.subarray(0, maxSize);
  let curDcg = dcgs.subarray(maxSize);
  let prevCost = costs.subarray(0, maxSize);
  let curCost = costs.subarray(maxSize);
  const ranker =
    problem.breakTiesByRank === false
      ? undefined
      : createPrefixRanker(
          levels,
          back,
          dims.map((dim) => dim.ranks),
        );
  const [d0, d1, d2, d3] = dims as [DimSpec, DimSpec, DimSpec, DimSpec];
  const limit = prune ? prune.limit : 0;
  const stride = prune ? prune.bounds.stride : 0;
  const [a0, a1, a2, a3] = fourTables(prune?.bounds.aloneFuture);
  const [q0, q1, q2, q3] = fourTables(prune?.bounds.pairedFuture);

  // Hot loop: predecessor rows are looked up once per row (c0, c1), and the four "last pick" cases
  // are written out, not looped over, so each vector costs a few typed-array reads and no allocation.
  for (let i = 1; i <= n; i++) {
    const level = levels[i]!;
    const prev = levels[i - 1]!;
    const di = disc[i]!;
    const at = i * stride;
    for (let a = 0; a < level.w0; a++) {
      const c0 = level.l0 + a;
      for (let b = 0; b < level.w1; b++) {
        const r = a * level.w1 + b;
        const len = level.rowLen[r]!;
        if (len === 0) continue;
        const c1 = level.l1 + b;
        const rowSame = rowOf(prev, c0, c1);
        const rowFrom0 = rowOf(prev, c0 - 1, c1);
        const rowFrom1 = rowOf(prev, c0, c1 - 1);
        const rowViolation = relax ? violationOf(d0, c0, i) + violationOf(d1, c1, i) : 0;
        const first = level.rowLo[r]!;
        const base = level.rowStart[r]!;
        for (let t = 0; t < len; t++) {
          const c2 = first + t;
          const c3 = i - c0 - c1 - c2;
          const local = base + t;
          const p0 = predecessor(prev, rowFrom0, c2, prevCost);
          const p1 = predecessor(prev, rowFrom1, c2, prevCost);
          const p2 = predecessor(prev, rowSame, c2 - 1, prevCost);
          const p3 = predecessor(prev, rowSame, c2, prevCost);
          let bestD = NONE;
          let bestP = -1;
          let bestCost = 0;
          let bestDcg = 0;
          if (p0 >= 0) {
            bestD = 0;
            bestP = p0;
            bestCost = prevCost[p0]!;
            bestDcg = prevDcg[p0]! + d0.scores[c0 - 1]! * di;
          }
          if (p1 >= 0) {
            const dcg = prevDcg[p1]! + d1.scores[c1 - 1]! * di;
            if (bestP < 0 || beats(prevCost[p1]!, dcg, p1, bestCost, bestDcg, bestP, ranker, i - 1)) {
              bestD = 1;
              bestP = p1;
              bestCost = prevCost[p1]!;
              bestDcg = dcg;
            }
          }
          if (p2 >= 0) {
            const dcg = prevDcg[p2]! + d2.scores[c2 - 1]! * di;
            if (bestP < 0 || beats(prevCost[p2]!, dcg, p2, bestCost, bestDcg, bestP, ranker, i - 1)) {
              bestD = 2;
              bestP = p2;
              bestCost = prevCost[p2]!;
              bestDcg = dcg;
            }
          }
          if (p3 >= 0) {
            const dcg = prevDcg[p3]! + d3.scores[c3 - 1]! * di;
            if (bestP < 0 || beats(prevCost[p3]!, dcg, p3, bestCost, bestDcg, bestP, ranker, i - 1)) {
              bestD = 3;
              bestP = p3;
              bestCost = prevCost[p3]!;
              bestDcg = dcg;
            }
          }
          if (bestP < 0) {
            curCost[local] = UNREACHED;
            continue;
          }
          const cost = relax
            ? bestCost + rowViolation + violationOf(d2, c2, i) + violationOf(d3, c3, i)
            : bestCost;
          if (prune) {
            // Same bound as `lowerBound`, inlined: this runs once per surviving vector.
            const alone = a0[at + c0]! + a1[at + c1]! + a2[at + c2]! + a3[at + c3]!;
            const paired = Math.max(q0[at + c0]!, q1[at + c1]!, q2[at + c2]!, q3[at + c3]!);
            if (cost + Math.max(alone, paired) > limit) {
              curCost[local] = UNREACHED;
              continue;
            }
          }
          back[level.start + local] = bestD;
          curCost[local] = cost;
          curDcg[local] = bestDcg;
        }
      }
    }
    // A pass of its own: folded into the loop above, it slows the unpruned DP by a fifth.
    if (dcgPrune) pruneByDcg(level, i, dcgPrune, curDcg, curCost, back);
    [prevDcg, curDcg] = [curDcg, prevDcg];
    [prevCost, curCost] = [curCost, prevCost];
  }
  return pickFinal(problem, levels, back, prevDcg, prevCost, ranker);
}

function pickFinal(
  problem: CountPathProblem,
  levels: Level[],
  back: Uint8Array,
  dcgs: Float64Array,
  costs: Int32Array,
  ranker: PrefixRanker | undefined,
): CountPath | undefined {
  const { n, finalPenalty } = problem;
  const level = levels[n]!;
  const c = new Int32Array(4);
  const best = new Int32Array(4);
  let bestLocal = -1;
  let bestCost = 0;
  let bestDcg = 0;
  forEachVector(level, n, c, (local) => {
    if (costs[local] === UNREACHED) return;
    const cost = costs[local]! + (finalPenalty ? finalPenalty(c) : 0);
    const dcg = dcgs[local]!;
    if (bestLocal < 0 || beats(cost, dcg, local, bestCost, bestDcg, bestLocal, ranker, n)) {
      bestLocal = local;
      best.set(c);
      bestCost = cost;
      bestDcg = dcg;
    }
  });
  if (bestLocal < 0) return undefined;
  const picks = new Uint8Array(n);
  c.set(best);
  for (let i = n; i > 0; i--) {
    const d = back[levels[i]!.start + localIndex(levels[i]!, c)]!;
    picks[i - 1] = d;
    c[d]!--;
  }
  return { picks, dcg: bestDcg, cost: bestCost, finalCounts: best };
}

/** A bound's per-dim tables, or empty ones when not pruning (keeps the hot loop's locals typed). */
function fourTables(
  tables: readonly Int32Array[] | undefined,
): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const none = new Int32Array(0);
  return [tables?.[0] ?? none, tables?.[1] ?? none, tables?.[2] ?? none, tables?.[3] ?? none];
}

/** Unreaches every vector of level i whose DCG plus the bound on what is still to come is short. */
function pruneByDcg(
  level: Level,
  i: number,
  prune: NonNullable<CountPathProblem['dcgPrune']>,
  dcgs: Float64Array,
  costs: Int32Array,
  back: Uint8Array,
): void {
  const { threshold, bounds } = prune;
  const at = i * bounds.stride;
  const [f0, f1, f2, f3] = bounds.future as [Float64Array, Float64Array, Float64Array, Float64Array];
  const need = threshold - bounds.priceFuture[i]!;
  for (let a = 0; a < level.w0; a++) {
    const c0 = level.l0 + a;
    for (let b = 0; b < level.w1; b++) {
      const r = a * level.w1 + b;
      const len = level.rowLen[r]!;
      const c1 = level.l1 + b;
      const head = f0[at + c0]! + f1[at + c1]!;
      const first = level.rowLo[r]!;
      const base = level.rowStart[r]!;
      for (let t = 0; t < len; t++) {
        const local = base + t;
        if (costs[local] === UNREACHED) continue;
        const c2 = first + t;
        if (dcgs[local]! + (head + f2[at + c2]! + f3[at + i - c0 - c1 - c2]!) < need) {
          costs[local] = UNREACHED;
          back[level.start + local] = NONE;
        }
      }
    }
  }
}

/** Lexicographic (cost ascending, DCG descending, prefix rank ascending) on the same level j. */
function beats(
  cost: number,
  dcg: number,
  local: number,
  bestCost: number,
  bestDcg: number,
  bestLocal: number,
  ranker: PrefixRanker | undefined,
  j: number,
): boolean {
  if (cost !== bestCost) return cost < bestCost;
  if (dcg !== bestDcg) return dcg > bestDcg;
  if (!ranker) return false;
  const ranks = ranker.ranksAt(j);
  return ranks[local]! < ranks[bestLocal]!;
}

/** Local index of (row, c2) on the previous level if that vector exists and was reached, else -1. */
function predecessor(level: Level, row: number, c2: number, costs: Int32Array): number {
  if (row < 0) return -1;
  const t = c2 - level.rowLo[row]!;
  if (t < 0 || t >= level.rowLen[row]!) return -1;
  const p = level.rowStart[row]! + t;
  return costs[p] === UNREACHED ? -1 : p;
}
