// The files under a record log: read back whole or past a snapshot, the header frame that
// opens each, the directory fsync that makes a rename durable, the error for damage.
import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import { StoreError } from '../errors';
import { encodeFrame, recordBody } from './framing';

function readRange(fd: number, buf: Buffer, position: number): Buffer {
  let done = 0;
  while (done < buf.length) {
    // At most 1 GiB a call: one read of more is refused.
    const n = readSync(fd, buf, done, Math.min(buf.length - done, 1 << 30), position + done);
    if (n === 0) return buf.subarray(0, done);
    done += n;
  }
  return buf;
}

/** The whole file in one buffer: readFileSync refuses files over 2 GiB, a log of a million directives is more. */
export function readWhole(fd: number): Buffer {
  return readRange(fd, Buffer.allocUnsafe(fstatSync(fd).size), 0);
}

/**
 * The bytes of `file` from `from` on, if it begins with `header` and is at least `from`
 * bytes long (null otherwise), with the inode and size it had when read.
 */
export function readPast(file: string, header: Buffer, from: number): { buf: Buffer; ino: number; size: number } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { ino, size } = fstatSync(fd);
    if (size < from || from < header.length || !readRange(fd, Buffer.alloc(header.length), 0).equals(header)) return null;
    const buf = readRange(fd, Buffer.allocUnsafe(size - from), from);
    return { buf, ino, size: from + buf.length };
  } finally {
    closeSync(fd);
  }
}

export function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The first frame of every log: its format. */
export function headerFrameOf(format: string): Buffer {
  return encodeFrame(recordBody(JSON.stringify({ t: 'header', format } satisfies { t: string; format: string })));
}

/** Damage is never repaired silently: the message says what was found and how to recover. */
export function corruptLog(file: string, detail: string): StoreError {
  return new StoreError('STORE_CORRUPT', `${file} ${detail}; it was left untouched (\`minutes-graph repair\` keeps a copy and drops what is damaged)`, { target: file });
}
