import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatPercent, parseDecimal, setLanguage } from './i18n';

// Intl puts a no-break space before the Swedish percent sign.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatting in the page language', () => {
  afterEach(() => setLanguage('en'));

  it('writes percentages the English and the Swedish way', () => {
    setLanguage('en');
    expect(formatPercent(0.52)).toBe('52%');
    expect(formatPercent(0.0052, 1)).toBe('0.5%');
    setLanguage('sv');
    expect(plain(formatPercent(0.52))).toBe('52 %');
    expect(plain(formatPercent(0.0052, 1))).toBe('0,5 %');
  });

  it('names days and months in the language, with the year only when it is not this one', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    setLanguage('sv');
    expect(formatDay('2026-12-01T10:00:00Z', now)).toBe('1 dec.');
    expect(formatDay('2025-03-01T10:00:00Z', now)).toBe('1 mars 2025');
    expect(formatMonth('2026-12')).toBe('december 2026');
    setLanguage('en');
    expect(formatDay('2026-12-01T10:00:00Z', now)).toBe('1 Dec');
    expect(formatMonth('2026-01')).toBe('January 2026');
    expect(formatMonth('not a month')).toBe('not a month');
  });

  it('reads decimals typed with either separator', () => {
    expect(parseDecimal('0,4')).toBe(0.4);
    expect(parseDecimal(' 0.5 ')).toBe(0.5);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('abc')).toBeNaN();
  });
});
