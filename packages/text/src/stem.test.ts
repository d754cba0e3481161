import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('gives a Swedish -ering noun the stem of its -era verb', () => {
    expect(stem('diskriminering', 'sv')).toBe(stem('diskriminerande', 'sv'));
    expect(stem('diskrimineringen', 'sv')).toBe(stem('diskriminera', 'sv'));
    expect(stem('digitalisering', 'sv')).toBe(stem('digitaliserar', 'sv'));
  });

  it('leaves other -ning nouns and short -ering words alone', () => {
    expect(stem('tidning', 'sv')).not.toBe(stem('tid', 'sv'));
    expect(stem('kring', 'sv')).toBe('kring');
  });

  it('brings definite forms to the base form', () => {
    expect(stem('arbetsmarknaden', 'sv')).toBe(stem('arbetsmarknad', 'sv'));
  });

  it('passes tokens outside the Latin alphabet through', () => {
    expect(stem('вода', 'sv')).toBe('вода');
    expect(stem('水', 'en')).toBe('水');
  });

  it('keeps English words apart that Porter would merge with an unrelated lexicon word', () => {
    expect(stem('important', 'en')).not.toBe(stem('imports', 'en'));
    expect(stem('communication', 'en')).not.toBe(stem('communities', 'en'));
    expect(stem('hospital', 'en')).not.toBe(stem('hospitality', 'en'));
    expect(stem('extremely', 'en')).not.toBe(stem('extremism', 'en'));
    expect(stem('access', 'en')).not.toBe(stem('accessible', 'en'));
    expect(stem('aid', 'en')).not.toBe(stem('aids', 'en'));
    expect(stem('mobile', 'en')).not.toBe(stem('mobility', 'en'));
    expect(stem('renewal', 'en')).not.toBe(stem('renewable', 'en'));
    expect(stem('package', 'en')).not.toBe(stem('packaging', 'en'));
    // ... while each word still shares a stem with its own inflections.
    expect(stem('importance', 'en')).toBe(stem('important', 'en'));
    expect(stem('hospitals', 'en')).toBe(stem('hospital', 'en'));
    expect(stem('imported', 'en')).toBe(stem('imports', 'en'));
    expect(stem('accessibility', 'en')).toBe(stem('accessible', 'en'));
  });

  it('keeps Swedish words apart that Snowball would merge with an unrelated lexicon word', () => {
    expect(stem('lånar', 'sv')).not.toBe(stem('lån', 'sv'));
    expect(stem('lånar', 'sv')).toBe(stem('låna', 'sv'));
    expect(stem('lånen', 'sv')).toBe(stem('lån', 'sv'));
  });
});
