// The shortfall as first computed: the count-vector DP over unlimited pools, keeping the first
// least-top-up final vector in the DP's enumeration order. `shortfall.ts` answers the same
// question faster and falls back to this when its direct search would take longer; the property
// tests use it as the oracle.
import type { DimSpec } from './count-levels';
import { solveCountPath } from './count-path-dp';
import { GENDER_GROUPS } from './gender-groups';
import type { PrefixBounds } from './prefix-bounds';
import { type Shortfall, topUpMembers } from './shortfall-types';

export function dpShortfall(bounds: PrefixBounds, poolCounts: Int32Array): Shortfall {
  const { n } = bounds;
  const { tracked, members } = topUpMembers(bounds);
  const identity = Int32Array.from({ length: n + 1 }, (_, i) => i);
  const dims: DimSpec[] = members.map((groups, d) => ({
    cap: groups.length === 0 ? 0 : n,
    scores: new Float64Array(n),
    ranks: Int32Array.from({ length: n }, (_, j) => d * (n + 1) + j),
    lo: groups.length === 1 && tracked.includes(groups[0]!) ? bounds.lo[groups[0]!]! : new Int32Array(n + 1),
    hi: groups.length === 1 && tracked.includes(groups[0]!) ? bounds.hi[groups[0]!]! : identity,
  }));
  const available = members.map((groups) => groups.reduce((sum, g) => sum + poolCounts[g]!, 0));
  const path = solveCountPath({
    n,
    dims,
    relax: false,
    breakTiesByRank: false,
    finalPenalty: (counts) => available.reduce((sum, a, d) => sum + Math.max(0, counts[d]! - a), 0),
  });
  const shortfall: Shortfall = {};
  if (!path) return shortfall;
  members.forEach((groups, d) => {
    const missing = path.finalCounts[d]! - available[d]!;
    if (missing <= 0 || groups.length === 0) return;
    const key = groups.length === 1 ? GENDER_GROUPS[groups[0]!]! : 'unbounded';
    shortfall[key] = missing;
  });
  return shortfall;
}
