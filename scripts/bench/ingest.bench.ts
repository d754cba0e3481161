// Bulk import throughput: N ideas (innovators first) through HTTP into the database and the outbox,
// and on through the relay onto the subscriber queues, on a private queue prefix.
// `pnpm bench:ingest [--ideas 100000] [--database-url postgres://...] [--import-batch N] [--outbox-batch N]`
// (PGlite in a temp folder by default; batch sizes default to the service's settings).
// Prints ideas/s per stage (HTTP accepted = the whole file sent and taken in; stored = the import
// completed; published = the outbox drained onto the queues) and end to end, the peak RSS of this
// process (service, relay and client together) with the peaks of heap used/total and buffers and the
// moments RSS climbed, and a last line of JSON. With NODE_OPTIONS=--expose-gc the progress lines also
// show the live heap after a full collection (what is really retained, as opposed to uncollected garbage).
// Reading peak RSS: the live heap stays ~45 MB whatever the file size (the test files are written
// through one reused buffer, so they add nothing). What grows is garbage promoted into the old
// generation while batches wait on Postgres and Redis: between full collections V8 lets the old
// generation grow to up to 4x the live heap when the heap limit is 2 GB or more (Node's default on a
// machine with plenty of memory), and a 10k file ends before it gets there. Under a smaller limit
// (a container's memory limit, or `--max-old-space-size=1024`) V8 grows the heap by at most ~1.6x
// and the peak stays flat between 10k and 100k ideas. Ingest is deployed with that limit
// (deploy/compose.yaml, scripts/demo; Kubernetes through its memory limit), so `pnpm bench:ingest`
// runs with it too.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signToken } from '@suite/platform';
import pg from 'pg';
import { createApp } from '../../services/ingest/src/app';
import { loadIngestConfig } from '../../services/ingest/src/config';
import { createDeps } from '../../services/ingest/src/deps';
import { startWorkers } from '../../services/ingest/src/jobs/workers';
import { fetchImport, uploadImport } from '../import/import-client';
import { writeIdeasCsv, writeInnovatorsCsv } from './ingest-bench-files';

const { values } = parseArgs({
  options: {
    ideas: { type: 'string', default: '100000' },
    innovators: { type: 'string' },
    'database-url': { type: 'string' },
    /** Override IMPORT_BATCH_SIZE / OUTBOX_BATCH_SIZE to compare batch sizes. */
    'import-batch': { type: 'string' },
    'outbox-batch': { type: 'string' },
  },
});
const ideaCount = Number(values.ideas);
const innovatorCount = Number(values.innovators ?? Math.max(1, Math.round(ideaCount / 10)));
const databaseUrl = values['database-url'];
const run = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const folder = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const memory = () => {
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
  return `RSS ${mb(m.rss)} MB (peak ${rssMb()}, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}, buffers ${mb(m.arrayBuffers)})`;
};

/** What the bench is doing, for the RSS steps below. */
let stage = 'files';
/**
 * The highest value of each part of process.memoryUsage() seen so far, sampled every 200 ms: tells
 * whether RSS growth is live JS objects (heapUsed), V8's heap reservation (heapTotal) or buffers.
 */
const memoryPeaks = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
/** Each time RSS climbs 10 MB above its last step: when, and what the other parts held then. */
const rssSteps: string[] = [];
let lastStepRss = 0;
const benchStarted = performance.now();
const sampleMemory = () => {
  const m = process.memoryUsage();
  if (m.rss > lastStepRss + 10 * 1024 ** 2) {
    lastStepRss = m.rss;
    const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
    rssSteps.push(
      `${((performance.now() - benchStarted) / 1000).toFixed(1)}s ${stage}: rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} buffers ${mb(m.arrayBuffers)}`,
    );
  }
  for (const key of Object.keys(memoryPeaks) as (keyof typeof memoryPeaks)[])
    memoryPeaks[key] = Math.max(memoryPeaks[key], m[key]);
};
const sampler = setInterval(sampleMemory, 200);
sampler.unref();
const peaksMb = () =>
  Object.fromEntries(Object.entries(memoryPeaks).map(([k, v]) => [k, Math.round(v / 1024 ** 2)]));

const innovatorsFile = join(folder, 'innovators.csv');
const ideasFile = join(folder, 'ideas.csv');
await writeInnovatorsCsv(innovatorsFile, innovatorCount);
await writeIdeasCsv(ideasFile, ideaCount, innovatorCount);
const fileMb = (await stat(ideasFile)).size / 1024 ** 2;
console.log(
  `${ideaCount} ideas (${fileMb.toFixed(1)} MB CSV) by ${innovatorCount} innovators, on ${databaseUrl ? 'postgres' : 'pglite'}`,
);

const config = loadIngestConfig({
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  DATA_DIR: join(folder, 'pglite'),
  DB_SCHEMA: run,
  QUEUE_PREFIX: run,
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  IMPORT_LIMIT: '2gb',
  IMPORT_BATCH_SIZE: values['import-batch'],
  OUTBOX_BATCH_SIZE: values['outbox-batch'],
});
const deps = await createDeps(config);
startWorkers(deps);
const server = createApp(deps).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const token = await signToken({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, role: 'service' });

async function importAndWait(kind: 'innovators' | 'ideas', file: string) {
  const started = performance.now();
  const upload = await uploadImport({ baseUrl, token, kind, file, contentType: 'text/csv' });
  let accepted: number | undefined;
  void upload.accepted.then(() => {
    accepted = performance.now();
  });
  let lastLog = performance.now();
  for (;;) {
    const report = await fetchImport(baseUrl, token, upload.id).catch(() => undefined);
    if (!report) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    if (performance.now() - lastLog > 2_000) {
      lastLog = performance.now();
      // With `NODE_OPTIONS=--expose-gc`, also what is still alive after a full collection: garbage
      // V8 has not yet collected counts in heapUsed, retained objects count here too.
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const live = gc
        ? `, live heap after GC ${Math.round(process.memoryUsage().heapUsed / 1024 ** 2)} MB`
        : '';
      console.log(
        `  ${kind}: ${report.processed} rows processed, file ${accepted ? 'taken in' : 'still uploading'}; ${memory()}${live}`,
      );
    }
    if (report.status !== 'running') {
      if (report.status !== 'completed' || report.rejected > 0) {
        throw new Error(
          `${kind} import ${report.status}: ${report.rejected} rejected, ${report.reason ?? ''}`,
        );
      }
      await upload.accepted;
      return { started, accepted: accepted ?? performance.now(), stored: performance.now(), report };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function drained(expectedMatchingJobs: number) {
  for (;;) {
    if ((await deps.outbox.unpublishedCount()) === 0) {
      const counts = await deps.producers.find((p) => p.queueName === 'matching-inbox')!.counts();
      if ((counts.waiting ?? 0) < expectedMatchingJobs)
        throw new Error(`matching-inbox holds ${counts.waiting}, expected ${expectedMatchingJobs}`);
      return performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function cleanUp() {
  server.close();
  let cursor = '0';
  do {
    const [next, keys] = await deps.redis.scan(cursor, 'MATCH', `${run}:*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) await deps.redis.del(...keys);
  } while (cursor !== '0');
  await deps.shutdown.shutdown('bench over');
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${run}" CASCADE`).finally(() => client.end());
  }
  await rm(folder, { recursive: true, force: true });
}

try {
  stage = 'innovators';
  const innovators = await importAndWait('innovators', innovatorsFile);
  await drained(innovatorCount);
  sampleMemory();
  console.log(`  after the innovators: ${memory()}; peaks so far ${JSON.stringify(peaksMb())}`);
  console.log(
    `innovators: ${innovators.report.accepted} in ${((innovators.stored - innovators.started) / 1000).toFixed(1)} s`,
  );
  const cpuBefore = process.cpuUsage();
  stage = 'ideas';
  const ideas = await importAndWait('ideas', ideasFile);
  stage = 'ideas: draining the outbox';
  const published = await drained(innovatorCount + ideaCount);
  sampleMemory();
  console.log(`  ideas stored and published: ${memory()}; peaks ${JSON.stringify(peaksMb())}`);
  const cpu = process.cpuUsage(cpuBefore);
  const perSecond = (end: number) => Math.round(ideaCount / ((end - ideas.started) / 1000));
  const result = {
    ideas: ideaCount,
    driver: databaseUrl ? 'postgres' : 'pglite',
    httpAcceptedPerSecond: perSecond(ideas.accepted),
    storedPerSecond: perSecond(ideas.stored),
    publishedPerSecond: perSecond(published),
    ideasPerSecond: perSecond(published),
    seconds: Number(((published - ideas.started) / 1000).toFixed(2)),
    peakRssMb: rssMb(),
    peakHeapUsedMb: peaksMb().heapUsed,
    peakHeapTotalMb: peaksMb().heapTotal,
    peakArrayBuffersMb: peaksMb().arrayBuffers,
    // This process's CPU time per 1,000 ideas: steadier than ideas/s on a shared machine (with
    // PGlite it is nearly all the work; with a server, the server's own share is not in it).
    cpuMsPer1000Ideas: Math.round((cpu.user + cpu.system) / 1000 / (ideaCount / 1000)),
  };
  console.log(`RSS steps (10 MB each):\n  ${rssSteps.join('\n  ')}`);
  console.log(`HTTP accepted (file sent): ${result.httpAcceptedPerSecond} ideas/s`);
  console.log(`stored (import completed): ${result.storedPerSecond} ideas/s`);
  console.log(`published (outbox drained onto the queues): ${result.publishedPerSecond} ideas/s`);
  console.log(
    `end to end: ${result.ideasPerSecond} ideas/s in ${result.seconds} s; peak RSS ${result.peakRssMb} MB`,
  );
  console.log(`CPU of this process: ${result.cpuMsPer1000Ideas} ms per 1,000 ideas`);
  console.log(JSON.stringify(result));
} finally {
  await cleanUp();
}
