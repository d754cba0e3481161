/** A bounded min-heap keeping the k best (item, score) pairs seen, on typed arrays. */
export interface TopK {
  /** Offers an item; kept only while it is among the k best so far. */
  push(item: number, score: number): void;
  /** The kept items, best first (ties: smaller item first), and resets the heap for reuse. */
  drain(): Array<{ item: number; score: number }>;
  readonly size: number;
  /** Score an offer must beat to be kept: the weakest kept score once k are kept, else -Infinity. */
  readonly threshold: number;
}

/**
 * Creates a top-k selector. The root holds the weakest kept pair, so each offer is O(1) when it
 * loses and O(log k) when it wins; no array of all candidates is ever sorted.
 */
export function createTopK(k: number): TopK {
  const capacity = Math.max(0, Math.floor(k));
  const items = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  let size = 0;

  // a is "worse" than b: lower score, or equal score and larger item (so smaller items win ties).
  const worse = (i: number, j: number): boolean => {
    const si = scores[i] as number;
    const sj = scores[j] as number;
    return si < sj || (si === sj && (items[i] as number) > (items[j] as number));
  };
  const swap = (i: number, j: number) => {
    const item = items[i] as number;
    items[i] = items[j] as number;
    items[j] = item;
    const score = scores[i] as number;
    scores[i] = scores[j] as number;
    scores[j] = score;
  };
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && worse(right, left) ? right : left;
      if (!worse(child, i)) return;
      swap(i, child);
      i = child;
    }
  };
  const siftUp = (start: number) => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };

  return {
    push(item, score) {
      if (capacity === 0 || Number.isNaN(score)) return;
      if (size < capacity) {
        items[size] = item;
        scores[size] = score;
        siftUp(size++);
        return;
      }
      const rootScore = scores[0] as number;
      if (score < rootScore || (score === rootScore && item > (items[0] as number))) return;
      items[0] = item;
      scores[0] = score;
      siftDown(0);
    },
    drain() {
      const out: Array<{ item: number; score: number }> = [];
      for (let i = 0; i < size; i++) out.push({ item: items[i] as number, score: scores[i] as number });
      size = 0;
      return out.sort((a, b) => b.score - a.score || a.item - b.item);
    },
    get size() {
      return size;
    },
    get threshold() {
      return size < capacity || capacity === 0 ? Number.NEGATIVE_INFINITY : (scores[0] as number);
    },
  };
}
