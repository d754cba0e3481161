import type { Candidate } from './candidate';
import { discounts } from './count-path-dp';
import { GENDER_GROUPS, type GenderGroup, genderGroupIndex } from './gender-groups';
import type { PrefixBounds } from './prefix-bounds';

/** A prefix where a group's count is outside its bound; `amount` is how far outside. */
export interface Violation {
  prefix: number;
  group: GenderGroup;
  bound: 'min' | 'max';
  limit: number;
  count: number;
  amount: number;
}

export interface GroupReport {
  /** Candidates of the group in the pool. */
  pool: number;
  /** Members of the group in the returned list. */
  list: number;
  /**
   * Representation ratio at the full list length: (list / length) / (pool / poolSize).
   * 1 = proportional to the pool, below 1 under-represented, above 1 over-represented;
   * null when the group is absent from the pool.
   */
  skew: number | null;
}

export interface ShortlistReport {
  k: number;
  /** min(k, poolSize). */
  length: number;
  poolSize: number;
  groups: Record<GenderGroup, GroupReport>;
  dcg: number;
  /** DCG of the unconstrained order: the top `length` candidates by score. */
  idealDcg: number;
  /** dcg / idealDcg (1 when idealDcg is 0). */
  ndcg: number;
  /** 1 - ndcg: the utility the policy costs. */
  ndcgLoss: number;
  /** Prefix lengths (1-based) where some bound is violated. */
  infeasiblePrefixes: { unconstrained: number[]; shortlist: number[] };
  /**
   * Bounds the unconstrained order violates at some prefix: exactly the bounds that force the list
   * away from plain score order (with none binding, the list is the score order).
   */
  binding: { group: GenderGroup; bound: 'min' | 'max' }[];
  /** Sum of violation amounts over prefixes and groups (0 unless relaxed). */
  totalViolation: number;
}

export function dcgOf(list: readonly Candidate[]): number {
  const disc = discounts(list.length);
  let dcg = 0;
  for (let i = 0; i < list.length; i++) dcg += list[i]!.score * disc[i + 1]!;
  return dcg;
}

/** Every (prefix, group, bound) outside the bounds, in prefix then group order. */
export function prefixViolations(list: readonly Candidate[], bounds: PrefixBounds): Violation[] {
  const counts = new Int32Array(GENDER_GROUPS.length);
  const violations: Violation[] = [];
  for (let i = 1; i <= list.length; i++) {
    counts[genderGroupIndex(list[i - 1]!.group)]!++;
    GENDER_GROUPS.forEach((group, g) => {
      const count = counts[g]!;
      const lo = bounds.lo[g]![i]!;
      const hi = bounds.hi[g]![i]!;
      if (count < lo)
        violations.push({ prefix: i, group, bound: 'min', limit: lo, count, amount: lo - count });
      if (count > hi)
        violations.push({ prefix: i, group, bound: 'max', limit: hi, count, amount: count - hi });
    });
  }
  return violations;
}

export function buildReport(input: {
  k: number;
  bounds: PrefixBounds;
  poolCounts: Int32Array;
  list: readonly Candidate[];
  unconstrained: readonly Candidate[];
  violations: readonly Violation[];
}): ShortlistReport {
  const { k, bounds, poolCounts, list, unconstrained, violations } = input;
  const poolSize = poolCounts.reduce((a, b) => a + b, 0);
  const length = list.length;
  const listCounts = new Int32Array(GENDER_GROUPS.length);
  for (const c of list) listCounts[genderGroupIndex(c.group)]!++;
  const groups = {} as Record<GenderGroup, GroupReport>;
  GENDER_GROUPS.forEach((group, g) => {
    const pool = poolCounts[g]!;
    const inList = listCounts[g]!;
    groups[group] = {
      pool,
      list: inList,
      skew: pool === 0 || length === 0 ? null : inList / length / (pool / poolSize),
    };
  });
  const dcg = dcgOf(list);
  const idealDcg = dcgOf(unconstrained);
  const ndcg = idealDcg > 0 ? dcg / idealDcg : 1;
  const unconstrainedViolations = prefixViolations(unconstrained, bounds);
  const binding = GENDER_GROUPS.flatMap((group) =>
    (['min', 'max'] as const)
      .filter((bound) => unconstrainedViolations.some((v) => v.group === group && v.bound === bound))
      .map((bound) => ({ group, bound })),
  );
  return {
    k,
    length,
    poolSize,
    groups,
    dcg,
    idealDcg,
    ndcg,
    ndcgLoss: 1 - ndcg,
    infeasiblePrefixes: {
      unconstrained: distinctPrefixes(unconstrainedViolations),
      shortlist: distinctPrefixes(violations),
    },
    binding,
    totalViolation: violations.reduce((sum, v) => sum + v.amount, 0),
  };
}

function distinctPrefixes(violations: readonly Violation[]): number[] {
  return [...new Set(violations.map((v) => v.prefix))];
}
