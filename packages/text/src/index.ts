export { type AnalyzedText, analysisLanguage, analyze, CONCEPT_PREFIX } from './analyze';
export {
  type AnalyzedDocument,
  analyzeDocument,
  CONCEPT_TOKEN_WEIGHT,
  type DocumentText,
  TITLE_WEIGHT,
} from './analyze-document';
export { analyzerVersion } from './analyzer-version';
export { createBm25Index } from './bm25-index';
export type {
  Bm25Index,
  Bm25Options,
  IndexableDocument,
  QueryTerm,
  SearchHit,
  SearchOptions,
} from './bm25-types';
export type { ConceptHit } from './concept-lexicon';
export { detectLanguage } from './detect-language';
export { isGenericTerm } from './generic-words';
export type { AnalysisLanguage, Language } from './language';
export {
  type ChallengeProfile,
  createMatcher,
  DEFAULT_MATCH_WEIGHTS,
  type Matcher,
  type MatcherOptions,
  type MatchHit,
  type MatchWeights,
} from './matcher';
export {
  DEFAULT_FEEDBACK,
  type ExpandedQuery,
  expandQuery,
  type FeedbackOptions,
  queryFromTerms,
} from './query-expansion';
export { addressesGoal, type SdgDecisionSettings } from './sdg-decision';
export { CHOSEN_GOAL_STRENGTH, withChosenGoals } from './sdg-profile';
export { sdgSimilarity } from './sdg-similarity';
export {
  analyzeForSdgs,
  createSdgTagger,
  SDG_COUNT,
  SDG_TAG_THRESHOLD,
  type SdgTag,
  type SdgTagger,
  type SdgTaggerOptions,
  type SdgTagging,
  type SdgTargetScore,
  tagSdgs,
} from './sdg-tagger';
export { stem } from './stem';
export { stopWords } from './stop-words';
export { displayTerm, formsAsWritten, knownWordsByStem, termWords, wordWithStem } from './term-words';
export { tokenize } from './tokenize';
export { createTopK, type TopK } from './top-k-heap';
