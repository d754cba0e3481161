import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate';
import { GENDER_GROUPS, type GenderGroup } from './gender-groups';
import { compareCandidates, selectTopPerGroup } from './select-top-per-group';

const poolArb = fc
  .array(
    fc.record({
      score: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      group: fc.constantFrom<GenderGroup>(...GENDER_GROUPS),
    }),
    { maxLength: 300 },
  )
  .chain((rows) =>
    fc
      .shuffledSubarray(
        rows.map((_, i) => i),
        { minLength: rows.length },
      )
      .map((ids) => ({ rows, ids })),
  )
  .map(({ rows, ids }): Candidate[] => rows.map((row, i) => ({ id: `id${ids[i]}`, ...row })));

describe('selectTopPerGroup', () => {
  it('keeps exactly the n best of each group by score then id, and counts whole pools', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 0, max: 40 }), (pool, n) => {
        const { top, poolCounts } = selectTopPerGroup(pool, n);
        GENDER_GROUPS.forEach((group, g) => {
          const members = pool.filter((c) => c.group === group);
          expect(poolCounts[g]).toBe(members.length);
          expect(top[g]).toEqual(members.sort(compareCandidates).slice(0, n));
        });
      }),
    );
  });

  it('recognises only the four exact group names', () => {
    for (const group of ['women', 'Woman', 'men', 'nonbinary', 'undisclosed ', '', 'x'.repeat(40)]) {
      expect(() => selectTopPerGroup([{ id: 'a', score: 1, group: group as GenderGroup }], 1)).toThrow(
        /group must be one of/,
      );
    }
  });
});
