import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRedis } from '@suite/platform';
import { freePort } from './service-process';

export interface PrivateRedis {
  url: string;
  /** SIGTERM (Redis writes its AOF and exits), then the same port and folder again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

/** A redis-server of this test's own with append-only persistence, as production runs it. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess;

  const launch = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--appendonly',
        'yes',
        '--dir',
        dir,
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      const probe = createRedis(url);
      probe.on('error', () => undefined);
      const ok = await probe.ping().then(
        () => true,
        () => false,
      );
      probe.disconnect();
      if (ok) return;
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('redis-server did not answer in time');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const terminate = async () => {
    child.kill('SIGTERM');
    await exited(child);
  };

  await launch();
  return {
    url,
    async restart() {
      await terminate();
      await launch();
    },
    async stop() {
      await terminate();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
