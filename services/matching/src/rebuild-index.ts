import type { AnalyzedDocument } from '@suite/text';
import { decodeIndexEntry } from './domain/index-entry';
import type { MatchIndex } from './domain/match-index';
import { challengeFacts, innovatorFacts, storedIdeaFacts } from './domain/projection-rows';
import type { IndexableIdeaRow, ProjectionRepository } from './storage/projection.repository';

// Pages small enough that the database's result buffers stay small (an embedded PGlite keeps its
// memory high-water mark), large enough that the round trips do not count.
const PAGE = 5_000;

/**
 * Fills the in-memory index from the stored projection at start: stored index entries (terms and
 * SDG profile) go straight into the BM25 index, no re-analysis and no re-tagging; rows stored before
 * entries existed fall back to their full analysis. Returns counts and how long loading and indexing took.
 */
export async function rebuildIndex(projection: ProjectionRepository, index: MatchIndex) {
  const started = performance.now();
  let indexMs = 0;
  for (const row of await projection.allChallenges()) index.putChallenge(challengeFacts(row));
  for (const row of await projection.liveInnovators()) index.putInnovator(innovatorFacts(row));
  const peopleMs = performance.now() - started;
  let ideas = 0;
  let page = await projection.indexableIdeasAfter('', PAGE);
  for (;;) {
    // The next page is asked for before this one is indexed: a database server reads it meanwhile.
    const last = page.length < PAGE ? undefined : page[page.length - 1]?.id;
    const next = last === undefined ? undefined : projection.indexableIdeasAfter(last, PAGE);
    // Should indexing this page throw, the read ahead must not also fail unobserved.
    next?.catch(() => undefined);
    const indexing = performance.now();
    for (const row of page) putStored(index, row);
    indexMs += performance.now() - indexing;
    ideas += page.length;
    if (next === undefined) break;
    page = await next;
  }
  // Growth left spare room in every postings list; a rebuilt index is mostly read from now on.
  index.matcher.index.trim();
  return {
    ideas,
    totalMs: Math.round(performance.now() - started),
    /** Reading challenges and innovators (before any idea). */
    peopleMs: Math.round(peopleMs),
    /** Decoding stored entries and indexing them; the rest of the idea pages' time is reading. */
    indexMs: Math.round(indexMs),
  };
}

function putStored(index: MatchIndex, row: IndexableIdeaRow) {
  const entry = row.indexEntry === null ? undefined : decodeIndexEntry(row.indexEntry);
  if (entry) {
    index.putStoredIdea(storedIdeaFacts(row, entry.lang, index.innovator(row.innovatorId)?.id), entry);
    return;
  }
  if (row.analysisText === null) return;
  const analysis = JSON.parse(row.analysisText) as AnalyzedDocument;
  index.putIdea(storedIdeaFacts(row, analysis.lang, index.innovator(row.innovatorId)?.id), analysis);
}
