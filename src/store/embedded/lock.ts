// One writer per data directory: an OS advisory lock (flock, through fs-ext) held on a
// descriptor of the data directory itself for as long as the store is open. The kernel drops
// it when the process dies, so there is no stale lock to take over, and no file can be deleted
// to undo it (issue 15: deleting the old LOCK file let a second writer in, and two ingests that
// each acknowledged 300 documents left 367). A second writer fails at once with STORE_LOCKED.
//
// LOCK still holds the writer's pid, but only to name it in that message. Before each commit
// the writer checks that the directory it locked is still the one at its path (same inode):
// a data directory moved or recreated under a running writer is refused, not written past.
import type * as FsExt from 'fs-ext';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors';
import { fsError } from './fs-errors';

export interface DirectoryLock {
  readonly file: string;
  /** Throws STORE_LOCKED when the locked directory is no longer the one at its path. */
  check(): void;
  release(): void;
}

const READ_ONLY_HINT = 'stop it, or open the store read-only (--read-only; export and extract do that on their own)';

function holderOf(file: string): string {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? `process ${pid}` : 'another process';
  } catch {
    return 'another process';
  }
}

/**
 * fs-ext is loaded only by a writer, on the main thread: it is a native addon that cannot be
 * loaded in a worker thread (Node aborts the whole process), and the export workers and any
 * other thread open stores read-only, without a lock.
 */
function flockSync(fd: number, flags: 'exnb'): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('fs-ext') as typeof FsExt).flockSync(fd, flags);
}

export function acquireLock(dir: string): DirectoryLock {
  const file = join(dir, 'LOCK');
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    throw fsError(error, dir, 'lock');
  }
  try {
    flockSync(fd, 'exnb');
  } catch (error) {
    closeSync(fd);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
      throw new StoreError('STORE_LOCKED', `The store in ${dir} is open for writing by ${holderOf(file)}; ${READ_ONLY_HINT}`, { target: dir });
    }
    throw fsError(error, dir, 'lock');
  }
  const ino = statSync(dir).ino;
  try {
    writeFileSync(file, String(process.pid));
  } catch (error) {
    closeSync(fd);
    throw fsError(error, dir, 'lock');
  }
  let held = true;
  return {
    file,
    check() {
      let now: number | null;
      try {
        now = statSync(dir).ino;
      } catch {
        now = null;
      }
      if (now !== ino) {
        throw new StoreError('STORE_LOCKED', `The data directory ${dir} was ${now === null ? 'removed' : 'replaced'} while this process held it for writing; refusing to write`, { target: dir });
      }
    },
    release() {
      if (!held) return;
      held = false;
      // Only our own pid is removed: LOCK is informational, the flock is what excludes.
      try {
        if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true });
      } catch {
        // Already gone: nothing to tidy.
      }
      closeSync(fd); // closing the descriptor releases the flock
    },
  };
}
