import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readOpenIdeo } from '../eval/openideo-data';
import { seededRandom } from '../eval/seeded-random';
import { syntheticCorpus } from '../eval/synthetic-corpus';

export interface BenchText {
  readonly title: string;
  readonly body: string;
}

/**
 * The benchmark corpus: `docs` ideas sampled with replacement (seeded) from the OpenIDEO texts, the
 * real challenges as the first queries and concept titles after them; synthetic text when the data
 * folder is absent. Every peer is measured on exactly these texts and queries.
 */
export function benchCorpus(dataDir: string, docs: number, queryCount: number) {
  const dir = resolve(dataDir);
  let source = `OpenIDEO texts from ${dir}`;
  let texts: BenchText[];
  let queries: BenchText[];
  if (existsSync(resolve(dir, 'ideas.csv'))) {
    const { challenges, ideas } = readOpenIdeo(dir);
    texts = ideas.map((i) => ({ title: i.title, body: i.description }));
    const random = seededRandom(7);
    queries = challenges.map((c) => ({ title: c.title, body: c.description }));
    while (queries.length < queryCount) {
      const idea = ideas[Math.floor(random() * ideas.length)];
      if (idea !== undefined && idea.type === 'concept') queries.push({ title: idea.title, body: '' });
    }
  } else {
    source = 'synthetic corpus (the OpenIDEO folder was not found)';
    ({ docs: texts, queries } = syntheticCorpus(4_000, queryCount));
  }
  const random = seededRandom(42);
  const picks = Array.from({ length: docs }, () => Math.floor(random() * texts.length));
  return { source, texts, queries: queries.slice(0, queryCount), picks };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
