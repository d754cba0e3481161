import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serviceTestEnv, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadIngestConfig } from '../config';
import { createDeps, type IngestDeps } from '../deps';

const mainScript = fileURLToPath(new URL('../main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The real service process (`node --import tsx main.ts`), whose relay publishes the outbox. */
const startProcess = (env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', mainScript], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function publishedCount(deps: IngestDeps): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await deps.database.db.execute(sql`select count(*)::int as n from outbox where published_at is not null`),
  );
  return Number(row?.n ?? 0);
}

/** Event ids that are on the queue already although their outbox row is not marked published. */
async function publishedButUnmarked(deps: IngestDeps): Promise<number> {
  const rows = await deps.outbox.unpublished(500);
  const inbox = deps.producers.find((p) => p.queueName === 'matching-inbox')!;
  let found = 0;
  for (const row of rows) if (await inbox.queue.getJob(row.eventId)) found += 1;
  return found;
}

// A second process shares the database only on a server: PGlite is one process's own.
const drivers = testDbDrivers.filter((driver) => driver === 'postgres');

describe.skipIf(drivers.length === 0).each(drivers)('outbox relay killed -9 on %s', (driver) => {
  it('delivers every committed event exactly once per queue when the relay process is killed between publish and mark', {
    timeout: 240_000,
  }, async () => {
    const testEnv = serviceTestEnv(driver, {
      PORT: '0',
      LOG_LEVEL: 'silent',
      // Small batches, polled often: many publish-then-mark windows for a kill to land in.
      OUTBOX_BATCH_SIZE: '25',
      OUTBOX_POLL_MS: '10',
    });
    const deps = await createDeps(loadIngestConfig(testEnv.env));
    let child: ChildProcess | undefined;
    try {
      const innovators = Array.from({ length: 3_000 }, (_, i) => ({
        id: `inn-kill-${i}`,
        name: 'Alva',
        email: `alva${i}@example.org`,
        gender: 'undisclosed' as const,
        locale: 'sv' as const,
        sdgs: [],
        digest: 'weekly' as const,
        consents: { matching: true, emailRecommendations: true },
      }));
      await deps.database.db.transaction((tx) => deps.writer.upsert(tx, 'innovators', innovators));
      const events = await deps.outbox.unpublished(10_000);
      expect(events).toHaveLength(innovators.length);

      // Kill the relay process at random moments while it publishes, until one kill has left events
      // on the queue that the outbox does not show as published (killed between publish and mark).
      let caughtBetween = 0;
      for (let kill = 0; kill < 40 && caughtBetween === 0; kill++) {
        if ((await deps.outbox.unpublishedCount()) < 200) break;
        const before = await publishedCount(deps);
        child = startProcess(testEnv.env);
        const deadline = Date.now() + 60_000;
        while ((await publishedCount(deps)) === before && Date.now() < deadline) await sleep(5);
        await sleep(Math.random() * 100);
        child.kill('SIGKILL');
        await exited(child);
        child = undefined;
        caughtBetween = await publishedButUnmarked(deps);
      }
      expect(caughtBetween, 'no kill landed between publish and mark').toBeGreaterThan(0);

      // A last process resumes and drains the outbox, the unmarked batch again.
      child = startProcess(testEnv.env);
      const deadline = Date.now() + 120_000;
      while ((await deps.outbox.unpublishedCount()) > 0 && Date.now() < deadline) await sleep(50);
      expect(await deps.outbox.unpublishedCount()).toBe(0);

      const eventIds = events.map((e) => e.eventId).sort();
      for (const queueName of ['matching-inbox', 'notification-inbox']) {
        const producer = deps.producers.find((p) => p.queueName === queueName)!;
        const jobs = await producer.queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
        // Exactly once: one job per event, none missing, none extra (job id = event id).
        expect(jobs.map((job) => job.id).sort(), queueName).toEqual(eventIds);
      }
    } finally {
      if (child) {
        child.kill('SIGKILL');
        await exited(child);
      }
      await deps.shutdown.shutdown('test over');
      await testEnv.cleanup();
    }
  });
});
