// Record framing of the store's log files: "#<byte length> <crc32> <identity>\n<json>\n".
// The length says where a record ends and the CRC whether it was written completely, so a
// crash mid-append is told apart from damage in the middle. The identity (16 hex of sha256
// of the body) tells the store whether a document changed. The CRC does not cover it, so it is
// checked against the body on reading (issue 15: a flipped bit there went unnoticed); sha256
// is native and adds about 5 % to opening a 10k-directive store.
import { hash } from 'node:crypto';
import { crc32Hex } from './crc32';

export function identityOf(body: Buffer): string {
  return hash('sha256', body, 'hex').slice(0, 16);
}

/** A record's bytes and identity, computed once when the record is made. */
export interface RecordBody {
  bytes: Buffer;
  /** 16 hex of the body's sha256: equal records, equal identity. */
  identity: string;
}

export function recordBody(payload: string): RecordBody {
  const bytes = Buffer.from(payload, 'utf8');
  return { bytes, identity: identityOf(bytes) };
}

export function encodeFrame(body: RecordBody): Buffer {
  const header = Buffer.from(`#${body.bytes.length} ${crc32Hex(body.bytes)} ${body.identity}\n`, 'latin1');
  return Buffer.concat([header, body.bytes, Buffer.from('\n', 'latin1')]);
}

export interface Frame {
  /** Byte offset of the frame's header in the file. */
  offset: number;
  /** Length of the whole frame in bytes. */
  length: number;
  identity: string;
  /** The record's JSON text, decoded when asked for (a log can be large; most frames are read once). */
  payload(): string;
  /**
   * A record may carry raw bytes after its JSON, separated by a newline (JSON text never holds
   * one): the JSON alone, and where the raw part lies in the file.
   */
  head(): string;
  tail: { offset: number; length: number };
}

export type ScanResult =
  | { kind: 'ok'; frames: Frame[]; end: number }
  /** The last frame is incomplete (a crash while appending): `end` is where the complete ones end. */
  | { kind: 'torn'; frames: Frame[]; end: number }
  /** A damaged frame with data after it: never repaired silently. */
  | { kind: 'corrupt'; frames: Frame[]; offset: number; reason: string };

const MAX_HEADER = 48;
const HEADER = /^#(\d{1,12}) ([0-9a-f]{8}) ([0-9a-f]{16})$/;

function onlyZeros(buf: Buffer, from: number): boolean {
  for (let i = from; i < buf.length; i++) if (buf[i] !== 0) return false;
  return true;
}

/**
 * The frame length and identity a frame header at the start of `buf` announces (null: no
 * header there). Only the header is read: the body is not checked.
 */
export function frameHeaderOf(buf: Buffer): { length: number; identity: string } | null {
  const newline = buf.subarray(0, MAX_HEADER + 1).indexOf(0x0a);
  const match = newline < 0 ? null : HEADER.exec(buf.toString('latin1', 0, newline));
  return match === null ? null : { length: newline + 1 + Number(match[1]) + 1, identity: match[3] };
}

/** Frames scanned from a part of a file that starts at byte `base`, at their places in the file. */
export function shiftFrames(frames: readonly Frame[], base: number): Frame[] {
  return frames.map((frame) => ({ ...frame, offset: base + frame.offset, tail: { offset: base + frame.tail.offset, length: frame.tail.length } }));
}

/**
 * The frames of a log. `acknowledged` is the length known durable (see ack.ts): an incomplete
 * or unreadable frame that starts before it cannot be a torn write and is reported as damage.
 */
export function scanFrames(buf: Buffer, acknowledged = 0): ScanResult {
  const frames: Frame[] = [];
  let offset = 0;
  while (offset < buf.length) {
    // A crash can leave a tail of zero bytes where the file grew before its data landed.
    const torn = (what: string): ScanResult =>
      offset < acknowledged
        ? { kind: 'corrupt', frames, offset, reason: `${what}, before the acknowledged end at byte ${acknowledged}` }
        : { kind: 'torn', frames, end: offset };
    // Searched in a window: Buffer#indexOf answers wrong (negative) positions past 2 GiB.
    const found = buf.subarray(offset, offset + MAX_HEADER + 1).indexOf(0x0a);
    const newline = found < 0 ? -1 : offset + found;
    const headerEnd = newline < 0 || newline - offset > MAX_HEADER ? -1 : newline;
    if (headerEnd < 0) {
      if (buf.length - offset <= MAX_HEADER || onlyZeros(buf, offset)) return torn('incomplete record header');
      return { kind: 'corrupt', frames, offset, reason: 'no record header' };
    }
    const match = HEADER.exec(buf.toString('latin1', offset, headerEnd));
    if (match === null) {
      if (onlyZeros(buf, offset)) return torn('zero bytes instead of a record');
      return { kind: 'corrupt', frames, offset, reason: 'malformed record header' };
    }
    const bodyStart = headerEnd + 1;
    const bodyEnd = bodyStart + Number(match[1]);
    if (bodyEnd + 1 > buf.length) return torn('incomplete record');
    const body = buf.subarray(bodyStart, bodyEnd);
    if (buf[bodyEnd] !== 0x0a || crc32Hex(body) !== match[2]) {
      if (onlyZeros(buf, bodyEnd + 1)) return torn('checksum mismatch');
      return { kind: 'corrupt', frames, offset, reason: 'checksum mismatch' };
    }
    // A crash cannot leave a complete frame under a wrong header: this is damage wherever it is.
    if (identityOf(body) !== match[3]) return { kind: 'corrupt', frames, offset, reason: 'record identity does not match its body' };
    const split = body.indexOf(0x0a);
    const headEnd = split < 0 ? body.length : split;
    frames.push({
      offset,
      length: bodyEnd + 1 - offset,
      identity: match[3],
      payload: () => body.toString('utf8'),
      head: () => body.toString('utf8', 0, headEnd),
      tail: split < 0 ? { offset: bodyEnd, length: 0 } : { offset: bodyStart + split + 1, length: bodyEnd - bodyStart - split - 1 },
    });
    offset = bodyEnd + 1;
  }
  return { kind: 'ok', frames, end: offset };
}
