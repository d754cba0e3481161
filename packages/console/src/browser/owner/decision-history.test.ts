import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { historyText } from './decision-history';

const now = new Date('2026-12-10T12:00:00Z');

describe('historyText', () => {
  afterEach(() => setLanguage('en'));

  it('lists the changes oldest first, dated in the page language', () => {
    const history = [
      { stage: 'accepted' as const, at: '2026-12-03T09:00:00Z' },
      { stage: 'invited' as const, at: '2026-12-01T09:00:00Z' },
    ];
    setLanguage('sv');
    expect(historyText(history, now)).toBe('Historik: Inbjuden 1 dec., Tackat ja 3 dec.');
    setLanguage('en');
    expect(historyText(history, now)).toBe('History: Invited 1 Dec, Accepted 3 Dec');
  });

  it('adds the year to a change from another year, and says nothing without changes', () => {
    setLanguage('en');
    expect(historyText([{ stage: 'declined', at: '2025-11-20T09:00:00Z' }], now)).toBe(
      'History: Declined 20 Nov 2025',
    );
    expect(historyText([], now)).toBeUndefined();
  });
});
