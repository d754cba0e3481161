import { sdgSimilarity } from '@suite/text';
import type { ChallengeFacts, IdeaFacts, InnovatorFacts, MatchIndex } from './match-index';
import { explanationOf, type PairScore, scoreOnly } from './pair-score';
import { tellingTerms, worthRecommending } from './recommendation-relevance';
import type { ScoringConfig } from './shortlist-builder';

export interface Recommendation {
  challengeId: string;
  title: string;
  organisationId: string;
  best: PairScore;
}

type Scored = Omit<PairScore, 'explanation'>;

/**
 * Open challenges for an innovator, best first: each challenge scored with the innovator's best idea
 * for it among those that share a telling word with it (`worthRecommending`), kept when at or above the config's minimum score. Open challenges are few (about a
 * thousand) and their prepared queries are reused, so each idea is scored against every one: its
 * SDG profile is read once, its text score is a postings lookup per query term.
 */
export function recommendChallenges(input: {
  index: MatchIndex;
  innovator: InnovatorFacts;
  ideas: readonly IdeaFacts[];
  k: number;
  config: ScoringConfig;
  nowMs: number;
}): Recommendation[] {
  const { index, innovator, ideas, k, config, nowMs } = input;
  if (ideas.length === 0) return [];
  const bm25 = index.matcher.index;
  const indexed = ideas.flatMap((idea) => {
    const vector = bm25.vector(idea.id);
    return vector ? [{ idea, vector }] : [];
  });
  // Every pair with some text match that clears the minimum, best first. The telling-word check
  // (`worthRecommending`, a postings lookup per query term) runs on these in order and stops at k,
  // so it costs about k checks rather than one per open challenge.
  const candidates: Array<{ challenge: ChallengeFacts; pair: Scored }> = [];
  for (const challenge of index.openChallenges()) {
    const profile = index.profile(challenge);
    for (const { idea, vector } of indexed) {
      const score = bm25.textScore(profile.query, idea.id) ?? 0;
      if (!(score > 0)) continue;
      const text = profile.scale > 0 ? Math.min(1, score / profile.scale) : 0;
      const sdg = sdgSimilarity(profile.sdg, vector);
      const hit = { components: { text, sdg } };
      const pair = scoreOnly({ hit, challenge, idea, innovator, weights: config.weights, nowMs });
      if (pair.score >= config.minScore) candidates.push({ challenge, pair });
    }
  }
  candidates.sort(
    (a, b) =>
      b.pair.score - a.pair.score ||
      (a.challenge.id < b.challenge.id ? -1 : a.challenge.id > b.challenge.id ? 1 : 0) ||
      (a.pair.ideaId < b.pair.ideaId ? -1 : 1),
  );
  // Each challenge once, with its best idea that shares a telling word with it: goals, region and
  // language alone are no reason to recommend a challenge (see tellingTerms).
  const found: Array<{ challenge: ChallengeFacts; best: Scored }> = [];
  const decided = new Set<string>();
  for (const { challenge, pair } of candidates) {
    if (found.length === k) break;
    if (decided.has(challenge.id)) continue;
    const profile = index.profile(challenge);
    if (!worthRecommending(bm25, profile, tellingTerms(profile), pair.ideaId)) continue;
    decided.add(challenge.id);
    found.push({ challenge, best: pair });
  }
  // Explanations (a postings lookup per query term) only for what is returned.
  return found.map(({ challenge, best }) => {
    const idea = index.idea(best.ideaId) as IdeaFacts;
    const [hit] = index.matcher.explain(index.profile(challenge), [
      { id: idea.id, score: 0, components: { text: 0, sdg: 0 }, terms: [], sharedSdgs: [] },
    ]);
    return {
      challengeId: challenge.id,
      title: challenge.title,
      organisationId: challenge.organisationId,
      best: { ...best, explanation: explanationOf(hit ?? { terms: [], sharedSdgs: [] }, challenge, idea) },
    };
  });
}
