import { type DimSpec, solveCountPath } from './count-path-dp';
import { GENDER_GROUPS, type GenderGroup } from './gender-groups';
import { boundCanBite, type PrefixBounds } from './prefix-bounds';

/**
 * Missing candidates per group: the smallest top-up of the pool (fewest candidates in total)
 * that lets a list of the same length satisfy every prefix bound. Groups the policy leaves
 * unconstrained are interchangeable for this purpose; when more than one exists, what they lack
 * together is reported under `unbounded`.
 */
export type Shortfall = Partial<Record<GenderGroup | 'unbounded', number>>;

export function computeShortfall(bounds: PrefixBounds, poolCounts: Int32Array): Shortfall {
  const { n } = bounds;
  // Tracking is decided as if pools were unlimited: a top-up may make a dormant bound bite.
  const tracked = GENDER_GROUPS.map((_, g) => g).filter((g) => boundCanBite(bounds, g, n));
  const free = GENDER_GROUPS.map((_, g) => g).filter((g) => !tracked.includes(g));
  const members: number[][] = tracked.map((g) => [g]);
  if (free.length > 0) members.push(free);
  while (members.length < 4) members.unshift([]);
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
