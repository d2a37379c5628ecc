// An append-only log of framed JSON records with one fsync per append. Opening reads every
// record back; a torn last record (crash mid-append) is cut off, damage anywhere else is
// STORE_CORRUPT naming the file and byte offset. Compaction copies the live records to a
// temporary file, fsyncs it and renames it over the log, so a crash leaves one or the other.
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../errors';
import { encodeFrame, recordBody, scanFrames, type Frame, type RecordBody } from './framing';
import { fsError } from './fs-errors';

export interface LogHeader {
  t: 'header';
  format: string;
}

export function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The whole file in one buffer: readFileSync refuses files over 2 GiB, a log of a million directives is more. */
function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(fstatSync(fd).size);
    let done = 0;
    while (done < buf.length) {
      const n = readSync(fd, buf, done, Math.min(buf.length - done, 1 << 30), done);
      if (n === 0) return buf.subarray(0, done);
      done += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}

export class RecordLog {
  private fd: number | null = null;
  private size = 0;

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

  get bytes(): number {
    return this.size;
  }

  private load(): Frame[] {
    // A copy left by a compaction that crashed before its rename; a reader leaves it to the writer.
    if (!this.readOnly) rmSync(this.file + '.compact', { force: true });
    if (!existsSync(this.file)) {
      if (this.readOnly) return [];
      this.create(this.file);
      this.openForAppend();
      return [];
    }
    let buf: Buffer;
    try {
      buf = readWhole(this.file);
    } catch (error) {
      throw fsError(error, this.file, 'read');
    }
    const scan = scanFrames(buf);
    if (scan.kind === 'corrupt') {
      throw new StoreError('STORE_CORRUPT', `${this.file} is damaged at byte ${scan.offset} (${scan.reason}); it was left untouched`, { target: this.file });
    }
    const [first, ...records] = scan.frames;
    if (first === undefined || !this.isHeader(first.payload())) {
      if (scan.frames.length === 0 && (this.headerFrame().subarray(0, buf.length).equals(buf) || buf.every((b) => b === 0))) {
        // Created but never completed its header: an interrupted first open, nothing to lose.
        if (!this.readOnly) this.rewriteEmpty();
        return [];
      }
      throw new StoreError('STORE_CORRUPT', `${this.file} is not a ${this.format} log (no header record); it was left untouched`, { target: this.file });
    }
    this.size = scan.end;
    if (this.readOnly) {
      this.fd = openSync(this.file, 'r');
    } else {
      this.openForAppend();
      if (scan.kind === 'torn' || buf.length !== scan.end) {
        ftruncateSync(this.fd as number, scan.end);
        fsyncSync(this.fd as number);
      }
    }
    return records;
  }

  private isHeader(payload: string): boolean {
    try {
      const header = JSON.parse(payload) as LogHeader;
      return header.t === 'header' && header.format === this.format;
    } catch {
      return false;
    }
  }

  private headerFrame(): Buffer {
    return encodeFrame(recordBody(JSON.stringify({ t: 'header', format: this.format } satisfies LogHeader)));
  }

  /** Writes a new log holding only its header, durably (file and directory). */
  private create(path: string, records: Buffer[] = []): void {
    try {
      const fd = openSync(path, 'w');
      try {
        writeSync(fd, Buffer.concat([this.headerFrame(), ...records]));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      fsyncDirectory(dirname(path));
    } catch (error) {
      throw fsError(error, path, 'write');
    }
  }

  private rewriteEmpty(): void {
    this.create(this.file + '.compact');
    renameSync(this.file + '.compact', this.file);
    fsyncDirectory(dirname(this.file));
    this.openForAppend();
  }

  private openForAppend(): void {
    try {
      this.fd = openSync(this.file, 'r+');
      this.size = fstatSync(this.fd).size;
    } catch (error) {
      throw fsError(error, this.file, 'open');
    }
  }

  /**
   * Appends the records as one write and one fsync; returns each record's offset and length.
   * On failure the file is cut back to where it was, so a later append never follows garbage.
   */
  append(bodies: readonly RecordBody[]): { offset: number; length: number }[] {
    if (this.fd === null || this.readOnly) throw new StoreError('STORE_NOT_WRITABLE', `${this.file} is open read-only`, { target: this.file });
    const frames = bodies.map((b) => encodeFrame(b));
    const placed: { offset: number; length: number }[] = [];
    let offset = this.size;
    for (const frame of frames) {
      placed.push({ offset, length: frame.length });
      offset += frame.length;
    }
    const data = Buffer.concat(frames);
    try {
      let written = 0;
      while (written < data.length) written += writeSync(this.fd, data, written, data.length - written, this.size + written);
      fsyncSync(this.fd);
    } catch (error) {
      try {
        ftruncateSync(this.fd, this.size);
      } catch {
        // The original error is the one to report; the torn tail is cut on the next open.
      }
      throw fsError(error, this.file, 'append to');
    }
    this.size = offset;
    return placed;
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
    this.create(tmp, chunks);
    renameSync(tmp, this.file);
    fsyncDirectory(dirname(this.file));
    closeSync(fd);
    this.openForAppend();
    let offset = this.headerFrame().length;
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
  }
}
