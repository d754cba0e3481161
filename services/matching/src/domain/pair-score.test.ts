import { describe, expect, it } from 'vitest';
import type { ChallengeFacts, IdeaFacts } from './match-index';
import { explanationOf, sameWordFamily } from './pair-score';

describe('sameWordFamily', () => {
  it('joins forms of one word that different stems gave', () => {
    expect(sameWordFamily('unga', 'unge')).toBe(true);
    expect(sameWordFamily('hyresgäst', 'hyresgästerna')).toBe(true);
    expect(sameWordFamily('Vägar', 'väg')).toBe(true);
    expect(sameWordFamily('tenants', 'tenant')).toBe(true);
  });

  it('keeps apart words that only begin alike', () => {
    expect(sameWordFamily('mat', 'matsvinn')).toBe(false);
    expect(sameWordFamily('arbete', 'arbetslöshet')).toBe(false);
    expect(sameWordFamily('bor', 'boende')).toBe(false);
    expect(sameWordFamily('äldre', 'ålder')).toBe(false);
    expect(sameWordFamily('by', 'bygga')).toBe(false);
  });
});

describe('explanationOf', () => {
  const idea = { id: 'i', title: 'Phone friends', sdgs: [3, 10], language: 'en' } as unknown as IdeaFacts;
  const hit = { terms: [], sharedSdgs: [4, 3, 11], relatedTerms: [] };

  it("names as shared only goals among the challenge's chosen ones", () => {
    const challenge = { sdgs: [3, 10, 11], words: {}, language: 'en' } as unknown as ChallengeFacts;
    expect(explanationOf(hit, challenge, idea).sdgs).toEqual([3, 11, 10]);
  });

  it('names the goals both texts address when the challenge chose none', () => {
    const challenge = { sdgs: [], words: {}, language: 'en' } as unknown as ChallengeFacts;
    expect(explanationOf(hit, challenge, idea).sdgs).toEqual([4, 3, 11]);
  });

  it('names everyday words as shared terms only when nothing more telling is shared', () => {
    const challenge = {
      sdgs: [],
      words: { skap: 'skapar', ensam: 'ensamhet', mötesplats: 'mötesplatser' },
      language: 'sv',
    } as unknown as ChallengeFacts;
    const swedishIdea = { ...idea, title: 'Mötesplatser mot ensamhet', language: 'sv' } as IdeaFacts;
    const term = (t: string, weight: number) => ({ term: t, weight });
    const telling = { ...hit, terms: [term('skap', 3), term('ensam', 2), term('mötesplats', 1)] };
    expect(explanationOf(telling, challenge, swedishIdea).terms).toEqual(['ensamhet', 'mötesplatser']);
    const onlyEveryday = { ...hit, terms: [term('skap', 3)] };
    expect(explanationOf(onlyEveryday, challenge, swedishIdea).terms).toEqual(['skapar']);
  });
});
