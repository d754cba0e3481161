import { type Bm25Index, type ChallengeProfile, isGenericTerm } from '@suite/text';

/**
 * The words that say what a challenge is about: its own query terms (its words, their translations
 * and its concepts), without the expansion terms borrowed from similar ideas and without everyday
 * words ("skapa", "reduce"). A challenge is recommended for an idea that shares at least one of them.
 * Region, language, stage, freshness and goals alone do not make a challenge fit an idea, and neither
 * does "reduce" shared by a loneliness idea and a food-waste challenge. A share of the best idea's
 * text score would not do: where every idea is about the challenge's topic, its words are in every
 * idea, weigh almost nothing in BM25, and all but the best few ideas would fall under any share.
 */
export function tellingTerms(profile: ChallengeProfile): ReadonlySet<string> {
  const own = profile.ownTerms;
  return new Set(
    profile.query
      .map((q) => q.term)
      .filter((term) => (own === undefined || own.has(term)) && !isGenericTerm(term)),
  );
}

/**
 * Whether an idea shares a telling word with the challenge (`tellingTerms`), so it may be told of
 * it: among the terms its text score is made of (the index scores a query's strongest terms only,
 * so this reads the scored terms rather than scoring the telling ones on their own).
 */
export function worthRecommending(
  index: Bm25Index,
  profile: ChallengeProfile,
  telling: ReadonlySet<string>,
  ideaId: string,
): boolean {
  if (telling.size === 0) return false;
  const [scored] = index.explain(profile.query, [ideaId], Number.POSITIVE_INFINITY);
  return (scored ?? []).some((t) => telling.has(t.term));
}
