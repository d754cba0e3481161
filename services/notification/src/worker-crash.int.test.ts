import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notificationInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { connect, createRedis } from '@suite/platform';
import { childProcessEnv, serviceTestEnv, startSmtpSink, testDbDrivers } from '@suite/testing';
import { describe, expect, it } from 'vitest';
import {
  challengeFixture,
  innovatorFixture,
  organisationFixture,
  startNotificationUnderTest,
} from './notification-under-test';
import { createDeliveriesRepository } from './storage/deliveries.repository';

const mainScript = fileURLToPath(new URL('./main.ts', import.meta.url));
const migrationsFolder = fileURLToPath(new URL('./storage/migrations', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The real service process (`node --import tsx main.ts`), as it runs in production. */
const startProcess = (env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', mainScript], {
    cwd: repoRoot,
    env: childProcessEnv(env),
    stdio: 'ignore',
  });
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

const closedPort = async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

describe.each(testDbDrivers)('mail delivery under failure on %s', (driver) => {
  it('repeats at most the one message in flight when the worker is killed -9, with the same Message-ID', {
    timeout: 180_000,
  }, async () => {
    const sink = await startSmtpSink();
    const dataDir = mkdtempSync(join(tmpdir(), 'notification-crash-'));
    const testEnv = serviceTestEnv(driver, {
      SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      // Default concurrency and a pool of connections: many messages are on the wire at once, yet the
      // send gate lets only one at a time be accepted by the server before its log write.
      MAIL_CONCURRENCY: '32',
      SMTP_POOL_SIZE: '5',
      JOB_LOCK_MS: '2000',
    });
    const redis = createRedis(testEnv.env.REDIS_URL ?? '');
    const inbox = createProducer(notificationInbox, { connection: redis, prefix: testEnv.env.QUEUE_PREFIX });
    let child: ChildProcess | undefined;
    try {
      const event = () => ({ eventId: randomUUID(), version: 1, occurredAt: new Date().toISOString() });
      const total = 60;
      await inbox.add('organisation.upserted', { ...event(), organisation: organisationFixture });
      await inbox.add('challenge.upserted', { ...event(), challenge: challengeFixture('c-crash') });
      for (let i = 0; i < total; i++) {
        await inbox.add('innovator.upserted', { ...event(), innovator: innovatorFixture(`inn-crash-${i}`) });
      }
      for (let i = 0; i < total; i++) {
        const jobId = randomUUID();
        await inbox.add(
          'recommendations.ready',
          {
            jobId,
            innovatorId: `inn-crash-${i}`,
            generatedAt: new Date().toISOString(),
            recommendations: [{ challengeId: 'c-crash', score: 0.7, sharedTerms: [], sharedSdgs: [] }],
          },
          { jobId },
        );
      }

      child = startProcess(testEnv.env);
      // Kill the moment the server has the 20th message, mid-run: the worker has not logged it as sent yet.
      await sink.waitFor(20, 90_000);
      child.kill('SIGKILL');
      await exited(child);
      const beforeRestart = sink.messages.length;

      child = startProcess(testEnv.env);
      const unique = () => new Set(sink.messages.map((m) => m.messageId)).size;
      const deadline = Date.now() + 90_000;
      // Every message arrived and no job is left: the one in flight at the kill may still be
      // waiting for its lease to lapse, to be re-sent and marked sent.
      const settled = async () => {
        const counts = await inbox.counts();
        return (
          unique() >= total && (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) === 0
        );
      };
      while (!(await settled()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      child.kill('SIGTERM');
      await exited(child);

      const ids = sink.messages.map((m) => m.messageId ?? '');
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(beforeRestart).toBeGreaterThanOrEqual(20);
      expect(beforeRestart, 'killed after every email was already sent').toBeLessThan(total);
      expect(unique()).toBe(total);
      expect(repeated.length).toBeLessThanOrEqual(1);
      for (const id of ids) expect(id).toMatch(/^<[0-9a-f]{40}@/);

      const database = await connect({
        databaseUrl: testEnv.env.DATABASE_URL,
        dataDir,
        schema: testEnv.env.DB_SCHEMA ?? '',
        migrationsFolder,
      });
      const rows = await createDeliveriesRepository(database.db).list({ limit: 100 });
      await database.close();
      expect(rows.map((r) => r.status)).toEqual(Array(total).fill('sent'));
      // Jobs cut off at the kill take their email up once more after the lease (attempt 2); the server
      // had accepted at most one of those, the rest it had never seen.
      expect(Math.max(...rows.map((r) => r.attempts))).toBeLessThanOrEqual(2);
      expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBeGreaterThanOrEqual(total + repeated.length);
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await inbox.close();
      redis.disconnect();
      await testEnv.cleanup();
      await sink.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps a message pending with the reason and retries later when the mail server is down', async () => {
    const sink = await startSmtpSink();
    const service = await startNotificationUnderTest(driver, sink, {
      SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
    });
    try {
      await service.send.organisation(organisationFixture);
      await service.send.challenge(challengeFixture('c-down'));
      await service.send.innovator(innovatorFixture('inn-down'));
      await service.send.recommendations('inn-down', ['c-down']);
      await service.idle();
      const [row] = await service.deps.deliveries.list({ limit: 10 });
      expect(row).toMatchObject({ status: 'pending', attempts: 1, smtpCode: null });
      expect(row?.reason).toMatch(/ECONNREFUSED/);
      // Transient: the job waits for its next attempt (exponential backoff), it is not failed.
      expect(await service.inbox.counts()).toMatchObject({ delayed: 1, failed: 0 });
    } finally {
      await service.close();
      await sink.close();
    }
  });
});
