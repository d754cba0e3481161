import { textHits } from './candidate-pool';
import type { ChallengeFacts, MatchIndex } from './match-index';
import { type PairScore, scorePair } from './pair-score';
import { tellingTerms, worthRecommending } from './recommendation-relevance';
import type { ScoringConfig } from './shortlist-builder';

/** How far down the text ranking an opened challenge looks for innovators to tell. */
export const OPENING_POOL = 5_000;

/**
 * The innovators to tell about an open challenge: each one who accepts recommendation email, with
 * their best idea for it, when it shares a telling word with the challenge (`worthRecommending`)
 * and clears the config's minimum score. What a challenge's opening
 * mail goes to, and what the admin preview counts to show what `minScore` changes.
 */
export function openingAudience(input: {
  index: MatchIndex;
  challenge: ChallengeFacts;
  config: ScoringConfig;
  nowMs: number;
}): Map<string, PairScore> {
  const { index, challenge, config, nowMs } = input;
  const best = new Map<string, PairScore>();
  const profile = index.profile(challenge);
  const telling = tellingTerms(profile);
  for (const hit of textHits(index, profile, OPENING_POOL)) {
    const idea = index.idea(hit.id);
    const innovator = idea && index.innovator(idea.innovatorId);
    if (!idea || !innovator?.consentEmailRecommendations) continue;
    if (!worthRecommending(index.matcher.index, profile, telling, idea.id)) continue;
    const pair = scorePair({ hit, challenge, idea, innovator, weights: config.weights, nowMs });
    const current = best.get(innovator.id);
    if (pair.score >= config.minScore && (!current || pair.score > current.score))
      best.set(innovator.id, pair);
  }
  return best;
}
