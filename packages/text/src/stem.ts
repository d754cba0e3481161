import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import swedishStemmer from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import type { AnalysisLanguage } from './language';
import { ENGLISH_STEM_EXCEPTIONS, SWEDISH_STEM_EXCEPTIONS } from './stem-exceptions';

const LATIN = /^[a-z0-9åäöéüàèøæ]+$/;
// Snowball Swedish leaves definite forms ending in -an/-et ("ohälsan", "avfallet") untouched, and
// stems some definite forms to a different stem than their base ("arbetsmarknaden" ->
// "arbetsmarknad", while "arbetsmarknad" -> "arbetsmarkn"). Two small repairs bring most
// inflections of a word to one stem: drop the ending Snowball left, or re-stem the base it exposed.
const DEFINITE = /(an|et|en)$/;
const MIN_SWEDISH_STEM = 4;

function stemSwedish(token: string): string {
  return nominalisation(definite(token));
}

function definite(token: string): string {
  const stemmed = swedishStemmer.stem(token);
  if (!DEFINITE.test(token) || token.length - 2 < MIN_SWEDISH_STEM) return stemmed;
  const base = token.slice(0, -2);
  if (stemmed === token) return base;
  return stemmed === base ? swedishStemmer.stem(base) : stemmed;
}

// Snowball keeps the -ering noun of an -era verb apart from the verb ("diskriminering" vs
// "diskriminerande" -> "diskriminer"); nearly every Swedish -ering word is such a noun, so both get
// the verb's stem. (-ning in general is not: "tidning" is not "tid".)
function nominalisation(stemmed: string): string {
  return stemmed.endsWith('ering') && stemmed.length - 3 >= MIN_SWEDISH_STEM + 2
    ? stemmed.slice(0, -3)
    : stemmed;
}

/**
 * Stems one lowercase token with natural's Porter stemmer for the language (plus a definite-form
 * step for Swedish, and a few words of each language kept apart from lexicon words they would collide with:
 * `stem-exceptions.ts`). Tokens outside the Latin alphabet (Cyrillic, CJK ...) pass through unchanged:
 * the stemmers would mangle them.
 */
export function stem(token: string, lang: AnalysisLanguage): string {
  if (!LATIN.test(token)) return token;
  if (lang === 'sv') return SWEDISH_STEM_EXCEPTIONS.get(token) ?? stemSwedish(token);
  return ENGLISH_STEM_EXCEPTIONS.get(token) ?? englishStemmer.stem(token);
}
