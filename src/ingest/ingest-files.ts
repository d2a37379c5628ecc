// Ingests a list of inputs into a store, one document at a time. A file that cannot be read
// or understood is reported and skipped; the batch goes on. Each success is reported only
// after the store acknowledged the write (so a crash never loses a reported document).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { StorePort } from '../store/port';
import { describeFsError, type InputItem } from './collect-inputs';
import { prepareDocument } from './prepare-document';

export type IngestOutcome =
  | { ok: true; path: string; documentId: string; directives: number; changed: boolean; encoding: string }
  | { ok: false; path: string; message: string };

export interface IngestSummary {
  ok: number;
  unchanged: number;
  failed: number;
  directives: number;
  outcomes: IngestOutcome[];
}

export interface IngestOptions {
  /** Publication date for files that have none in a manifest. */
  published?: string | null;
  onOutcome?: (outcome: IngestOutcome, index: number, total: number) => void;
}

export async function ingestInputs(items: readonly InputItem[], store: StorePort, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { ok: 0, unchanged: 0, failed: 0, directives: 0, outcomes: [] };
  for (const [index, item] of items.entries()) {
    const outcome = await ingestOne(item, store, options);
    summary.outcomes.push(outcome);
    if (outcome.ok) {
      summary.ok += 1;
      summary.directives += outcome.directives;
      if (!outcome.changed) summary.unchanged += 1;
    } else {
      summary.failed += 1;
    }
    options.onOutcome?.(outcome, index, items.length);
  }
  return summary;
}

async function ingestOne(item: InputItem, store: StorePort, options: IngestOptions): Promise<IngestOutcome> {
  if (item.kind === 'error') return { ok: false, path: item.path, message: item.message };
  let bytes: Buffer;
  try {
    bytes = await readFile(item.path);
  } catch (err) {
    return { ok: false, path: item.path, message: describeFsError(err) };
  }
  const meta = { ...item.meta, published: item.meta.published ?? options.published ?? null };
  const prepared = prepareDocument(bytes, meta, basename(item.path));
  if (!prepared.ok) return { ok: false, path: item.path, message: prepared.message };
  // A store that cannot write (full disk, lost connection) would fail every later file too:
  // its StoreError stops the batch with the store's own message.
  const written = await store.writeDocument(prepared.batch);
  return {
    ok: true,
    path: item.path,
    documentId: written.documentId,
    directives: prepared.directives,
    changed: written.changed,
    encoding: prepared.encoding,
  };
}
