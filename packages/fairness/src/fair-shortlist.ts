import type { BalancePolicy } from './balance-policy';
import type { Candidate } from './candidate';
import type { DimSpec } from './count-levels';
import { FairnessValidationError } from './fairness-validation-error';
import { GENDER_GROUPS } from './gender-groups';
import { boundCanBite, type PrefixBounds, prefixBounds } from './prefix-bounds';
import { solveRelaxedCountPath } from './relaxed-count-path';
import { compareCandidates, selectTopPerGroup } from './select-top-per-group';
import { computeShortfall, type Shortfall } from './shortfall';
import { buildReport, prefixViolations, type ShortlistReport, type Violation } from './shortlist-report';
import { solveStrictCountPath } from './strict-count-path';

/** A list: the best one within bounds, or (`relaxed`) the least-violating one. */
export interface ShortlistFound {
  feasible: true;
  /** Candidate ids, best position first. */
  shortlist: string[];
  /** True when no list satisfies the bounds and the least-violating list was returned. */
  relaxed: boolean;
  /** Prefixes and groups outside their bounds (empty unless relaxed). */
  violations: Violation[];
  report: ShortlistReport;
}

/** Strict mode, pool cannot satisfy the bounds: no list, and what the pool lacks. */
export interface ShortlistInfeasible {
  feasible: false;
  shortfall: Shortfall;
}

export type ShortlistResult = ShortlistFound | ShortlistInfeasible;

/**
 * The exact DCG-maximising shortlist of length min(k, pool) under the policy's per-prefix
 * bounds. Ties are broken by id: among optimal lists, the one whose first differing position
 * holds the higher score, then the smaller id.
 *
 * Expects parsed input (see `shortlistRequestSchema`); scores, groups and ids are re-checked
 * during the scan, and ids are checked for uniqueness among the candidates that can reach the
 * list. Whole-pool uniqueness is the schema's job: a 100k-entry set costs more than the ranking.
 */
export function fairShortlist(candidates: readonly Candidate[], policy: BalancePolicy): ShortlistResult {
  const n = Math.min(policy.k, candidates.length);
  const { top, poolCounts } = selectTopPerGroup(candidates, n);
  const ranked = mergeByScore(top);
  assertUniqueIds(ranked, candidates);
  const rank = new Map<Candidate, number>();
  for (const [r, c] of ranked.entries()) rank.set(c, r);
  const bounds = prefixBounds(policy, n);
  const unconstrained = ranked.slice(0, n);
  // The score order is the unconstrained optimum and the smallest one by the tie rule, so when it
  // already satisfies every bound it is the answer; loose policies skip the DP entirely.
  if (prefixViolations(unconstrained, bounds).length === 0) {
    return found(policy, bounds, poolCounts, unconstrained, unconstrained, false);
  }

  // Groups whose bounds cannot bite given their pool share one unconstrained dim: ordering them
  // by score among themselves is optimal, and it keeps the DP to at most three free coordinates.
  const tracked = GENDER_GROUPS.map((_, g) => g).filter((g) => boundCanBite(bounds, g, poolCounts[g]!));
  const identity = Int32Array.from({ length: n + 1 }, (_, i) => i);
  const dimItems: { items: Candidate[]; lo: Int32Array; hi: Int32Array }[] = tracked.map((g) => ({
    items: top[g]!,
    lo: bounds.lo[g]!,
    hi: bounds.hi[g]!,
  }));
  const freeItems = ranked.filter((c) => !tracked.includes(GENDER_GROUPS.indexOf(c.group))).slice(0, n);
  if (freeItems.length > 0) dimItems.push({ items: freeItems, lo: new Int32Array(n + 1), hi: identity });
  while (dimItems.length < 4) dimItems.push({ items: [], lo: new Int32Array(n + 1), hi: identity });
  // The last dim is implied by the sum; making it the widest keeps the per-level boxes small.
  dimItems.sort((a, b) => a.items.length - b.items.length);
  const dims: DimSpec[] = dimItems.map(({ items, lo, hi }) => ({
    cap: items.length,
    scores: Float64Array.from(items, (c) => c.score),
    ranks: Int32Array.from(items, (c) => rank.get(c)!),
    lo,
    hi,
  }));

  let path = solveStrictCountPath(n, dims);
  let relaxed = false;
  if (!path) {
    if (policy.mode === 'strict') return { feasible: false, shortfall: computeShortfall(bounds, poolCounts) };
    // Always succeeds: relaxed vectors only need enough candidates, and the pool has n.
    path = solveRelaxedCountPath(n, dims);
    relaxed = true;
  }
  const next = new Int32Array(4);
  const list = Array.from(path.picks, (d) => dimItems[d]!.items[next[d]!++]!);
  return found(policy, bounds, poolCounts, list, unconstrained, relaxed);
}

function found(
  policy: BalancePolicy,
  bounds: PrefixBounds,
  poolCounts: Int32Array,
  list: readonly Candidate[],
  unconstrained: readonly Candidate[],
  relaxed: boolean,
): ShortlistFound {
  const violations = relaxed ? prefixViolations(list, bounds) : [];
  const report = buildReport({ k: policy.k, bounds, poolCounts, list, unconstrained, violations });
  return { feasible: true, shortlist: list.map((c) => c.id), relaxed, violations, report };
}

function mergeByScore(lists: readonly Candidate[][]): Candidate[] {
  return lists.flat().sort(compareCandidates);
}

function assertUniqueIds(ranked: readonly Candidate[], candidates: readonly Candidate[]): void {
  const seen = new Set<string>();
  for (const c of ranked) {
    if (seen.has(c.id)) throwDuplicate(c.id, candidates);
    seen.add(c.id);
  }
}

function throwDuplicate(id: string, candidates: readonly Candidate[]): never {
  const at = candidates.flatMap((c, index) => (c.id === id ? [index] : []));
  throw new FairnessValidationError(
    at.slice(1).map((index) => ({
      path: `candidates.${index}.id`,
      message: `duplicate id "${id}" (first at ${at[0]})`,
    })),
  );
}
