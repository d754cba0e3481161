import { analyzeDocument, createMatcher, tagSdgs } from '@suite/text';
import { describe, expect, it } from 'vitest';
import { decodeIndexEntry, encodeIndexEntry } from './index-entry';

const texts = [
  {
    title: 'Composting toilets for urban slums',
    body: 'Low-cost sanitation that turns waste into fertiliser.',
  },
  { title: 'Skolbarn odlar grönsaker', body: 'Barn lär sig om färsk mat och hållbart jordbruk i skolan.' },
  { title: '', body: '' },
];

describe('index entry', () => {
  it('indexes an idea exactly as its full analysis does: same terms, same SDG bytes', () => {
    const fromAnalysis = createMatcher();
    const fromEntry = createMatcher();
    texts.forEach((text, i) => {
      const analysis = analyzeDocument(text);
      const entry = decodeIndexEntry(encodeIndexEntry(analysis, tagSdgs(analysis).scores));
      expect(entry?.lang).toBe(analysis.lang);
      fromAnalysis.addIdea(`i${i}`, analysis);
      fromEntry.addIdea(`i${i}`, entry as NonNullable<typeof entry>, entry?.sdg ?? []);
      expect(fromEntry.index.vector(`i${i}`)).toEqual(fromAnalysis.index.vector(`i${i}`));
      expect(fromEntry.index.termFrequencies(`i${i}`)).toEqual(fromAnalysis.index.termFrequencies(`i${i}`));
    });
  });

  it('is not an entry when the stored text lacks the terms or a 17-goal profile', () => {
    expect(decodeIndexEntry('null')).toBeUndefined();
    expect(decodeIndexEntry('{"lang":"en","terms":{"a":1},"sdg":[1,2]}')).toBeUndefined();
    expect(decodeIndexEntry('{"lang":"en","sdg":[]}')).toBeUndefined();
  });
});
