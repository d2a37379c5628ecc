// openEmbeddedStore: the default store, an in-memory graph kept durable in a data directory.
//   <dir>/docs.log       one framed record per document write (latest per document wins)
//   <dir>/curations.log  one framed record per curation
//   <dir>/*.log.ack      each log's acknowledged length (see ack.ts): torn write or damage
//   <dir>/LOCK           the pid of the one process writing
//   <dir>/docs.snapshot  the live records of docs.log up to some byte, compact (snapshot.ts)
// A frame is "#<byte length> <crc32> <sha256/16 of the body>\n<body>\n"; the first frame of a
// log is a header naming its format and the log's id (random, new with every file written: a
// snapshot names the log it was taken of). A document body is the batch as JSON (Document text and
// directive clause/sentence emptied, see document-text.ts), a newline, then the text in UTF-8.
// Writes append and fsync before they resolve; a torn last frame after the acknowledged length
// is cut off on open; any other damage is STORE_CORRUPT (repair.ts keeps a copy and salvages). Compaction rewrites the live frames to a copy and renames it over.
import { accessSync, constants, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MemoryGraph } from '../memory-index/memory-graph';
import { DocumentTexts } from './document-text';
import { EmbeddedStore, type LivePlaces } from './embedded-store';
import { fsError } from './fs-errors';
import { loadCurations, loadDocuments, SnapshotMismatch } from './load';
import { acquireLock, type DirectoryLock } from './lock';
import { ackFileOf } from './ack';
import { corruptLog } from './log-file';
import { RecordLog } from './record-log';
import { anchoredIn, inLog, readSnapshot, SNAPSHOT_FILE } from './snapshot';
import { SNAPSHOT_VERSION, type Snapshot, type SnapshotDoc } from './snapshot-format';
import type { Frame } from './framing';

export interface EmbeddedStoreOptions {
  /** The data directory (the CLI passes ./data by default). Created when missing. */
  dir: string;
  /** Read without taking the lock; writes fail with STORE_NOT_WRITABLE. */
  readOnly?: boolean;
}

export const DOCS_LOG = 'docs.log';
export const CURATIONS_LOG = 'curations.log';
export const DOCS_FORMAT = 'minutes-graph/docs/1';
export const CURATIONS_FORMAT = 'minutes-graph/curations/1';

function prepareDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw fsError(error, dir, 'write to the data directory');
  }
}

/**
 * A store that acknowledged writes has a sidecar for each log. One log deleted together with
 * its sidecar is told by the other's: the store had it, so it is an error, not a fresh start.
 */
function checkBothLogsKept(dir: string): void {
  const logs = [DOCS_LOG, CURATIONS_LOG];
  const acked = logs.filter((log) => existsSync(ackFileOf(join(dir, log))));
  if (acked.length === 0) return; // a new store, or one from before the sidecars
  for (const log of logs) {
    if (!acked.includes(log) && !existsSync(join(dir, log))) {
      throw corruptLog(join(dir, log), `is missing (with its .ack), but ${acked[0]}.ack shows the store had both logs`);
    }
  }
}

interface OpenedDocuments {
  log: RecordLog;
  graph: MemoryGraph;
  live: LivePlaces;
  texts: DocumentTexts;
  /** Bytes of docs.log the snapshot loaded covered (0: the log was read whole). */
  snapshotCovered: number;
  /** The snapshot loaded is of an older format than this version writes. */
  snapshotOutdated: boolean;
}

/** The graph of docs.log's live records, read with `snapshot` and the log past it, or from the whole log. */
function loadDocs(log: RecordLog, frames: readonly Frame[], snapshot: Snapshot | null): OpenedDocuments {
  const graph = new MemoryGraph();
  const live: LivePlaces = new Map();
  const texts = new DocumentTexts(() => log, (id) => live.get(id));
  // No closure here may capture `snapshot`: the texts' closure shares this scope, and would keep
  // the whole snapshot file in memory for as long as the store is open.
  const covered = snapshot?.covered ?? 0;
  const anchored = snapshot === null ? 'unknown' : anchoredIn(snapshot, log);
  if (anchored === false) throw new SnapshotMismatch(`the snapshot is not of ${log.file} as it is`);
  // Anchored: the log is the file the snapshot was taken of, so each document is where it says.
  const check = anchored === true ? (doc: SnapshotDoc) => doc.offset + doc.length <= covered : (doc: SnapshotDoc) => inLog(doc, covered, log);
  const source = snapshot && { docs: snapshot.docs(), inLog: check };
  loadDocuments(graph, frames, log.file, live, texts, source);
  return { log, graph, live, texts, snapshotCovered: covered, snapshotOutdated: snapshot !== null && snapshot.version < SNAPSHOT_VERSION };
}

/**
 * docs.log read into a graph: with a snapshot that matches the log, only the log past it is
 * read (the texts stay on disk, read by offset); otherwise the whole log is replayed.
 */
function openDocuments(dir: string, readOnly: boolean): OpenedDocuments {
  const file = join(dir, DOCS_LOG);
  const snapshot = readSnapshot(dir);
  const past = snapshot === null ? null : RecordLog.openPast(file, DOCS_FORMAT, readOnly, snapshot.covered);
  if (past !== null) {
    try {
      return loadDocs(past.log, past.frames, snapshot);
    } catch (error) {
      past.log.close();
      if (!(error instanceof SnapshotMismatch)) throw error;
    }
  }
  // A writer drops a snapshot it could not use before it appends: were the log cut and written
  // again up to the same record, the snapshot must not look like one of it later.
  if (snapshot !== null && !readOnly) rmSync(join(dir, SNAPSHOT_FILE), { force: true });
  const whole = RecordLog.open(file, DOCS_FORMAT, readOnly);
  try {
    return loadDocs(whole.log, whole.frames, null);
  } catch (error) {
    whole.log.close();
    throw error;
  }
}

export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const dir = resolve(options.dir);
  const readOnly = options.readOnly === true;
  let lock: DirectoryLock | null = null;
  if (!readOnly) {
    prepareDirectory(dir);
    lock = acquireLock(dir);
  } else if (!existsSync(dir)) {
    const live: LivePlaces = new Map();
    const texts = new DocumentTexts(() => null, (id) => live.get(id));
    const reopen = () => openEmbeddedStore({ dir, readOnly: true });
    return new EmbeddedStore({ graph: new MemoryGraph(), docsLog: null, curationsLog: null, readOnly, live, texts, lock: null, dir, reopen });
  }
  const opened: RecordLog[] = [];
  try {
    checkBothLogsKept(dir);
    const docs = openDocuments(dir, readOnly);
    opened.push(docs.log);
    const { graph, live, texts } = docs;
    const curations = RecordLog.open(join(dir, CURATIONS_LOG), CURATIONS_FORMAT, readOnly);
    opened.push(curations.log);
    loadCurations(graph, curations.frames, curations.log.file);
    const store = new EmbeddedStore({
      graph,
      docsLog: docs.log,
      curationsLog: curations.log,
      readOnly,
      live,
      texts,
      lock,
      dir,
      reopen: readOnly ? () => openEmbeddedStore({ dir, readOnly: true }) : undefined,
      snapshotCovered: docs.snapshotCovered,
      snapshotOutdated: docs.snapshotOutdated,
    });
    store.compactIfWorthIt();
    return store;
  } catch (error) {
    for (const log of opened) log.close();
    lock?.release();
    throw error;
  }
}

export { EmbeddedStore };
