import type { Gender, MatchingConfig, Shortlist } from '@suite/contracts';
import {
  type BalancePolicySetting,
  type Candidate,
  fairShortlist,
  GENDER_GROUPS,
  parseBalancePolicy,
} from '@suite/fairness';
import { candidatePool, explainEntries, type PoolEntry } from './candidate-pool';
import type { ChallengeFacts, MatchIndex } from './match-index';

/** The parts of a matching config that scoring and balancing use. */
export type ScoringConfig = Pick<MatchingConfig, 'version' | 'weights' | 'minScore' | 'balance'>;

type GroupCounts = Partial<Record<Gender, number>>;

const countGroups = (groups: Iterable<Gender>): GroupCounts => {
  const counts: GroupCounts = {};
  for (const group of groups) counts[group] = (counts[group] ?? 0) + 1;
  return counts;
};

/**
 * The balanced shortlist of a challenge under a given config: best idea per consenting innovator,
 * then the exact DCG-optimal list within the balance policy (the challenge's own, else the
 * config's). Pure: the caller checks the challenge is open and chooses the config.
 */
export function buildShortlist(input: {
  index: MatchIndex;
  challenge: ChallengeFacts;
  k: number;
  config: ScoringConfig;
  nowMs: number;
}): Shortlist {
  const { index, challenge, k, config, nowMs } = input;
  const setting: BalancePolicySetting = challenge.balancePolicy ?? config.balance;
  const policy = parseBalancePolicy({ mode: setting.mode, groups: setting.groups, k });
  const boundedGroups = GENDER_GROUPS.filter((group) => (policy.groups[group]?.min ?? 0) > 0);
  const profile = index.profile(challenge);
  const pool = candidatePool({
    index,
    challenge,
    profile,
    weights: config.weights,
    nowMs,
    k,
    boundedGroups,
  });
  const byInnovator = new Map<string, PoolEntry>(pool.map((entry) => [entry.innovator.id, entry]));
  const candidates: Candidate[] = pool.map((entry) => ({
    id: entry.innovator.id,
    score: entry.best.score,
    group: entry.innovator.group,
  }));
  const poolCounts = countGroups(pool.map((entry) => entry.innovator.group));
  const result = fairShortlist(candidates, policy);
  const base = {
    challengeId: challenge.id,
    challengeTitle: challenge.title,
    challengeStatus: challenge.status === 'closed' ? ('closed' as const) : ('open' as const),
    k,
    configVersion: config.version,
    generatedAt: new Date(nowMs).toISOString(),
  };
  if (!result.feasible) {
    return {
      ...base,
      relaxed: false,
      entries: [],
      balance: {
        policy: setting,
        pool: poolCounts,
        list: {},
        ndcgLoss: 0,
        infeasiblePrefixes: 0,
        binding: [],
        shortfall: result.shortfall,
      },
    };
  }
  const listed = explainEntries(
    index,
    challenge,
    profile,
    result.shortlist.map((id) => byInnovator.get(id) as PoolEntry),
  );
  return {
    ...base,
    relaxed: result.relaxed,
    entries: listed.map((entry, position) => ({
      rank: position + 1,
      innovator: { id: entry.innovator.id, name: entry.innovator.name },
      idea: { id: entry.best.ideaId, title: index.idea(entry.best.ideaId)?.title ?? '' },
      group: entry.innovator.group,
      score: entry.best.score,
      components: entry.best.components,
      explanation: entry.best.explanation,
    })),
    balance: {
      policy: setting,
      pool: poolCounts,
      list: countGroups(listed.map((entry) => entry.innovator.group)),
      ndcgLoss: result.report.ndcgLoss,
      infeasiblePrefixes: result.report.infeasiblePrefixes.shortlist.length,
      binding: result.report.binding,
    },
  };
}
