import { type AnalyzedDocument, analyzerVersion } from '@suite/text';
import { decodeIndexEntry } from './domain/index-entry';
import type { MatchIndex } from './domain/match-index';
import {
  challengeAnalysis,
  challengeFacts,
  ideaAnalysis,
  innovatorFacts,
  storedIdeaFacts,
} from './domain/projection-rows';
import type { IndexableIdeaRow, ProjectionRepository } from './storage/projection.repository';
import type { IdeaReanalysis, ReanalysisRepository } from './storage/reanalysis.repository';

// Pages small enough that the database's result buffers stay small (an embedded PGlite keeps its
// memory high-water mark), large enough that the round trips do not count.
const PAGE = 5_000;

/**
 * Fills the in-memory index from the stored projection at start: stored index entries (terms and
 * SDG profile) go straight into the BM25 index, no re-analysis and no re-tagging. Rows an older
 * analyser stored (another `analyzerVersion()`: a new lexicon, dictionary or calibration) are analysed
 * again from their stored text and written back, so an upgrade reaches every stored idea and
 * challenge once; rows stored before texts were kept keep their analysis (counted as `outdated`).
 * Returns counts and how long loading, re-analysing and indexing took.
 */
export async function rebuildIndex(
  projection: ProjectionRepository,
  index: MatchIndex,
  reanalysis: ReanalysisRepository,
) {
  const started = performance.now();
  const current = analyzerVersion();
  const counts = { ideas: 0, reanalysed: 0, outdated: 0 };
  let indexMs = 0;
  let reanalysisMs = 0;
  for (const row of await projection.allChallenges()) {
    if (row.analyzer !== current && row.description !== null) {
      const fresh = { ...row, ...challengeAnalysis(row.title, row.description) };
      await reanalysis.saveChallenge(fresh);
      index.putChallenge(challengeFacts(fresh));
      counts.reanalysed++;
    } else {
      index.putChallenge(challengeFacts(row));
    }
  }
  for (const row of await projection.liveInnovators()) index.putInnovator(innovatorFacts(row));
  const peopleMs = performance.now() - started;
  let page = await projection.indexableIdeasAfter('', PAGE);
  for (;;) {
    // The next page is asked for before this one is indexed: a database server reads it meanwhile.
    const last = page.length < PAGE ? undefined : page[page.length - 1]?.id;
    const next = last === undefined ? undefined : projection.indexableIdeasAfter(last, PAGE);
    // Should indexing this page throw, the read ahead must not also fail unobserved.
    next?.catch(() => undefined);
    const stale = page.filter((row) => row.analyzer !== current && row.hasText);
    const reanalysing = performance.now();
    const fresh = stale.length === 0 ? new Map<string, IdeaReanalysis>() : await reanalyse(stale, reanalysis);
    reanalysisMs += performance.now() - reanalysing;
    counts.reanalysed += fresh.size;
    for (const row of page) if (row.analyzer !== current && !fresh.has(row.id)) counts.outdated++;
    const indexing = performance.now();
    for (const row of page) putStored(index, row, fresh.get(row.id));
    indexMs += performance.now() - indexing;
    counts.ideas += page.length;
    if (next === undefined) break;
    page = await next;
  }
  // Growth left spare room in every postings list; a rebuilt index is mostly read from now on.
  index.matcher.index.trim();
  return {
    ...counts,
    totalMs: Math.round(performance.now() - started),
    /** Reading challenges and innovators (before any idea). */
    peopleMs: Math.round(peopleMs),
    /** Analysing outdated ideas again and writing them back. */
    reanalysisMs: Math.round(reanalysisMs),
    /** Decoding stored entries and indexing them; the rest of the idea pages' time is reading. */
    indexMs: Math.round(indexMs),
  };
}

/** Analyses the stale rows of a page again from their stored texts and writes the results back. */
async function reanalyse(
  stale: readonly IndexableIdeaRow[],
  reanalysis: ReanalysisRepository,
): Promise<Map<string, IdeaReanalysis>> {
  const texts = await reanalysis.ideaTexts(stale.map((row) => row.id));
  const fresh = texts.map((text) => ({
    id: text.id,
    version: text.version,
    ...ideaAnalysis(text.title, text.description),
  }));
  await reanalysis.saveIdeas(fresh);
  return new Map(fresh.map((row) => [row.id, row]));
}

function putStored(index: MatchIndex, row: IndexableIdeaRow, fresh: IdeaReanalysis | undefined) {
  const entryText = fresh?.indexEntry ?? row.indexEntry;
  const entry = entryText === null ? undefined : decodeIndexEntry(entryText);
  if (entry) {
    index.putStoredIdea(storedIdeaFacts(row, entry.lang, index.innovator(row.innovatorId)?.id), entry);
    return;
  }
  if (row.analysisText === null) return;
  const analysis = JSON.parse(row.analysisText) as AnalyzedDocument;
  index.putIdea(storedIdeaFacts(row, analysis.lang, index.innovator(row.innovatorId)?.id), analysis);
}
