import { describe, expect, it } from 'vitest';
import type { Draft } from './config-editor';
import { draftChanged } from './draft-changed';

const saved: Draft = {
  weights: { text: 56, sdg: 14, region: 10, language: 8, stage: 4, freshness: 8 },
  minScore: 0.25,
  balance: { mode: 'relax', groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
};

describe('draftChanged', () => {
  it('sees no change in a copy, whatever the key order or unset bounds', () => {
    const copy: Draft = {
      balance: { groups: { man: { min: 0.4, max: undefined }, woman: { min: 0.4 } }, mode: 'relax' },
      minScore: 0.25,
      weights: { freshness: 8, stage: 4, language: 8, region: 10, sdg: 14, text: 56 },
    };
    expect(draftChanged(copy, saved)).toBe(false);
  });

  it('sees a moved weight, a new bound, a cleared bound and another mode', () => {
    expect(draftChanged({ ...saved, weights: { ...saved.weights, region: 11 } }, saved)).toBe(true);
    const withMax = { ...saved.balance, groups: { ...saved.balance.groups, woman: { min: 0.4, max: 0.6 } } };
    expect(draftChanged({ ...saved, balance: withMax }, saved)).toBe(true);
    expect(
      draftChanged({ ...saved, balance: { mode: 'relax', groups: { woman: { min: 0.4 } } } }, saved),
    ).toBe(true);
    expect(draftChanged({ ...saved, balance: { ...saved.balance, mode: 'strict' } }, saved)).toBe(true);
  });

  it('counts unreadable typed text as a change', () => {
    const typo = { ...saved, balance: { mode: 'relax' as const, groups: { woman: { min: Number.NaN } } } };
    expect(draftChanged(typo, { ...saved, balance: { mode: 'relax', groups: { woman: {} } } })).toBe(true);
  });
});
