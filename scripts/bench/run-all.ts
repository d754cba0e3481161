// Runs every benchmark and evaluation one after another and writes docs/benchmarks.md: our figures
// beside the peers measured in the same run, each against its DESIGN.md target, with the machine,
// its load and the date. A script that cannot run is named in the report with why, never dropped.
//   pnpm bench [--quick] [--out docs/benchmarks.md]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { argValue, hasFlag } from '../eval/cli';
import type { Figures, Row } from './bench-figures';
import { benchSteps } from './bench-steps';

const quick = hasFlag('quick');
const out = resolve(argValue('out') ?? 'docs/benchmarks.md');

interface StepResult {
  title: string;
  command: string;
  rows: Row[];
  seconds: number;
  failure?: string;
}

/** The last line of stdout that parses as a JSON object: every script ends with one. */
function lastJson(stdout: string): Figures | undefined {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line) as Figures;
    } catch {
      // not the summary line
    }
  }
  return undefined;
}

const loadBefore = loadavg()[0] ?? 0;
const results: StepResult[] = [];
const figuresByKey = new Map<string, Figures>();
for (const step of benchSteps(quick)) {
  const command = `pnpm -s ${step.script} ${step.args.join(' ')}`.trim();
  console.log(`\n==> ${command}`);
  const started = performance.now();
  const run = spawnSync('pnpm', ['-s', step.script, ...step.args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: step.timeoutMs,
  });
  const seconds = (performance.now() - started) / 1_000;
  process.stdout.write(run.stdout ?? '');
  const figures = run.status === 0 ? lastJson(run.stdout ?? '') : undefined;
  if (!figures) {
    const why = run.error?.message ?? (run.status !== 0 ? `exit code ${run.status}` : 'no JSON summary line');
    results.push({ title: step.title, command, rows: [], seconds, failure: why });
    continue;
  }
  if (step.key) figuresByKey.set(step.key, figures);
  results.push({
    title: step.title,
    command,
    rows: step.rows(figures, (key) => figuresByKey.get(key)),
    seconds,
  });
}
const loadAfter = loadavg()[0] ?? 0;

const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**not met**');
const lines: string[] = [
  '# Benchmarks and evaluations',
  '',
  `Written by \`pnpm bench${quick ? ' --quick' : ''}\` on ${new Date().toISOString()}.`,
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB;`,
  `Node ${process.version}; load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`,
  'Peers run in the same process or the same run on the same data; ratios are the figures to compare,',
  'absolute timings move with the machine and its load.',
  '',
  '| what | target | ours | peer, same run | verdict |',
  '| --- | --- | --- | --- | --- |',
];
for (const result of results) {
  if (result.failure) {
    lines.push(`| ${result.title} | | not measured: ${result.failure} | | **not measured** |`);
    continue;
  }
  for (const row of result.rows) {
    lines.push(`| ${row.what} | ${row.target} | ${row.ours} | ${row.peer ?? ''} | ${verdict(row.met)} |`);
  }
}
lines.push('', '## Commands', '');
for (const result of results) lines.push(`- \`${result.command}\` (${Math.round(result.seconds)} s)`);
const missed = results.flatMap((r) => r.rows.filter((row) => row.met === false).map((row) => row.what));
const unmeasured = results.filter((r) => r.failure).map((r) => r.title);
lines.push('', '## Not met or not measured', '');
if (missed.length === 0 && unmeasured.length === 0) lines.push('Every target above is met.');
for (const what of missed) lines.push(`- not met: ${what} (see the table for by how much)`);
for (const what of unmeasured) lines.push(`- not measured: ${what}`);
writeFileSync(out, `${lines.join('\n')}\n`);
// Formatted as the linter wants it, so a regenerated report can be committed as it is.
spawnSync('pnpm', ['-s', 'exec', 'biome', 'format', '--write', out], { stdio: 'inherit' });
console.log(`\nwrote ${out}`);
