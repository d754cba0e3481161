import { textHit } from './candidate-pool';
import type { IdeaFacts, InnovatorFacts, MatchIndex } from './match-index';
import { explanationOf, type PairScore, scorePair } from './pair-score';
import type { ScoringConfig } from './shortlist-builder';

export interface Recommendation {
  challengeId: string;
  title: string;
  organisationId: string;
  best: PairScore;
}

/**
 * Open challenges for an innovator, best first: each challenge scored with the innovator's best idea
 * for it, kept when at or above the config's minimum score.
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
  const found: Recommendation[] = [];
  for (const challenge of index.openChallenges()) {
    const profile = index.profile(challenge);
    let best: PairScore | undefined;
    for (const idea of ideas) {
      const hit = textHit(index, profile, idea.id);
      if (!hit) continue;
      const pair = scorePair({ hit, challenge, idea, innovator, weights: config.weights, nowMs });
      if (!best || pair.score > best.score || (pair.score === best.score && pair.ideaId < best.ideaId))
        best = pair;
    }
    if (best && best.score >= config.minScore)
      found.push({
        challengeId: challenge.id,
        title: challenge.title,
        organisationId: challenge.organisationId,
        best,
      });
  }
  found.sort((a, b) => b.best.score - a.best.score || (a.challengeId < b.challengeId ? -1 : 1));
  // Explanations (a postings lookup per query term) only for what is returned.
  return found.slice(0, k).map((r) => {
    const challenge = index.challenge(r.challengeId);
    const idea = index.idea(r.best.ideaId);
    const hit = challenge && idea && index.matcher.score(index.profile(challenge), idea.id);
    return hit && challenge && idea
      ? { ...r, best: { ...r.best, explanation: explanationOf(hit, challenge, idea) } }
      : r;
  });
}
