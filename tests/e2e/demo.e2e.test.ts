import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedis } from '@suite/platform';
import { childProcessEnv, testConfig } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecommendationMail, readInbox } from '../../scripts/demo-data/mail-inbox';
import { freePort } from './support/service-process';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const demoScript = path.join(repoRoot, 'scripts', 'demo');
// The demo installs, builds the console, starts four processes and imports ~1,000 rows through HTTP:
// minutes on a busy two-core machine.
const demoTimeoutMs = 30 * 60_000;

interface DemoRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startDemo(args: string[], env: Record<string, string>): DemoRun {
  let log = '';
  // Its own process group, so the test can press "Ctrl-C" (SIGINT to the group) like a terminal does.
  const child = spawn(demoScript, args, {
    cwd: repoRoot,
    env: childProcessEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => {
    log += String(d);
  });
  child.stderr?.on('data', (d) => {
    log += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => log, exited };
}

async function waitForOutput(run: DemoRun, text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`the demo exited before "${text}":\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" in time:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const answers = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  );

describe('./scripts/demo from empty, then again on the same data', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'demo-e2e-'));
  const env: Record<string, string> = {
    DEMO_DATA_DIR: dataDir,
    QUEUE_PREFIX: `demo-e2e-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: 'warn',
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
  };
  let first: DemoRun | undefined;
  let second: DemoRun | undefined;

  beforeAll(async () => {
    const names = ['INGEST', 'MATCHING', 'NOTIFICATION', 'SMTP', 'MAIL_WEB'];
    for (const name of names) env[`DEMO_${name}_PORT`] = String(await freePort());
  });

  afterAll(async () => {
    for (const run of [first, second]) {
      if (run && run.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, 'SIGKILL');
    }
    const redis = createRedis(testConfig.TEST_REDIS_URL);
    const keys = await redis.keys(`${env.QUEUE_PREFIX}:*`);
    if (keys.length) await redis.unlink(...keys);
    redis.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'loads through the API, prints a balanced shortlist, mails in Swedish and English, stops on Ctrl-C; a second run reuses the data',
    async () => {
      first = startDemo(['--reset'], env);
      await waitForOutput(first, 'Ctrl-C stops everything', demoTimeoutMs - 120_000);
      const out = first.output();

      expect(out).toContain('import innovators    completed: 320 accepted, 0 rejected');
      expect(out).toMatch(/^rank\s+innovator\s+idea\s+score\s+why\s+group$/m);
      const rows = out.split('\n').filter((l) => /^\d+\s{2,}\S/.test(l));
      expect(rows.length).toBeGreaterThanOrEqual(5);
      for (const row of rows) expect(row).toMatch(/\s(woman|man|non_binary|undisclosed)$/);
      expect(out).toMatch(/^\s+policy\s+relax: woman >= 40 %, man >= 40 %/m);
      expect(out).toMatch(/^\s+pool\s+.*woman \d+/m);
      expect(out).toMatch(/admin console\s+http:\/\/127\.0\.0\.1:\d+\/admin#token=ey/);

      const inbox = await readInbox(`http://127.0.0.1:${env.DEMO_MAIL_WEB_PORT}`);
      expect(inbox).not.toBeNull();
      const perLanguage = countRecommendationMail(inbox ?? []);
      expect(perLanguage.sv).toBeGreaterThan(0);
      expect(perLanguage.en).toBeGreaterThan(0);

      // Ctrl-C: the whole group gets SIGINT; the demo stops the services and MailDev and exits.
      process.kill(-(first.child.pid as number), 'SIGINT');
      expect(await first.exited).toBe(130);
      for (const name of ['INGEST', 'MATCHING', 'NOTIFICATION', 'MAIL_WEB']) {
        expect(await answers(`http://127.0.0.1:${env[`DEMO_${name}_PORT`]}/`), name).toBe(false);
      }

      // A second run reuses the data, skips the import, and with DEMO_EXIT_WHEN_READY=1 exits after printing.
      second = startDemo([], { ...env, DEMO_EXIT_WHEN_READY: '1' });
      expect(await second.exited).toBe(0);
      const again = second.output();
      expect(again).toContain('demo data already loaded: skipping the import');
      expect(again).not.toContain('import innovators');
      expect(again).toMatch(/^rank\s+innovator\s+idea\s+score\s+why\s+group$/m);
      expect(await answers(`http://127.0.0.1:${env.DEMO_MATCHING_PORT}/healthz`)).toBe(false);
    },
    demoTimeoutMs,
  );
});
