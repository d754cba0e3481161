/** Anything with weighted term frequencies, e.g. an `AnalyzedDocument`. */
export interface IndexableDocument {
  readonly terms: Readonly<Record<string, number>>;
}

/** A query term and its weight (query-side term frequency or feedback weight). */
export interface QueryTerm {
  readonly term: string;
  readonly weight: number;
}

/** One ranked document: its BM25 score and the query terms that contributed most. */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  readonly terms: Array<{ term: string; weight: number }>;
}

export interface SearchOptions {
  /** How many contributing terms to report per hit (default 5; 0 skips the explanation). */
  readonly explainTerms?: number;
}

export interface Bm25Options {
  /** Term-frequency saturation (default 1.2). */
  readonly k1?: number;
  /** Length normalisation strength (default 0.75). */
  readonly b?: number;
  /** Longest query after pruning, by weight x idf (default 32); bounds per-query work. */
  readonly maxQueryTerms?: number;
  /**
   * Terms in more than this share of documents are skipped when the query has others: their idf is
   * near zero, so they barely change the ranking but cost the most postings (default 0.2).
   */
  readonly maxDocumentShare?: number;
  /**
   * A term is only ever skipped as common once it has this many postings (default 500). In a small
   * index every term is cheap, and the subject words most of a small programme's ideas share are
   * exactly what its shortlists must rank by.
   */
  readonly minCommonPostings?: number;
  /**
   * Length of an optional per-document feature vector with values in [0,1] (e.g. the 17 SDG
   * scores), stored quantised to one byte per value next to the postings (default 0: none).
   */
  readonly vectorSize?: number;
}

/** An in-memory BM25 index over typed-array postings with incremental add, update and remove. */
export interface Bm25Index {
  /** Adds a document (and its feature vector, see `vectorSize`), or replaces it when the id is indexed. */
  add(id: string, doc: IndexableDocument, vector?: ArrayLike<number>): void;
  /** Replaces a document (same as `add`; reads better at call sites that handle update events). */
  update(id: string, doc: IndexableDocument, vector?: ArrayLike<number>): void;
  /** Removes a document; returns false when the id was not indexed. */
  remove(id: string): boolean;
  has(id: string): boolean;
  /** Number of live documents. */
  readonly size: number;
  /** Top-k documents for a query, best first. An empty or unknown query gives `[]`. */
  search(query: readonly QueryTerm[], k: number, options?: SearchOptions): SearchHit[];
  /**
   * BM25 score of one document for a query, exactly `score(query, id).score` without building the
   * explanation; undefined when the id is not indexed. For scoring one document against many queries.
   */
  textScore(query: readonly QueryTerm[], id: string): number | undefined;
  /** BM25 score of one document for a query (0 when absent), with its explanation. */
  score(query: readonly QueryTerm[], id: string): SearchHit | undefined;
  /** Top contributing query terms for each of several documents (one query preparation for all). */
  explain(
    query: readonly QueryTerm[],
    ids: readonly string[],
    limit?: number,
  ): Array<Array<{ term: string; weight: number }>>;
  /** The feature vector stored with a document (zeros when none was given), written into `out` if given. */
  vector(id: string, out?: Float32Array): Float32Array | undefined;
  /** Weighted term frequencies of an indexed document (used for relevance feedback). */
  termFrequencies(id: string): Map<string, number> | undefined;
  /** Inverse document frequency of a term (0 for unknown terms). */
  idf(term: string): number;
  /** Drops removed documents from the postings now rather than when the garbage threshold is hit. */
  compact(): void;
  /**
   * Gives back the spare room that growth by appends left in every typed array (about a fifth of
   * the postings after a bulk load); later appends grow again as needed.
   */
  trim(): void;
  /** Bytes held in typed arrays (postings, forward index, per-document columns). */
  typedArrayBytes(): number;
}
