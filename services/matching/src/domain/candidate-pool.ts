import type { Gender, MatchingWeights } from '@suite/contracts';
import type { ChallengeProfile } from '@suite/text';
import type { ChallengeFacts, InnovatorFacts, MatchIndex } from './match-index';
import { type PairScore, scorePair } from './pair-score';

/** An innovator who may be shortlisted, with their best idea for the challenge. */
export interface PoolEntry {
  innovator: InnovatorFacts;
  best: PairScore;
}

// The text top-N the pool starts from; widened (x4 each round) while a bounded group has fewer than
// k innovators in it and the index has more matching ideas to give.
const INITIAL_POOL = 400;
const POOL_GROWTH = 4;

/**
 * The shortlist's candidate pool: the ideas sharing text with the challenge, best idea per consenting
 * innovator. Wide enough that every group the policy bounds from below has k innovators when the
 * corpus has them, so the balance is not limited to whoever tops the plain text ranking.
 */
export function candidatePool(input: {
  index: MatchIndex;
  challenge: ChallengeFacts;
  profile: ChallengeProfile;
  weights: MatchingWeights;
  nowMs: number;
  k: number;
  boundedGroups: readonly Gender[];
}): PoolEntry[] {
  const { index, challenge, profile, weights, nowMs, k, boundedGroups } = input;
  const size = index.matcher.index.size;
  let wanted = Math.min(size, Math.max(INITIAL_POOL, k * POOL_GROWTH));
  for (;;) {
    const hits = index.matcher.rank(profile, wanted);
    const best = new Map<string, PoolEntry>();
    for (const hit of hits) {
      const idea = index.idea(hit.id);
      if (!idea) continue;
      const innovator = index.innovator(idea.innovatorId);
      // Ideas whose innovator has not arrived, or who has not consented, are indexed but not listed.
      if (!innovator?.consentMatching) continue;
      const pair = scorePair({ hit, challenge, idea, innovator, weights, nowMs });
      const current = best.get(innovator.id);
      if (
        !current ||
        pair.score > current.best.score ||
        (pair.score === current.best.score && pair.ideaId < current.best.ideaId)
      )
        best.set(innovator.id, { innovator, best: pair });
    }
    const exhausted = hits.length < wanted || wanted >= size;
    if (exhausted || wideEnough(best, boundedGroups, k)) return [...best.values()];
    wanted = Math.min(size, wanted * POOL_GROWTH);
  }
}

function wideEnough(pool: Map<string, PoolEntry>, groups: readonly Gender[], k: number): boolean {
  if (pool.size < k) return false;
  const counts = new Map<Gender, number>();
  for (const entry of pool.values())
    counts.set(entry.innovator.group, (counts.get(entry.innovator.group) ?? 0) + 1);
  return groups.every((group) => (counts.get(group) ?? 0) >= k);
}
