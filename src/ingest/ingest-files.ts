// Ingests a list of inputs (files and URLs) into a store. A file or URL that cannot be read or
// understood is reported and skipped; the batch goes on. Each success is reported only after the store
// acknowledged the write, so a crash never loses a reported document.
//
// Up to `concurrency` writes are kept in flight while the next files are read and extracted:
// the embedded store commits the writes that arrive while its last fsync runs with one more
// fsync, so one write at a time would cap ingest at one fsync per report. Outcomes are still
// reported in input order.
import { basename } from 'node:path';
import type { StorePort } from '../store/port';
import { utf8DamageWarning } from '../text/utf8-damage';
import { describeFsError, type InputItem } from './collect-inputs';
import { fetchDocument, type FetchOptions } from './fetch-url';
import { ReportJoiner } from './join-reports';
import { defaultPreparer, type Preparer } from './prepare-pool';
import { readRegularFile } from './read-regular-file';

export type IngestOutcome =
  | { ok: true; path: string; documentId: string; directives: number; changed: boolean; encoding: string; warnings?: string[]; joinedWith: string[] }
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
  /** Writes in flight at once (default 32; 1 writes strictly one after another). */
  concurrency?: number;
  onOutcome?: (outcome: IngestOutcome, index: number, total: number) => void;
  /** Limits for downloading URL inputs. */
  fetch?: FetchOptions;
  /** Where reports are extracted (default: a worker_threads pool for more than a few; see prepare-pool.ts). */
  preparer?: Preparer;
}

export const DEFAULT_INGEST_CONCURRENCY = 32;

export async function ingestInputs(items: readonly InputItem[], store: StorePort, options: IngestOptions = {}): Promise<IngestSummary> {
  const limit = Math.max(1, options.concurrency ?? DEFAULT_INGEST_CONCURRENCY);
  const summary: IngestSummary = { ok: 0, unchanged: 0, failed: 0, directives: 0, outcomes: [] };
  const pending: Promise<IngestOutcome>[] = [];
  // Reports of one meeting are stored joined, whatever order they come in.
  const joiner = new ReportJoiner(store);
  let reported = 0;

  // Report finished outcomes in input order; waits for the oldest when the window is full.
  const drain = async (keep: number) => {
    while (pending.length - reported > keep) {
      const outcome = await pending[reported];
      record(summary, outcome);
      options.onOutcome?.(outcome, reported, items.length);
      reported += 1;
    }
  };

  const preparer = options.preparer ?? defaultPreparer(items.length);
  // Reports are extracted in parallel but written in input order: each write is issued once
  // its report is prepared and the write before it was issued.
  let turn: Promise<unknown> = Promise.resolve();
  try {
    for (const item of items) {
      const started = await startOne(item, joiner, options, preparer, turn);
      turn = started.issued;
      pending.push(started.outcome);
      await drain(limit - 1);
    }
    await drain(0);
  } finally {
    if (preparer !== options.preparer) await preparer.close();
  }
  return summary;
}

function record(summary: IngestSummary, outcome: IngestOutcome): void {
  summary.outcomes.push(outcome);
  if (!outcome.ok) {
    summary.failed += 1;
    return;
  }
  summary.ok += 1;
  summary.directives += outcome.directives;
  if (!outcome.changed) summary.unchanged += 1;
}

/**
 * Reads and extracts now; returns the write still in flight (or the refusal). Wrapped in an
 * object because an async function cannot resolve to a pending promise: it would be awaited.
 */
/** Damaged UTF-8 is read anyway; the warning says where, so the file can be fixed. */
function damageWarnings(bytes: Uint8Array, damaged: boolean): string[] | undefined {
  if (!damaged) return undefined;
  const warning = utf8DamageWarning(bytes);
  return warning === null ? undefined : [warning];
}

async function startOne(item: InputItem, store: ReportJoiner, options: IngestOptions, preparer: Preparer, previous: Promise<unknown>): Promise<{ outcome: Promise<IngestOutcome>; issued: Promise<unknown> }> {
  const refused = (message: string) => ({ outcome: Promise.resolve<IngestOutcome>({ ok: false, path: item.path, message }), issued: previous });
  if (item.kind === 'error') return refused(item.message);
  let bytes: Uint8Array;
  let contentType: string | null = null;
  if (item.kind === 'url') {
    const fetched = await fetchDocument(item.path, options.fetch);
    if (!fetched.ok) return refused(`${fetched.message} (${fetched.code})`);
    bytes = fetched.bytes;
    contentType = fetched.contentType;
  } else {
    try {
      const read = await readRegularFile(item.path);
      if (!read.ok) return refused(read.message);
      bytes = read.bytes;
    } catch (err) {
      return refused(describeFsError(err));
    }
  }
  const meta = { ...item.meta, published: item.meta.published ?? options.published ?? null };
  const url = item.kind === 'url' ? item.path : null;
  const preparing = preparer.prepare(bytes, meta, url ?? basename(item.path), { contentType, url });
  const ready = previous.then(() => preparing);
  // A store that cannot write (full disk, lost connection) would fail every later file too:
  // its StoreError rejects and stops the batch with the store's own message.
  const outcome = ready.then(async (prepared): Promise<IngestOutcome> => {
    if (!prepared.ok) return { ok: false, path: item.path, message: prepared.message };
    const written = await store.writePrepared(prepared.report);
    return {
      ok: true, path: item.path, documentId: written.documentId, directives: prepared.directives, changed: written.changed, encoding: prepared.encoding,
      warnings: damageWarnings(bytes, prepared.utf8Damaged), joinedWith: written.joinedWith,
    };
  });
  outcome.catch(() => undefined); // awaited in drain(); not an unhandled rejection meanwhile
  // The next write waits for this one to be issued (not finished: writes arriving together share an fsync).
  const issued = ready.then(() => undefined, () => undefined);
  return { outcome, issued };
}
