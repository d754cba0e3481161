// Test oracles, written independently of the DP: plain enumeration over small instances.
import type { BalancePolicy } from '../balance-policy';
import type { Candidate } from '../candidate';
import { GENDER_GROUPS, type GenderGroup } from '../gender-groups';

export interface OracleList {
  list: Candidate[];
  violation: number;
  dcg: number;
}

export function oracleBounds(
  policy: BalancePolicy,
  i: number,
  group: GenderGroup,
): { lo: number; hi: number } {
  const bound = policy.groups[group];
  return {
    lo: bound?.min === undefined ? 0 : Math.floor(bound.min * i + 1e-9),
    hi: bound?.max === undefined ? i : Math.ceil(bound.max * i - 1e-9),
  };
}

/** Total violation of a group sequence: sum over prefixes and groups of the distance to the bounds. */
export function oracleViolation(groups: readonly GenderGroup[], policy: BalancePolicy): number {
  let total = 0;
  const counts = new Map<GenderGroup, number>();
  groups.forEach((group, index) => {
    counts.set(group, (counts.get(group) ?? 0) + 1);
    for (const g of GENDER_GROUPS) {
      const { lo, hi } = oracleBounds(policy, index + 1, g);
      const count = counts.get(g) ?? 0;
      total += Math.max(0, lo - count) + Math.max(0, count - hi);
    }
  });
  return total;
}

export function oracleDcg(list: readonly Candidate[]): number {
  let dcg = 0;
  list.forEach((c, index) => {
    dcg += c.score * (1 / Math.log2(index + 2));
  });
  return dcg;
}

function precedes(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

function lexSmaller(a: readonly Candidate[], b: readonly Candidate[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return precedes(a[i]!, b[i]!);
  }
  return false;
}

/** Every ordered selection of min(k, pool) candidates, best by (violation, -DCG, lexicographic). */
export function bruteForceShortlist(candidates: readonly Candidate[], policy: BalancePolicy): OracleList {
  const n = Math.min(policy.k, candidates.length);
  let best: OracleList | undefined;
  const used = new Array<boolean>(candidates.length).fill(false);
  const current: Candidate[] = [];
  const visit = () => {
    if (current.length === n) {
      const violation = oracleViolation(
        current.map((c) => c.group),
        policy,
      );
      const dcg = oracleDcg(current);
      if (
        !best ||
        violation < best.violation ||
        (violation === best.violation &&
          (dcg > best.dcg || (dcg === best.dcg && lexSmaller(current, best.list))))
      ) {
        best = { list: [...current], violation, dcg };
      }
      return;
    }
    candidates.forEach((c, index) => {
      if (used[index]) return;
      used[index] = true;
      current.push(c);
      visit();
      current.pop();
      used[index] = false;
    });
  };
  visit();
  return best!;
}

/** Whether a group's bounds constrain some prefix of a length-n list at all. */
export function oracleBites(policy: BalancePolicy, n: number, group: GenderGroup): boolean {
  for (let i = 1; i <= n; i++) {
    const { lo, hi } = oracleBounds(policy, i, group);
    if (lo > 0 || hi < i) return true;
  }
  return false;
}

/**
 * Fewest extra candidates that make the policy satisfiable at length n, enumerating group
 * sequences. Groups whose bounds cannot bite at length n are pooled, as the shortfall reports them.
 */
export function bruteForceMinTopUp(
  policy: BalancePolicy,
  n: number,
  pool: Record<GenderGroup, number>,
): number {
  const free = GENDER_GROUPS.filter((g) => !oracleBites(policy, n, g));
  let best = Number.POSITIVE_INFINITY;
  const sequence: GenderGroup[] = [];
  const visit = () => {
    if (sequence.length === n) {
      if (oracleViolation(sequence, policy) > 0) return;
      let extra = 0;
      for (const g of GENDER_GROUPS) {
        if (free.includes(g)) continue;
        extra += Math.max(0, sequence.filter((s) => s === g).length - pool[g]);
      }
      const freeNeed = sequence.filter((s) => free.includes(s)).length;
      extra += Math.max(0, freeNeed - free.reduce((sum, g) => sum + pool[g], 0));
      best = Math.min(best, extra);
      return;
    }
    for (const g of GENDER_GROUPS) {
      sequence.push(g);
      visit();
      sequence.pop();
    }
  };
  visit();
  return best;
}

/**
 * A second, plainer DP for instances too large to enumerate: one coordinate per group (no merging,
 * no compaction, no pruning), states in a Map keyed by the count vector. Returns the optimal
 * (violation, DCG) pair only.
 */
export function referenceOptimum(
  candidates: readonly Candidate[],
  policy: BalancePolicy,
): { violation: number; dcg: number } {
  const n = Math.min(policy.k, candidates.length);
  const byGroup = GENDER_GROUPS.map((g) =>
    candidates.filter((c) => c.group === g).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)),
  );
  let level = new Map<string, { counts: number[]; violation: number; dcg: number }>([
    ['0,0,0,0', { counts: [0, 0, 0, 0], violation: 0, dcg: 0 }],
  ]);
  for (let i = 1; i <= n; i++) {
    const next = new Map<string, { counts: number[]; violation: number; dcg: number }>();
    for (const state of level.values()) {
      GENDER_GROUPS.forEach((_, g) => {
        const item = byGroup[g]![state.counts[g]!];
        if (!item) return;
        const counts = state.counts.map((c, h) => (h === g ? c + 1 : c));
        let violation = state.violation;
        GENDER_GROUPS.forEach((group, h) => {
          const { lo, hi } = oracleBounds(policy, i, group);
          violation += Math.max(0, lo - counts[h]!) + Math.max(0, counts[h]! - hi);
        });
        const dcg = state.dcg + item.score * (1 / Math.log2(i + 1));
        const key = counts.join(',');
        const seen = next.get(key);
        if (!seen || violation < seen.violation || (violation === seen.violation && dcg > seen.dcg)) {
          next.set(key, { counts, violation, dcg });
        }
      });
    }
    level = next;
  }
  let best = { violation: Number.POSITIVE_INFINITY, dcg: 0 };
  for (const s of level.values()) {
    if (s.violation < best.violation || (s.violation === best.violation && s.dcg > best.dcg)) best = s;
  }
  return { violation: best.violation, dcg: best.dcg };
}
