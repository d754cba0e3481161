import { describe, expect, it } from 'vitest';
import { translateQuery } from './query-translation';
import { stem } from './stem';

const terms = (query: Array<{ term: string }>) => query.map((q) => q.term);

describe('translateQuery', () => {
  it('adds the English words of a Swedish query and says where each came from', () => {
    const { query, bridges } = translateQuery([{ term: stem('färsk', 'sv'), weight: 1 }], 'sv');
    expect(terms(query)).toContain(stem('fresh', 'en'));
    expect(bridges[stem('fresh', 'en')]).toBe(stem('färsk', 'sv'));
  });

  it('adds the Swedish words of an English query', () => {
    const { query } = translateQuery([{ term: stem('poverty', 'en'), weight: 1 }], 'en');
    expect(terms(query)).toContain(stem('fattigdom', 'sv'));
  });

  it('splits a word’s weight among its translations instead of multiplying it', () => {
    const { query } = translateQuery([{ term: stem('barn', 'sv'), weight: 1 }], 'sv');
    const added = query.slice(1);
    expect(added.length).toBeGreaterThan(1);
    for (const q of added) expect(q.weight).toBeCloseTo(1 / Math.sqrt(added.length), 6);
  });

  it('keeps terms already in the query and leaves unknown words alone', () => {
    const query = [
      { term: stem('färsk', 'sv'), weight: 1 },
      { term: stem('fresh', 'en'), weight: 2 },
      { term: 'qwxz', weight: 1 },
    ];
    const translated = translateQuery(query, 'sv');
    expect(translated.query.filter((q) => q.term === stem('fresh', 'en'))).toEqual([
      { term: stem('fresh', 'en'), weight: 2 },
    ]);
    expect(translated.bridges).toEqual({});
  });
});
