import { type Bm25Index, type ChallengeProfile, isGenericTerm, type QueryTerm } from '@suite/text';

/**
 * The words that say what a challenge is about: its own query terms (its words, their translations
 * and its concepts), without the expansion terms borrowed from similar ideas and without everyday
 * words ("skapa", "reduce"). A challenge is recommended for an idea that shares at least one of them.
 * Region, language, stage, freshness and goals alone do not make a challenge fit an idea, and neither
 * does "reduce" shared by a loneliness idea and a food-waste challenge. A share of the best idea's
 * text score would not do: where every idea is about the challenge's topic, its words are in every
 * idea, weigh almost nothing in BM25, and all but the best few ideas would fall under any share.
 */
export function tellingTerms(profile: ChallengeProfile): QueryTerm[] {
  const own = profile.ownTerms;
  return profile.query.filter((q) => (own === undefined || own.has(q.term)) && !isGenericTerm(q.term));
}

/** Whether an idea shares a telling word with the challenge (`tellingTerms`), so it may be told of it. */
export const worthRecommending = (index: Bm25Index, telling: readonly QueryTerm[], ideaId: string): boolean =>
  telling.length > 0 && (index.textScore(telling, ideaId) ?? 0) > 0;
