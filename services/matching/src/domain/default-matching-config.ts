import type { MatchingWeights } from '@suite/contracts';
import type { BalancePolicySetting } from '@suite/fairness';

/**
 * Version 1 of the matching config (the migration `0002_default_config.sql` inserts the same
 * values). Text and SDG keep the 0.8 : 0.2 blend of the text package's `DEFAULT_MATCH_WEIGHTS`, so
 * when the other components are equal the service ranks exactly as `pnpm eval:matching` measures.
 * The other components are tie-breakers of context: a shared region matters most among them.
 */
export const DEFAULT_WEIGHTS: MatchingWeights = {
  text: 56,
  sdg: 14,
  region: 10,
  language: 8,
  stage: 4,
  freshness: 8,
};

/** Below this score an idea-challenge pair is not recommended or mailed about. */
export const DEFAULT_MIN_SCORE = 0.25;

export const DEFAULT_BALANCE: BalancePolicySetting = {
  mode: 'relax',
  groups: { woman: { min: 0.4 }, man: { min: 0.4 } },
};
