/** What the index needs of a dim: how many items it has and its bounds per prefix length. */
export interface DimRange {
  cap: number;
  /** Bounds per prefix length 0..n; unconstrained dims use lo = 0 and hi = i. */
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * Compact index of the count vectors on one level of the DP: dims 0 and 1 span a box, dim 2 a
 * contiguous run per (c0, c1) row, dim 3 is implied by the sum. Only valid vectors get an index.
 */
export interface Level {
  start: number;
  size: number;
  l0: number;
  l1: number;
  w0: number;
  w1: number;
  rowLo: Int32Array;
  rowLen: Int32Array;
  rowStart: Int32Array;
}

/** Marks a vector no prefix reaches (in back-pointer arrays). */
export const NONE = 255;

/**
 * Per dim and prefix length, the only counts worth indexing (`hi < lo`: none). Replaces the relax
 * ranges when a violation limit rules most vectors out (see `violation-bounds.ts`).
 */
export interface LevelBand {
  lo: readonly Int32Array[];
  hi: readonly Int32Array[];
}

export function buildLevels(
  n: number,
  dims: readonly DimRange[],
  relax: boolean,
  band?: LevelBand,
): Level[] | undefined {
  // Pass 1: the four ranges of every level. Pass 2: row tables, all carved out of one buffer -
  // a few hundred small typed arrays per call cost more than the DP itself once a GC has run.
  const ranges = new Int32Array(8 * (n + 1));
  let boxes = 0;
  for (let i = 0; i <= n; i++) {
    if (!levelRanges(i, dims, relax, ranges.subarray(8 * i, 8 * i + 8), band)) return undefined;
    boxes += (ranges[8 * i + 4]! - ranges[8 * i]! + 1) * (ranges[8 * i + 5]! - ranges[8 * i + 1]! + 1);
  }
  const rows = new Int32Array(3 * boxes);
  const levels: Level[] = [];
  let start = 0;
  let offset = 0;
  for (let i = 0; i <= n; i++) {
    const lo0 = ranges[8 * i]!;
    const lo1 = ranges[8 * i + 1]!;
    const lo2 = ranges[8 * i + 2]!;
    const lo3 = ranges[8 * i + 3]!;
    const hi2 = ranges[8 * i + 6]!;
    const hi3 = ranges[8 * i + 7]!;
    const w0 = ranges[8 * i + 4]! - lo0 + 1;
    const w1 = ranges[8 * i + 5]! - lo1 + 1;
    const box = w0 * w1;
    const rowLo = rows.subarray(offset, offset + box);
    const rowLen = rows.subarray(offset + box, offset + 2 * box);
    const rowStart = rows.subarray(offset + 2 * box, offset + 3 * box);
    offset += 3 * box;
    let size = 0;
    for (let a = 0; a < w0; a++) {
      for (let b = 0; b < w1; b++) {
        const rest = i - lo0 - a - lo1 - b;
        const from = Math.max(lo2, rest - hi3);
        const to = Math.min(hi2, rest - lo3);
        const r = a * w1 + b;
        rowLo[r] = from;
        rowStart[r] = size;
        if (to >= from) {
          rowLen[r] = to - from + 1;
          size += to - from + 1;
        }
      }
    }
    if (size === 0) return undefined;
    levels.push({ start, size, l0: lo0, l1: lo1, w0, w1, rowLo, rowLen, rowStart });
    start += size;
  }
  return levels;
}

/** Writes level i's ranges as [lo0..lo3, hi0..hi3]; false when no vector fits. */
function levelRanges(
  i: number,
  dims: readonly DimRange[],
  relax: boolean,
  out: Int32Array,
  band: LevelBand | undefined,
): boolean {
  let sumLo = 0;
  let sumHi = 0;
  for (let d = 0; d < 4; d++) {
    const dim = dims[d]!;
    out[d] = band ? band.lo[d]![i]! : relax ? 0 : dim.lo[i]!;
    out[4 + d] = Math.min(dim.cap, i, band ? band.hi[d]![i]! : relax ? i : dim.hi[i]!);
    if (out[d]! > out[4 + d]!) return false;
    sumLo += out[d]!;
    sumHi += out[4 + d]!;
  }
  if (sumLo > i || sumHi < i) return false;
  // Tighten each range by what the other dims can absorb, so boxes hold few dead cells.
  for (let d = 0; d < 4; d++) {
    const l = Math.max(out[d]!, i - (sumHi - out[4 + d]!));
    const h = Math.min(out[4 + d]!, i - (sumLo - out[d]!));
    if (l > h) return false;
    out[d] = l;
    out[4 + d] = h;
  }
  return true;
}

/** Row of (c0, c1) in a level's box, or -1 outside it. */
export function rowOf(level: Level, c0: number, c1: number): number {
  const a = c0 - level.l0;
  const b = c1 - level.l1;
  if (a < 0 || a >= level.w0 || b < 0 || b >= level.w1) return -1;
  return a * level.w1 + b;
}

export function localIndex(level: Level, c: Int32Array): number {
  const a = c[0]! - level.l0;
  if (a < 0 || a >= level.w0) return -1;
  const b = c[1]! - level.l1;
  if (b < 0 || b >= level.w1) return -1;
  const r = a * level.w1 + b;
  const t = c[2]! - level.rowLo[r]!;
  if (t < 0 || t >= level.rowLen[r]!) return -1;
  return level.rowStart[r]! + t;
}

export function forEachVector(level: Level, i: number, c: Int32Array, visit: (local: number) => void): void {
  for (let a = 0; a < level.w0; a++) {
    for (let b = 0; b < level.w1; b++) {
      const r = a * level.w1 + b;
      for (let t = 0; t < level.rowLen[r]!; t++) {
        c[0] = level.l0 + a;
        c[1] = level.l1 + b;
        c[2] = level.rowLo[r]! + t;
        c[3] = i - c[0]! - c[1]! - c[2]!;
        visit(level.rowStart[r]! + t);
      }
    }
  }
}

export interface DimSpec extends DimRange {
  /** Item scores, best first (length >= cap). */
  scores: Float64Array;
  /** Global preference rank of each item (lower first): the deterministic tie-break. */
  ranks: Int32Array;
}
