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
import type { SnapshotDoc } from './snapshot-format';

function parse(frame: Frame, file: string): { t: string; batch?: GraphBatch; record?: CurationRecord; documentId?: string } {
  try {
    return JSON.parse(frame.head()) as { t: string };
  } catch (error) {
    throw new StoreError('STORE_CORRUPT', `${file} holds an unreadable record at byte ${frame.offset}`, { target: file, cause: error });
  }
}

/**
 * `snapshot`: the live records up to `covered` bytes, already parsed (see snapshot.ts); only
 * the frames past it are parsed here, as if the log were replayed from there.
 */
export function loadDocuments(graph: MemoryGraph, frames: readonly Frame[], file: string, live: LivePlaces, texts: DocumentTexts, snapshot: { covered: number; docs: readonly SnapshotDoc[] } | null = null): void {
  // Only the last record of each document counts; earlier ones were replaced.
  const last = new Map<string, { frame: Pick<Frame, 'identity' | 'offset' | 'length'> & { tail: { length: number } }; batch: GraphBatch }>();
  const removed = new Set<string>();
  for (const d of snapshot?.docs ?? []) last.set(d.documentId, { frame: { identity: d.identity, offset: d.offset, length: d.length, tail: { length: d.textBytes } }, batch: d.batch });
  for (const frame of frames) {
    if (snapshot !== null && frame.offset < snapshot.covered) continue;
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
  // A reader following the writer may hold a document loaded earlier that was removed since.
  for (const documentId of removed) {
    graph.state.removeDocument(documentId);
    live.delete(documentId);
  }
  for (const [documentId, { frame, batch }] of last) {
    graph.applyBatch(batch, frame.identity, true);
    live.set(documentId, { offset: frame.offset, length: frame.length });
    texts.set(documentId, frame.tail.length);
  }
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
