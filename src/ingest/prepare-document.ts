// Bytes of one report → the graph batch the store writes. Pure: decoding, normalisation,
// extraction and the graph build, with every refusal returned as a value naming the reason.
import { decodeDocument } from '../extract/document/decode';
import { normalizeText } from '../extract/document/normalize';
import { extract } from '../extract/pipeline';
import type { Diagnostic } from '../extract/types';
import { buildGraphBatch } from '../graph/build-batch';
import type { GraphBatch } from '../graph/model';
import { titleFromText, type DocumentMeta } from './document-meta';

export type PreparedDocument =
  | { ok: true; batch: GraphBatch; encoding: string; directives: number; diagnostics: Diagnostic[] }
  | { ok: false; code: string; message: string };

export function prepareDocument(bytes: Uint8Array, meta: Partial<DocumentMeta>, source: string | null): PreparedDocument {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { ok: false, code: decoded.error.code, message: decoded.error.message };
  const { text, diagnostics: normalizeDiagnostics } = normalizeText(decoded.text);
  if (text.trim().length === 0) return { ok: false, code: 'EMPTY', message: 'no text left after removing markup' };
  const published = meta.published ?? null;
  const result = extract({ text, published });
  const batch = buildGraphBatch(
    {
      title: meta.title ?? titleFromText(text),
      publisher: meta.publisher ?? null,
      published,
      language: meta.language ?? 'vi',
      source,
    },
    result,
  );
  return {
    ok: true,
    batch,
    encoding: decoded.encoding,
    directives: result.directives.length,
    diagnostics: [...decoded.diagnostics, ...normalizeDiagnostics, ...result.diagnostics],
  };
}
