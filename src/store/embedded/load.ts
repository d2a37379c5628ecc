// Reading the data directory back into memory on open: every live document record of
// docs.log (the last of each document, unless a removal record came after it), then every
// curation of curations.log.
import { StoreError } from '../errors';
import type { GraphBatch } from '../../graph/model';
import type { MemoryGraph } from '../memory-index/memory-graph';
import type { CurationRecord } from '../port';
import type { LivePlaces } from './embedded-store';
import type { DocumentTexts } from './document-text';
import type { Frame } from './framing';
import { batchOfRecord, type DocRecordFields } from './compact-batch';
import { SnapshotMismatch, type SnapshotDoc } from './snapshot-format';

function parse(frame: Frame, file: string): { t: string; batch?: GraphBatch; record?: CurationRecord; documentId?: string } {
  try {
    const record = JSON.parse(frame.head()) as { t: string; batch?: GraphBatch } & DocRecordFields;
    // A document record holds its batch compact ("c") or, if written before, whole ("batch").
    if (record.c !== undefined) record.batch = batchOfRecord(record);
    return record;
  } catch (error) {
    throw new StoreError('STORE_CORRUPT', `${file} holds an unreadable record at byte ${frame.offset}`, { target: file, cause: error });
  }
}

export { SnapshotMismatch };

/** A snapshot to load first: its documents, and whether the log holds each where it says. */
export interface SnapshotSource {
  docs: Iterable<SnapshotDoc>;
  inLog(doc: SnapshotDoc): boolean;
}

/**
 * Applies the log's live records. `frames` are the records read from the log; with a
 * `snapshot`, they are those past it, and the snapshot's documents come first (in log order,
 * as replaying the log would apply them), except those the frames replace or remove. Throws
 * SnapshotMismatch when a snapshot document is not in the log (before the graph is trusted).
 */
export function loadDocuments(graph: MemoryGraph, frames: readonly Frame[], file: string, live: LivePlaces, texts: DocumentTexts, snapshot: SnapshotSource | null = null): void {
  // Only the last record of each document counts; earlier ones were replaced.
  const last = new Map<string, { frame: Frame; batch: GraphBatch }>();
  const removed = new Set<string>();
  for (const frame of frames) {
    const record = parse(frame, file);
    if (record.t === 'del' && typeof record.documentId === 'string') {
      last.delete(record.documentId); // removed: its earlier records no longer count
      removed.add(record.documentId);
      continue;
    }
    if (record.t !== 'doc' || record.batch === undefined) {
      throw new StoreError('STORE_CORRUPT', `${file} holds an unknown record "${record.t}" at byte ${frame.offset}`, { target: file });
    }
    // Re-inserting keeps the map in order of each document's last write.
    last.delete(record.batch.documentId);
    last.set(record.batch.documentId, { frame, batch: record.batch });
    removed.delete(record.batch.documentId);
  }
  const apply = (documentId: string, batch: GraphBatch, place: { identity: string; offset: number; length: number }, textBytes: number, compacted = false) => {
    graph.applyBatch(batch, place.identity, compacted ? 'compacted' : 'owned');
    live.set(documentId, { offset: place.offset, length: place.length });
    texts.set(documentId, textBytes);
  };
  for (const doc of snapshot?.docs ?? []) {
    if (!snapshot?.inLog(doc)) throw new SnapshotMismatch(`the snapshot's ${doc.documentId} is not at byte ${doc.offset} of ${file}`);
    if (!last.has(doc.documentId) && !removed.has(doc.documentId)) apply(doc.documentId, doc.batch, doc, doc.textBytes, doc.compacted === true);
  }
  // A reader following the writer may hold a document loaded earlier that was removed since.
  for (const documentId of removed) {
    graph.state.removeDocument(documentId);
    live.delete(documentId);
  }
  for (const [documentId, { frame, batch }] of last) apply(documentId, batch, frame, frame.tail.length);
}

export function loadCurations(graph: MemoryGraph, frames: readonly Frame[], file: string): void {
  for (const frame of frames) {
    const record = parse(frame, file);
    if (record.t !== 'cur' || record.record === undefined) {
      throw new StoreError('STORE_CORRUPT', `${file} holds an unknown record "${record.t}" at byte ${frame.offset}`, { target: file });
    }
    graph.applyCuration(record.record);
  }
}
