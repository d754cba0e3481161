import { describe, expect, it } from 'vitest';
import { averagePrecision, completeRanking, ndcgAt, precisionAt } from './ranking-metrics';

describe('ranking metrics', () => {
  const relevant = new Set(['a', 'c']);

  it('computes average precision over the relevant set', () => {
    expect(averagePrecision(['a', 'b', 'c'], relevant)).toBeCloseTo((1 / 1 + 2 / 3) / 2, 10);
    expect(averagePrecision(['b'], relevant)).toBe(0);
    expect(averagePrecision(['a'], new Set())).toBe(0);
  });

  it('computes nDCG with binary gains and precision at k', () => {
    expect(ndcgAt(['a', 'c', 'b'], relevant, 50)).toBeCloseTo(1, 10);
    expect(ndcgAt(['b', 'a', 'c'], relevant, 2)).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)), 10);
    expect(precisionAt(['a', 'b', 'c'], relevant, 10)).toBeCloseTo(0.2, 10);
  });

  it('completes a ranking with every other id in an order independent of the input order', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const completed = completeRanking(['c'], all);
    expect(completed[0]).toBe('c');
    expect(new Set(completed)).toEqual(new Set(all));
    expect(completeRanking(['c'], [...all].reverse())).toEqual(completed);
  });
});
