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
});
