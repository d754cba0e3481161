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
  const found: Array<{ challenge: ChallengeFacts; best: Scored }> = [];
  for (const challenge of index.openChallenges()) {
    const profile = index.profile(challenge);
    const telling = tellingTerms(profile);
    let best: Scored | undefined;
    for (const { idea, vector } of indexed) {
      const score = bm25.textScore(profile.query, idea.id) ?? 0;
      // Goals, region and language alone are no reason to recommend a challenge (see tellingTerms).
      if (!(score > 0 && worthRecommending(bm25, profile, telling, idea.id))) continue;
      const text = profile.scale > 0 ? Math.min(1, score / profile.scale) : 0;
      const sdg = sdgSimilarity(profile.sdg, vector);
      const hit = { components: { text, sdg } };
      const pair = scoreOnly({ hit, challenge, idea, innovator, weights: config.weights, nowMs });
      if (!best || pair.score > best.score || (pair.score === best.score && pair.ideaId < best.ideaId))
        best = pair;
    }
    if (best && best.score >= config.minScore) found.push({ challenge, best });
  }
  found.sort((a, b) => b.best.score - a.best.score || (a.challenge.id < b.challenge.id ? -1 : 1));
  // Explanations (a postings lookup per query term) only for what is returned.
  return found.slice(0, k).map(({ challenge, best }) => {
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
