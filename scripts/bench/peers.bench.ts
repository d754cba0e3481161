// Peers measured in the same run as ours: a Postgres GIN full-text `ts_rank` query over the same
// corpus and queries as our in-memory index, and raw BullMQ throughput (a no-op worker) beside which
// the ingest and notification pipelines can be read.
//   pnpm bench:peers [--docs 100000] [--queries 50] [--database-url postgres://...] [--redis-url ...] [--jobs 20000]
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { analyzeDocument, createMatcher } from '@suite/text';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { argValue, printSummary } from '../eval/cli';
import { benchCorpus, percentile } from './bench-corpus';

const DOCS = Number(argValue('docs') ?? 100_000);
const QUERIES = Number(argValue('queries') ?? 50);
const JOBS = Number(argValue('jobs') ?? 20_000);
const K = 50;
const databaseUrl = argValue('database-url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = argValue('redis-url') ?? 'redis://127.0.0.1:6379';
const r2 = (x: number) => Math.round(x * 100) / 100;

const { source, texts, queries, picks } = benchCorpus(
  argValue('data') ?? '../shared/data/openideo',
  DOCS,
  QUERIES,
);
console.log(`corpus: ${DOCS} ideas from ${texts.length} ${source}; ${queries.length} queries; k=${K}`);
const queryText = (q: { title: string; body: string }) => `${q.title} ${q.body}`.trim();

/** Ours on the same corpus and queries, the stored-profile shortlist path the service serves. */
function measureOurs() {
  const matcher = createMatcher();
  const analysed = texts.map((t) => analyzeDocument(t));
  for (let i = 0; i < DOCS; i++) matcher.addIdea(`i${i}`, analysed[picks[i]!]!);
  const profiles = queries.map((q) => matcher.profile(analyzeDocument(q)));
  for (const p of profiles) matcher.rank(p, K);
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const p of profiles) {
      const start = performance.now();
      matcher.rank(p, K);
      samples.push(performance.now() - start);
    }
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Postgres full text: tsvector + GIN index, OR of the query's lexemes ranked by ts_rank, top k. */
async function measurePostgres() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  try {
    await client.query(`create schema ${schema}; set search_path to ${schema}`);
    await client.query('create table ideas (id text primary key, body text not null, tsv tsvector)');
    const started = performance.now();
    for (let from = 0; from < DOCS; from += 1_000) {
      const ids: string[] = [];
      const bodies: string[] = [];
      for (let i = from; i < Math.min(DOCS, from + 1_000); i++) {
        ids.push(`i${i}`);
        bodies.push(queryText(texts[picks[i]!]!));
      }
      await client.query('insert into ideas (id, body) select * from unnest($1::text[], $2::text[])', [
        ids,
        bodies,
      ]);
    }
    await client.query(`update ideas set tsv = to_tsvector('english', body)`);
    await client.query('create index ideas_tsv on ideas using gin (tsv)');
    await client.query('analyze ideas');
    const loadMs = performance.now() - started;
    const run = (q: string) =>
      client.query(
        `with q as (select replace(plainto_tsquery('english', $1)::text, '&', '|')::tsquery as q)
         select id, ts_rank(tsv, q.q) as rank from ideas, q where tsv @@ q.q order by rank desc limit ${K}`,
        [q],
      );
    for (const q of queries) await run(queryText(q));
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of queries) {
        const start = performance.now();
        await run(queryText(q));
        samples.push(performance.now() - start);
      }
    }
    return { loadMs, p50: percentile(samples, 50), p99: percentile(samples, 99) };
  } finally {
    await client.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await client.end();
  }
}

/** Raw BullMQ: bulk-add JOBS jobs and drain them with a no-op worker; jobs per second end to end. */
async function measureBullmq() {
  const prefix = `bench_${randomBytes(4).toString('hex')}`;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('peer', { connection, prefix });
  let done = 0;
  let allDone: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    allDone = resolve;
  });
  const worker = new Worker(
    'peer',
    async () => {
      done++;
      if (done === JOBS) allDone();
    },
    { connection, prefix, concurrency: 50 },
  );
  const started = performance.now();
  for (let from = 0; from < JOBS; from += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, JOBS - from) }, (_, i) => ({
      name: 'noop',
      data: { n: from + i },
      opts: { jobId: `j${from + i}`, removeOnComplete: true },
    }));
    await queue.addBulk(batch);
  }
  await finished;
  await worker.close();
  const seconds = (performance.now() - started) / 1_000;
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  connection.disconnect();
  return { jobsPerSecond: JOBS / seconds };
}

const ours = measureOurs();
console.log(
  `ours (in-memory BM25 shortlist path): p50 ${ours.p50.toFixed(2)} ms, p99 ${ours.p99.toFixed(2)} ms`,
);
let postgres: Awaited<ReturnType<typeof measurePostgres>> | undefined;
try {
  postgres = await measurePostgres();
  console.log(
    `postgres ts_rank (GIN, OR query): p50 ${postgres.p50.toFixed(2)} ms, p99 ${postgres.p99.toFixed(2)} ms; loaded in ${Math.round(postgres.loadMs)} ms; ours ${(postgres.p50 / ours.p50).toFixed(1)}x faster (p50)`,
  );
} catch (err) {
  console.log(`postgres ts_rank: not measured (${(err as Error).message})`);
}
let bullmq: Awaited<ReturnType<typeof measureBullmq>> | undefined;
try {
  bullmq = await measureBullmq();
  console.log(`raw BullMQ (no-op worker, concurrency 50): ${Math.round(bullmq.jobsPerSecond)} jobs/s`);
} catch (err) {
  console.log(`raw BullMQ: not measured (${(err as Error).message})`);
}
console.log(`machine load average (1 min) ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);
printSummary({
  docs: DOCS,
  oursP50Ms: r2(ours.p50),
  oursP99Ms: r2(ours.p99),
  postgresTsRankP50Ms: postgres ? r2(postgres.p50) : null,
  postgresTsRankP99Ms: postgres ? r2(postgres.p99) : null,
  vsPostgresTsRank: postgres ? r2(postgres.p50 / ours.p50) : null,
  bullmqJobsPerSecond: bullmq ? Math.round(bullmq.jobsPerSecond) : null,
});
