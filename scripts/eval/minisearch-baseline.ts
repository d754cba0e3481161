import { stem, stopWords } from '@suite/text';
import MiniSearch from 'minisearch';

/**
 * The reference ranker of the evaluations and benchmark: MiniSearch's BM25 with English Porter stems
 * (natural's stemmer, as ours) and the same English stop words, over title and body fields.
 */
export function createMiniSearchBaseline(): MiniSearch<{ id: string; title: string; body: string }> {
  const stops = stopWords('en');
  return new MiniSearch({
    fields: ['title', 'body'],
    idField: 'id',
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return stops.has(lower) ? null : stem(lower, 'en');
    },
  });
}
