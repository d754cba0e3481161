import { describe, expect, it } from 'vitest';
import { placedForBalance } from './placed-for-balance';

const entry = (id: string, rank: number, score: number) => ({ rank, score, innovator: { id } });

describe('placedForBalance', () => {
  it('marks nothing in a list in score order, ties included', () => {
    expect(placedForBalance([entry('a', 1, 0.9), entry('b', 2, 0.8), entry('c', 3, 0.8)])).toEqual(new Set());
  });

  it('marks every entry ranked above a higher-scored one', () => {
    const list = [entry('a', 1, 0.93), entry('b', 2, 0.85), entry('c', 3, 0.84), entry('d', 4, 0.9)];
    expect(placedForBalance(list)).toEqual(new Set(['b', 'c']));
  });

  it('reads ranks, not array order', () => {
    expect(placedForBalance([entry('late', 2, 0.9), entry('early', 1, 0.5)])).toEqual(new Set(['early']));
  });
});
