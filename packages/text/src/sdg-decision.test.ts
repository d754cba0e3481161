import { describe, expect, it } from 'vitest';
import { addressesGoal, goalMentions, MIN_EVIDENCE } from './sdg-decision';
import { tagSdgs } from './sdg-tagger';

const settings = { threshold: 0.1, dominance: 0.7, secondaryShare: 0.3, strongEvidence: 7 };

describe('goalMentions', () => {
  it('counts a word matched by two concepts of a goal once', () => {
    expect(
      goalMentions([
        { count: 2, forms: ['digital', 'platform'], weight: 2 },
        { count: 1, forms: ['digital'], weight: 1 },
      ]),
    ).toBe(2);
  });

  it('counts context words as half a mention', () => {
    expect(goalMentions([{ count: 1, forms: ['corruption'], weight: 3 }])).toBe(1);
    expect(
      goalMentions([
        { count: 1, forms: ['corruption'], weight: 3 },
        { count: 1, forms: ['authorities'], weight: 1 },
      ]),
    ).toBe(1.5);
  });
});

describe('addressesGoal', () => {
  it('tags a dominant goal, and a weaker one only when the text comes back to it', () => {
    expect(addressesGoal(0.6, 10, 10, 1, settings)).toBe(true);
    expect(addressesGoal(0.3, 4, 10, 1, settings)).toBe(false);
    expect(addressesGoal(0.3, 4, 10, 2, settings)).toBe(true);
    expect(addressesGoal(0.2, 2, 10, 2, settings)).toBe(false);
  });

  it('needs direct evidence: one context word is not a reference to a goal', () => {
    expect(addressesGoal(0.22, MIN_EVIDENCE - 1, MIN_EVIDENCE - 1, 1, settings)).toBe(false);
    expect(tagSdgs('Vi ger dem stöd i arbetet med företag.').tags).toEqual([]);
    expect(tagSdgs('The government supports the staff.').tags).toEqual([]);
  });
});
