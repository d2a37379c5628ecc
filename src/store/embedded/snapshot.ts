// docs.snapshot: the live records of docs.log in the compact form of snapshot-format.ts, so
// opening parses one file instead of every record. Written at compaction (the offsets it
// holds change then) and on close when the log has grown well past it; written to a copy,
// fsync'd and renamed over, like a compaction. It is derived data: one that does not match the
// log record for record (a crash between a compaction and its snapshot, damage) is ignored and
// the log is read whole, which loses nothing. Whether it matches is told by its anchor (the
// log's id and its last record before the snapshot's end, one read) or, for a snapshot written
// before anchors or of a log from before ids, by each document's frame header in the log.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphBatch } from '../../graph/model';
import { StoreError } from '../errors';
import { fsError } from './fs-errors';
import { batchOfRecord, type DocRecordFields } from './compact-batch';
import { scanFrames } from './framing';
import { fsyncDirectory } from './log-file';
import type { RecordLog } from './record-log';
import { decodeSnapshot, SnapshotEncoder, type LogAnchor, type Snapshot, type SnapshotDoc } from './snapshot-format';

export const SNAPSHOT_FILE = 'docs.snapshot';
/** On close, a snapshot is rewritten once this many log bytes lie past it. */
export const SNAPSHOT_MIN_NEW_BYTES = 4 * 1024 * 1024;

/** The snapshot in `dir`, or null when there is none or it cannot be used. */
export function readSnapshot(dir: string): Snapshot | null {
  let buf: Buffer;
  try {
    buf = readFileSync(join(dir, SNAPSHOT_FILE));
  } catch {
    return null;
  }
  const decoded = decodeSnapshot(buf);
  return 'unusable' in decoded ? null : decoded;
}

/**
 * Whether the log holds the snapshot's document where the snapshot says (a frame of the same
 * length and identity, before `covered`): a snapshot left from before a compaction, or of
 * another log, fails this on its first document. One read per document: only for a snapshot
 * without an anchor (see anchoredIn).
 */
export function inLog(doc: SnapshotDoc, covered: number, log: RecordLog): boolean {
  if (doc.offset + doc.length > covered) return false;
  const header = log.frameHeaderAt(doc.offset);
  return header !== null && header.length === doc.length && header.identity === doc.identity;
}

/**
 * Whether `log` is the very file the snapshot was taken of, up to `covered`: the same id in its
 * header (the file was not replaced: a compaction, a repair and another store each write a new
 * id) and, ending at `covered`, the same last record, read whole and checked (the file was not
 * cut and written again; a writer that could not use a snapshot also removes it). 'unknown':
 * the snapshot has no anchor or the log no id, so each document must be checked (inLog).
 */
export function anchoredIn(snapshot: Snapshot, log: RecordLog): boolean | 'unknown' {
  const anchor = snapshot.anchor;
  if (anchor === null || anchor.logId === null || log.logId === null) return 'unknown';
  if (anchor.logId !== log.logId) return false;
  if (anchor.last === null) return snapshot.covered === log.headerLength;
  const { offset, identity } = anchor.last;
  if (offset < log.headerLength || offset >= snapshot.covered || snapshot.covered > log.bytes) return false;
  const scan = scanFrames(log.read(offset, snapshot.covered - offset));
  return scan.kind === 'ok' && scan.frames.length === 1 && scan.frames[0].identity === identity;
}

/** The anchor of a snapshot of `log` as it is now: its id and the last record in it. */
function anchorOf(log: RecordLog, live: readonly { offset: number; length: number }[]): LogAnchor {
  // Past the last live record lie only records of removed documents and removals: few bytes.
  let from = log.headerLength;
  for (const place of live) if (place.offset > from) from = place.offset;
  const scan = scanFrames(log.read(from, log.bytes - from));
  const last = scan.frames.at(-1);
  if (scan.kind !== 'ok' || (last === undefined && from !== log.headerLength)) throw new StoreError('STORE_CORRUPT', `${log.file} is damaged past byte ${from}`, { target: log.file });
  return { logId: log.logId, last: last === undefined ? null : { offset: from + last.offset, identity: last.identity } };
}

/** The stored batch of a live record, read back from the log. */
function recordAt(log: RecordLog, place: { offset: number; length: number }): { identity: string; batch: GraphBatch; textBytes: number } {
  const scan = scanFrames(log.read(place.offset, place.length));
  const frame = scan.frames[0];
  if (scan.kind !== 'ok' || frame === undefined) throw new StoreError('STORE_CORRUPT', `${log.file} is damaged at byte ${place.offset}`, { target: log.file });
  const batch = batchOfRecord(JSON.parse(frame.head()) as DocRecordFields) as GraphBatch;
  return { identity: frame.identity, batch, textBytes: frame.tail.length };
}

function writeAll(fd: number, data: Buffer): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written);
}

/** Writes the snapshot of the live records, in log order (the order replaying the log applies them). */
export function writeSnapshot(dir: string, log: RecordLog, live: ReadonlyMap<string, { offset: number; length: number }>): void {
  const places = [...live].sort((a, b) => a[1].offset - b[1].offset);
  const encoder = new SnapshotEncoder(log.bytes, anchorOf(log, [...live.values()]));
  const file = join(dir, SNAPSHOT_FILE);
  const tmp = `${file}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      // One record read and encoded at a time: the batches are never all in memory at once.
      writeAll(fd, encoder.header());
      for (const [documentId, place] of places) {
        const chunk = encoder.add({ documentId, ...place, ...recordAt(log, place) });
        if (chunk !== null) writeAll(fd, chunk);
      }
      writeAll(fd, encoder.finish());
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    fsyncDirectory(dir);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw fsError(error, file, 'write');
  }
}

/** Bytes of the log a snapshot in `dir` covers (0 when there is none usable). */
export function snapshotCovered(dir: string): number {
  return readSnapshot(dir)?.covered ?? 0;
}
