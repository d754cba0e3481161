import { rankTopK } from './bm25-ranking';
import {
  bm25Idf,
  bm25Impact,
  explainDocument,
  type PreparedTerm,
  prepareQuery,
  rescoreImpacts,
  sumLargestFirst,
} from './bm25-scoring';
import type { Bm25Index, Bm25Options, IndexableDocument, QueryTerm } from './bm25-types';
import { createForwardIndex } from './forward-index';
import { appendPosting, emptyPostings, type Postings, packPostings, positionIn, tfIn } from './postings';
import { createQuantisedVectors } from './quantised-vectors';
import { fitTo, growFloat32, growFloat64, growInt32, growUint8 } from './typed-array-growth';

// Impacts are computed against a reference average document length. Before a query they are brought
// up to date (one linear pass) when the live average has drifted further than this share, or on any
// drift while the index is small enough for the pass to be negligible; so small indexes score exact
// BM25 and large ones stay within 1 % of it on the length norm without re-scoring on every add.
const AVERAGE_DRIFT = 0.01;
const EXACT_BELOW_POSTINGS = 65_536;

// Removed documents stay in the postings (skipped at ranking) until this share of postings is dead.
const COMPACT_DEAD_SHARE = 0.25;

/** Creates an empty BM25 index. */
export function createBm25Index(options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const maxQueryTerms = options.maxQueryTerms ?? 32;
  const maxDocumentShare = options.maxDocumentShare ?? 0.2;
  const minCommonPostings = options.minCommonPostings ?? 500;
  const vectorSize = Math.max(0, Math.floor(options.vectorSize ?? 0));
  const vectors = createQuantisedVectors(vectorSize);

  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  let postings: Postings[] = [];
  let df = new Int32Array(64);

  const docIds = new Map<string, number>();
  let docNames: Array<string | undefined> = [];
  let docLength = new Float32Array(64);
  let alive = new Uint8Array(64);
  const forward = createForwardIndex();
  let docCount = 0; // internal numbers handed out (live + dead)
  let liveDocs = 0;
  let liveLength = 0;
  let totalPostings = 0;
  let deadPostings = 0;
  let referenceAverage = 0;
  const pending: number[] = [];

  // Reused across queries so a search allocates only its result.
  let accumulator = new Float32Array(64);
  let touched = new Int32Array(64);
  let contributions = new Float64Array(64);

  // Anything that changes a prepared query (df, live count, impacts) bumps this; a prepared query
  // is reused while the stamp it was made under still holds. Keyed by the query array itself:
  // queries are values (readonly), and a challenge's stored profile asks with the same array.
  let mutations = 0;
  const prepared = new WeakMap<readonly QueryTerm[], { stamp: number; terms: PreparedTerm[] }>();

  const termId = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termNames.length;
      termIds.set(term, id);
      termNames.push(term);
      postings.push(emptyPostings());
      df = growInt32(df, id + 1);
    }
    return id;
  };

  const idfOf = (documentFrequency: number): number => bm25Idf(documentFrequency, liveDocs);

  const append = (id: string, doc: IndexableDocument, vector?: ArrayLike<number>) => {
    const n = docCount++;
    mutations++;
    vectors.write(n, vector);
    docNames[n] = id;
    docIds.set(id, n);
    docLength = growFloat32(docLength, n + 1);
    alive = growUint8(alive, n + 1);
    accumulator = growFloat32(accumulator, n + 1);
    touched = growInt32(touched, n + 1);
    let length = 0;
    for (const term in doc.terms) {
      const tf = doc.terms[term] ?? 0;
      if (!(tf > 0) || !Number.isFinite(tf)) continue;
      const t = termId(term);
      appendPosting(postings[t] as Postings, n, tf);
      pending.push(t);
      df[t] = (df[t] ?? 0) + 1;
      length += tf;
    }
    const count = pending.length;
    forward.append(n, pending);
    docLength[n] = length;
    if (referenceAverage === 0) referenceAverage = length > 0 ? length : 1;
    for (const t of pending) {
      const list = postings[t] as Postings;
      const last = list.length - 1;
      list.impacts[last] = bm25Impact(list.tfs[last] as number, length, referenceAverage, k1, b);
    }
    pending.length = 0;
    alive[n] = 1;
    liveDocs++;
    liveLength += length;
    totalPostings += count;
  };

  const syncImpacts = () => {
    if (liveDocs === 0) return;
    const average = liveLength / liveDocs;
    const drift = Math.abs(average - referenceAverage);
    if (drift === 0) return;
    if (drift > AVERAGE_DRIFT * referenceAverage || totalPostings <= EXACT_BELOW_POSTINGS)
      recomputeImpacts(average);
  };

  const recomputeImpacts = (average: number) => {
    mutations++;
    referenceAverage = average > 0 ? average : 1;
    rescoreImpacts(postings, docLength, referenceAverage, k1, b);
  };

  const kill = (n: number) => {
    mutations++;
    alive[n] = 0;
    let count = 0;
    forward.forEachTerm(n, (t) => {
      df[t] = (df[t] as number) - 1;
      count++;
    });
    liveDocs--;
    liveLength -= docLength[n] as number;
    deadPostings += count;
    const name = docNames[n];
    if (name !== undefined) docIds.delete(name);
    docNames[n] = undefined;
  };

  const compact = () => {
    if (deadPostings === 0) return;
    const old = { docNames, alive, postings, docCount };
    const oldVectors = vectors.reset(liveDocs);
    const oldForward = forward.reset(liveDocs, totalPostings - deadPostings);
    docIds.clear();
    docNames = [];
    docLength = new Float32Array(Math.max(64, liveDocs));
    alive = new Uint8Array(Math.max(64, liveDocs));
    postings = termNames.map(() => emptyPostings());
    df = new Int32Array(Math.max(64, termNames.length));
    docCount = 0;
    liveDocs = 0;
    liveLength = 0;
    totalPostings = 0;
    deadPostings = 0;
    for (let n = 0; n < old.docCount; n++) {
      const name = old.docNames[n];
      if (old.alive[n] !== 1 || name === undefined) continue;
      const terms: Record<string, number> = {};
      oldForward.forEachTerm(n, (t) => {
        terms[termNames[t] as string] = tfIn(old.postings[t] as Postings, n);
      });
      append(name, { terms }, oldVectors.read(n));
    }
  };

  // A query prepared under the current index state, reused while nothing changed (see `prepareQuery`).
  const prepare = (query: readonly QueryTerm[]): PreparedTerm[] => {
    syncImpacts();
    const known = prepared.get(query);
    if (known !== undefined && known.stamp === mutations) return known.terms;
    const terms = prepareNow(query);
    prepared.set(query, { stamp: mutations, terms });
    return terms;
  };

  const prepareNow = (query: readonly QueryTerm[]) =>
    prepareQuery(query, { termIds, df, liveDocs, maxDocumentShare, minCommonPostings, maxQueryTerms });

  const explain = (terms: readonly PreparedTerm[], n: number, limit: number) =>
    explainDocument(terms, postings, termNames, n, limit);

  // Removed documents are reclaimed in bulk once they are a quarter of all postings (and not tiny).
  const compactIfWasteful = () => {
    if (deadPostings > COMPACT_DEAD_SHARE * totalPostings && deadPostings > 1024) compact();
  };
  const upsert = (id: string, doc: IndexableDocument, vector?: ArrayLike<number>) => {
    const existing = docIds.get(id);
    if (existing !== undefined) kill(existing);
    append(id, doc, vector);
    compactIfWasteful();
  };

  return {
    add: upsert,
    update: upsert,
    remove(id) {
      const n = docIds.get(id);
      if (n === undefined) return false;
      kill(n);
      compactIfWasteful();
      return true;
    },
    has: (id) => docIds.has(id),
    get size() {
      return liveDocs;
    },
    search(query, k, searchOptions = {}) {
      const explainTerms = searchOptions.explainTerms ?? 5;
      if (!(k > 0) || liveDocs === 0) return [];
      const terms = prepare(query);
      if (terms.length === 0) return [];
      const ranking = terms.map(({ t, w }) => {
        const list = postings[t] as Postings;
        return { weight: w, docs: list.docs, impacts: list.impacts, length: list.length };
      });
      const top = rankTopK(ranking, Math.min(Math.floor(k), liveDocs), {
        accumulator,
        touched,
        alive,
        documents: docCount,
      });
      return top.map(({ item, score }) => ({
        id: docNames[item] as string,
        score,
        terms: explainTerms > 0 ? explain(terms, item, explainTerms) : [],
      }));
    },
    textScore(query, id) {
      const n = docIds.get(id);
      if (n === undefined) return undefined;
      const terms = prepare(query);
      contributions = growFloat64(contributions, terms.length);
      let count = 0;
      for (const { t, w } of terms) {
        const list = postings[t] as Postings;
        const p = positionIn(list, n);
        if (p >= 0) contributions[count++] = w * (list.impacts[p] as number);
      }
      // Summed as `score` sums its sorted explanation: the same number to the bit.
      return sumLargestFirst(contributions, count);
    },
    score(query, id) {
      const n = docIds.get(id);
      if (n === undefined) return undefined;
      const terms = explain(prepare(query), n, Number.POSITIVE_INFINITY);
      return { id, score: terms.reduce((sum, x) => sum + x.weight, 0), terms: terms.slice(0, 5) };
    },
    explain(query, ids, limit = 5) {
      const terms = prepare(query);
      return ids.map((id) => {
        const n = docIds.get(id);
        return n === undefined ? [] : explain(terms, n, limit);
      });
    },
    vector(id, out) {
      const n = docIds.get(id);
      return n === undefined ? undefined : vectors.read(n, out);
    },
    termFrequencies(id) {
      const n = docIds.get(id);
      if (n === undefined) return undefined;
      const out = new Map<string, number>();
      forward.forEachTerm(n, (t) => {
        out.set(termNames[t] as string, tfIn(postings[t] as Postings, n));
      });
      return out;
    },
    idf(term) {
      const t = termIds.get(term);
      return t === undefined ? 0 : idfOf(df[t] as number);
    },
    compact,
    trim() {
      packPostings(postings);
      forward.trim(docCount);
      vectors.trim(docCount);
      docLength = fitTo(docLength, docCount);
      alive = fitTo(alive, docCount);
      accumulator = fitTo(accumulator, docCount);
      touched = fitTo(touched, docCount);
      df = fitTo(df, termNames.length);
    },
    typedArrayBytes() {
      let bytes = vectors.byteLength + df.byteLength + docLength.byteLength + alive.byteLength;
      bytes += forward.byteLength + accumulator.byteLength + touched.byteLength;
      for (const list of postings)
        bytes += list.docs.byteLength + list.tfs.byteLength + list.impacts.byteLength;
      return bytes;
    },
  };
}
