import { describe, expect, it } from 'vitest';
import { diffConfigs, type TunableConfig } from './config-diff';

const base: TunableConfig = {
  weights: { text: 0.5, sdg: 0.2, region: 0.1, language: 0.1, stage: 0.05, freshness: 0.05 },
  minScore: 0.1,
  balance: { mode: 'relax', groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
};

describe('diffConfigs', () => {
  it('reports nothing for an identical config', () => {
    expect(diffConfigs(base, structuredClone(base))).toEqual([]);
  });

  it('names each changed weight and the minimum score by field', () => {
    const next = { ...base, weights: { ...base.weights, sdg: 0.6, text: 0.1 }, minScore: 0.2 };
    expect(diffConfigs(base, next)).toEqual([
      { field: 'weights.text', from: 0.5, to: 0.1 },
      { field: 'weights.sdg', from: 0.2, to: 0.6 },
      { field: 'minScore', from: 0.1, to: 0.2 },
    ]);
  });

  it('shows added and removed group bounds against null, and a changed mode', () => {
    const next: TunableConfig = {
      ...base,
      balance: { mode: 'strict', k: 10, groups: { woman: { min: 0.4, max: 0.6 } } },
    };
    expect(diffConfigs(base, next)).toEqual([
      { field: 'balance.k', from: null, to: 10 },
      { field: 'balance.mode', from: 'relax', to: 'strict' },
      { field: 'balance.groups.woman.max', from: null, to: 0.6 },
      { field: 'balance.groups.man.min', from: 0.4, to: null },
    ]);
  });
});
