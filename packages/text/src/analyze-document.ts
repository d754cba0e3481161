import { analyze } from './analyze';
import type { ConceptHit } from './concept-lexicon';
import { detectLanguage } from './detect-language';
import type { Language } from './language';

/**
 * Title words count this many times: a title states the topic, a description wanders. Chosen as a
 * round, conventional field boost (as in BM25F setups), not fitted to any data set.
 */
export const TITLE_WEIGHT = 2;

/**
 * Concept tokens count for this fraction of an occurrence: they restate words already present as
 * stems, so at full weight they would double-count; their job is to bridge languages and synonyms.
 */
export const CONCEPT_TOKEN_WEIGHT = 0.5;

/** Title and body of a challenge or an idea. */
export interface DocumentText {
  readonly title?: string;
  readonly body?: string;
}

/**
 * A document ready for indexing: weighted term frequencies plus the concepts found. Plain JSON;
 * store it and feed it back to `index.add` to rebuild the index at start without re-analysing.
 */
export interface AnalyzedDocument {
  readonly lang: Language;
  readonly terms: Record<string, number>;
  readonly concepts: ConceptHit[];
}

/** Analyses title and body with one language (detected over both) and merges them with field weights. */
export function analyzeDocument(doc: DocumentText, lang?: Language): AnalyzedDocument {
  const title = typeof doc.title === 'string' ? doc.title : '';
  const body = typeof doc.body === 'string' ? doc.body : '';
  const language = lang ?? detectLanguage(`${title}\n${body}`);
  const terms: Record<string, number> = Object.create(null);
  const concepts = new Map<string, { count: number; forms: Set<string>; specific: boolean }>();
  const fields: Array<[string, number]> = [
    [title, TITLE_WEIGHT],
    [body, 1],
  ];
  for (const [text, weight] of fields) {
    if (text.length === 0) continue;
    const analysis = analyze(text, language);
    for (const term of analysis.terms) {
      const w = term.startsWith('~') ? weight * CONCEPT_TOKEN_WEIGHT : weight;
      terms[term] = (terms[term] ?? 0) + w;
    }
    for (const hit of analysis.concepts) {
      const entry = concepts.get(hit.id) ?? { count: 0, forms: new Set<string>(), specific: false };
      entry.count += hit.count;
      entry.specific ||= hit.specific === true;
      for (const form of hit.forms) entry.forms.add(form);
      concepts.set(hit.id, entry);
    }
  }
  return {
    lang: language,
    terms: { ...terms },
    concepts: [...concepts].map(([id, { count, forms, specific }]) => ({
      id,
      count,
      forms: [...forms],
      ...(specific ? { specific } : {}),
    })),
  };
}
