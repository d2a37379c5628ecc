// prepareDocument, then what the writer needs from the batch made where it was built (a
// prepare worker): the store's record already encoded (one transferable buffer), the summary
// the joiner matches reports by, and the meeting's date. The main thread then neither clones an
// object graph nor serialises, hashes or summarises the batch (issue 14).
import type { GraphBatch, MeetingNode } from '../graph/model';
import { summariseReport, type ReportSummary } from '../graph/merge/report-summary';
import { encodeDocument, type EncodedDocument } from '../store/embedded/encoded-document';
import type { DocumentMeta } from './document-meta';
import { prepareDocument, type PrepareOptions } from './prepare-document';

/** A report ready to write, as it crosses from a prepare worker (structured clone, body transferred). */
export interface PreparedReport {
  encoded: EncodedDocument;
  /** What the joiner compares reports by (null: a report that matches none). */
  summary: ReportSummary | null;
  /** The meeting's date (null: undated, joins nothing). */
  meetingDate: string | null;
}

export type PreparedForStore =
  | { ok: true; report: PreparedReport; encoding: string; format: string; directives: number; utf8Damaged: boolean }
  | { ok: false; code: string; message: string };

export function meetingDateOf(batch: GraphBatch): string | null {
  return batch.nodes.find((n): n is MeetingNode => n.label === 'Meeting')?.date ?? null;
}

export function preparedReportOf(batch: GraphBatch): PreparedReport {
  return { encoded: encodeDocument(batch), summary: summariseReport(batch), meetingDate: meetingDateOf(batch) };
}

export async function prepareForStore(bytes: Uint8Array, meta: Partial<DocumentMeta>, source: string | null, options: PrepareOptions = {}): Promise<PreparedForStore> {
  const prepared = await prepareDocument(bytes, meta, source, options);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    report: preparedReportOf(prepared.batch),
    encoding: prepared.encoding,
    format: prepared.format,
    directives: prepared.directives,
    utf8Damaged: prepared.diagnostics.some((d) => d.ruleId === 'decode/utf8-damaged'),
  };
}
