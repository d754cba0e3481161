import { GENERAL_CONCEPTS } from './concept-map';
import type { AnalysisLanguage } from './language';
import { SDG_LEXICON } from './sdg-lexicon';
import { isSwedishCompound, streamTokens, type TokenStream } from './token-stream';
import { tokenize } from './tokenize';

/** How strongly a concept signals one goal, and the key target it points at if any. */
export interface GoalLink {
  readonly goal: number;
  readonly weight: number;
  readonly target?: string;
}

/** A bilingual concept: its id (used as the cross-language token `~id`) and its SDG links. */
export interface Concept {
  readonly id: string;
  readonly goals: GoalLink[];
}

/** One concept found in a text: how often and through which lexicon forms. */
export interface ConceptHit {
  readonly id: string;
  readonly count: number;
  readonly forms: string[];
  /**
   * Whether a specific form matched: an English phrase or a Swedish compound ("child poverty",
   * "barnfattigdom") names a subject more precisely than one of its words. Absent in old analyses.
   */
  readonly specific?: boolean;
}

interface Pattern {
  readonly concept: number;
  readonly stems: readonly string[];
  readonly form: string;
  readonly specific: boolean;
}

interface LanguageTable {
  // Patterns keyed by their first stem; single-stem patterns are simply length-1 phrases.
  readonly byFirstStem: Map<string, Pattern[]>;
}

interface CompiledLexicon {
  readonly concepts: Concept[];
  readonly tables: Record<AnalysisLanguage, LanguageTable>;
}

let compiled: CompiledLexicon | undefined;

function compile(): CompiledLexicon {
  const concepts: Concept[] = [];
  const indexById = new Map<string, number>();
  const tables: Record<AnalysisLanguage, LanguageTable> = {
    en: { byFirstStem: new Map() },
    sv: { byFirstStem: new Map() },
  };
  const seen = new Set<string>();

  const conceptIndex = (id: string): number => {
    let index = indexById.get(id);
    if (index === undefined) {
      index = concepts.length;
      concepts.push({ id, goals: [] });
      indexById.set(id, index);
    }
    return index;
  };
  const addForms = (concept: number, forms: string, lang: AnalysisLanguage) => {
    for (const raw of forms.split('|')) {
      const form = raw.trim();
      const stems = streamTokens(form, lang).stems;
      const key = `${lang}|${concept}|${stems.join(' ')}`;
      if (stems.length === 0 || seen.has(key)) continue;
      // A phrase that stop-word removal shrinks to one word ("under-represented" -> "represent",
      // "högre utbildning" -> "utbildning") would match that word everywhere: it is not the phrase.
      if (stems.length === 1 && tokenize(form).filter((token) => token.length >= 2).length > 1) continue;
      seen.add(key);
      const first = stems[0] as string;
      const list = tables[lang].byFirstStem.get(first) ?? [];
      const specific = stems.length > 1 || (lang === 'sv' && isSwedishCompound(form.toLowerCase()));
      list.push({ concept, stems, form, specific });
      tables[lang].byFirstStem.set(first, list);
    }
  };

  for (const { goal, entries } of SDG_LEXICON) {
    for (const [id, weight, en, sv, target] of entries) {
      const index = conceptIndex(id);
      concepts[index]?.goals.push(target === undefined ? { goal, weight } : { goal, weight, target });
      addForms(index, en, 'en');
      addForms(index, sv, 'sv');
    }
  }
  for (const [id, en, sv] of GENERAL_CONCEPTS) {
    const index = conceptIndex(id);
    addForms(index, en, 'en');
    addForms(index, sv, 'sv');
  }
  // Longest phrases first, so "climate change" is tried before "climate".
  for (const table of Object.values(tables)) {
    for (const list of table.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }
  return { concepts, tables };
}

/** The compiled concept table (SDG lexicon plus general concepts), built once on first use. */
export function conceptTable(): readonly Concept[] {
  compiled ??= compile();
  return compiled.concepts;
}

/**
 * Finds lexicon concepts in a token stream. Phrases match consecutive stems; single forms also
 * match compound parts. A concept counts once per position, so "climate change" is one hit, not two.
 */
export function matchConcepts(stream: TokenStream, lang: AnalysisLanguage): ConceptHit[] {
  compiled ??= compile();
  const { concepts, tables } = compiled;
  const table = tables[lang];
  const counts = new Map<number, { count: number; forms: Set<string>; specific: boolean }>();
  const coveredUntil = new Map<number, number>();
  // Words a lexicon form matched whole: their compound parts add nothing ("arbetstillfällen" is
  // employment; its part "arbete" must not count a second concept from the same word).
  const matchedWords = new Set<number>();
  const record = (pattern: Pattern, at: number) => {
    if ((coveredUntil.get(pattern.concept) ?? -1) > at) return;
    for (let k = 0; k < pattern.stems.length; k++) matchedWords.add(at + k);
    coveredUntil.set(pattern.concept, at + pattern.stems.length);
    const entry = counts.get(pattern.concept) ?? { count: 0, forms: new Set<string>(), specific: false };
    entry.count++;
    entry.forms.add(pattern.form);
    entry.specific ||= pattern.specific;
    counts.set(pattern.concept, entry);
  };

  const { stems, parts, partSources } = stream;
  for (let i = 0; i < stems.length; i++) {
    const candidates = table.byFirstStem.get(stems[i] as string);
    if (candidates === undefined) continue;
    for (const pattern of candidates) {
      let matches = true;
      for (let k = 1; k < pattern.stems.length; k++) {
        if (stems[i + k] !== pattern.stems[k]) {
          matches = false;
          break;
        }
      }
      if (matches) record(pattern, i);
    }
  }
  // Compound parts have no position of their own: place them after the text so they never merge.
  for (let p = 0; p < parts.length; p++) {
    if (matchedWords.has(partSources[p] ?? -1)) continue;
    for (const pattern of table.byFirstStem.get(parts[p] as string) ?? []) {
      if (pattern.stems.length === 1) record(pattern, stems.length + p);
    }
  }

  const hits: ConceptHit[] = [];
  for (const [index, { count, forms, specific }] of counts) {
    const concept = concepts[index];
    if (concept !== undefined)
      hits.push({ id: concept.id, count, forms: [...forms], ...(specific ? { specific } : {}) });
  }
  return hits;
}
