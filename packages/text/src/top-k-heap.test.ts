import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTopK } from './top-k-heap';

describe('createTopK', () => {
  it('keeps exactly the k best, best first, like a full sort (smaller item wins ties)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -50, max: 50 })), {
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 30 }),
        (pairs, k) => {
          // Items are unique per offer in real use (document numbers), so dedupe the oracle input.
          const unique = [...new Map(pairs.map(([item, score]) => [item, score])).entries()];
          const top = createTopK(k);
          for (const [item, score] of unique) top.push(item, score);
          const expected = unique
            .map(([item, score]) => ({ item, score }))
            .sort((a, b) => b.score - a.score || a.item - b.item)
            .slice(0, k);
          expect(top.drain()).toEqual(expected);
        },
      ),
    );
  });

  it('is empty again after drain and ignores NaN scores', () => {
    const top = createTopK(2);
    top.push(1, Number.NaN);
    top.push(2, 1);
    expect(top.drain()).toEqual([{ item: 2, score: 1 }]);
    expect(top.size).toBe(0);
  });
});
