import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connect } from './connect';
import { emptyMigrationsFolder } from './test-server';

const platformRoot = fileURLToPath(new URL('../..', import.meta.url));
const connectModule = fileURLToPath(new URL('./connect.ts', import.meta.url));

// A stand-in for a service: opens the folder, then inserts one row per "write N" line on stdin and
// acknowledges it on stdout; "close" closes the database and exits.
const holderScript = `
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
const { connect } = await import(process.env.CONNECT_MODULE);
const database = await connect({ dataDir: process.env.DATA_DIR, schema: 'lock_test', migrationsFolder: process.env.MIGRATIONS });
await database.db.execute(sql\`create table if not exists writes (n integer primary key)\`);
console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, n] = line.split(' ');
  if (command === 'write') {
    await database.db.execute(sql\`insert into writes (n) values (\${Number(n)})\`);
    console.log('ok ' + n);
  } else if (command === 'close') {
    await database.close();
    process.exit(0);
  }
}
`;

interface Holder {
  child: ChildProcess;
  output: () => string;
  waitFor(text: string, ms?: number): Promise<void>;
  exited: Promise<number | null>;
}

function startHolder(dataDir: string, migrations: string): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', holderScript], {
    cwd: platformRoot,
    env: { ...process.env, CONNECT_MODULE: connectModule, DATA_DIR: dataDir, MIGRATIONS: migrations },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async waitFor(text, ms = 240_000) {
      const deadline = Date.now() + ms;
      while (!output.includes(text)) {
        if (child.exitCode !== null) throw new Error(`holder exited (${child.exitCode}):\n${output}`);
        if (Date.now() > deadline) throw new Error(`no "${text}" in time:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

describe('a PGlite data folder', () => {
  it('refuses a second process, naming the folder, while the first keeps every write', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pglite-lock-'));
    const migrations = emptyMigrationsFolder();
    const first = startHolder(dataDir, migrations);
    try {
      await first.waitFor('ready');
      for (const n of [1, 2, 3]) {
        first.child.stdin?.write(`write ${n}\n`);
        await first.waitFor(`ok ${n}`);
      }

      const second = startHolder(dataDir, migrations);
      // Were it let in, it would finish on end of input and exit 0.
      second.child.stdin?.end();
      const code = await second.exited;
      expect(code).not.toBe(0);
      expect(second.output()).toContain(
        `PGlite data folder ${dataDir} is in use by process ${first.child.pid}`,
      );

      for (const n of [4, 5, 6]) {
        first.child.stdin?.write(`write ${n}\n`);
        await first.waitFor(`ok ${n}`);
      }
      first.child.stdin?.write('close\n');
      expect(await first.exited).toBe(0);
    } finally {
      first.child.kill();
    }

    // The lock went with the first process; the folder opens again and holds all six writes.
    const reopened = await connect({ dataDir, schema: 'lock_test', migrationsFolder: migrations });
    try {
      const result = await reopened.db.execute(sql`select n from writes order by n`);
      expect((result as unknown as { rows: { n: number }[] }).rows.map((r) => r.n)).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
    } finally {
      await reopened.close();
    }
  }, 600_000);
});
