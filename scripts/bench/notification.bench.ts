// Recommendation emails through the real path: jobs on the notification-inbox queue, the notification
// service as its own process (`node --import tsx services/notification/src/main.ts`) on the Postgres
// server as in production (a schema of its own, dropped after; `--pglite` for embedded PGlite on disk),
// pooled SMTP to a sink in this process. The default sink answers each message as it arrives and reads
// only Message-ID and To (notification-sink.ts); `--parsing-sink` uses the test sink (smtp-server +
// mailparser), which parses every whole message before it answers - slower, and its parsing counts.
//   pnpm bench:notification [--jobs N] [--database-url postgres://...] [--pglite] [--redis redis://...]
//                           [--cpu-prof DIR]  (V8 CPU profiles of the service process, to see where time goes)
//
// Run 1, throughput: N recommendation jobs (one email each), every 10th published twice under another
// BullMQ job id (double delivery). Timed from the first job added to the N-th distinct email.
// Run 2, crash: the same on a fresh database and queue, the worker killed -9 halfway and restarted.
// duplicates: extra emails a person got with a new Message-ID (a second, different email) - must be 0.
// repeatsAfterKill: messages the SMTP server had accepted when the worker died before logging them;
// they are sent again with the same Message-ID (at-least-once), so mail clients show one email.
// "In flight" means exactly that: from the final "." of a message to the commit of its `sent` row.
// The service lets one message per process be in flight at a time (its send gate), however many
// jobs and SMTP connections run, so repeatsAfterKill is at most 1 per killed process.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Innovator, notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createRedis } from '@suite/platform';
import { childProcessEnv } from '@suite/testing/config';
// The sink alone: the package root also brings vitest fixtures, which only load inside vitest.
import { startSmtpSink } from '@suite/testing/smtp-sink';
import pg from 'pg';
import { argValue, hasFlag } from '../eval/cli';
import { type BenchSink, startBenchSink } from './notification-sink';

const jobs = Number(argValue('jobs') ?? 2_000);
if (!Number.isInteger(jobs) || jobs < 10) {
  console.error('--jobs must be an integer >= 10');
  process.exit(2);
}
const redisUrl = argValue('redis') ?? 'redis://127.0.0.1:6379';
const databaseUrl = hasFlag('pglite')
  ? undefined
  : (argValue('database-url') ?? 'postgres://postgres@127.0.0.1:5432/test');
const parsingSink = hasFlag('parsing-sink');
/** Either sink, seen as what the benchmark counts: each message's Message-ID and recipients. */
async function startSink(): Promise<BenchSink> {
  if (!parsingSink) return startBenchSink();
  const sink = await startSmtpSink();
  const view = {
    host: sink.host,
    port: sink.port,
    get messages() {
      return sink.messages.map((m) => ({
        messageId: m.messageId,
        to: (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
          a.value.map((v) => (v.address ?? '').toLowerCase()),
        ),
      }));
    },
    waitFor: async (count: number, timeoutMs: number) => {
      await sink.waitFor(count, timeoutMs);
    },
    close: () => sink.close(),
  };
  return view;
}
const mainScript = resolve('services/notification/src/main.ts');
const cpuProfileDir = argValue('cpu-prof');
const profileArgs = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(cpuProfileDir)}`] : [];

const freePort = async () => {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
  );

interface RunResult {
  seconds: number;
  emails: number;
  distinct: number;
  duplicates: number;
  repeatsSameMessageId: number;
}

async function run(opts: { killHalfway: boolean }): Promise<RunResult> {
  const sink = await startSink();
  const dataDir = mkdtempSync(join(tmpdir(), 'notification-bench-'));
  const runId = randomUUID().slice(0, 8);
  const prefix = `bench-notification-${runId}`;
  const schema = `bench_notification_${runId}`;
  const port = await freePort();
  const env = childProcessEnv({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DB_SCHEMA: schema,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    SMTP_URL: `smtp://${sink.host}:${sink.port}`,
    PUBLIC_URL: 'https://suite.example.org',
    RATE_LIMIT_PER_MINUTE: '0',
    JOB_LOCK_MS: '3000',
  });
  // PGlite on disk: the service process owns it, and the restarted one opens it again.
  env.DATABASE_URL = databaseUrl ?? '';
  const redis = createRedis(redisUrl);
  const inbox = createProducer(notificationInbox, { connection: redis, prefix });
  const start = () => {
    const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', mainScript], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return child;
  };
  const ready = async () => {
    for (let i = 0; i < 1_200; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await sleep(100);
    }
    throw new Error('the notification service did not become ready');
  };
  const idle = async () => {
    for (;;) {
      const c = await inbox.counts();
      if (!c.waiting && !c.active) return;
      await sleep(100);
    }
  };
  let child = start();
  try {
    await ready();
    const event = () => ({ eventId: randomUUID(), version: 1, occurredAt: new Date().toISOString() });
    await inbox.add('organisation.upserted', {
      ...event(),
      organisation: { id: 'org-bench', name: 'Bench kommun', kind: 'municipality', locale: 'sv' },
    });
    await inbox.add('challenge.upserted', {
      ...event(),
      challenge: {
        id: 'c-bench',
        organisationId: 'org-bench',
        title: 'Rent vatten i skolan',
        description: 'Hur får alla skolor rent dricksvatten?',
        locale: 'sv',
        sdgs: [6],
        sdgTargets: [],
        status: 'open',
      },
    });
    const innovator = (i: number): Innovator => ({
      id: `inn-bench-${i}`,
      name: `Person ${i}`,
      email: `person${i}@example.org`,
      gender: 'undisclosed',
      locale: i % 2 ? 'sv' : 'en',
      sdgs: [],
      digest: 'immediate',
      consents: { matching: true, emailRecommendations: true },
    });
    for (let i = 0; i < jobs; i += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, jobs - i) }, (_, j) =>
          inbox.add('innovator.upserted', { ...event(), innovator: innovator(i + j) }),
        ),
      );
    }
    await idle();

    const recommendation = (i: number) => ({
      jobId: `rec-${i}`,
      innovatorId: `inn-bench-${i}`,
      generatedAt: new Date().toISOString(),
      recommendations: [
        { challengeId: 'c-bench', score: 0.8, sharedTerms: ['vatten', 'skola'], sharedSdgs: [6] },
      ],
    });
    const began = performance.now();
    for (let i = 0; i < jobs; i += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, jobs - i) }, (_, j) => {
          const n = i + j;
          const adds = [inbox.add('recommendations.ready', recommendation(n), { jobId: `rec-${n}` })];
          // Double delivery: the same request published again under another queue job id.
          if (n % 10 === 0)
            adds.push(inbox.add('recommendations.ready', recommendation(n), { jobId: `rec-${n}-again` }));
          return Promise.all(adds);
        }),
      );
    }
    const distinct = () => new Set(sink.messages.map((m) => m.messageId)).size;
    if (opts.killHalfway) {
      await sink.waitFor(Math.floor(jobs / 2), 600_000);
      child.kill('SIGKILL');
      await exited(child);
      console.log(`  killed the worker -9 at ${sink.messages.length} emails; restarting`);
      child = start();
    }
    const deadline = Date.now() + 600_000;
    while (distinct() < jobs && Date.now() < deadline) await sleep(20);
    const seconds = (performance.now() - began) / 1_000;
    // Give a late duplicate the chance to show up before counting.
    await idle();
    await sleep(1_000);
    const byRecipient = new Map<string, Set<string>>();
    for (const m of sink.messages) {
      const to = m.to;
      for (const address of to) {
        const ids = byRecipient.get(address) ?? new Set<string>();
        ids.add(m.messageId ?? randomUUID());
        byRecipient.set(address, ids);
      }
    }
    const duplicates = [...byRecipient.values()].reduce((sum, ids) => sum + ids.size - 1, 0);
    return {
      seconds,
      emails: sink.messages.length,
      distinct: distinct(),
      duplicates,
      repeatsSameMessageId: sink.messages.length - distinct(),
    };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
    await inbox.close();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
    redis.disconnect();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
    }
  }
}

console.log(
  `notification bench: ${jobs} recommendation jobs (every 10th delivered twice), ${databaseUrl ? 'Postgres' : 'PGlite'}, ${parsingSink ? 'parsing sink (smtp-server + mailparser)' : 'answering sink'}`,
);
const steady = await run({ killHalfway: false });
const emailsPerSecond = steady.distinct / steady.seconds;
console.log(
  `  steady: ${steady.distinct} distinct emails in ${steady.seconds.toFixed(2)} s = ${emailsPerSecond.toFixed(0)} emails/s, ` +
    `${steady.duplicates} duplicates, ${steady.repeatsSameMessageId} repeats`,
);
const crash = await run({ killHalfway: true });
console.log(
  '  in flight = accepted by the SMTP server, sent row not yet committed: at most 1 per process (send gate)',
);
console.log(
  `  worker killed -9 halfway: ${crash.distinct} distinct emails in ${crash.seconds.toFixed(2)} s (restart included), ` +
    `${crash.duplicates} duplicates, ${crash.repeatsSameMessageId} repeated with the same Message-ID`,
);
console.log(
  JSON.stringify({
    jobs,
    driver: databaseUrl ? 'postgres' : 'pglite',
    sink: parsingSink ? 'parsing' : 'answering',
    emailsPerSecond: Math.round(emailsPerSecond),
    duplicates: steady.duplicates + crash.duplicates,
    doubleDeliveredJobs: Math.ceil(jobs / 10),
    steadyDistinct: steady.distinct,
    crashDistinct: crash.distinct,
    crashSeconds: Number(crash.seconds.toFixed(2)),
    repeatsAfterKill: crash.repeatsSameMessageId,
    repeatsWithoutKill: steady.repeatsSameMessageId,
    maxInFlightPerProcess: 1,
  }),
);
