import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file inside a PGlite data folder; it holds the pid of the process using the folder. */
const lockFileName = 'service.lock';

export class DataFolderLockedError extends Error {
  readonly code = 'DATA_FOLDER_LOCKED';
  constructor(
    readonly folder: string,
    readonly holderPid: number,
  ) {
    super(
      `the PGlite data folder ${folder} is in use by process ${holderPid}; two processes on one folder ` +
        'would silently lose writes. Stop that process, or give this one its own DATA_DIR.',
    );
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (lockPath: string): number | undefined => {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Takes the folder for this process, or throws `DataFolderLockedError` naming the folder and the
 * holder. A lock left by a dead process is taken over. Returns the release function.
 */
export function lockDataFolder(folder: string): () => void {
  const lockPath = join(folder, lockFileName);
  // Write our pid to a private file, then hard-link it into place: the link fails if a lock exists,
  // so two processes starting together cannot both win.
  const candidate = `${lockPath}.${process.pid}`;
  writeFileSync(candidate, String(process.pid));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(candidate, lockPath);
        return () => {
          if (readHolder(lockPath) === process.pid) unlinkSync(lockPath);
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = readHolder(lockPath);
      if (holder !== undefined && isAlive(holder)) throw new DataFolderLockedError(folder, holder);
      // Stale (its process died without releasing it) or half-written: remove it and try again.
      try {
        unlinkSync(lockPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    throw new DataFolderLockedError(folder, readHolder(lockPath) ?? 0);
  } finally {
    unlinkSync(candidate);
  }
}
