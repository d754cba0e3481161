import type { Gender, MatchingWeights } from '@suite/contracts';
import { type ChallengeProfile, type MatchHit, SDG_COUNT, sdgSimilarity } from '@suite/text';
import type { ChallengeFacts, InnovatorFacts, MatchIndex } from './match-index';
import { explanationOf, type PairScore, scoreOnly } from './pair-score';

/** An innovator who may be shortlisted, with their best idea for the challenge (not yet explained). */
export interface PoolEntry {
  innovator: InnovatorFacts;
  best: Omit<PairScore, 'explanation'>;
}

/** A listed pool entry, with the explanation of its score. */
interface ExplainedEntry {
  innovator: InnovatorFacts;
  best: PairScore;
}

// The text top-N the pool starts from; widened (x4 each round) while a bounded group has fewer than
// k innovators in it and the index has more matching ideas to give.
const INITIAL_POOL = 400;
const POOL_GROWTH = 4;

/**
 * The `text` and `sdg` components of every idea in the text top-`wanted`, exactly as the matcher's
 * `rank` computes them (BM25 relative to the profile's scale, cosine of SDG profiles), but without
 * explanations: those cost a postings lookup per query term and hit, so only listed entries get them
 * (`explainEntries`). The test "ranks exactly as the matcher" holds this to `matcher.rank`.
 */
export function textHits(index: MatchIndex, profile: ChallengeProfile, wanted: number): MatchHit[] {
  return index.matcher.index
    .search(profile.query, wanted, { explainTerms: 0 })
    .map((found) => unexplainedHit(index, profile, found.id, found.score));
}

const scratch = new Float32Array(SDG_COUNT);
const noSdg = new Float32Array(SDG_COUNT);

function unexplainedHit(index: MatchIndex, profile: ChallengeProfile, id: string, bm25: number): MatchHit {
  return { id, score: 0, components: hitComponents(index, profile, id, bm25), terms: [], sharedSdgs: [] };
}

/** The `text` and `sdg` components of a hit, as `unexplainedHit` gives them. */
function hitComponents(index: MatchIndex, profile: ChallengeProfile, id: string, bm25: number) {
  const text = profile.scale > 0 ? Math.min(1, bm25 / profile.scale) : 0;
  const sdg = sdgSimilarity(profile.sdg, index.matcher.index.vector(id, scratch) ?? noSdg);
  return { text, sdg };
}

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
  // A wider search's hits start with the narrower one's (the top-k order is total: score, then
  // document), and keeping the best per innovator does not depend on the order hits come in, so a
  // widening round scores only the hits it adds.
  const best = new Map<string, PoolEntry>();
  let scored = 0;
  for (;;) {
    const hits = index.matcher.index.search(profile.query, wanted, { explainTerms: 0 });
    for (let h = scored; h < hits.length; h++) {
      const found = hits[h] as (typeof hits)[number];
      const idea = index.idea(found.id);
      if (!idea) continue;
      const innovator = index.innovator(idea.innovatorId);
      // Ideas whose innovator has not arrived, or who has not consented, are indexed but not listed.
      if (!innovator?.consentMatching) continue;
      // Only the components: a pool scores hundreds of hits and explains the few it lists.
      const hit = { components: hitComponents(index, profile, found.id, found.score) };
      const pair = scoreOnly({ hit, challenge, idea, innovator, weights, nowMs });
      const current = best.get(innovator.id);
      if (
        !current ||
        pair.score > current.best.score ||
        (pair.score === current.best.score && pair.ideaId < current.best.ideaId)
      )
        best.set(innovator.id, { innovator, best: pair });
    }
    scored = hits.length;
    const exhausted = hits.length < wanted || wanted >= size;
    if (exhausted || wideEnough(best, boundedGroups, k)) return [...best.values()];
    wanted = Math.min(size, wanted * POOL_GROWTH);
  }
}

/**
 * Adds the explanation (top shared terms, shared SDGs) to the entries that are listed, with one
 * query preparation for all of them.
 */
export function explainEntries(
  index: MatchIndex,
  challenge: ChallengeFacts,
  profile: ChallengeProfile,
  entries: readonly PoolEntry[],
): ExplainedEntry[] {
  const indexed = entries.filter((entry) => index.matcher.index.has(entry.best.ideaId));
  const hits = index.matcher.explain(
    profile,
    indexed.map((entry) => ({
      id: entry.best.ideaId,
      score: 0,
      components: { text: entry.best.components.text, sdg: entry.best.components.sdg },
      terms: [],
      sharedSdgs: [],
    })),
  );
  const byIdea = new Map(hits.map((hit) => [hit.id, hit]));
  return entries.map((entry) => {
    const idea = index.idea(entry.best.ideaId);
    const hit = byIdea.get(entry.best.ideaId) ?? unexplained;
    const explanation = idea ? explanationOf(hit, challenge, idea) : { terms: [], sdgs: [] };
    return { innovator: entry.innovator, best: { ...entry.best, explanation } };
  });
}

const unexplained = { terms: [], sharedSdgs: [] };

function wideEnough(pool: Map<string, PoolEntry>, groups: readonly Gender[], k: number): boolean {
  if (pool.size < k) return false;
  const counts = new Map<Gender, number>();
  for (const entry of pool.values())
    counts.set(entry.innovator.group, (counts.get(entry.innovator.group) ?? 0) + 1);
  return groups.every((group) => (counts.get(group) ?? 0) >= k);
}
