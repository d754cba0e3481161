import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { evaluationText } from './evaluation-text';

const figures = (ndcg: number | null, recall: number | null) => ({ ndcg, recall });

describe('evaluationText', () => {
  afterEach(() => setLanguage('en'));

  it('says there is nothing to evaluate against instead of showing zeros', () => {
    setLanguage('en');
    const none = { k: 20, challenges: 0, current: figures(null, null), proposed: figures(null, null) };
    expect(evaluationText({ ...none, note: 'no decisions yet' })).toBe(
      'no recorded decisions yet to evaluate against.',
    );
    setLanguage('sv');
    expect(evaluationText(none)).toBe('inga registrerade beslut ännu att utvärdera mot.');
  });

  it('says when nobody that need owners went on with is on either list', () => {
    setLanguage('en');
    const off = { k: 20, challenges: 2, current: figures(0, 0), proposed: figures(0, 0) };
    expect(evaluationText(off)).toBe(
      'none of the people need owners went on with (2 challenges with decisions) are among the first 20 on either list.',
    );
  });

  it('gives the figures with locale decimals and percentages', () => {
    const some = { k: 20, challenges: 1, current: figures(0.5, 0.5), proposed: figures(0.75, 1) };
    setLanguage('en');
    expect(evaluationText(some)).toBe(
      'how high the people need owners went on with are ranked (1 = at the top): now 0.50, proposed 0.75; among the first 20: 50% of them now, 100% proposed. From 1 challenge with decisions.',
    );
    setLanguage('sv');
    // Intl puts a no-break space before the Swedish percent sign.
    expect(evaluationText(some).replace(/\u00a0/g, ' ')).toContain(
      'nu 0,50, föreslaget 0,75; bland de 20 första: 50 % av dem nu',
    );
  });
});
