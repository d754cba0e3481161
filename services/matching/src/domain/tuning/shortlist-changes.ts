/** The part of a shortlist entry a comparison needs: who, and where. */
export interface RankedInnovator {
  innovatorId: string;
  rank: number;
}

export interface ShortlistChanges {
  /** In the proposed list only, at their proposed rank. */
  entered: RankedInnovator[];
  /** In the current list only, at their current rank. */
  left: RankedInnovator[];
  /** In both, at another rank. */
  moved: Array<{ innovatorId: string; from: number; to: number }>;
}

/** What changes between the current and the proposed list, each part ordered by rank. */
export function compareShortlists(current: RankedInnovator[], proposed: RankedInnovator[]): ShortlistChanges {
  const currentRank = new Map(current.map((e) => [e.innovatorId, e.rank]));
  const proposedRank = new Map(proposed.map((e) => [e.innovatorId, e.rank]));
  const byRank = (a: RankedInnovator, b: RankedInnovator) => a.rank - b.rank;
  const entered = proposed.filter((e) => !currentRank.has(e.innovatorId)).sort(byRank);
  const left = current.filter((e) => !proposedRank.has(e.innovatorId)).sort(byRank);
  const moved = proposed
    .flatMap((e) => {
      const from = currentRank.get(e.innovatorId);
      return from !== undefined && from !== e.rank ? [{ innovatorId: e.innovatorId, from, to: e.rank }] : [];
    })
    .sort((a, b) => a.to - b.to);
  return {
    entered: entered.map(({ innovatorId, rank }) => ({ innovatorId, rank })),
    left: left.map(({ innovatorId, rank }) => ({ innovatorId, rank })),
    moved,
  };
}
