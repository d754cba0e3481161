import { analyzeDocument, DEFAULT_MATCH_WEIGHTS } from '@suite/text';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE, DEFAULT_MIN_SCORE, DEFAULT_WEIGHTS } from './default-matching-config';
import { buildShortlist, type ScoringConfig } from './shortlist-builder';
import { indexSmallCorpus, smallIdeas } from './testing/small-corpus';

const config: ScoringConfig = {
  version: 1,
  weights: DEFAULT_WEIGHTS,
  minScore: DEFAULT_MIN_SCORE,
  balance: DEFAULT_BALANCE,
};
const noBounds: ScoringConfig = { ...config, balance: { mode: 'relax', groups: {} } };
const now = Date.UTC(2026, 0, 15);

describe('buildShortlist', () => {
  it('keeps the text package blend of text and sdg in the default weights', () => {
    expect(DEFAULT_WEIGHTS.text / DEFAULT_WEIGHTS.sdg).toBeCloseTo(
      DEFAULT_MATCH_WEIGHTS.text / DEFAULT_MATCH_WEIGHTS.sdg,
      12,
    );
  });

  it('ranks exactly as the matcher (what eval:matching measures) when the other components are equal', () => {
    const { index, challenges } = indexSmallCorpus();
    // The corpus mixes Swedish and English, so the language component is not constant here: it is
    // switched off; region, stage and freshness are equal for every idea.
    const sameContext: ScoringConfig = { ...noBounds, weights: { ...DEFAULT_WEIGHTS, language: 0 } };
    for (const challenge of challenges) {
      const expected = index.matcher.rank(index.profile(challenge), smallIdeas.length).map((hit) => hit.id);
      const shortlist = buildShortlist({ index, challenge, k: 200, config: sameContext, nowMs: now });
      expect(expected.length).toBeGreaterThan(2);
      expect(shortlist.entries.map((e) => e.idea.id)).toEqual(expected);
    }
  });

  it('explains every entry with components in [0,1], shared terms and a score from the weights', () => {
    const { index, challenges } = indexSmallCorpus();
    const shortlist = buildShortlist({
      index,
      challenge: challenges[0]!,
      k: 5,
      config: noBounds,
      nowMs: now,
    });
    expect(shortlist.entries[0]?.idea.id).toMatch(/^i-(01|02|04|12)$/);
    for (const entry of shortlist.entries) {
      for (const value of Object.values(entry.components)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(entry.explanation.terms.length).toBeGreaterThan(0);
      expect(entry.score).toBeGreaterThan(0);
    }
    expect(shortlist.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('meets the balance from beyond the text top-k when the pool has the people', () => {
    // For the elderly challenge the text top 5 holds one woman (i-12); i-03 and i-10 rank lower.
    const { index, challenges } = indexSmallCorpus({
      groups: (i) => ([2, 9, 11].includes(i) ? 'woman' : 'man'),
    });
    const elderly = challenges[1]!;
    const plain = buildShortlist({ index, challenge: elderly, k: 5, config: noBounds, nowMs: now });
    const balanced = buildShortlist({ index, challenge: elderly, k: 5, config, nowMs: now });
    expect(plain.balance.list).toEqual({ man: 4, woman: 1 });
    expect(balanced.relaxed).toBe(false);
    expect(balanced.balance.list.man).toBeGreaterThanOrEqual(2);
    expect(balanced.balance.list.woman).toBeGreaterThanOrEqual(2);
    expect(balanced.balance.binding.length).toBeGreaterThan(0);
  });

  it('lists one entry per innovator (their best idea) and never someone without matching consent', () => {
    const { index, challenges } = indexSmallCorpus();
    const owner = index.idea('i-02')!;
    const i12 = smallIdeas.find((i) => i.id === 'i-12')!;
    index.putIdea(
      { ...index.idea('i-12')!, innovatorId: owner.innovatorId },
      analyzeDocument({ title: i12.title, body: i12.body }),
    );
    index.putInnovator({ ...index.innovator('inn-01')!, consentMatching: false });
    const shortlist = buildShortlist({
      index,
      challenge: challenges[0]!,
      k: 20,
      config: noBounds,
      nowMs: now,
    });
    const people = shortlist.entries.map((e) => e.innovator.id);
    expect(new Set(people).size).toBe(people.length);
    expect(people).not.toContain('inn-01');
    expect(people).not.toContain('inn-12');
  });

  it('returns no list and the shortfall in strict mode when the pool cannot meet the bounds', () => {
    const { index, challenges } = indexSmallCorpus({ groups: () => 'man' });
    const strict: ScoringConfig = { ...config, balance: { mode: 'strict', groups: { woman: { min: 0.4 } } } };
    const shortlist = buildShortlist({ index, challenge: challenges[0]!, k: 5, config: strict, nowMs: now });
    expect(shortlist.entries).toEqual([]);
    expect(shortlist.balance.shortfall?.woman).toBeGreaterThan(0);
  });
});
