import { SWEDISH_ENGLISH } from './bilingual-dictionary';
import type { QueryTerm } from './bm25-types';
import type { Language } from './language';
import { stem } from './stem';

interface Dictionary {
  readonly svToEn: Map<string, Set<string>>;
  readonly enToSv: Map<string, Set<string>>;
}

let compiled: Dictionary | undefined;

function compile(): Dictionary {
  const svToEn = new Map<string, Set<string>>();
  const enToSv = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, from: string, to: string) => {
    if (from === to) return;
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const line of SWEDISH_ENGLISH.split('\n')) {
    const [sv, ...en] = line.trim().split(/\s+/);
    if (sv === undefined || sv.length === 0 || en.length === 0) continue;
    const svStem = stem(sv, 'sv');
    for (const word of en) {
      const enStem = stem(word.toLowerCase(), 'en');
      link(svToEn, svStem, enStem);
      link(enToSv, enStem, svStem);
    }
  }
  return { svToEn, enToSv };
}

/** A query with its dictionary translations added, and which query term each translation came from. */
export interface TranslatedQuery {
  readonly query: QueryTerm[];
  /** Added term -> the query term it translates (both stems). */
  readonly bridges: Record<string, string>;
}

/**
 * Adds the other language's words for each query term (Swedish -> English for a Swedish query,
 * English -> Swedish for an English one, both when the language is unknown), so a challenge finds
 * ideas written in the other language. A term with n translations gives each weight w / sqrt(n):
 * synonyms share the source word's weight instead of multiplying it. Terms already in the query keep
 * their own weight. Stems both languages spell alike ("data") need no bridge and get none.
 */
export function translateQuery(query: readonly QueryTerm[], lang: Language): TranslatedQuery {
  compiled ??= compile();
  const maps =
    lang === 'sv'
      ? [compiled.svToEn]
      : lang === 'en'
        ? [compiled.enToSv]
        : [compiled.svToEn, compiled.enToSv];
  const present = new Set(query.map((q) => q.term));
  const added = new Map<string, number>();
  const bridges: Record<string, string> = {};
  for (const { term, weight } of query) {
    for (const map of maps) {
      const targets = map.get(term);
      if (targets === undefined) continue;
      const share = weight / Math.sqrt(targets.size);
      for (const target of targets) {
        if (present.has(target)) continue;
        if (share > (added.get(target) ?? 0)) {
          added.set(target, share);
          bridges[target] = term;
        }
      }
    }
  }
  return { query: [...query, ...[...added].map(([term, weight]) => ({ term, weight }))], bridges };
}
