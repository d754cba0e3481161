import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BalancePolicy, balancePolicySchema } from './balance-policy';
import { solveCountPath } from './count-path-dp';
import { prefixBounds } from './prefix-bounds';
import { solveRelaxedCountPath } from './relaxed-count-path';
import { computeShortfall } from './shortfall';
import { dpShortfall } from './shortfall-dp';
import { buildDims } from './testing/build-dims';
import { greedyViolation, violationBand, violationBounds } from './violation-bounds';

// The pruned relax DP and the direct shortfall search against the plain DP they replace, on
// instances far too large for the brute-force oracle: wide bounds, pools short of some groups.
const shareArb = fc.constantFrom(0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 1 / 3, 0.4, 0.5, 0.6, 0.75, 1);
const boundArb = fc.option(fc.record({ min: shareArb, max: shareArb }, { requiredKeys: [] }), {
  nil: undefined,
});
const policyArb = (maxK: number) =>
  fc
    .record({
      k: fc.integer({ min: 1, max: maxK }),
      groups: fc.record({ woman: boundArb, man: boundArb, non_binary: boundArb, undisclosed: boundArb }),
    })
    .map((input) => balancePolicySchema.safeParse(input))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data as BalancePolicy);

// Few distinct scores, so exact DCG ties (and the rank tie-break) are common.
// A 0.001 grid: arbitrary doubles can differ below the rounding of a DCG sum (see the main property test).
const scoreArb = fc.oneof(
  fc.constantFrom(0, 0.5, 1),
  fc.integer({ min: 0, max: 10_000 }).map((milli) => milli / 1000),
);

const instanceArb = fc.tuple(
  policyArb(40),
  fc.array(fc.tuple(fc.constantFrom(0, 1, 1, 1, 2, 2, 3), scoreArb), { minLength: 1, maxLength: 80 }),
  fc.constantFrom(0, 0, 1, 2, 3),
);

describe('branch and bound against the plain DP', () => {
  it('relax: the same list, violation and DCG as the unpruned DP (k up to 40, pools up to 80)', () => {
    fc.assert(
      fc.property(instanceArb, ([policy, rows, keepWomen]) => {
        // Cut women down to a few, so the minimums often cannot be met.
        let women = 0;
        const kept = rows.filter(([g]) => g !== 0 || women++ < keepWomen * 3);
        fc.pre(kept.length > 0);
        const { n, dims } = buildDims(
          policy,
          kept.map(([g]) => g),
          kept.map(([, s]) => s),
        );
        const plain = solveCountPath({ n, dims, relax: true })!;
        const pruned = solveRelaxedCountPath(n, dims);
        // The bounds bracket the optimum, and the greedy limit alone suffices (no silent fallback).
        const bounds = violationBounds(n, dims);
        const greedy = greedyViolation(bounds, dims);
        expect(bounds.root).toBeLessThanOrEqual(plain.cost);
        expect(greedy).toBeGreaterThanOrEqual(plain.cost);
        const band = violationBand(bounds, greedy);
        expect(
          band && solveCountPath({ n, dims, relax: true, prune: { limit: greedy, bounds, band } }),
        ).toEqual(plain);
        // Below the optimum a pass finds nothing rather than a wrong list.
        if (plain.cost > 0) {
          const limit = plain.cost - 1;
          const below = violationBand(bounds, limit);
          expect(
            below && solveCountPath({ n, dims, relax: true, prune: { limit, bounds, band: below } }),
          ).toBeFalsy();
        }
        expect(pruned.cost).toBe(plain.cost);
        expect(pruned.dcg).toBe(plain.dcg);
        expect(Array.from(pruned.picks)).toEqual(Array.from(plain.picks));
      }),
      { numRuns: 300 },
    );
  });

  it('strict: the same shortfall as the DP over unlimited pools (k up to 60)', () => {
    fc.assert(
      fc.property(policyArb(60), fc.array(fc.nat(60), { minLength: 4, maxLength: 4 }), (policy, pool) => {
        const bounds = prefixBounds(policy, policy.k);
        const poolCounts = Int32Array.from(pool);
        expect(computeShortfall(bounds, poolCounts)).toEqual(dpShortfall(bounds, poolCounts));
      }),
      { numRuns: 1000 },
    );
  });
});
