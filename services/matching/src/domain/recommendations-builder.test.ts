import { analyzeDocument, termWords } from '@suite/text';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE, DEFAULT_WEIGHTS } from './default-matching-config';
import { createMatchIndex } from './match-index';
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

  it('recommends a challenge to everyone when every idea is about its topic', () => {
    // The challenge's words are in every idea, so BM25 weighs them almost nothing and the ideas'
    // own numbers decide the text score: a share of the best idea's score would leave most out.
    const index = createMatchIndex();
    for (let i = 0; i < 40; i++) {
      index.putInnovator({
        id: `inn-${i}`,
        name: `Person ${i}`,
        group: 'woman',
        region: null,
        consentMatching: true,
        consentEmailRecommendations: true,
      });
      const text = {
        title: `Idé ${i} om matsvinn`,
        body: `Ett förslag nummer ${i} för matsvinn och skolkök och överbliven mat med variant ${i}.`,
      };
      const analysis = analyzeDocument(text);
      const facts = { id: `idea-${i}`, innovatorId: `inn-${i}`, title: text.title, stage: 'idea' };
      index.putIdea({ ...facts, region: null, language: 'sv', sdgs: [], updatedAtMs: 0 }, analysis);
    }
    const text = {
      title: 'Utmaning om matsvinn',
      body: 'Vi söker idéer om matsvinn, skolkök, överbliven mat.',
    };
    const analysis = analyzeDocument(text);
    index.putChallenge({
      id: 'c-food',
      organisationId: 'org-1',
      title: text.title,
      status: 'open',
      region: null,
      language: 'sv',
      sdgs: [],
      analysis,
      words: termWords(text, 'sv'),
      balancePolicy: null,
    });
    const config = { version: 1, weights: DEFAULT_WEIGHTS, minScore: 0.05, balance: DEFAULT_BALANCE };
    for (let i = 0; i < 40; i++) {
      const innovator = index.innovator(`inn-${i}`);
      if (!innovator) throw new Error(`inn-${i} is indexed`);
      const found = recommendChallenges({
        index,
        innovator,
        ideas: index.ideasOf(innovator.id),
        k: 5,
        config,
        nowMs: 0,
      });
      expect(
        found.map((r) => r.challengeId),
        innovator.id,
      ).toEqual(['c-food']);
    }
  });
});
