// Bytes of one report → the graph batch the store writes: reading the format (PDF, Word, web
// page or text), normalisation, extraction and the graph build, with every refusal returned as
// a value naming the reason. No I/O: the bytes come from a file or a download.
import { normalizeText } from '../extract/document/normalize';
import { hasOfficialLayout, readOfficialLayout } from '../extract/document/official-layout';
import { readDocument, type ReadFormat } from '../extract/document/read-document';
import { extract } from '../extract/pipeline';
import type { Diagnostic } from '../extract/types';
import { buildGraphBatch } from '../graph/build-batch';
import type { DocumentNode, GraphBatch } from '../graph/model';
import { titleFromText, type DocumentMeta } from './document-meta';

export type PreparedDocument =
  | { ok: true; batch: GraphBatch; encoding: string; format: ReadFormat; directives: number; diagnostics: Diagnostic[] }
  | { ok: false; code: string; message: string };

export interface PrepareOptions {
  /** The Content-Type a server declared, for a downloaded report. */
  contentType?: string | null;
  /** The address a downloaded report came from, kept on the Document. */
  url?: string | null;
}

export async function prepareDocument(
  bytes: Uint8Array,
  meta: Partial<DocumentMeta>,
  source: string | null,
  options: PrepareOptions = {},
): Promise<PreparedDocument> {
  const read = await readDocument(bytes, { contentType: options.contentType ?? null });
  if (!read.ok) return { ok: false, code: read.code, message: read.message };
  const { text, diagnostics: normalizeDiagnostics } = normalizeText(read.text);
  if (text.trim().length === 0) return { ok: false, code: 'EMPTY', message: 'no text left after removing markup' };
  const layout = readOfficialLayout(text);
  const official = hasOfficialLayout(layout) ? layout : null;
  // A manifest or --published outranks what the file says of itself: the user said so. An
  // official document's date ("Hà Nội, ngày 15 tháng 4 năm 2022") is its publication date.
  const published = meta.published ?? read.published ?? official?.date ?? null;
  const result = extract({ text, published, layout });
  const batch = buildGraphBatch(
    {
      title: meta.title ?? read.title ?? titleFromText(text),
      publisher: meta.publisher ?? null,
      published,
      language: meta.language ?? 'vi',
      source,
      url: options.url ?? null,
      format: read.format,
      official,
    },
    result,
  );
  return {
    ok: true,
    batch,
    encoding: read.encoding,
    format: read.format,
    directives: result.directives.length,
    diagnostics: [...read.diagnostics, ...normalizeDiagnostics, ...result.diagnostics],
  };
}

/**
 * The batch a stored report gave before it was joined with other reports of its meeting, made
 * again from its Document (text and metadata): what re-ingesting it would give. Null if the
 * text no longer gives the same document id (it always should: the id is a hash of the text).
 */
export function batchOfStoredDocument(doc: DocumentNode): GraphBatch | null {
  const result = extract({ text: doc.text, published: doc.published });
  const { title, publisher, published, language, source, url, format, official } = doc;
  const batch = buildGraphBatch({ title, publisher, published, language, source, url, format, official }, result);
  return batch.documentId === doc.id ? batch : null;
}
