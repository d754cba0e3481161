// HTTP benchmark of the matching service: N ideas (default 100k, each its own innovator's) and 1k
// open challenges loaded straight into the service's storage, the index rebuilt from the stored
// analyses as at start, then autocannon against the shortlist and recommendations routes.
//   pnpm bench:http [--ideas 100000] [--challenges 1000] [--duration 10] [--connections 16] [--data DIR]
// The service runs in a child process (its own event loop, as in production); this process only
// generates load. Texts are OpenIDEO ideas sampled with replacement (seeded), or a synthetic corpus
// when the folder is absent. Last line: JSON summary.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signToken } from '@suite/platform';
import { childProcessEnv } from '@suite/testing/config';
import autocannon from 'autocannon';
import { argValue, printSummary } from '../eval/cli';

const IDEAS = Number(argValue('ideas') ?? 100_000);
const CHALLENGES = Number(argValue('challenges') ?? 1_000);
const DURATION = Number(argValue('duration') ?? 10);
const CONNECTIONS = Number(argValue('connections') ?? 16);
const dataDir = resolve(argValue('data') ?? '../shared/data/openideo');

interface ServerReady {
  port: number;
  jwtSecret: string;
  jwtIssuer: string;
  loadMs: number;
  rebuildMs: number;
  rebuildIndexMs: number;
  rebuildPeopleMs: number;
  indexArrayBytesPerIdea: number;
  rebuildCpuMs: number;
  inProcessCpu: { p50: number; p99: number };
  bytesPerIdea: number;
  heapBytesPerIdea: number;
  profileMs: number;
  inProcess: { p50: number; p99: number; max: number; samples: number };
  inProcessCached: { p50: number; p99: number };
  recommendationsInProcess: { p50: number; p99: number; samples: number };
}

async function main() {
  const load = loadavg()[0]?.toFixed(1);
  console.log(
    `matching HTTP bench: ${IDEAS} ideas, ${CHALLENGES} challenges, ${availableParallelism()} cores, load average ${load} (the machine is shared: numbers move with it)`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'matching-bench-'));
  let summary: Record<string, number> = {};
  const server = fork(join(fileURLToPath(new URL('.', import.meta.url)), 'http-bench-server.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=12288'],
    env: childProcessEnv({
      BENCH_IDEAS: String(IDEAS),
      BENCH_CHALLENGES: String(CHALLENGES),
      BENCH_DATA: existsSync(join(dataDir, 'ideas.csv')) ? dataDir : '',
      BENCH_FOLDER: folder,
    }),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await new Promise<ServerReady>((resolveReady, reject) => {
      server.once('message', (m) => resolveReady(m as ServerReady));
      server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    console.log(
      `loaded in ${ready.loadMs} ms; rebuild ${ready.rebuildMs} ms wall, ${ready.rebuildCpuMs} ms CPU (index part ${ready.rebuildIndexMs} ms wall, challenges and innovators ${ready.rebuildPeopleMs} ms wall); ` +
        `RSS ${ready.bytesPerIdea} B/idea (heap ${ready.heapBytesPerIdea} B/idea, of which index typed arrays ${ready.indexArrayBytesPerIdea} B/idea); profiling ${CHALLENGES} challenges ${ready.profileMs} ms`,
    );
    console.log(
      `in-process shortlist k=50 uncached: p50 ${ready.inProcess.p50} ms, p99 ${ready.inProcess.p99} ms, max ${ready.inProcess.max} ms (${ready.inProcess.samples} samples); cached p99 ${ready.inProcessCached.p99} ms; CPU time per uncached shortlist p50 ${ready.inProcessCpu.p50} ms, p99 ${ready.inProcessCpu.p99} ms`,
    );
    console.log(
      `in-process recommendations uncached: p50 ${ready.recommendationsInProcess.p50} ms, p99 ${ready.recommendationsInProcess.p99} ms`,
    );
    const base = `http://127.0.0.1:${ready.port}`;
    const auth = (role: 'admin') =>
      signToken({ secret: ready.jwtSecret, issuer: ready.jwtIssuer, role, ttl: '1h' });
    const token = await auth('admin');
    const shortlistPaths = Array.from(
      { length: CHALLENGES },
      (_, i) => `/v1/challenges/c-${i}/shortlist?k=20`,
    );
    // Shortlists are cached per challenge, k and config version until an event changes the index:
    // one cold pass fills the cache (its latency is reported), then autocannon measures serving.
    const cold: number[] = [];
    for (const path of shortlistPaths) {
      const started = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`cold pass: ${path} answered ${res.status}`);
      cold.push(performance.now() - started);
    }
    cold.sort((a, b) => a - b);
    const coldP50 = Math.round(cold[Math.floor(cold.length / 2)] ?? 0);
    const coldP99 = Math.round(cold[Math.floor(cold.length * 0.99)] ?? 0);
    console.log(
      `shortlist cold pass over ${CHALLENGES} challenges (sequential): p50 ${coldP50} ms, p99 ${coldP99} ms`,
    );
    const shortlist = await cannon(base, token, shortlistPaths);
    report('shortlist k=20', shortlist);
    const recommendations = await cannon(
      base,
      token,
      Array.from({ length: 2_000 }, (_, i) => `/v1/innovators/p-${(i * 7919) % IDEAS}/recommendations?k=10`),
    );
    report('recommendations k=10 (uncached: 2,000 different innovators)', recommendations);
    // Printed once the service has exited, so nothing it logs on the way out follows the JSON line.
    summary = {
      ideas: IDEAS,
      challenges: CHALLENGES,
      loadAverage: Number(load),
      shortlistRps: Math.round(shortlist.requests.average),
      shortlistP50Ms: shortlist.latency.p50,
      shortlistP99Ms: shortlist.latency.p99,
      shortlistErrors: shortlist.errors + shortlist.non2xx,
      shortlistColdP50Ms: coldP50,
      shortlistColdP99Ms: coldP99,
      recommendationsRps: Math.round(recommendations.requests.average),
      recommendationsP99Ms: recommendations.latency.p99,
      inProcessShortlistP99Ms: ready.inProcess.p99,
      inProcessShortlistCachedP99Ms: ready.inProcessCached.p99,
      rebuildMs: ready.rebuildMs,
      rebuildIndexMs: ready.rebuildIndexMs,
      rebuildCpuMs: ready.rebuildCpuMs,
      inProcessShortlistCpuP99Ms: ready.inProcessCpu.p99,
      bytesPerIdea: ready.bytesPerIdea,
      heapBytesPerIdea: ready.heapBytesPerIdea,
    };
  } finally {
    server.kill('SIGTERM');
    await waitExit(server);
    rmSync(folder, { recursive: true, force: true });
  }
  printSummary(summary);
}

function cannon(base: string, token: string, paths: string[]): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          const path = paths[next++ % paths.length] as string;
          return { ...req, path };
        },
      },
    ],
  });
}

function report(name: string, r: autocannon.Result) {
  console.log(
    `${name.padEnd(22)} ${Math.round(r.requests.average)} req/s, latency p50 ${r.latency.p50} ms p90 ${r.latency.p90} ms p99 ${r.latency.p99} ms max ${r.latency.max} ms; ${r.non2xx} non-2xx, ${r.errors} errors`,
  );
}

const waitExit = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) done();
    else child.once('exit', () => done());
  });

await main();
