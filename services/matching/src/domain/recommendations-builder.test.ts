import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE, DEFAULT_WEIGHTS } from './default-matching-config';
import { recommendChallenges } from './recommendations-builder';
import { indexSmallCorpus } from './testing/small-corpus';

describe('recommendChallenges', () => {
  it('recommends only challenges an idea shares words with, even when any score would pass', () => {
    const { index } = indexSmallCorpus();
    const innovator = index.innovator('inn-05');
    if (!innovator) throw new Error('the small corpus has inn-05');
    // Phone buddies for lonely seniors: the loneliness challenge, not water or school food, although
    // a minimum score of 0 lets region, language and freshness alone clear it.
    const found = recommendChallenges({
      index,
      innovator,
      ideas: index.ideasOf('inn-05'),
      k: 10,
      config: { version: 1, weights: DEFAULT_WEIGHTS, minScore: 0, balance: DEFAULT_BALANCE },
      nowMs: Date.UTC(2026, 0, 15),
    });
    expect(found.map((r) => r.challengeId)).toEqual(['c-elderly']);
    expect(found[0]?.best.explanation.terms.length).toBeGreaterThan(0);
  });
});
