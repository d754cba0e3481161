import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('recognises Swedish prose', () => {
    expect(
      detectLanguage('Vi vill minska utanförskapet bland unga i stadens ytterområden genom fler sommarjobb.'),
    ).toBe('sv');
  });

  it('recognises English prose', () => {
    expect(
      detectLanguage(
        'How might we improve maternal health with mobile technologies for low-income countries?',
      ),
    ).toBe('en');
  });

  it('decides short texts by function words and Swedish letters', () => {
    expect(detectLanguage('och för att')).toBe('sv');
    expect(detectLanguage('the kids and their school')).toBe('en');
  });

  it('returns unknown for text without letters', () => {
    expect(detectLanguage('')).toBe('unknown');
    expect(detectLanguage('🙂🌍🚀')).toBe('unknown');
    expect(detectLanguage('2030 - 17 / 169')).toBe('unknown');
  });

  it('does not guess Swedish or English for other scripts', () => {
    expect(detectLanguage('Это длинный текст на русском языке о воде и санитарии в городах.')).toBe(
      'unknown',
    );
  });

  it('lets trigrams decide a title of a few words without function words', () => {
    expect(detectLanguage('Loneliness among older people')).toBe('en');
    expect(detectLanguage('Stadsodling för nyanlända familjer')).toBe('sv');
    expect(detectLanguage('Safe parks')).toBe('unknown');
  });
});
