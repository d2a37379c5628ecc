// The files under a record log: read back whole or past a snapshot, the header frame that
// opens each, the directory fsync that makes a rename durable, the error for damage.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import { StoreError } from '../errors';
import { encodeFrame, frameHeaderOf, recordBody, scanFrames } from './framing';

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

/** A log's header: its format, and the id that tells this log file from any other (null: a log from before ids). */
export interface LogHeaderInfo {
  format: string;
  logId: string | null;
  /** Bytes of the header frame: the first record starts there. */
  length: number;
}

/** The header a log's first frame holds, or null when it is no complete, intact header frame. */
export function headerOfFrame(bytes: Buffer): LogHeaderInfo | null {
  const scan = scanFrames(bytes);
  const frame = scan.frames[0];
  if (frame === undefined || frame.offset !== 0) return null;
  try {
    const header = JSON.parse(frame.payload()) as { t?: unknown; format?: unknown; log?: unknown };
    if (header.t !== 'header' || typeof header.format !== 'string') return null;
    return { format: header.format, logId: typeof header.log === 'string' ? header.log : null, length: frame.length };
  } catch {
    return null;
  }
}

/** The header frame at the start of an open file (null: none there). */
function readHeader(fd: number, size: number): LogHeaderInfo | null {
  const start = readRange(fd, Buffer.alloc(Math.min(size, 64)), 0);
  const announced = frameHeaderOf(start);
  if (announced === null || announced.length > size) return null;
  return headerOfFrame(readRange(fd, Buffer.alloc(announced.length), 0));
}

/**
 * The bytes of `file` from `from` on, if it begins with a header frame of `format` and is at
 * least `from` bytes long (null otherwise), with the inode, size and header it had when read.
 */
export function readPast(file: string, format: string, from: number): { buf: Buffer; ino: number; size: number; header: LogHeaderInfo } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { ino, size } = fstatSync(fd);
    if (size < from) return null;
    const header = readHeader(fd, size);
    if (header === null || header.format !== format || from < header.length) return null;
    const buf = readRange(fd, Buffer.allocUnsafe(size - from), from);
    return { buf, ino, size: from + buf.length, header };
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

/**
 * A new log's id: random, so that no other log file (another store's, the copy a compaction or
 * a repair writes) has the same one. A snapshot names the id of the log it was taken of.
 */
export function newLogId(): string {
  return randomBytes(8).toString('hex');
}

/** The first frame of every log: its format and its id (logs written before ids had none). */
export function headerFrameOf(format: string, logId: string | null): Buffer {
  const header = logId === null ? { t: 'header', format } : { t: 'header', format, log: logId };
  return encodeFrame(recordBody(JSON.stringify(header)));
}

/**
 * Whether `buf` is the start of a header frame of `format` (of any id, or none) that was never
 * completed: an interrupted first open. The id, checksum and identity can be any hex digits.
 */
export function isTornHeader(buf: Buffer, format: string): boolean {
  if (headerFrameOf(format, null).subarray(0, buf.length).equals(buf)) return true;
  const template = headerFrameOf(format, '0'.repeat(16));
  if (buf.length >= template.length) return false;
  // "#<length> <crc32> <identity>\n{...,"log":"<id>"}\n": hex digits may differ at those three places.
  const text = template.toString('latin1');
  const crcAt = text.indexOf(' ') + 1;
  const idAt = text.indexOf('"log":"') + 7;
  const hex = (at: number) => (at >= crcAt && at < crcAt + 25 && at !== crcAt + 8) || (at >= idAt && at < idAt + 16);
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (hex(i) ? !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)) : b !== template[i]) return false;
  }
  return true;
}

/** Damage is never repaired silently: the message says what was found and how to recover. */
export function corruptLog(file: string, detail: string): StoreError {
  return new StoreError('STORE_CORRUPT', `${file} ${detail}; it was left untouched (\`minutes-graph repair\` keeps a copy and drops what is damaged)`, { target: file });
}
