import { type MatchingWeights, scoreComponentNames } from '@suite/contracts';
import { describe, expect, it } from 'vitest';
import { searchWeights } from './weight-search';

const start: MatchingWeights = { text: 56, sdg: 14, region: 10, language: 8, stage: 4, freshness: 8 };
const share = (w: MatchingWeights, name: keyof MatchingWeights) =>
  w[name] / scoreComponentNames.reduce((s, n) => s + w[n], 0);

describe('searchWeights', () => {
  it('climbs towards the weight the evaluation rewards and keeps the total', async () => {
    // An evaluation that peaks when sdg holds 60 % of the weight.
    const results = await searchWeights({
      start,
      evaluate: async (w) => ({ ndcg: 1 - Math.abs(share(w, 'sdg') - 0.6), recall: 1, challenges: 3 }),
    });
    const best = results[0]!;
    expect(share(best.weights, 'sdg')).toBeGreaterThan(0.4);
    expect(best.ndcg).toBeGreaterThan(1 - Math.abs(share(start, 'sdg') - 0.6));
    const sum = scoreComponentNames.reduce((s, n) => s + best.weights[n], 0);
    expect(sum).toBeCloseTo(100, 0);
    expect(results.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < results.length; i++)
      expect(results[i - 1]!.ndcg!).toBeGreaterThanOrEqual(results[i]!.ndcg!);
  });

  it('evaluates each weight vector once and stops when nothing improves', async () => {
    const seen: string[] = [];
    const results = await searchWeights({
      start,
      top: 100,
      evaluate: async (w) => {
        seen.push(JSON.stringify(w));
        return { ndcg: 0.5, recall: 0.5, challenges: 1 };
      },
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(results.length).toBe(seen.length);
    expect(results[0]?.weights).toEqual(start);
  });

  it('never proposes all-zero weights', async () => {
    const results = await searchWeights({
      start: { text: 1, sdg: 0, region: 0, language: 0, stage: 0, freshness: 0 },
      top: 100,
      evaluate: async (w) => ({ ndcg: w.sdg, recall: null, challenges: 1 }),
    });
    for (const r of results) expect(scoreComponentNames.some((n) => r.weights[n] > 0)).toBe(true);
    expect(results[0]!.weights.sdg).toBeGreaterThan(0);
  });

  it('puts the smallest change first among equally good configs', async () => {
    const results = await searchWeights({
      start,
      top: 100,
      evaluate: async (w) => ({ ndcg: share(w, 'sdg') >= 0.25 ? 1 : 0.5, recall: 1, challenges: 2 }),
    });
    const distance = (w: MatchingWeights) =>
      scoreComponentNames.reduce((d, n) => d + Math.abs(w[n] - start[n]), 0);
    const best = results.filter((r) => r.ndcg === 1);
    expect(best.length).toBeGreaterThan(1);
    for (const r of best) expect(distance(best[0]!.weights)).toBeLessThanOrEqual(distance(r.weights));
  });
});
