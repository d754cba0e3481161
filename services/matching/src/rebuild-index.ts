import type { AnalyzedDocument } from '@suite/text';
import type { MatchIndex } from './domain/match-index';
import { challengeFacts, ideaFacts, innovatorFacts } from './domain/projection-rows';
import type { ProjectionRepository } from './storage/projection.repository';

const PAGE = 5_000;

/**
 * Fills the in-memory index from the stored projection at start: stored analyses go straight into
 * the BM25 index (no re-analysis). Returns counts and how long loading and indexing took.
 */
export async function rebuildIndex(projection: ProjectionRepository, index: MatchIndex) {
  const started = performance.now();
  let indexMs = 0;
  for (const row of await projection.allChallenges()) index.putChallenge(challengeFacts(row));
  for (const row of await projection.liveInnovators()) index.putInnovator(innovatorFacts(row));
  let ideas = 0;
  let after = '';
  for (;;) {
    const page = await projection.liveIdeasAfter(after, PAGE);
    const indexing = performance.now();
    for (const row of page) {
      if (row.analysis) index.putIdea(ideaFacts(row), row.analysis as AnalyzedDocument);
    }
    indexMs += performance.now() - indexing;
    ideas += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? after;
  }
  return { ideas, totalMs: Math.round(performance.now() - started), indexMs: Math.round(indexMs) };
}
