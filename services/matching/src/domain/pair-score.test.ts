import { describe, expect, it } from 'vitest';
import { sameWordFamily } from './pair-score';

describe('sameWordFamily', () => {
  it('joins forms of one word that different stems gave', () => {
    expect(sameWordFamily('unga', 'unge')).toBe(true);
    expect(sameWordFamily('hyresgäst', 'hyresgästerna')).toBe(true);
    expect(sameWordFamily('Vägar', 'väg')).toBe(true);
    expect(sameWordFamily('tenants', 'tenant')).toBe(true);
  });

  it('keeps apart words that only begin alike', () => {
    expect(sameWordFamily('mat', 'matsvinn')).toBe(false);
    expect(sameWordFamily('arbete', 'arbetslöshet')).toBe(false);
    expect(sameWordFamily('bor', 'boende')).toBe(false);
    expect(sameWordFamily('äldre', 'ålder')).toBe(false);
    expect(sameWordFamily('by', 'bygga')).toBe(false);
  });
});
