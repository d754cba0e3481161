import { SWEDISH_ENGLISH } from './bilingual-dictionary';
import { GENERAL_CONCEPTS } from './concept-map';
import { SDG_CALIBRATION } from './sdg-calibration';
import { SDG_LEXICON } from './sdg-lexicon';
import { ENGLISH_STEM_EXCEPTIONS, SWEDISH_STEM_EXCEPTIONS } from './stem-exceptions';
import { SWEDISH_VOCABULARY } from './swedish-vocabulary';

/**
 * Raise when the analysis code changes what it makes of a text (tokenising, stemming, compound
 * splitting, concept matching, the SDG decision); changes to the word lists and the calibration are
 * noticed without it.
 */
const ANALYSIS_CODE_REVISION = 1;

let version: string | undefined;

/**
 * Names the analysis a text gets today: the code revision and a hash of every list it reads. A store
 * of analyses compares it with the one it recorded to find those a newer analyser would read
 * differently.
 */
export function analyzerVersion(): string {
  version ??= `${ANALYSIS_CODE_REVISION}.${fnv1a(
    JSON.stringify([
      SDG_LEXICON,
      GENERAL_CONCEPTS,
      SWEDISH_ENGLISH,
      SWEDISH_VOCABULARY,
      [...ENGLISH_STEM_EXCEPTIONS],
      [...SWEDISH_STEM_EXCEPTIONS],
      SDG_CALIBRATION,
    ]),
  )}`;
  return version;
}

/** 32-bit FNV-1a over UTF-16 code units, in hex: a change detector, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
