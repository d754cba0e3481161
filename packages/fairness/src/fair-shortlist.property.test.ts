import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BalancePolicy, balancePolicySchema } from './balance-policy';
import type { Candidate } from './candidate';
import { fairShortlist } from './fair-shortlist';
import { GENDER_GROUPS, type GenderGroup } from './gender-groups';
import {
  bruteForceMinTopUp,
  bruteForceShortlist,
  oracleBites,
  oracleDcg,
  oracleViolation,
  referenceOptimum,
} from './testing/brute-force-shortlist';

// Few distinct scores, so exact ties (and the tie rule) come up often; a 0.001 grid for the rest.
// Arbitrary doubles would let two scores differ by 1e-15, below the rounding of a DCG sum, and the
// brute-force oracle would then rank by rounding noise rather than by the scores.
const scoreArb = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 0.5, 1),
  fc.integer({ min: 0, max: 10_000 }).map((milli) => milli / 1000),
);
const groupArb = fc.constantFrom<GenderGroup>(...GENDER_GROUPS);
const poolArb = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 8 })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), score: scoreArb, group: groupArb }))),
  )
  .map((candidates): Candidate[] => candidates);

const shareArb = fc.constantFrom(0, 0.1, 0.2, 0.25, 0.3, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.7, 0.75, 1);
const boundArb = fc.option(fc.record({ min: shareArb, max: shareArb }, { requiredKeys: [] }), {
  nil: undefined,
});
const policyArb = fc
  .record({
    k: fc.integer({ min: 1, max: 6 }),
    mode: fc.constantFrom('relax' as const, 'strict' as const),
    groups: fc.record({ woman: boundArb, man: boundArb, non_binary: boundArb, undisclosed: boundArb }),
  })
  .map((input) => balancePolicySchema.safeParse(input))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as BalancePolicy);

// Pools short of women and non-binary candidates against demanding minimums: mostly infeasible,
// so relax mode has to trade violations of different sizes against each other.
const skewedPoolArb = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { minLength: 3, maxLength: 8 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          score: scoreArb,
          group: fc.constantFrom<GenderGroup>('man', 'man', 'man', 'undisclosed', 'woman', 'non_binary'),
        }),
      ),
    ),
  )
  .map((candidates): Candidate[] => candidates);
const demandingPolicyArb = fc
  .record({
    k: fc.integer({ min: 3, max: 6 }),
    groups: fc.record({
      woman: fc.record({ min: fc.constantFrom(0.3, 0.4, 0.5, 0.6) }),
      man: fc.record({ max: fc.constantFrom(0.2, 0.4, 0.5, 1) }),
      non_binary: fc.record({ min: fc.constantFrom(0, 0.2, 0.34) }),
    }),
  })
  .map((input) => balancePolicySchema.parse(input));

const RUNS = { numRuns: 400 };

describe('fairShortlist against a brute-force oracle', () => {
  it('keeps every prefix within bounds and reaches the optimal DCG whenever a feasible list exists', () => {
    fc.assert(
      fc.property(poolArb, policyArb, (pool, policy) => {
        const oracle = bruteForceShortlist(pool, policy);
        fc.pre(oracle.violation === 0);
        const result = fairShortlist(pool, policy);
        expect(result.feasible).toBe(true);
        if (!result.feasible) return;
        expect(result.relaxed).toBe(false);
        const list = result.shortlist.map((id) => pool.find((c) => c.id === id)!);
        expect(list).toHaveLength(Math.min(policy.k, pool.length));
        expect(
          oracleViolation(
            list.map((c) => c.group),
            policy,
          ),
        ).toBe(0);
        expect(result.report.infeasiblePrefixes.shortlist).toEqual([]);
        expect(Math.abs(oracleDcg(list) - oracle.dcg)).toBeLessThanOrEqual(1e-9);
      }),
      RUNS,
    );
  });

  it('returns the same list as the oracle, ties broken by score then id', () => {
    fc.assert(
      fc.property(poolArb, policyArb, (pool, policy) => {
        const oracle = bruteForceShortlist(pool, { ...policy, mode: 'relax' });
        const result = fairShortlist(pool, { ...policy, mode: 'relax' });
        expect(result.feasible && result.shortlist).toEqual(oracle.list.map((c) => c.id));
      }),
      RUNS,
    );
  });

  it('in relax mode minimises total violation first, then maximises DCG', () => {
    fc.assert(
      fc.property(poolArb, policyArb, (pool, policy) => {
        const relaxPolicy = { ...policy, mode: 'relax' as const };
        const oracle = bruteForceShortlist(pool, relaxPolicy);
        const result = fairShortlist(pool, relaxPolicy);
        if (!result.feasible) throw new Error('relax mode must always return a list');
        const list = result.shortlist.map((id) => pool.find((c) => c.id === id)!);
        const violation = oracleViolation(
          list.map((c) => c.group),
          policy,
        );
        expect(violation).toBe(oracle.violation);
        expect(result.report.totalViolation).toBe(oracle.violation);
        expect(result.relaxed).toBe(oracle.violation > 0);
        expect(result.violations.reduce((sum, v) => sum + v.amount, 0)).toBe(oracle.violation);
        expect(Math.abs(oracleDcg(list) - oracle.dcg)).toBeLessThanOrEqual(1e-9);
      }),
      RUNS,
    );
  });

  it('in relax mode trades larger violations against smaller ones on pools short of a group', () => {
    fc.assert(
      fc.property(skewedPoolArb, demandingPolicyArb, (pool, policy) => {
        const oracle = bruteForceShortlist(pool, policy);
        const result = fairShortlist(pool, policy);
        if (!result.feasible) throw new Error('relax mode must always return a list');
        expect(result.report.totalViolation).toBe(oracle.violation);
        expect(result.shortlist).toEqual(oracle.list.map((c) => c.id));
      }),
      RUNS,
    );
  });

  it('in strict mode reports infeasibility exactly when no list fits, with the smallest top-up', () => {
    fc.assert(
      fc.property(poolArb, policyArb, (pool, policy) => {
        const strict = { ...policy, mode: 'strict' as const };
        const oracle = bruteForceShortlist(pool, strict);
        const result = fairShortlist(pool, strict);
        expect(result.feasible).toBe(oracle.violation === 0);
        if (result.feasible) return;
        const n = Math.min(policy.k, pool.length);
        const counts = Object.fromEntries(
          GENDER_GROUPS.map((g) => [g, pool.filter((c) => c.group === g).length]),
        ) as Record<GenderGroup, number>;
        const total = Object.values(result.shortfall).reduce((sum, v) => sum + (v ?? 0), 0);
        expect(total).toBe(bruteForceMinTopUp(strict, n, counts));
        // The reported top-up is enough: with it the policy becomes satisfiable.
        const toppedUp = { ...counts };
        for (const [key, missing] of Object.entries(result.shortfall)) {
          const group =
            key === 'unbounded'
              ? GENDER_GROUPS.find((g) => !oracleBites(strict, n, g))!
              : (key as GenderGroup);
          toppedUp[group] += missing ?? 0;
        }
        expect(bruteForceMinTopUp(strict, n, toppedUp)).toBe(0);
      }),
      RUNS,
    );
  });

  it('reports as binding exactly the bounds the score order violates, and changes nothing without them', () => {
    fc.assert(
      fc.property(poolArb, policyArb, (pool, policy) => {
        const result = fairShortlist(pool, { ...policy, mode: 'relax' });
        if (!result.feasible) throw new Error('relax mode must always return a list');
        const scoreOrder = [...pool]
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
          .slice(0, Math.min(policy.k, pool.length));
        expect(result.report.idealDcg).toBeCloseTo(oracleDcg(scoreOrder), 12);
        if (result.report.binding.length === 0) {
          expect(result.shortlist).toEqual(scoreOrder.map((c) => c.id));
          expect(result.report.ndcg).toBe(1);
        }
        for (const { group, bound } of result.report.binding) {
          const share = policy.groups[group]?.[bound];
          expect(share).toBeDefined();
        }
        expect(result.report.binding.length === 0).toBe(
          result.report.infeasiblePrefixes.unconstrained.length === 0,
        );
      }),
      RUNS,
    );
  });

  it('matches a plain per-group DP on instances too large to enumerate (k up to 24, pools up to 60)', () => {
    const fewWomenArb = fc.constantFrom<GenderGroup>(
      ...GENDER_GROUPS,
      'man',
      'man',
      'man',
      'man',
      'undisclosed',
    );
    const largePoolArb = fc
      .constantFrom(groupArb, fewWomenArb)
      .chain((groups) =>
        fc.array(fc.record({ score: scoreArb, group: groups }), { minLength: 1, maxLength: 60 }),
      )
      .map((rows): Candidate[] =>
        rows.map((row, index) => ({ id: `c${String(index).padStart(2, '0')}`, ...row })),
      );
    const largeShareArb = fc.constantFrom(0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.6, 0.75, 1);
    const largeBoundArb = fc.option(
      fc.record({ min: largeShareArb, max: largeShareArb }, { requiredKeys: [] }),
      {
        nil: undefined,
      },
    );
    const largePolicyArb = fc
      .record({
        k: fc.integer({ min: 1, max: 24 }),
        groups: fc.record({
          woman: largeBoundArb,
          man: largeBoundArb,
          non_binary: largeBoundArb,
          undisclosed: largeBoundArb,
        }),
      })
      .map((input) => balancePolicySchema.safeParse(input))
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data as BalancePolicy);
    fc.assert(
      fc.property(largePoolArb, largePolicyArb, (pool, policy) => {
        const reference = referenceOptimum(pool, policy);
        const result = fairShortlist(pool, policy);
        if (!result.feasible) throw new Error('relax mode must always return a list');
        expect(result.report.totalViolation).toBe(reference.violation);
        expect(Math.abs(result.report.dcg - reference.dcg)).toBeLessThanOrEqual(1e-9);
        const strict = fairShortlist(pool, { ...policy, mode: 'strict' });
        expect(strict.feasible).toBe(reference.violation === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer whatever order the pool arrives in', () => {
    fc.assert(
      fc.property(
        poolArb.chain((pool) =>
          fc.tuple(fc.constant(pool), fc.shuffledSubarray(pool, { minLength: pool.length })),
        ),
        policyArb,
        ([pool, shuffled], policy) => {
          expect(fairShortlist(shuffled, policy)).toEqual(fairShortlist(pool, policy));
        },
      ),
      RUNS,
    );
  });
});
