import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document';
import { createBm25Index } from './bm25-index';
import type { IndexableDocument, QueryTerm } from './bm25-types';

const doc = (terms: Record<string, number>): IndexableDocument => ({ terms });
const q = (...terms: string[]): QueryTerm[] => terms.map((term) => ({ term, weight: 1 }));

/** Textbook BM25 over plain objects, the oracle for the typed-array index. */
function bruteForce(docs: Map<string, Record<string, number>>, query: QueryTerm[], k1 = 1.2, b = 0.75) {
  const n = docs.size;
  const lengths = [...docs.values()].map((d) => Object.values(d).reduce((a, x) => a + x, 0));
  const avg = lengths.reduce((a, x) => a + x, 0) / n;
  const scores = new Map<string, number>();
  for (const [id, terms] of docs) {
    const length = Object.values(terms).reduce((a, x) => a + x, 0);
    let score = 0;
    for (const { term, weight } of query) {
      const tf = terms[term] ?? 0;
      if (tf === 0) continue;
      const df = [...docs.values()].filter((d) => (d[term] ?? 0) > 0).length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (weight * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avg));
    }
    if (score > 0) scores.set(id, score);
  }
  return scores;
}

describe('createBm25Index', () => {
  it('ranks the document sharing the rarer, more frequent terms first and explains the hit', () => {
    const index = createBm25Index();
    index.add('a', doc({ water: 3, toilet: 1 }));
    index.add('b', doc({ water: 1, school: 2 }));
    index.add('c', doc({ school: 1, food: 1 }));
    index.add('d', doc({ food: 2 }));
    const hits = index.search(q('water', 'toilet'), 10);
    expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(hits[0]?.terms.map((t) => t.term)).toEqual(['toilet', 'water']);
    expect(hits[0]?.terms[0]?.weight).toBeGreaterThan(0);
  });

  it('updates and removes incrementally', () => {
    const index = createBm25Index();
    index.add('a', doc({ water: 1 }));
    index.add('b', doc({ food: 1 }));
    index.add('a', doc({ food: 2 }));
    expect(index.size).toBe(2);
    expect(index.search(q('water'), 5)).toEqual([]);
    expect(index.search(q('food'), 5).map((h) => h.id)).toEqual(['a', 'b']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.has('a')).toBe(false);
    expect(index.search(q('food'), 5).map((h) => h.id)).toEqual(['b']);
  });

  it('matches a brute-force BM25 through random adds, updates, removes and compaction', () => {
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f'];
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        id: fc.integer({ min: 0, max: 15 }),
        terms: fc.dictionary(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 4 }), { minKeys: 1 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 15 }) }),
      fc.record({ kind: fc.constant('compact' as const) }),
    );
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 60 }),
        fc.subarray(vocabulary, { minLength: 1 }),
        fc.boolean(),
        (ops, terms, padded) => {
          // Plain BM25 has no common-term pruning; that rule has its own test below.
          const index = createBm25Index({ maxDocumentShare: 1 });
          const oracle = new Map<string, Record<string, number>>();
          // Padding with documents the query never touches makes the query sparse, which exercises
          // the touched-list ranking path instead of the dense scan.
          for (let i = 0; padded && i < 200; i++) {
            index.add(`pad${i}`, doc({ zzz: 1 + (i % 3) }));
            oracle.set(`pad${i}`, { zzz: 1 + (i % 3) });
          }
          for (const op of ops) {
            if (op.kind === 'add') {
              index.add(`d${op.id}`, doc(op.terms));
              oracle.set(`d${op.id}`, op.terms);
            } else if (op.kind === 'remove') {
              index.remove(`d${op.id}`);
              oracle.delete(`d${op.id}`);
            } else {
              index.compact();
            }
          }
          if (oracle.size === 0) return;
          const query = q(...terms);
          const expected = bruteForce(oracle, query);
          const hits = index.search(query, 100, { explainTerms: 0 });
          expect(hits.length).toBe(expected.size);
          for (const hit of hits) expect(hit.score).toBeCloseTo(expected.get(hit.id) ?? -1, 3);
          for (let i = 1; i < hits.length; i++)
            expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reuses a prepared query only while the index is unchanged, and textScore equals score', () => {
    const vocabulary = ['a', 'b', 'c', 'd'];
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        id: fc.integer({ min: 0, max: 9 }),
        terms: fc.dictionary(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 4 }), { minKeys: 1 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 30 }),
        fc.subarray(vocabulary, { minLength: 1 }),
        (ops, terms) => {
          const index = createBm25Index({ maxDocumentShare: 1 });
          const oracle = new Map<string, Record<string, number>>();
          // One query array asked again after every change, as a stored challenge profile is.
          const query = q(...terms);
          for (const op of ops) {
            if (op.kind === 'add') {
              index.add(`d${op.id}`, doc(op.terms));
              oracle.set(`d${op.id}`, op.terms);
            } else {
              index.remove(`d${op.id}`);
              oracle.delete(`d${op.id}`);
            }
            const expected = bruteForce(oracle, query);
            for (const id of oracle.keys()) {
              const full = index.score(query, id)?.score;
              expect(index.textScore(query, id)).toBe(full);
              expect(full).toBeCloseTo(expected.get(id) ?? 0, 3);
              expect(index.textScore([...query], id)).toBe(full);
            }
            expect(index.textScore(query, 'missing')).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('trims spare room without changing any answer, and keeps growing after', () => {
    const index = createBm25Index({ vectorSize: 3 });
    const words = ['water', 'toilet', 'school', 'food', 'garden', 'bike'];
    const docOf = (i: number) =>
      doc({ [words[i % 6] as string]: 1 + (i % 3), [words[(i * 7) % 6] as string]: 1 });
    for (let i = 0; i < 300; i++) index.add(`d${i}`, docOf(i), [i % 2, 0.5, 1]);
    const query = q('water', 'garden');
    const before = index.search(query, 20);
    const bytes = index.typedArrayBytes();
    index.trim();
    expect(index.typedArrayBytes()).toBeLessThan(bytes);
    expect(index.search(query, 20)).toEqual(before);
    expect([...(index.vector('d7') ?? [])]).toEqual([1, expect.closeTo(0.5, 2), 1]);
    for (let i = 300; i < 320; i++) index.add(`d${i}`, docOf(i), [1, 1, 1]);
    index.remove('d0');
    const oracle = new Map<string, Record<string, number>>();
    for (let i = 1; i < 320; i++) oracle.set(`d${i}`, docOf(i).terms as Record<string, number>);
    const expected = bruteForce(oracle, query);
    for (const hit of index.search(query, 400, { explainTerms: 0 }))
      expect(hit.score).toBeCloseTo(expected.get(hit.id) ?? -1, 3);
    expect(index.termFrequencies('d319')).toEqual(new Map(Object.entries(docOf(319).terms)));
  });

  it('drops terms most documents share when the query has rarer ones, and keeps them otherwise', () => {
    const index = createBm25Index({ minCommonPostings: 0 });
    for (const id of ['a', 'b', 'c', 'd']) index.add(id, doc({ common: 1 }));
    index.add('e', doc({ rare: 1 }));
    expect(index.search(q('common', 'rare'), 10).map((h) => h.id)).toEqual(['e']);
    expect(index.search(q('common'), 10)).toHaveLength(4);
  });

  it('keeps the shared subject words of a small index', () => {
    const index = createBm25Index();
    for (const id of ['a', 'b', 'c', 'd']) index.add(id, doc({ common: 1 }));
    index.add('e', doc({ rare: 1 }));
    expect(
      index
        .search(q('common', 'rare'), 10)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('can be rebuilt from stored analysed documents with the same ranking', () => {
    const texts = [
      { title: 'Clean water for schools', body: 'Rainwater tanks and handwashing stations' },
      { title: 'Bone marrow registry drive', body: 'Students swab their cheeks to join the donor registry' },
      { title: 'Fresh food for kids', body: 'School gardens teach children to grow vegetables' },
    ];
    const stored = texts.map((t, i) => ({ id: `i${i}`, doc: JSON.stringify(analyzeDocument(t)) }));
    const first = createBm25Index();
    const second = createBm25Index();
    for (const { id, doc: json } of stored) first.add(id, JSON.parse(json));
    for (const { id, doc: json } of [...stored].reverse()) second.add(id, JSON.parse(json));
    const query = Object.keys(analyzeDocument({ title: 'school water' }).terms).map((term) => ({
      term,
      weight: 1,
    }));
    const ids = (hits: Array<{ id: string; score: number }>) => hits.map((h) => [h.id, h.score.toFixed(5)]);
    expect(ids(second.search(query, 3))).toEqual(ids(first.search(query, 3)));
  });

  it('compacts by itself after many removals and keeps answering correctly', () => {
    const index = createBm25Index();
    for (let i = 0; i < 3000; i++) index.add(`d${i}`, doc({ common: 1, [`t${i % 7}`]: 1 + (i % 3) }));
    const before = index.typedArrayBytes();
    for (let i = 0; i < 2500; i++) index.remove(`d${i}`);
    for (let i = 2500; i < 2600; i++) index.update(`d${i}`, doc({ moved: 1 }));
    expect(index.size).toBe(500);
    expect(index.typedArrayBytes()).toBeLessThan(before);
    expect(index.search(q('moved'), 1000)).toHaveLength(100);
    const hits = index.search(q('t3'), 1000);
    expect(hits.every((h) => Number(h.id.slice(1)) >= 2600 && Number(h.id.slice(1)) % 7 === 3)).toBe(true);
    expect(hits).toHaveLength([...Array(400).keys()].filter((i) => (2600 + i) % 7 === 3).length);
  });

  it('returns an empty ranking for empty, unknown and non-positive queries and k <= 0', () => {
    const index = createBm25Index();
    expect(index.search(q('x'), 10)).toEqual([]);
    index.add('a', doc({ water: 1 }));
    expect(index.search([], 10)).toEqual([]);
    expect(index.search(q('nothing'), 10)).toEqual([]);
    expect(index.search([{ term: 'water', weight: Number.NaN }], 10)).toEqual([]);
    expect(index.search(q('water'), 0)).toEqual([]);
  });

  it('ignores non-finite term frequencies in documents', () => {
    const index = createBm25Index();
    index.add('a', doc({ water: Number.POSITIVE_INFINITY, food: -1, toilet: 1 }));
    expect(index.termFrequencies('a')).toEqual(new Map([['toilet', 1]]));
  });

  it('stores per-document vectors quantised to [0,1] and keeps them through compaction', () => {
    const index = createBm25Index({ vectorSize: 3 });
    index.add('a', doc({ water: 1 }), [0, 0.5, 2]);
    index.add('b', doc({ food: 1 }));
    index.remove('b');
    index.compact();
    const vector = index.vector('a');
    expect(vector?.[0]).toBe(0);
    expect(vector?.[1]).toBeCloseTo(0.5, 2);
    expect(vector?.[2]).toBe(1);
  });
});
