// An append-only log of framed JSON records with one fsync per append (appendDurably: the fsync
// off the calling thread). Opening reads every
// record back (or, under a snapshot holding the records before some byte, only those past it);
// a torn last record (crash mid-append, after the acknowledged length kept in "<log>.ack") is
// cut off; damage anywhere else, a file shorter than what was acknowledged, or
// a missing log whose sidecar says it existed, is STORE_CORRUPT naming the file and byte offset.
// Compaction copies the live records to a temporary file, fsyncs it and renames it over the
// log, so a crash leaves one or the other.
import { closeSync, existsSync, fstatSync, fsync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { StoreError } from '../errors';
import { AckWriter, readAcknowledged, type Acknowledged } from './ack';
import { encodeFrame, frameHeaderOf, scanFrames, shiftFrames, type Frame, type RecordBody } from './framing';
import { fsError } from './fs-errors';
import { corruptLog, fsyncDirectory, headerFrameOf, headerOfFrame, isTornHeader, newLogId, readPast, readWhole } from './log-file';

export class RecordLog {
  private fd: number | null = null;
  private size = 0;
  /** Inode of the file this process opened: a log deleted or replaced under it is refused. */
  private ino = 0;
  private ack: AckWriter | null = null;
  /** An appendDurably() waits for its fsync. */
  private syncing = false;
  /** The id in this log's header (null: a log written before ids); see newLogId. */
  private id: string | null = null;
  /** Bytes of the header frame: where the first record starts. */
  private headerBytes = 0;

  private constructor(
    readonly file: string,
    private readonly format: string,
    private readonly readOnly: boolean,
  ) {}

  /** Opens (creating when writable) the log and returns it with the records it holds. */
  static open(file: string, format: string, readOnly: boolean): { log: RecordLog; frames: Frame[] } {
    const log = new RecordLog(file, format, readOnly);
    const frames = log.load();
    return { log, frames };
  }

  /**
   * Opens the log reading only its header and the records from byte `from` on: those a
   * snapshot of the bytes before `from` does not hold. Null (and nothing changed) when the
   * log is not one with a record starting at `from` or ending there, or is shorter than
   * acknowledged: the caller opens it whole then, and that read gives the verdict.
   */
  static openPast(file: string, format: string, readOnly: boolean, from: number): { log: RecordLog; frames: Frame[] } | null {
    const log = new RecordLog(file, format, readOnly);
    const frames = log.loadPast(from);
    return frames === null ? null : { log, frames };
  }

  get bytes(): number {
    return this.size;
  }

  /** The id of the log file opened (null: written before logs had ids): a snapshot names it. */
  get logId(): string | null {
    return this.id;
  }

  /** Where the first record starts. */
  get headerLength(): number {
    return this.headerBytes;
  }

  private loadPast(from: number): Frame[] | null {
    const acknowledged = readAcknowledged(this.file);
    let part: ReturnType<typeof readPast>;
    try {
      part = readPast(this.file, this.format, from);
    } catch (error) {
      throw fsError(error, this.file, 'read');
    }
    if (part === null) return null;
    this.id = part.header.logId;
    this.headerBytes = part.header.length;
    const durable = acknowledged !== null && acknowledged.ino === part.ino ? acknowledged.length : 0;
    if (part.size < durable) return null;
    const scan = scanFrames(part.buf, Math.max(0, durable - from));
    // No complete record where the snapshot says one starts: not this log's boundary.
    if (part.buf.length > 0 && scan.frames.length === 0) return null;
    if (scan.kind === 'corrupt') throw corruptLog(this.file, `is damaged at byte ${from + scan.offset} (${scan.reason})`);
    if (!this.readOnly) rmSync(this.file + '.compact', { force: true });
    this.settle(part.ino, from + scan.end, scan.kind === 'torn' || part.size !== from + scan.end, acknowledged);
    return shiftFrames(scan.frames, from);
  }

  /** Holds the opened file: a writer cuts a torn tail at `end` first, then records its length. */
  private settle(ino: number, end: number, cut: boolean, acknowledged: Acknowledged | null): void {
    this.size = end;
    if (this.readOnly) {
      this.fd = openSync(this.file, 'r');
      this.ino = ino;
      return;
    }
    // The torn tail is not acknowledged: the length is recorded only once it is cut.
    this.openForAppend(acknowledged, false);
    if (cut) {
      ftruncateSync(this.fd as number, end);
      fsyncSync(this.fd as number);
      this.size = end;
    }
    this.ack?.record(this.size, this.ino);
  }

  private load(): Frame[] {
    // A copy left by a compaction that crashed before its rename; a reader leaves it to the writer.
    if (!this.readOnly) rmSync(this.file + '.compact', { force: true });
    // The acknowledged length first: the log only grows after it, so a reader racing a writer
    // never sees a log shorter than the length it read.
    const acknowledged = readAcknowledged(this.file);
    if (!existsSync(this.file)) {
      if (acknowledged !== null) {
        throw corruptLog(this.file, `is missing, but ${basename(this.file)}.ack records ${acknowledged.length} acknowledged bytes`);
      }
      if (this.readOnly) return [];
      const logId = newLogId();
      this.create(this.file, logId);
      this.setId(logId);
      this.openForAppend(null);
      return [];
    }
    let buf: Buffer;
    let ino: number;
    try {
      const fd = openSync(this.file, 'r');
      try {
        ino = fstatSync(fd).ino;
        buf = readWhole(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw fsError(error, this.file, 'read');
    }
    // A sidecar about another file (a compaction's rename it did not see) says nothing of this one.
    const durable = acknowledged !== null && acknowledged.ino === ino ? acknowledged.length : 0;
    if (buf.length < durable) {
      throw corruptLog(this.file, `is ${buf.length} bytes, shorter than the ${durable} bytes acknowledged (${durable - buf.length} bytes of acknowledged records are missing)`);
    }
    const scan = scanFrames(buf, durable);
    if (scan.kind === 'corrupt') {
      throw corruptLog(this.file, `is damaged at byte ${scan.offset} (${scan.reason})`);
    }
    const [first, ...records] = scan.frames;
    const header = first === undefined ? null : headerOfFrame(buf.subarray(0, first.length));
    if (header === null || header.format !== this.format) {
      if (scan.frames.length === 0 && durable === 0 && (isTornHeader(buf, this.format) || buf.every((b) => b === 0))) {
        // Created but never completed its header: an interrupted first open, nothing to lose.
        if (!this.readOnly) this.rewriteEmpty(acknowledged);
        return [];
      }
      throw corruptLog(this.file, `is not a ${this.format} log (no header record)`);
    }
    this.id = header.logId;
    this.headerBytes = header.length;
    this.settle(ino, scan.end, scan.kind === 'torn' || buf.length !== scan.end, acknowledged);
    return records;
  }

  /** The id of the file now at the path, written by this process; the header's length goes with it. */
  private setId(logId: string): void {
    this.id = logId;
    this.headerBytes = headerFrameOf(this.format, logId).length;
  }

  /** Writes a new log (its header with `logId`, then `records`), durably (file and directory). */
  private create(path: string, logId: string, records: Buffer[] = []): void {
    try {
      const fd = openSync(path, 'w');
      try {
        writeSync(fd, Buffer.concat([headerFrameOf(this.format, logId), ...records]));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      fsyncDirectory(dirname(path));
    } catch (error) {
      throw fsError(error, path, 'write');
    }
  }

  private rewriteEmpty(acknowledged: Acknowledged | null): void {
    const logId = newLogId();
    this.create(this.file + '.compact', logId);
    renameSync(this.file + '.compact', this.file);
    this.setId(logId);
    fsyncDirectory(dirname(this.file));
    this.openForAppend(acknowledged);
  }

  /** Opens the log for appending and records its length as acknowledged (it is all fsync'd). */
  private openForAppend(acknowledged: Acknowledged | null, recordLength = true): void {
    try {
      this.fd = openSync(this.file, 'r+');
      const info = fstatSync(this.fd);
      this.size = info.size;
      this.ino = info.ino;
    } catch (error) {
      throw fsError(error, this.file, 'open');
    }
    this.ack ??= new AckWriter(this.file, acknowledged);
    if (recordLength) this.ack.record(this.size, this.ino);
  }

  /**
   * The log this process opened is still the one at its path. A writer whose log was deleted
   * or replaced (and a second writer let in by that) must not go on appending to a file nobody
   * will read.
   */
  private checkStillTheLog(): void {
    let ino: number | null = null;
    try {
      ino = statSync(this.file).ino;
    } catch {
      ino = null;
    }
    if (ino !== this.ino) {
      throw new StoreError('STORE_LOCKED', `${this.file} was ${ino === null ? 'deleted' : 'replaced'} while this process had it open for writing; refusing to write (reopen the store)`, { target: this.file });
    }
  }

  /**
   * Appends the records as one write and one fsync; returns each record's offset and length.
   * On failure the file is cut back to where it was, so a later append never follows garbage.
   */
  append(bodies: readonly RecordBody[]): { offset: number; length: number }[] {
    const write = this.writeFrames(bodies);
    try {
      fsyncSync(this.fd as number);
    } catch (error) {
      this.cutBack(error);
    }
    return this.commit(write);
  }

  /**
   * append() with the fsync on libuv's thread pool: the records are written at once, and the
   * promise resolves once they are durable. The caller's thread meanwhile prepares the next
   * group (the embedded store commits every write that arrived during one fsync with the next).
   * One at a time: the log's length moves only once the fsync returned.
   */
  async appendDurably(bodies: readonly RecordBody[]): Promise<{ offset: number; length: number }[]> {
    if (this.syncing) throw new StoreError('STORE_BAD_INPUT', `${this.file}: an append is still waiting for its fsync`, { target: this.file });
    const write = this.writeFrames(bodies);
    this.syncing = true;
    try {
      await new Promise<void>((resolve, reject) => fsync(write.fd, (error) => (error ? reject(error) : resolve())));
    } catch (error) {
      this.cutBack(error);
    } finally {
      this.syncing = false;
    }
    return this.commit(write);
  }

  /** Writes the framed records past the log's end (not yet durable, nor counted in its length). */
  private writeFrames(bodies: readonly RecordBody[]): { fd: number; placed: { offset: number; length: number }[]; end: number } {
    const fd = this.fd;
    if (fd === null || this.readOnly) throw new StoreError('STORE_NOT_WRITABLE', `${this.file} is open read-only`, { target: this.file });
    this.checkStillTheLog();
    const frames = bodies.map((b) => encodeFrame(b));
    const placed: { offset: number; length: number }[] = [];
    let offset = this.size;
    for (const frame of frames) {
      placed.push({ offset, length: frame.length });
      offset += frame.length;
    }
    const data = frames.length === 1 ? frames[0] : Buffer.concat(frames);
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written, this.size + written);
    } catch (error) {
      this.cutBack(error);
    }
    return { fd, placed, end: offset };
  }

  /** A write or fsync failed: the tail past the acknowledged length is cut, and the error thrown. */
  private cutBack(error: unknown): never {
    try {
      if (this.fd !== null) ftruncateSync(this.fd, this.size);
    } catch {
      // The original error is the one to report; the torn tail is cut on the next open.
    }
    throw fsError(error, this.file, 'append to');
  }

  /** The written records are durable: the log's length and its acknowledged length move past them. */
  private commit(write: { placed: { offset: number; length: number }[]; end: number }): { offset: number; length: number }[] {
    this.size = write.end;
    this.ack?.record(this.size, this.ino);
    return write.placed;
  }

  /** Bytes of the log at [offset, offset + length): raw parts of records, read on demand. */
  read(offset: number, length: number): Buffer {
    if (this.fd === null) throw new StoreError('STORE_CLOSED', `${this.file} is closed`, { target: this.file });
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, offset + done);
      if (n === 0) throw new StoreError('STORE_CORRUPT', `${this.file} ends before byte ${offset + length}`, { target: this.file });
      done += n;
    }
    return buf;
  }

  /** What the frame header at `offset` announces (null: none there), without reading the body. */
  frameHeaderAt(offset: number): { length: number; identity: string } | null {
    if (offset < 0 || offset >= this.size) return null;
    return frameHeaderOf(this.read(offset, Math.min(64, this.size - offset)));
  }

  /**
   * For a reader following a writer: the complete records appended since the last call (a
   * record still being written is left for the next call), or `replaced` when the file at the
   * path is no longer the one opened (a compaction renamed a new log into place): reopen then.
   */
  readAppended(): { frames: Frame[]; replaced: boolean } {
    // A reader that found no log yet: reopen once the writer has created it.
    if (this.fd === null) return { frames: [], replaced: existsSync(this.file) };
    let info;
    try {
      info = statSync(this.file);
    } catch {
      return { frames: [], replaced: true };
    }
    if (info.ino !== this.ino || info.size < this.size) return { frames: [], replaced: true };
    if (info.size === this.size) return { frames: [], replaced: false };
    const base = this.size;
    const buf = this.read(base, info.size - base);
    const scan = scanFrames(buf);
    if (scan.kind === 'corrupt') throw corruptLog(this.file, `is damaged at byte ${base + scan.offset} (${scan.reason})`);
    this.size = base + scan.end;
    return { frames: shiftFrames(scan.frames, base), replaced: false };
  }

  /** Rewrites the log with only the records at `live` (in file order); returns their new places. */
  compact(live: readonly { offset: number; length: number }[]): { offset: number; length: number }[] {
    const fd = this.fd;
    if (fd === null || this.readOnly) return [...live];
    const ordered = [...live].sort((a, b) => a.offset - b.offset);
    const chunks = ordered.map(({ offset, length }) => {
      const chunk = Buffer.alloc(length);
      readSync(fd, chunk, 0, length, offset);
      return chunk;
    });
    const tmp = this.file + '.compact';
    // A new file, a new id: a snapshot of the log before it can never be taken for one of it.
    const logId = newLogId();
    this.create(tmp, logId, chunks);
    renameSync(tmp, this.file);
    fsyncDirectory(dirname(this.file));
    closeSync(fd);
    this.openForAppend(null);
    this.setId(logId);
    let offset = this.headerBytes;
    const moved = new Map<number, { offset: number; length: number }>();
    for (const place of ordered) {
      moved.set(place.offset, { offset, length: place.length });
      offset += place.length;
    }
    return live.map((place) => moved.get(place.offset) as { offset: number; length: number });
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.ack?.close();
    this.ack = null;
  }
}
