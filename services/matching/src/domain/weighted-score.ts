import type { MatchingWeights, ScoreComponents } from '@suite/contracts';
import { scoreComponentNames } from '@suite/contracts';

/**
 * The score of a pair: the weighted mean of its components, in [0,1]. Weights are relative (the
 * config holds them on a 0-100 scale), so only their proportions matter.
 */
export function weightedScore(components: ScoreComponents, weights: MatchingWeights): number {
  let total = 0;
  let sum = 0;
  for (const name of scoreComponentNames) {
    const weight = weights[name];
    total += weight;
    sum += weight * components[name];
  }
  if (!(total > 0)) return 0;
  return Math.min(1, Math.max(0, sum / total));
}
