import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { changeText, fieldLabel } from './audit-diff';

describe('audit diff text', () => {
  afterEach(() => setLanguage('en'));

  it('names fields as the editor does, with decimal commas in Swedish', () => {
    setLanguage('sv');
    expect(changeText({ field: 'balance.groups.woman.min', from: 0.4, to: 0.5 })).toBe(
      'Minsta andel kvinnor: 0,4 → 0,5',
    );
    expect(changeText({ field: 'weights.region', from: 10, to: 25 })).toBe('Samma region: 10 → 25');
    expect(changeText({ field: 'balance.groups.man.max', from: null, to: 0.6 })).toBe(
      'Högsta andel män: ingen → 0,6',
    );
    expect(changeText({ field: 'balance.mode', from: 'relax', to: 'strict' })).toBe(
      'När urvalet inte räcker för gränserna: mjuka upp → strikt',
    );
  });

  it('keeps English decimals and leaves unknown fields as they are', () => {
    setLanguage('en');
    expect(changeText({ field: 'minScore', from: 0.25, to: 0.3 })).toBe(
      'Minimum score for recommendations: 0.25 → 0.3',
    );
    expect(fieldLabel('balance.groups.other.min')).toBe('balance.groups.other.min');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });
});
