import { CONCEPT_PREFIX } from './analyze';
import type { AnalyzedDocument } from './analyze-document';
import { createBm25Index } from './bm25-index';
import type { Bm25Index, Bm25Options, IndexableDocument, QueryTerm } from './bm25-types';
import { DEFAULT_FEEDBACK, expandQuery, type FeedbackOptions, queryFromTerms } from './query-expansion';
import { translateQuery } from './query-translation';
import { sdgSimilarity } from './sdg-similarity';
import { SDG_COUNT, tagSdgs } from './sdg-tagger';

/** Weights of the relevance components this package computes; the service adds its own components. */
export interface MatchWeights {
  readonly text: number;
  readonly sdg: number;
}

/**
 * Default blend: text dominates because it is specific to the challenge; the SDG profile breaks
 * ties and rescues ideas phrased differently. A round split, not fitted to an evaluation set.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = { text: 0.8, sdg: 0.2 };

export interface MatcherOptions {
  readonly bm25?: Bm25Options;
  /** Query expansion by pseudo-relevance feedback; `false` turns it off. */
  readonly feedback?: Partial<FeedbackOptions> | false;
  readonly weights?: Partial<MatchWeights>;
}

/** A challenge prepared for matching: its expanded query, SDG profile and text-score scale. */
export interface ChallengeProfile {
  readonly query: QueryTerm[];
  readonly sdg: number[];
  /**
   * BM25 score of the best first-pass idea under the final query, when profiled; text scores are
   * relative to it (clipped at 1), so they are comparable across challenges.
   */
  readonly scale: number;
  /**
   * Query terms that reach across languages or wordings, with what in the challenge they stand for:
   * dictionary translations (`fresh` <- `färsk`) and concept tokens (`~sanitation` <- `sanitet`).
   */
  readonly bridges?: Record<string, string>;
  /**
   * The terms the challenge itself gave the query (its words, their translations and its concepts),
   * as opposed to the feedback expansion: only these are terms an idea shares with the challenge.
   */
  readonly ownTerms?: ReadonlySet<string>;
}

/** One idea scored against a challenge, with the components and the shared terms behind it. */
export interface MatchHit {
  readonly id: string;
  /** Weighted blend of the components, in [0,1]. */
  readonly score: number;
  readonly components: { readonly text: number; readonly sdg: number };
  /** Query terms that contributed most to the text component. */
  readonly terms: Array<{ term: string; weight: number }>;
  /** Goals both sides score at least 0.2 on, strongest shared first. */
  readonly sharedSdgs: number[];
  /**
   * Explanation terms the idea matched through the dictionary or the concept layer rather than
   * literally: `term` is what the idea says (a stem or `~concept`), `from` what the challenge said.
   */
  readonly bridgedTerms?: Array<{ term: string; from: string }>;
  /**
   * Expansion terms (words the challenge's best-matching ideas share, not the challenge) that
   * contributed most: why an idea ranks without sharing those words with the challenge itself.
   */
  readonly relatedTerms?: Array<{ term: string; weight: number }>;
}

export interface Matcher {
  /** The underlying BM25 index of ideas. */
  readonly index: Bm25Index;
  /** Adds or replaces an idea (its stored analysis is enough; no re-analysis). */
  addIdea(id: string, doc: AnalyzedDocument): void;
  /**
   * Adds or replaces an idea from its terms and the SDG scores `tagSdgs` gave its analysis when it
   * was stored, so a rebuild neither re-analyses nor re-tags.
   */
  addIdea(id: string, doc: IndexableDocument, sdgScores: ArrayLike<number>): void;
  removeIdea(id: string): boolean;
  /** Prepares a challenge: expands its query over the current ideas and tags its SDGs. */
  profile(doc: AnalyzedDocument): ChallengeProfile;
  /**
   * Best k ideas for a challenge, best first. Candidates come from the text index, so an idea that
   * shares no term or concept with the expanded query is not ranked, whatever its SDG profile.
   */
  rank(profile: ChallengeProfile, k: number): MatchHit[];
  /** Scores one idea for a challenge (for idea -> challenge recommendations); undefined if unknown. */
  score(profile: ChallengeProfile, ideaId: string): MatchHit | undefined;
  /**
   * Adds the explanation (shared terms, shared SDGs, bridged terms) to hits of this profile, as
   * `rank` and `score` give it, with one query preparation for all of them. Hits must be indexed.
   */
  explain(profile: ChallengeProfile, hits: readonly MatchHit[]): MatchHit[];
}

// Ranking by the blend needs candidates beyond k: an idea just below the text top-k can overtake
// with a strong SDG match. Twice k (at least 100) is enough since text carries most of the weight.
const CANDIDATE_FACTOR = 2;
const MIN_CANDIDATES = 100;
const SHARED_SDG_MIN = 0.2;
const EXPLAINED_TERMS = 5;

/**
 * Creates the matcher whose scores the service's `text` and `sdg` components use, and which the
 * evaluation measures. Text score = BM25 of the (feedback-expanded) challenge query, relative to the
 * best idea's score for that challenge, in [0,1]; SDG score = cosine of the 17-goal profiles.
 */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const index = createBm25Index({ ...options.bm25, vectorSize: SDG_COUNT });
  const feedback: FeedbackOptions =
    options.feedback === false
      ? { docs: 0, terms: 0, weight: 0 }
      : { ...DEFAULT_FEEDBACK, ...(options.feedback ?? {}) };
  const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, ...(options.weights ?? {}) };
  const noSdg = new Float32Array(SDG_COUNT);
  const scratch = new Float32Array(SDG_COUNT);

  const sharedSdgs = (a: ArrayLike<number>, b: ArrayLike<number>): number[] => {
    const shared: Array<[number, number]> = [];
    for (let g = 0; g < SDG_COUNT; g++) {
      const low = Math.min(a[g] ?? 0, b[g] ?? 0);
      if (low >= SHARED_SDG_MIN) shared.push([g + 1, low]);
    }
    return shared.sort((x, y) => y[1] - x[1]).map(([goal]) => goal);
  };

  const total = weights.text + weights.sdg;
  const hit = (profile: ChallengeProfile, id: string, bm25: number): MatchHit => {
    const text = profile.scale > 0 ? Math.min(1, bm25 / profile.scale) : 0;
    const sdg = sdgSimilarity(profile.sdg, index.vector(id, scratch) ?? noSdg);
    const score = total > 0 ? (weights.text * text + weights.sdg * sdg) / total : 0;
    return { id, score, components: { text, sdg }, terms: [], sharedSdgs: [] };
  };
  // Explanations only for what is returned: they cost a postings lookup per query term.
  const explained = (profile: ChallengeProfile, hits: readonly MatchHit[]): MatchHit[] => {
    // All matched terms (best first): the top few explain the score, and any bridged term among
    // them all is worth showing, even one that contributed less than the top few.
    const terms = index.explain(
      profile.query,
      hits.map((h) => h.id),
      Number.POSITIVE_INFINITY,
    );
    const bridges = profile.bridges ?? {};
    const own = profile.ownTerms;
    return hits.map((h, i) => {
      const matched = terms[i] ?? [];
      const shared = own === undefined ? matched : matched.filter((t) => own.has(t.term));
      const bridgedTerms = shared
        .filter((t) => bridges[t.term] !== undefined)
        .slice(0, EXPLAINED_TERMS)
        .map((t) => ({ term: t.term, from: bridges[t.term] as string }));
      const relatedTerms =
        own === undefined ? [] : matched.filter((t) => !own.has(t.term)).slice(0, EXPLAINED_TERMS);
      return {
        ...h,
        terms: shared.slice(0, EXPLAINED_TERMS),
        relatedTerms,
        sharedSdgs: sharedSdgs(profile.sdg, index.vector(h.id) ?? noSdg),
        bridgedTerms,
      };
    });
  };

  return {
    index,
    addIdea(id: string, doc: IndexableDocument | AnalyzedDocument, sdgScores?: ArrayLike<number>) {
      index.add(id, doc, sdgScores ?? tagSdgs(doc as AnalyzedDocument).scores);
    },
    removeIdea: (id) => index.remove(id),
    profile(doc) {
      const translated = translateQuery(queryFromTerms(doc.terms), doc.lang);
      const bridges: Record<string, string> = { ...translated.bridges };
      for (const concept of doc.concepts) {
        bridges[CONCEPT_PREFIX + concept.id] = concept.forms.join(' / ');
      }
      const { query, feedback: firstPass } = expandQuery(index, translated.query, feedback);
      // The best idea under the final query is almost always among the first-pass ideas; scoring
      // those few instead of running another full search keeps profiling cheap.
      let scale = 0;
      for (const terms of index.explain(query, firstPass, Number.POSITIVE_INFINITY)) {
        scale = Math.max(
          scale,
          terms.reduce((sum, term) => sum + term.weight, 0),
        );
      }
      const ownTerms = new Set(translated.query.map((term) => term.term));
      return { query, sdg: tagSdgs(doc).scores, scale, bridges, ownTerms };
    },
    rank(profile, k) {
      if (!(k > 0)) return [];
      const candidates = index.search(profile.query, Math.max(k * CANDIDATE_FACTOR, MIN_CANDIDATES), {
        explainTerms: 0,
      });
      const ranked = candidates
        .map((c) => hit(profile, c.id, c.score))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, k);
      return explained(profile, ranked);
    },
    score(profile, ideaId) {
      if (!index.has(ideaId)) return undefined;
      const scored = index.score(profile.query, ideaId);
      return explained(profile, [hit(profile, ideaId, scored?.score ?? 0)])[0];
    },
    explain: explained,
  };
}
