// One writer per data directory: a LOCK file created exclusively (by link) holding the
// writer's pid. A lock left by a process that no longer runs is taken over; a live one makes
// the second writer fail at once with STORE_LOCKED, before it touches any file.
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // The pid is written to a private file first and linked into place: link() fails if LOCK
    // exists (like O_EXCL), and LOCK never exists without its pid for another process to read.
    const staging = join(dir, `LOCK.${process.pid}.tmp`);
    try {
      writeFileSync(staging, String(process.pid));
      linkSync(staging, file);
      return { file, release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(error, dir, 'lock');
    } finally {
      rmSync(staging, { force: true });
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
    // A stale lock: its process is gone (or the file is unreadable as a pid).
    rmSync(file, { force: true });
  }
  throw new StoreError('STORE_LOCKED', `Could not take the lock ${file}: another process keeps taking it`, { target: dir });
}
