import type { DecisionStage } from '@suite/contracts';
import { describe, expect, it } from 'vitest';
import { evaluateOffline, evaluateRanker, judgementsByChallenge, scoreRanking } from './offline-evaluation';

const decided = (entries: Record<string, DecisionStage>) => new Map(Object.entries(entries));

describe('scoreRanking', () => {
  it('gives 1 to a ranking that puts the relevant innovators first, best stage first', () => {
    const decisions = decided({ a: 'accepted', b: 'invited', c: 'declined' });
    expect(scoreRanking(['a', 'b', 'c', 'd'], decisions, 3)).toEqual({ ndcg: 1, recall: 1 });
  });

  it('scores a ranking that hides the relevant innovators lower', () => {
    const decisions = decided({ a: 'invited' });
    const first = scoreRanking(['a', 'x', 'y'], decisions, 3)!;
    const third = scoreRanking(['x', 'y', 'a'], decisions, 3)!;
    expect(third.ndcg).toBeCloseTo(1 / Math.log2(4));
    expect(third.ndcg).toBeLessThan(first.ndcg);
    expect(third.recall).toBe(1);
  });

  it('counts relevant innovators beyond k, or missing, against recall', () => {
    const decisions = decided({ a: 'invited', b: 'in_test_environment' });
    expect(scoreRanking(['a', 'x', 'b'], decisions, 2)?.recall).toBe(0.5);
    expect(scoreRanking(['x'], decisions, 2)).toEqual({ ndcg: 0, recall: 0 });
  });

  it('has nothing to say when every decision is a decline', () => {
    expect(scoreRanking(['a'], decided({ a: 'declined' }), 5)).toBeUndefined();
  });
});

describe('evaluateOffline', () => {
  it('averages over the challenges with relevant decisions and says how many', () => {
    const evaluation = evaluateOffline(
      [
        { challengeId: 'c1', ranking: ['a', 'b'], decisions: decided({ a: 'invited' }) },
        { challengeId: 'c2', ranking: ['a', 'b'], decisions: decided({ b: 'invited' }) },
        { challengeId: 'c3', ranking: ['a'], decisions: decided({ a: 'declined' }) },
      ],
      2,
    );
    expect(evaluation.challenges).toBe(2);
    expect(evaluation.ndcg).toBeCloseTo((1 + 1 / Math.log2(3)) / 2);
    expect(evaluation.recall).toBe(1);
    expect(evaluation.perChallenge.map((c) => c.challengeId)).toEqual(['c1', 'c2']);
  });

  it('reports null figures and zero challenges with no decisions yet', () => {
    expect(evaluateOffline([], 10)).toEqual({
      k: 10,
      challenges: 0,
      ndcg: null,
      recall: null,
      perChallenge: [],
    });
  });
});

describe('evaluateRanker', () => {
  const judgements = judgementsByChallenge([
    { challengeId: 'c1', innovatorId: 'a', stage: 'invited' },
    { challengeId: 'c1', innovatorId: 'b', stage: 'declined' },
    { challengeId: 'gone', innovatorId: 'a', stage: 'accepted' },
  ]);

  it('ranks each judged challenge with the given ranker and skips challenges it cannot rank', () => {
    const asked: string[] = [];
    const evaluation = evaluateRanker(judgements, 5, (challengeId) => {
      asked.push(challengeId);
      return challengeId === 'gone' ? undefined : ['b', 'a'];
    });
    expect(asked.sort()).toEqual(['c1', 'gone']);
    expect(evaluation.challenges).toBe(1);
    expect(evaluation.ndcg).toBeCloseTo(1 / Math.log2(3));
  });

  it('rewards a ranker that lists the invited innovator first', () => {
    const better = evaluateRanker(judgements, 5, () => ['a', 'b']);
    const worse = evaluateRanker(judgements, 5, () => ['b', 'a']);
    expect(better.ndcg!).toBeGreaterThan(worse.ndcg!);
  });
});
