import { type Level, NONE, rowOf } from './count-levels';

/** Lexicographic ranks of the best prefixes stored for each vector, level by level. */
export interface PrefixRanker {
  /** Ranks (by local index) of level j's prefixes; valid until a later level is asked for. */
  ranksAt(j: number): Int32Array;
}

/**
 * Ranks are only needed to break exact DCG ties, so they are computed lazily, catching up level by
 * level from the back pointers the first time a tie shows up: tie-free runs pay nothing.
 * Level j's order is (rank of the predecessor's prefix, rank of the last item) - two stable
 * counting sorts, O(level size + item count).
 */
export function createPrefixRanker(
  levels: readonly Level[],
  back: Uint8Array,
  itemRanks: readonly Int32Array[],
): PrefixRanker {
  let ranked = 0;
  let buffers: ReturnType<typeof allocate> | undefined;

  function allocate() {
    let maxSize = 1;
    for (const level of levels) maxSize = Math.max(maxSize, level.size);
    let items = 1;
    for (const ranks of itemRanks) for (const r of ranks) items = Math.max(items, r + 1);
    const all = new Int32Array(5 * maxSize + Math.max(maxSize, items) + 1);
    const part = (k: number) => all.subarray(k * maxSize, (k + 1) * maxSize);
    return {
      items,
      ranks: part(0), // level 0: the empty prefix, rank 0
      next: part(1),
      pred: part(2),
      item: part(3),
      order: part(4),
      counts: all.subarray(5 * maxSize),
    };
  }

  function advance(b: NonNullable<typeof buffers>): void {
    const j = ranked + 1;
    const level = levels[j]!;
    const prev = levels[j - 1]!;
    const { pred, item, order, next, counts, ranks } = b;
    // The back pointer names the dim of the last pick, hence the predecessor's row and position.
    for (let a = 0; a < level.w0; a++) {
      const c0 = level.l0 + a;
      for (let bb = 0; bb < level.w1; bb++) {
        const r = a * level.w1 + bb;
        const len = level.rowLen[r]!;
        if (len === 0) continue;
        const c1 = level.l1 + bb;
        const rowFrom0 = rowOf(prev, c0 - 1, c1);
        const rowFrom1 = rowOf(prev, c0, c1 - 1);
        const rowSame = rowOf(prev, c0, c1);
        const first = level.rowLo[r]!;
        for (let t = 0; t < len; t++) {
          const local = level.rowStart[r]! + t;
          const d = back[level.start + local]!;
          if (d === NONE) {
            pred[local] = -1;
            continue;
          }
          const c2 = first + t;
          const count = d === 0 ? c0 : d === 1 ? c1 : d === 2 ? c2 : j - c0 - c1 - c2;
          const row = d === 0 ? rowFrom0 : d === 1 ? rowFrom1 : rowSame;
          pred[local] = prev.rowStart[row]! + (d === 2 ? c2 - 1 : c2) - prev.rowLo[row]!;
          item[local] = itemRanks[d]![count - 1]!;
        }
      }
    }
    let reached = 0;
    counts.fill(0, 0, b.items + 1);
    for (let s = 0; s < level.size; s++) if (pred[s]! >= 0) counts[item[s]! + 1]!++;
    for (let r = 0; r < b.items; r++) counts[r + 1]! += counts[r]!;
    for (let s = 0; s < level.size; s++) {
      if (pred[s]! < 0) continue;
      order[counts[item[s]!]!++] = s;
      reached++;
    }
    // Second, stable pass by predecessor rank; `item` is free again and holds the final order.
    counts.fill(0, 0, prev.size + 1);
    for (let k = 0; k < reached; k++) counts[ranks[pred[order[k]!]!]! + 1]!++;
    for (let r = 0; r < prev.size; r++) counts[r + 1]! += counts[r]!;
    for (let k = 0; k < reached; k++) {
      const s = order[k]!;
      item[counts[ranks[pred[s]!]!]!++] = s;
    }
    for (let k = 0; k < reached; k++) next[item[k]!] = k;
    b.ranks = next;
    b.next = ranks;
    ranked = j;
  }

  return {
    ranksAt(j) {
      buffers ??= allocate();
      while (ranked < j) advance(buffers);
      return buffers.ranks;
    },
  };
}
