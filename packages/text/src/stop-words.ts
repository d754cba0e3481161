import { words as naturalEnglish } from 'natural/lib/natural/util/stopwords.js';
import { words as naturalSwedish } from 'natural/lib/natural/util/stopwords_sv.js';
import type { AnalysisLanguage } from './language';

// natural's lists miss frequent function words of the texts we match (challenge questions start
// with "how might we ..."); these extras carry no topic in either language.
const EXTRA_ENGLISH = [
  'will',
  'can',
  'also',
  'just',
  'one',
  'two',
  'us',
  'via',
  'etc',
  'may',
  'let',
  'lets',
  'within',
  'without',
  'upon',
  'i',
  'im',
  'it’s',
  'its',
  'am',
  'yet',
  'per',
  'every',
  'thing',
  'things',
  'don',
  'doesn',
  'isn',
];
const EXTRA_SWEDISH = ['ex', 'bl', 'osv', 'etc', 'samt', 'hos', 'inom', 'både', 'ska', 'kunna', 'sätt'];

const LISTS: Record<AnalysisLanguage, ReadonlySet<string>> = {
  en: new Set([...naturalEnglish, ...EXTRA_ENGLISH]),
  sv: new Set([...naturalSwedish, ...EXTRA_SWEDISH]),
};

/** The stop words of a language (lowercase surface forms), shared with baselines for fair comparisons. */
export function stopWords(lang: AnalysisLanguage): ReadonlySet<string> {
  return LISTS[lang];
}
