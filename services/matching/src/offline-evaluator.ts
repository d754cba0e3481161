import type { MatchingConfig, Shortlist } from '@suite/contracts';
import { AppError } from '@suite/platform';
import {
  evaluateRanker,
  judgementsByChallenge,
  type OfflineEvaluation,
} from './domain/tuning/offline-evaluation';
import type { DecisionsRepository } from './storage/decisions.repository';

export type ScoringConfig = Pick<MatchingConfig, 'version' | 'weights' | 'minScore' | 'balance'>;

/** Builds a shortlist under any config, computed now, neither cached nor recorded. */
export type BuildShortlist = (input: { challengeId: string; k: number; config: ScoringConfig }) => Shortlist;

/**
 * Judges configs on past decisions (invited or better = relevant): the preview and `pnpm tune`
 * rank every challenge with decisions under a config and score the rankings offline.
 */
export function createOfflineEvaluator(deps: {
  decisions: Pick<DecisionsRepository, 'current'>;
  shortlists: { build: BuildShortlist };
}) {
  const rankerFor = (config: ScoringConfig, k: number) => (challengeId: string) => {
    try {
      return deps.shortlists.build({ challengeId, k, config }).entries.map((e) => e.innovator.id);
    } catch (err) {
      // A challenge the index no longer holds cannot be ranked; it drops out of the figures.
      if (err instanceof AppError && err.code === 'NOT_FOUND') return undefined;
      throw err;
    }
  };

  return {
    /** The latest decisions, read once per evaluation round. */
    async judgements() {
      return judgementsByChallenge(await deps.decisions.current());
    },
    evaluate(
      judgements: Awaited<ReturnType<typeof judgementsByChallenge>>,
      config: ScoringConfig,
      k: number,
    ): OfflineEvaluation {
      return evaluateRanker(judgements, k, rankerFor(config, k));
    },
  };
}

export type OfflineEvaluator = ReturnType<typeof createOfflineEvaluator>;
