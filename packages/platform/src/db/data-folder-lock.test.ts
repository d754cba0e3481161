import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderLockedError, lockDataFolder } from './data-folder-lock';

const folder = () => mkdtempSync(join(tmpdir(), 'data-lock-'));

describe('lockDataFolder', () => {
  it('holds the folder with our pid and releases it', () => {
    const dir = folder();
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, 'service.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'service.lock'))).toBe(false);
    lockDataFolder(dir)();
  });

  it('refuses a folder held by a live process, naming the folder and the holder', () => {
    const dir = folder();
    const release = lockDataFolder(dir);
    try {
      expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
      expect(() => lockDataFolder(dir)).toThrow(
        `PGlite data folder ${dir} is in use by process ${process.pid}`,
      );
    } finally {
      release();
    }
  });

  it('takes over the lock of a process that died without releasing it', () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeFileSync(join(dir, 'service.lock'), String(dead));
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, 'service.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over an empty or garbled lock file', () => {
    const dir = folder();
    writeFileSync(join(dir, 'service.lock'), '');
    lockDataFolder(dir)();
    writeFileSync(join(dir, 'service.lock'), 'not a pid');
    lockDataFolder(dir)();
  });

  it('does not release a lock another process has taken since', () => {
    const dir = folder();
    const release = lockDataFolder(dir);
    writeFileSync(join(dir, 'service.lock'), '1');
    release();
    expect(readFileSync(join(dir, 'service.lock'), 'utf8')).toBe('1');
  });
});
