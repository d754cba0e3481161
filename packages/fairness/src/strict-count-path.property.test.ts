import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BalancePolicy, balancePolicySchema } from './balance-policy';
import { solveCountPath } from './count-path-dp';
import { solveStrictCountPath } from './strict-count-path';
import { buildDims } from './testing/build-dims';

// The DCG branch and bound against the plain strict DP it prunes, on instances far too large for
// the brute-force oracle: wide bounds on every group, and scores biased by group so they bind.
// Scores sit on a 0.001 grid (arbitrary doubles would make lists differ by less than a DCG sum's
// rounding), with a share of repeated values so exact DCG ties and the rank tie-break come up.
const minArb = fc.constantFrom(0, 0.05, 0.1, 0.15, 0.2, 0.25);
const maxArb = fc.constantFrom(0.3, 0.35, 0.4, 0.5, 0.6, 1);
const policyArb = fc
  .record({
    k: fc.integer({ min: 1, max: 60 }),
    groups: fc.record({
      woman: fc.record({ min: minArb, max: maxArb }),
      man: fc.record({ min: minArb, max: maxArb }),
      non_binary: fc.record({ min: minArb, max: maxArb }),
      undisclosed: fc.option(fc.record({ min: minArb, max: maxArb }), { nil: undefined }),
    }),
  })
  .map((input) => balancePolicySchema.safeParse(input))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as BalancePolicy);

const milliArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(250, 500, 500, 700) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }) },
);
const rowsArb = fc.array(fc.tuple(fc.constantFrom(0, 1, 1, 2, 3), milliArb), {
  minLength: 1,
  maxLength: 150,
  size: 'max',
});
// Per group, a score lift in grid steps: the favoured groups fill the top and hit their maximums.
const liftArb = fc.array(fc.constantFrom(0, 0, 100, 300, 600), { minLength: 4, maxLength: 4 });

// About 1 ms a run; raise it locally (30,000 passed) when changing the pruning.
const RUNS = 500;

describe('DCG branch and bound against the plain strict DP', () => {
  it(
    'the same list, DCG and tie-break, or no list for both (k up to 60, pools up to 150)',
    () => {
      fc.assert(
        fc.property(policyArb, rowsArb, liftArb, (policy, rows, lift) => {
          const { n, dims } = buildDims(
            policy,
            rows.map(([g]) => g),
            rows.map(([g, milli]) => Math.min(1000, milli + lift[g]!) / 1000),
          );
          const plain = solveCountPath({ n, dims, relax: false });
          // No size threshold: every instance goes through the pruned DP.
          const pruned = solveStrictCountPath(n, dims, 0);
          expect(pruned).toEqual(plain);
        }),
        { numRuns: RUNS },
      );
    },
    30_000 + 20 * RUNS,
  );
});
