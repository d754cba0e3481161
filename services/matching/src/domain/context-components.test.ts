import { describe, expect, it } from 'vitest';
import { freshnessComponent, languageComponent, regionComponent, stageComponent } from './context-components';
import { DEFAULT_WEIGHTS } from './default-matching-config';
import { weightedScore } from './weighted-score';

describe('context components', () => {
  it('region: open to anyone without a challenge region, else same 1, unknown 0.5, other 0', () => {
    expect(regionComponent(null, 'Skåne')).toBe(1);
    expect(regionComponent('Skåne', ' skåne ')).toBe(1);
    expect(regionComponent('Skåne', null)).toBe(0.5);
    expect(regionComponent('Skåne', 'Gotland')).toBe(0);
  });

  it('language: same 1, different or unknown 0.5', () => {
    expect(languageComponent('sv', 'sv')).toBe(1);
    expect(languageComponent('sv', 'en')).toBe(0.5);
    expect(languageComponent('unknown', 'en')).toBe(0.5);
  });

  it('stage: riper ideas score higher', () => {
    expect(stageComponent('idea')).toBeLessThan(stageComponent('prototype'));
    expect(stageComponent('pilot')).toBeLessThan(stageComponent('scaling'));
    expect(stageComponent('scaling')).toBe(1);
  });

  it('freshness: whole days, half after the half-life', () => {
    const now = Date.UTC(2026, 5, 1, 12);
    expect(freshnessComponent(now - 3_600_000, now)).toBe(1);
    expect(freshnessComponent(now - 182 * 86_400_000, now)).toBeCloseTo(0.5, 10);
    expect(freshnessComponent(now + 86_400_000, now)).toBe(1);
  });
});

describe('weightedScore', () => {
  const all = (v: number) => ({ text: v, sdg: v, region: v, language: v, stage: v, freshness: v });
  it('is the weighted mean of the components, in [0,1]', () => {
    expect(weightedScore(all(1), DEFAULT_WEIGHTS)).toBeCloseTo(1, 12);
    expect(weightedScore(all(0), DEFAULT_WEIGHTS)).toBe(0);
    const onlyText = { text: 1, sdg: 0, region: 0, language: 0, stage: 0, freshness: 0 };
    expect(weightedScore(onlyText, { ...DEFAULT_WEIGHTS })).toBeCloseTo(56 / 100, 12);
  });

  it('depends only on the proportions of the weights', () => {
    const c = { text: 0.3, sdg: 0.9, region: 1, language: 0.5, stage: 0.25, freshness: 1 };
    const doubled = Object.fromEntries(
      Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, v * 2]),
    ) as typeof DEFAULT_WEIGHTS;
    expect(weightedScore(c, doubled)).toBeCloseTo(weightedScore(c, DEFAULT_WEIGHTS), 12);
  });
});
