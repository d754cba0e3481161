import type { DecisionStage } from '@suite/contracts';

/**
 * How much a need owner's decision says an innovator was right for the challenge: invited or
 * better is relevant, and the further they got the more it counts (graded nDCG). Declined is a
 * judged miss: the need owner looked and said no.
 */
export const relevanceGain: Record<DecisionStage, number> = {
  declined: 0,
  invited: 1,
  accepted: 2,
  in_test_environment: 3,
};

/** One challenge's ranking under some config, beside what was decided about its innovators. */
export interface JudgedRanking {
  challengeId: string;
  /** Innovator ids, best first. */
  ranking: string[];
  /** The latest stage per innovator id. */
  decisions: ReadonlyMap<string, DecisionStage>;
}

export interface RankingScore {
  ndcg: number;
  recall: number;
}

export interface OfflineEvaluation {
  k: number;
  /** How many challenges the averages rest on (those with at least one relevant decision). */
  challenges: number;
  /** Means over those challenges; null when there are none. */
  ndcg: number | null;
  recall: number | null;
  perChallenge: Array<RankingScore & { challengeId: string }>;
}

const discount = (position: number) => 1 / Math.log2(position + 2);

/** nDCG@k and recall@k of one ranking; undefined when nothing decided about it is relevant. */
export function scoreRanking(
  ranking: readonly string[],
  decisions: ReadonlyMap<string, DecisionStage>,
  k: number,
): RankingScore | undefined {
  const gains = [...decisions.values()].map((stage) => relevanceGain[stage]).filter((g) => g > 0);
  if (gains.length === 0) return undefined;
  const top = ranking.slice(0, k);
  let dcg = 0;
  let found = 0;
  top.forEach((innovatorId, position) => {
    const stage = decisions.get(innovatorId);
    const gain = stage ? relevanceGain[stage] : 0;
    if (gain > 0) found += 1;
    dcg += gain * discount(position);
  });
  const ideal = gains
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, gain, position) => sum + gain * discount(position), 0);
  return { ndcg: dcg / ideal, recall: found / gains.length };
}

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Averages nDCG@k and recall@k over every challenge with a relevant decision. */
export function evaluateOffline(rankings: readonly JudgedRanking[], k: number): OfflineEvaluation {
  const perChallenge: OfflineEvaluation['perChallenge'] = [];
  for (const judged of rankings) {
    const score = scoreRanking(judged.ranking, judged.decisions, k);
    if (score) perChallenge.push({ challengeId: judged.challengeId, ...score });
  }
  return {
    k,
    challenges: perChallenge.length,
    ndcg: mean(perChallenge.map((c) => c.ndcg)),
    recall: mean(perChallenge.map((c) => c.recall)),
    perChallenge,
  };
}

/** The latest stage per innovator, per challenge, from current decision rows. */
export function judgementsByChallenge(
  rows: ReadonlyArray<{ challengeId: string; innovatorId: string; stage: DecisionStage }>,
): Map<string, Map<string, DecisionStage>> {
  const out = new Map<string, Map<string, DecisionStage>>();
  for (const row of rows) {
    const ofChallenge = out.get(row.challengeId) ?? new Map<string, DecisionStage>();
    ofChallenge.set(row.innovatorId, row.stage);
    out.set(row.challengeId, ofChallenge);
  }
  return out;
}

/**
 * Evaluates one config on every challenge with decisions: `rank` gives the innovator ids the
 * config would list for a challenge (undefined when the challenge is gone from the index).
 */
export function evaluateRanker(
  judgements: ReadonlyMap<string, ReadonlyMap<string, DecisionStage>>,
  k: number,
  rank: (challengeId: string) => string[] | undefined,
): OfflineEvaluation {
  const rankings: JudgedRanking[] = [];
  for (const [challengeId, decisions] of judgements) {
    const ranking = rank(challengeId);
    if (ranking) rankings.push({ challengeId, ranking, decisions });
  }
  return evaluateOffline(rankings, k);
}
