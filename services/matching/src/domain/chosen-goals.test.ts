import { analyzeDocument, termWords } from '@suite/text';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE, DEFAULT_MIN_SCORE, DEFAULT_WEIGHTS } from './default-matching-config';
import { type ChallengeFacts, createMatchIndex } from './match-index';
import { buildShortlist } from './shortlist-builder';

const config = {
  version: 1,
  weights: DEFAULT_WEIGHTS,
  minScore: DEFAULT_MIN_SCORE,
  balance: DEFAULT_BALANCE,
};
const lake = {
  title: 'Cleaner lakes',
  body: 'Farm runoff feeds algae blooms in our lakes; we test buffer strips and wetlands that catch nutrients.',
};

function lakeCorpus(challengeSdgs: number[]) {
  const index = createMatchIndex();
  // The same text twice: one author chose the challenge's goals, the other goals it does not name.
  for (const [id, sdgs] of [
    ['i-chosen', [6, 14, 15]],
    ['i-other', [1, 8]],
  ] as const) {
    index.putInnovator({
      id: `inn-${id}`,
      name: id,
      group: 'woman',
      region: null,
      consentMatching: true,
      consentEmailRecommendations: true,
    });
    const analysis = analyzeDocument(lake);
    const facts = { id, innovatorId: `inn-${id}`, title: lake.title, stage: 'idea', region: null };
    index.putIdea({ ...facts, language: analysis.lang, sdgs: [...sdgs], updatedAtMs: 0 }, analysis);
  }
  const text = {
    title: 'Healthy lakes and wetlands',
    body: 'Stop nutrient runoff and algae blooms in lakes.',
  };
  const analysis = analyzeDocument(text);
  const challenge: ChallengeFacts = {
    id: 'c-lakes',
    organisationId: 'org-1',
    title: text.title,
    status: 'open',
    region: null,
    language: analysis.lang,
    sdgs: challengeSdgs,
    analysis,
    words: termWords(text, analysis.lang),
    balancePolicy: null,
  };
  index.putChallenge(challenge);
  return buildShortlist({ index, challenge, k: 2, config, nowMs: 0 }).entries;
}

describe('goals the authors chose', () => {
  it('count in the sdg component: the idea whose author chose the challenge goals ranks first', () => {
    const [first, second] = lakeCorpus([6, 14, 15]);
    expect(first?.idea.id).toBe('i-chosen');
    expect(first?.components.sdg).toBeGreaterThan(second?.components.sdg ?? 1);
    expect(first?.components.text).toBe(second?.components.text);
    expect(first?.explanation.sdgs).toEqual(expect.arrayContaining([14, 15]));
  });
});
