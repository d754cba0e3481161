import { describe, expect, it } from 'vitest';
import { wrapLabel } from './chart-labels';

describe('wrapLabel', () => {
  it('breaks at spaces into lines no longer than the limit', () => {
    expect(wrapLabel('Visad för behovsägare (26)', 14)).toEqual(['Visad för', 'behovsägare', '(26)']);
    expect(wrapLabel('Shown to need owners (354)', 14)).toEqual(['Shown to need', 'owners (354)']);
  });

  it('keeps a short label on one line and a long word whole', () => {
    expect(wrapLabel('Urval (124)', 14)).toEqual(['Urval (124)']);
    expect(wrapLabel('Rekryteringssteget (3)', 10)).toEqual(['Rekryteringssteget', '(3)']);
    expect(wrapLabel('  ', 10)).toEqual([]);
  });
});
