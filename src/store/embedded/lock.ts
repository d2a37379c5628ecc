// One writer per data directory: a LOCK file created exclusively (O_EXCL) holding the
// writer's pid. A lock left by a process that no longer runs is taken over; a live one makes
// the second writer fail at once with STORE_LOCKED, before it touches any file.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors';
import { fsError } from './fs-errors';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DirectoryLock {
  readonly file: string;
  release(): void;
}

export function acquireLock(dir: string): DirectoryLock {
  const file = join(dir, 'LOCK');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { file, release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(error, dir, 'lock');
    }
    let holder = NaN;
    try {
      holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      // Vanished between our attempt and the read: try again.
      continue;
    }
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new StoreError('STORE_LOCKED', `The store in ${dir} is open for writing by process ${holder} (${file}); stop it or open read-only`, { target: dir });
    }
    // A stale lock (dead pid, or an empty file from a crash between create and write).
    rmSync(file, { force: true });
  }
  throw new StoreError('STORE_LOCKED', `Could not take the lock ${file}: another process keeps taking it`, { target: dir });
}
