// The matching service under `pnpm bench:http` (forked by http.bench.ts): loads the corpus straight
// into the service's tables, rebuilds the index from them as the service does at start, measures
// in-process latency (after 100 untimed shortlists: steady state, not the JIT's first calls; 1000
// uncached shortlists of random challenges, so p99 is the 10th slowest, not the 3rd of 300), then
// serves HTTP and reports to the parent over IPC.
import { join } from 'node:path';
import { loadConfig, z } from '@suite/platform';
import { analyzeDocument, analyzerVersion, tagSdgs } from '@suite/text';
import { createApp } from '../../services/matching/src/app';
import { loadMatchingConfig } from '../../services/matching/src/config';
import { createDeps } from '../../services/matching/src/deps';
import { encodeIndexEntry } from '../../services/matching/src/domain/index-entry';
import { rebuildIndex } from '../../services/matching/src/rebuild-index';
import { createReanalysisRepository } from '../../services/matching/src/storage/reanalysis.repository';
import { challenges, ideas, innovators } from '../../services/matching/src/storage/schema';
import { readOpenIdeo } from '../eval/openideo-data';
import { seededRandom } from '../eval/seeded-random';
import { syntheticCorpus } from '../eval/synthetic-corpus';

// Settings from the parent bench, parsed once like every service's config.
const settings = loadConfig({
  BENCH_IDEAS: z.coerce.number().int().min(1),
  BENCH_CHALLENGES: z.coerce.number().int().min(1),
  BENCH_FOLDER: z.string().min(1),
  BENCH_DATA: z.string().optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
});
const IDEAS = settings.BENCH_IDEAS;
const CHALLENGES = settings.BENCH_CHALLENGES;
const folder = settings.BENCH_FOLDER;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/**
 * Memory once garbage is really gone: array buffers' backing stores are released after the
 * collection that finds them dead, so one gc() right before reading can still count a rebuild's
 * page buffers. Two collections with a pause between settle it.
 */
async function settledMemoryUsage(): Promise<NodeJS.MemoryUsage> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  return process.memoryUsage();
}
const random = seededRandom(7);

const texts = (() => {
  const data = settings.BENCH_DATA;
  if (data) {
    const { challenges: c, ideas: i } = readOpenIdeo(data);
    return {
      ideas: i.map((x) => ({ title: x.title, body: x.description })),
      challenges: c.map((x) => ({ title: x.title, body: x.description })),
    };
  }
  const corpus = syntheticCorpus(5_000, 50);
  return { ideas: corpus.docs, challenges: corpus.queries };
})();

const percentile = (sorted: number[], p: number) =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 100) / 100;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: percentile(sorted, 1),
    samples: sorted.length,
  };
};

const config = loadMatchingConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DATA_DIR: join(folder, 'pglite'),
  DB_SCHEMA: 'matching_bench',
  QUEUE_PREFIX: `bench-${process.pid}`,
  DISABLE_WORKERS: 'true',
  RATE_LIMIT_PER_MINUTE: '0',
  REDIS_URL: settings.REDIS_URL,
});
const deps = await createDeps(config);

// --- load: each distinct text analysed once (the bench is about serving, not analysing) ---
// In a function, so its texts, analyses and rows are garbage before memory is measured.
async function loadCorpus(): Promise<number> {
  const loadStarted = performance.now();
  const analysed = texts.ideas.map((t) => {
    const analysis = analyzeDocument(t);
    const tagging = tagSdgs(analysis);
    return {
      ...t,
      analysis,
      inferred: tagging.tags.map((tag) => tag.goal),
      indexEntry: encodeIndexEntry(analysis, tagging.scores),
    };
  });
  const groups = ['woman', 'man', 'woman', 'man', 'non_binary', 'undisclosed'] as const;
  const regions = ['Skåne', 'Stockholm', 'Västra Götaland', null, null];
  const stages = ['idea', 'prototype', 'pilot', 'scaling'] as const;
  const at = new Date('2026-01-10T10:00:00Z');
  const db = deps.database.db;
  const BATCH = 1_000;
  for (let start = 0; start < IDEAS; start += BATCH) {
    const n = Math.min(BATCH, IDEAS - start);
    const people = Array.from({ length: n }, (_, j) => ({
      id: `p-${start + j}`,
      version: 1,
      name: `Innovator ${start + j}`,
      genderGroup: groups[Math.floor(random() * groups.length)] as string,
      region: regions[Math.floor(random() * regions.length)] ?? null,
      locale: 'en',
      sdgs: [],
      consentMatching: true,
      consentEmailRecommendations: true,
      erased: false,
      updatedAt: at,
    }));
    await db.insert(innovators).values(people);
    await db.insert(ideas).values(
      people.map((person, j) => {
        const text = analysed[Math.floor(random() * analysed.length)] as (typeof analysed)[number];
        return {
          id: `i-${start + j}`,
          version: 1,
          innovatorId: person.id,
          title: text.title.slice(0, 300),
          locale: null,
          stage: stages[Math.floor(random() * stages.length)] as string,
          region: person.region,
          sdgs: [],
          inferredSdgs: text.inferred,
          analysis: text.analysis,
          indexEntry: text.indexEntry,
          // As the service stores them: the text kept, the analysis current (nothing to re-analyse).
          description: text.body,
          analyzer: analyzerVersion(),
          deleted: false,
          updatedAt: at,
        };
      }),
    );
  }
  // Challenges: the folder's own challenges, then idea texts posing as challenges (varied queries).
  const challengeTexts = [...texts.challenges, ...texts.ideas];
  const challengeRows = Array.from({ length: CHALLENGES }, (_, i) => {
    const text = challengeTexts[i % challengeTexts.length] as { title: string; body: string };
    const analysis = analyzeDocument(text);
    return {
      id: `c-${i}`,
      version: 1,
      organisationId: `org-${i % 50}`,
      title: text.title.slice(0, 300),
      locale: 'en',
      status: 'open',
      region: i % 4 === 0 ? 'Skåne' : null,
      sdgs: [],
      inferredSdgs: tagSdgs(analysis).tags.map((tag) => tag.goal),
      analysis,
      description: text.body,
      analyzer: analyzerVersion(),
      balancePolicy: null,
      deadline: null,
      openedAt: at,
      updatedAt: at,
    };
  });
  for (let start = 0; start < challengeRows.length; start += BATCH)
    await db.insert(challenges).values(challengeRows.slice(start, start + BATCH));
  return Math.round(performance.now() - loadStarted);
}
const loadMs = await loadCorpus();

// --- rebuild, as at start: a fresh index filled from the tables ---
const before = await settledMemoryUsage();
// CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
const rebuildCpu = process.cpuUsage();
const rebuilt = await rebuildIndex(deps.projection, deps.index, createReanalysisRepository(deps.database.db));
const rebuildCpuMs = Math.round(
  (process.cpuUsage(rebuildCpu).user + process.cpuUsage(rebuildCpu).system) / 1_000,
);
const after = await settledMemoryUsage();

const profileStarted = performance.now();
for (const challenge of deps.index.openChallenges()) deps.index.profile(challenge);
const profileMs = Math.round(performance.now() - profileStarted);

// --- in-process latency ---
const current = await deps.matchingConfig.current();
// Warm-up first: the first shortlists after start run unoptimised code (the JIT compiles the hot
// paths on use), and in 300 samples those few were the slowest; steady state is what is served.
for (let i = 0; i < 100; i++) {
  deps.shortlists.build({ challengeId: `c-${Math.floor(random() * CHALLENGES)}`, k: 50, config: current });
}
const uncached: number[] = [];
const uncachedCpu: number[] = [];
for (let i = 0; i < 1000; i++) {
  const challengeId = `c-${Math.floor(random() * CHALLENGES)}`;
  const t = performance.now();
  const cpu = process.cpuUsage();
  deps.shortlists.build({ challengeId, k: 50, config: current });
  const used = process.cpuUsage(cpu);
  uncached.push(performance.now() - t);
  uncachedCpu.push((used.user + used.system) / 1_000);
}
const cached: number[] = [];
for (let i = 0; i < 300; i++) {
  const challengeId = `c-${i % 20}`;
  await deps.shortlists.current({ challengeId, k: 50, shownTo: 'owner' });
  const t = performance.now();
  await deps.shortlists.current({ challengeId, k: 50, shownTo: 'owner' });
  cached.push(performance.now() - t);
}
const recommendations: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  await deps.recommendations.current({ innovatorId: `p-${Math.floor(random() * IDEAS)}`, k: 10 });
  recommendations.push(performance.now() - t);
}

const app = createApp(deps);
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({
    port,
    jwtSecret: config.JWT_SECRET,
    jwtIssuer: config.JWT_ISSUER,
    loadMs,
    rebuildMs: rebuilt.totalMs,
    rebuildIndexMs: rebuilt.indexMs,
    rebuildPeopleMs: rebuilt.peopleMs,
    rebuildCpuMs,
    inProcessCpu: summary(uncachedCpu),
    bytesPerIdea: Math.round((after.rss - before.rss) / IDEAS),
    heapBytesPerIdea: Math.round(
      (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / IDEAS,
    ),
    // Of which the BM25 index's typed arrays (postings, forward index, SDG bytes); the rest is JS objects.
    indexArrayBytesPerIdea: Math.round(deps.index.matcher.index.typedArrayBytes() / IDEAS),
    profileMs,
    inProcess: summary(uncached),
    inProcessCached: summary(cached),
    recommendationsInProcess: summary(recommendations),
  });
});
// Requests still queued when the load stops finish before the database closes.
process.on('SIGTERM', () => {
  server.close(() => {
    void deps.shutdown.shutdown('bench over').finally(() => process.exit(0));
  });
  server.closeIdleConnections();
});
