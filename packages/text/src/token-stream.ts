import { createCompoundSplitter } from './compound-splitter';
import { knownWords } from './known-words';
import type { AnalysisLanguage } from './language';
import { stem } from './stem';
import { stopWords } from './stop-words';
import { tokenize } from './tokenize';

/** Stems of a text in reading order (stop words removed) and the stems of its compound parts. */
export interface TokenStream {
  readonly stems: string[];
  readonly parts: string[];
  /** For each compound part, the index in `stems` of the word it came from. */
  readonly partSources: number[];
}

let splitter: ((word: string) => readonly string[]) | undefined;

/** The shared Swedish compound splitter over our vocabulary and every Swedish lexicon form. */
export function splitSwedishCompound(word: string): readonly string[] {
  splitter ??= createCompoundSplitter(knownWords('sv'));
  return splitter(word);
}

let knownSwedishStems: Set<string> | undefined;

/**
 * Whether a Swedish word is a compound of two known words (an optional linking s between them):
 * `barnfattigdom`, `havsnivåhöjning`. Such a word says as much as an English two-word phrase.
 */
export function isSwedishCompound(word: string): boolean {
  knownSwedishStems ??= new Set(knownWords('sv').map((w) => stem(w, 'sv')));
  const known = knownSwedishStems;
  for (let i = 3; i <= word.length - 4; i++) {
    const left = word.slice(0, i);
    const leftKnown =
      known.has(stem(left, 'sv')) || (left.endsWith('s') && known.has(stem(left.slice(0, -1), 'sv')));
    if (leftKnown && known.has(stem(word.slice(i), 'sv'))) return true;
  }
  return false;
}

/**
 * Runs the per-language pipeline over each word: tokenise, drop stop words, stem; Swedish words
 * additionally yield the stems of their compound parts so "barnfattigdom" also matches "fattigdom".
 * `visit` gets each kept word as written (lowercased), its stem and its parts' stems.
 */
export function visitWords(
  text: string,
  lang: AnalysisLanguage,
  visit: (word: string, stemmed: string, parts: readonly string[]) => void,
): void {
  const stops = stopWords(lang);
  for (const token of tokenize(text)) {
    // Single letters are initials and list markers, not topics, in either language.
    if (token.length < 2 || stops.has(token)) continue;
    const stemmed = stem(token, lang);
    if (stemmed.length === 0) continue;
    visit(token, stemmed, lang === 'sv' ? splitSwedishCompound(token) : NO_PARTS);
  }
}

const NO_PARTS: readonly string[] = [];

/** The stems of a text in reading order and the stems of its compound parts (see `visitWords`). */
export function streamTokens(text: string, lang: AnalysisLanguage): TokenStream {
  const stems: string[] = [];
  const parts: string[] = [];
  const partSources: number[] = [];
  visitWords(text, lang, (_word, stemmed, wordParts) => {
    stems.push(stemmed);
    for (const part of wordParts) {
      if (part === stemmed) continue;
      parts.push(part);
      partSources.push(stems.length - 1);
    }
  });
  return { stems, parts, partSources };
}
