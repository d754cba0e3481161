import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';

/** A scorer over natural's TfIdf, the slow reference point of the matching benchmark. */
export interface NaturalTfIdfBaseline {
  add(key: string, tokens: string[]): void;
  /** Top-k document keys for query tokens (natural scores every document; we then select k). */
  search(tokens: string[], k: number): Array<{ key: string; score: number }>;
}

/**
 * Wraps natural's TfIdf for benchmarks. Lives in this package because natural is its dependency;
 * exported under `@suite/text/natural-tfidf-baseline`, not from the main entry point.
 */
export function createNaturalTfIdfBaseline(): NaturalTfIdfBaseline {
  const tfidf = new TfIdf();
  const keys: string[] = [];
  return {
    add(key, tokens) {
      keys.push(key);
      tfidf.addDocument(tokens, key);
    },
    search(tokens, k) {
      return tfidf
        .tfidfs(tokens)
        .map((score, i) => ({ key: keys[i] as string, score }))
        .sort((a, b) => b.score - a.score)
        .slice(0, k);
    },
  };
}
