// The acknowledged length of a log, kept beside it in "<log>.ack": how many bytes of the log
// were fsync'd before a write was acknowledged. It is what tells a torn write from damage: a
// crash can only leave an incomplete frame *after* that length, so a bad frame before it, or a
// file shorter than it, is corruption (it used to be cut back silently, down to half the file).
//
// Two fixed 64-byte slots written in turn (sequence number even/odd), each with its own CRC:
// a write torn inside one slot leaves the other, one step older, which is still true (the log
// only grows between compactions). The slot names the log's inode, so after a compaction that
// renamed a new log into place an older slot is recognised as being about another file.
// The sidecar is written after the log's fsync and not fsync'd itself: if a power cut loses it,
// it is older than the log, which can only make the check more lenient, never raise a false alarm.
import { closeSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32Hex } from './crc32';
import { fsError } from './fs-errors';

const SLOT = 64;

export interface Acknowledged {
  seq: number;
  /** Bytes of the log acknowledged as durable. */
  length: number;
  /** Inode of the log file the length is about. */
  ino: number;
}

export function ackFileOf(logFile: string): string {
  return `${logFile}.ack`;
}

function encodeSlot(ack: Acknowledged): Buffer {
  const text = `ack ${ack.seq} ${ack.length} ${ack.ino}`;
  const line = `${text} ${crc32Hex(Buffer.from(text, 'latin1'))}`;
  return Buffer.from(line.padEnd(SLOT - 1, ' ') + '\n', 'latin1');
}

function decodeSlot(bytes: Buffer): Acknowledged | null {
  const match = /^ack (\d{1,15}) (\d{1,15}) (\d{1,20}) ([0-9a-f]{8}) *\n$/.exec(bytes.toString('latin1'));
  if (match === null) return null;
  const text = `ack ${match[1]} ${match[2]} ${match[3]}`;
  if (crc32Hex(Buffer.from(text, 'latin1')) !== match[4]) return null;
  return { seq: Number(match[1]), length: Number(match[2]), ino: Number(match[3]) };
}

/** The newest intact slot of the sidecar, or null when there is none (or no sidecar). */
export function readAcknowledged(logFile: string): Acknowledged | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(ackFileOf(logFile));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fsError(error, ackFileOf(logFile), 'read');
  }
  let best: Acknowledged | null = null;
  for (let at = 0; at + SLOT <= bytes.length; at += SLOT) {
    const slot = decodeSlot(bytes.subarray(at, at + SLOT));
    if (slot !== null && (best === null || slot.seq > best.seq)) best = slot;
  }
  return best;
}

/** Writes the acknowledged lengths of one log, slot by slot. */
export class AckWriter {
  private fd: number;
  private seq: number;

  constructor(
    private readonly logFile: string,
    last: Acknowledged | null,
  ) {
    try {
      this.fd = openSync(ackFileOf(logFile), 'a+');
      this.fd = reopenForWrite(this.fd, ackFileOf(logFile));
    } catch (error) {
      throw fsError(error, ackFileOf(logFile), 'open');
    }
    this.seq = last?.seq ?? 0;
  }

  /** Records that `length` bytes of the log with inode `ino` are durable. */
  record(length: number, ino: number): void {
    this.seq += 1;
    try {
      writeSync(this.fd, encodeSlot({ seq: this.seq, length, ino }), 0, SLOT, (this.seq % 2) * SLOT);
    } catch (error) {
      throw fsError(error, ackFileOf(this.logFile), 'write');
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** 'a+' creates the file without truncating it; positional writes need it opened 'r+'. */
function reopenForWrite(fd: number, file: string): number {
  const size = fstatSync(fd).size;
  closeSync(fd);
  const writable = openSync(file, 'r+');
  if (size === 0) writeSync(writable, Buffer.alloc(2 * SLOT, 0x20), 0, 2 * SLOT, 0);
  return writable;
}
