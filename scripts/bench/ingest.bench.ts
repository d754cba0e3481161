// Bulk import throughput: N ideas (innovators first) through HTTP into the database and the outbox,
// and on through the relay onto the subscriber queues, on a private queue prefix.
// `pnpm bench:ingest [--ideas 100000] [--database-url postgres://...] [--import-batch N] [--outbox-batch N]`
// (PGlite in a temp folder by default; batch sizes default to the service's settings).
// Prints ideas/s per stage (HTTP accepted = the whole file sent and taken in; stored = the import
// completed; published = the outbox drained onto the queues) and end to end, the peak RSS of this
// process (service, relay and client together), and a last line of JSON.
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
    if (performance.now() - lastLog > 5_000) {
      lastLog = performance.now();
      console.log(
        `  ${kind}: ${report.processed} rows processed, file ${accepted ? 'taken in' : 'still uploading'}; ${memory()}`,
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
  const innovators = await importAndWait('innovators', innovatorsFile);
  await drained(innovatorCount);
  console.log(`  after the innovators: ${memory()}`);
  console.log(
    `innovators: ${innovators.report.accepted} in ${((innovators.stored - innovators.started) / 1000).toFixed(1)} s`,
  );
  const cpuBefore = process.cpuUsage();
  const ideas = await importAndWait('ideas', ideasFile);
  const published = await drained(innovatorCount + ideaCount);
  console.log(`  ideas stored and published: ${memory()}`);
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
    // This process's CPU time per 1,000 ideas: steadier than ideas/s on a shared machine (with
    // PGlite it is nearly all the work; with a server, the server's own share is not in it).
    cpuMsPer1000Ideas: Math.round((cpu.user + cpu.system) / 1000 / (ideaCount / 1000)),
  };
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
