import { type ConceptHit, matchConcepts } from './concept-lexicon';
import { detectLanguage } from './detect-language';
import type { AnalysisLanguage, Language } from './language';
import { sanitizeText } from './sanitize-text';
import { streamTokens } from './token-stream';

/** Prefix of cross-language concept tokens: `~sanitation` comes from "sanitation" and "sanitet" alike. */
export const CONCEPT_PREFIX = '~';

/** The analysis of one text. Plain JSON, so it can be stored and used to rebuild an index. */
export interface AnalyzedText {
  /** Detected (or given) language of the text. */
  readonly lang: Language;
  /** Stems in reading order, then compound-part stems, then one `~concept` token per concept hit. */
  readonly terms: string[];
  /** Lexicon concepts found in the text (the SDG tagger's evidence). */
  readonly concepts: ConceptHit[];
}

/**
 * Whether a concept becomes a cross-language `~token`. The broad field vocabulary of the SDG lexicon
 * (`domain-*`, see sdg-lexicon/goals-domain.ts) is SDG evidence only: as index terms it matched ideas
 * on a shared field ("technology", "patients") rather than a shared subject and lowered ranking MAP.
 */
function bridgesLanguages(conceptId: string): boolean {
  return !conceptId.startsWith('domain-');
}

/** Picks the pipeline for a text whose language could not be told: Swedish letters decide. */
export function analysisLanguage(lang: Language, text: string): AnalysisLanguage {
  if (lang !== 'unknown') return lang;
  return /[åäö]/i.test(text) ? 'sv' : 'en';
}

/**
 * Analyses a text: detects its language (unless given), tokenises, drops stop words, stems,
 * splits Swedish compounds and adds cross-language concept tokens. Never throws: empty, emoji-only
 * or malformed input yields no terms.
 */
export function analyze(input: string, lang?: Language): AnalyzedText {
  const text = sanitizeText(input);
  const detected = lang ?? detectLanguage(text);
  if (text.length === 0) return { lang: detected, terms: [], concepts: [] };
  const pipeline = analysisLanguage(detected, text);
  const stream = streamTokens(text, pipeline);
  const concepts = matchConcepts(stream, pipeline);
  const terms = [...stream.stems, ...stream.parts];
  for (const hit of concepts) {
    if (!bridgesLanguages(hit.id)) continue;
    for (let i = 0; i < hit.count; i++) terms.push(CONCEPT_PREFIX + hit.id);
  }
  return { lang: detected, terms, concepts };
}
