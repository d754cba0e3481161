import { franc } from 'franc-min';
import type { Language } from './language';
import { sanitizeText } from './sanitize-text';
import { stopWords } from './stop-words';
import { tokenize } from './tokenize';

// franc's trigram model needs some text; below this we decide by function words and letters.
const FRANC_MIN_CHARS = 40;
const FRANC_SHORT_CHARS = 20;
// franc only reads the first couple of thousand characters anyway; slicing keeps 1 MB inputs cheap.
const FRANC_MAX_CHARS = 4_000;

/**
 * Detects whether a text is Swedish or English. Returns `unknown` for empty text, text without
 * letters (emoji, numbers) and text that is neither. Restricting franc to the two languages we serve
 * avoids the usual confusions (Swedish read as Norwegian or Danish).
 */
export function detectLanguage(input: string): Language {
  const text = sanitizeText(input);
  if (!/\p{L}/u.test(text)) return 'unknown';
  const sample = text.slice(0, FRANC_MAX_CHARS);
  const hint = functionWordVote(sample);
  // Without any Latin letters (Cyrillic, CJK ...) franc would still pick one of the two.
  if (!/[a-zåäö]/i.test(sample)) return hint;
  // Short texts (titles) go by function words; only when those say nothing, and there are at least
  // a few words, do trigrams decide - on one or two words they are a coin toss.
  if (sample.length < FRANC_MIN_CHARS && (hint !== 'unknown' || sample.length < FRANC_SHORT_CHARS))
    return hint;
  const guess = franc(sample, { only: ['swe', 'eng'], minLength: 10 });
  if (guess === 'swe') return 'sv';
  if (guess === 'eng') return 'en';
  return hint;
}

function functionWordVote(text: string): Language {
  const sv = stopWords('sv');
  const en = stopWords('en');
  let svVotes = /[åäö]/i.test(text) ? 1 : 0;
  let enVotes = 0;
  for (const token of tokenize(text).slice(0, 200)) {
    if (sv.has(token) && !en.has(token)) svVotes++;
    else if (en.has(token) && !sv.has(token)) enVotes++;
  }
  if (svVotes === enVotes) return 'unknown';
  return svVotes > enVotes ? 'sv' : 'en';
}
