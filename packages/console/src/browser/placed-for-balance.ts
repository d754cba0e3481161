// The balance policy may list an entry above one that scored higher; pages mark those entries so a
// rank out of score order reads as intended, not as a bug.

interface RankedEntry {
  rank: number;
  score: number;
  innovator: { id: string };
}

/** Innovator ids of the entries ranked above some entry with a higher score. */
export function placedForBalance(entries: readonly RankedEntry[]): Set<string> {
  const byRank = [...entries].sort((a, b) => a.rank - b.rank);
  const placed = new Set<string>();
  let bestBelow = Number.NEGATIVE_INFINITY;
  for (let i = byRank.length - 1; i >= 0; i--) {
    const entry = byRank[i]!;
    if (entry.score < bestBelow) placed.add(entry.innovator.id);
    bestBelow = Math.max(bestBelow, entry.score);
  }
  return placed;
}
