// Reads a report file, refusing what is not one. Issue 15: a FIFO inside an ingested directory
// hung the batch forever (lock held, no output), and `extract` on a FIFO or /dev/zero hung.
// The file is opened non-blocking (opening a FIFO would otherwise wait for a writer), checked
// to be a regular file, and read to at most one byte past the size cap, so nothing endless
// is ever read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../extract/document/decode';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

function kindOf(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/**
 * Synchronous calls under the promise: a report is a few kilobytes of a local file, and the
 * four round trips through libuv's thread pool of fs/promises (open, stat, read, close) cost
 * ten times the read itself on ingest's main thread (issue 14). Throws what the file system
 * throws (the caller names it).
 */
export async function readRegularFile(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: `is ${kindOf(stats)}, not a regular file` };
    const limit = maxBytes + 1;
    const buffer = Buffer.allocUnsafe(Math.min(limit, stats.size + 1));
    let read = 0;
    while (read < buffer.length) {
      const bytesRead = readSync(fd, buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    // One byte over the cap is enough for the decoder to refuse it as too large.
    return { ok: true, bytes: buffer.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}
