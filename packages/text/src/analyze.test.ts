import { describe, expect, it } from 'vitest';
import { analyze, CONCEPT_PREFIX } from './analyze';
import { analyzeDocument } from './analyze-document';

describe('analyze', () => {
  it('lowercases, drops stop words and stems English', () => {
    const result = analyze('The children are Running to the Schools');
    expect(result.lang).toBe('en');
    expect(result.terms).toEqual(expect.arrayContaining(['children', 'run', 'school']));
    expect(result.terms).not.toContain('the');
  });

  it('keeps å, ä and ö intact in Swedish stems', () => {
    const result = analyze('Äldre människor på landsbygden behöver stöd för hälsa och välmående', 'sv');
    expect(result.terms.some((t) => t.includes('ä'))).toBe(true);
    expect(result.terms).toEqual(expect.arrayContaining(['äldr', 'människ', 'stöd', 'häls']));
    expect(result.terms).not.toContain('och');
  });

  it('adds compound parts so a Swedish compound matches its parts', () => {
    const compound = analyze('samhällsutmaningar', 'sv').terms;
    const parts = analyze('samhälle utmaning', 'sv').terms.filter((t) => !t.startsWith('~'));
    expect(compound).toEqual(expect.arrayContaining(parts));
  });

  it('keeps field vocabulary as SDG evidence, not as cross-language tokens', () => {
    const analysed = analyze('Clinicians and patients in a clinical trial.', 'en');
    expect(analysed.concepts.map((c) => c.id)).toContain('domain-clinical');
    expect(analysed.terms.filter((t) => t.startsWith(`${CONCEPT_PREFIX}domain-`))).toEqual([]);
  });

  it('does not let a phrase that loses its stop words match its remaining word alone', () => {
    // "under-represented" keeps only "represented" once "under" is dropped: not the phrase.
    const ids = analyze('The results represent the sample well.', 'en').concepts.map((c) => c.id);
    expect(ids).not.toContain('social-inclusion');
    expect(analyze('Women are underrepresented in boards.', 'en').concepts.map((c) => c.id)).toContain(
      'social-inclusion',
    );
  });

  it('gives Swedish and English texts on one topic shared concept tokens', () => {
    const sv = analyze('Bättre sanitet och rent dricksvatten i låginkomstområden').terms;
    const en = analyze('Better sanitation and clean drinking water in low-income areas').terms;
    const shared = sv.filter((t) => t.startsWith('~') && en.includes(t));
    expect(shared).toEqual(expect.arrayContaining(['~sanitation', '~water', '~low-income']));
  });

  describe('bad input never throws and gives a defined result', () => {
    const cases: Array<[string, string]> = [
      ['empty text', ''],
      ['only stop words', 'the and of it is to'],
      ['only Swedish stop words', 'och att det som en på är'],
      ['emoji', '🙂🌍🚀 👩‍👩‍👧'],
      ['unpaired surrogates', 'vatten \uD800 och \uDC00 hygien \uD83D'],
      ['mixed scripts', 'Вода water 水 vatten ماء'],
    ];
    it.each(cases)('%s', (_name, text) => {
      const result = analyze(text);
      expect(Array.isArray(result.terms)).toBe(true);
      expect(['sv', 'en', 'unknown']).toContain(result.lang);
      for (const term of result.terms) expect(term).not.toMatch(/[\uD800-\uDFFF]/);
    });

    it('empty, stop-word-only and emoji text yield no terms', () => {
      expect(analyze('').terms).toEqual([]);
      expect(analyze('the and of it is to').terms).toEqual([]);
      expect(analyze('🙂🌍🚀').terms).toEqual([]);
    });

    it('analyses 1 MB of text within bounds', () => {
      const text = 'Clean water and sanitation for every school. '.repeat(25_000);
      expect(text.length).toBeGreaterThan(1_000_000);
      const result = analyze(text);
      expect(result.terms.length).toBeGreaterThan(0);
      expect(result.terms.length).toBeLessThan(200_000);
    });

    it('treats non-string input as empty', () => {
      expect(analyze(undefined as unknown as string).terms).toEqual([]);
    });
  });
});

describe('analyzeDocument', () => {
  it('weights title terms above body terms and is plain JSON', () => {
    const doc = analyzeDocument({
      title: 'Bone marrow donors',
      body: 'Students register as donors on campus.',
    });
    expect(doc.terms.marrow).toBeGreaterThan(doc.terms.student ?? 0);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('handles missing fields', () => {
    expect(analyzeDocument({}).terms).toEqual({});
  });
});
