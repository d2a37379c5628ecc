// Decoded text → the text every span indexes. For plain text this is exactly the NFC form of
// the input (the scorer's offsets index the NFC input), so nothing else is rewritten: tone-mark
// placement variants (hoà/hòa, uỷ/ủy) are matched alike through fold(), not changed here.
// Pasted HTML is turned into text; a lone "\r" (old Mac line end) becomes "\n", which keeps
// every offset; "\r\n" is kept as written so offsets still index the input.
import type { Diagnostic, Span } from '../types';
import { findMojibake, MOJIBAKE_LABEL } from './encodings/mojibake';
import { hasHtml, htmlToText } from './html';

export interface NormalizedText {
  text: string;
  diagnostics: Diagnostic[];
  /** A span of `text` in offsets of the NFC input (they differ only where HTML was converted). */
  toInput: (span: Span) => Span;
}

const IDENTITY = (span: Span): Span => ({ start: span.start, end: span.end });

// A backslash before r, n, t or a quote: an escape of a string literal (a saved database row).
const STRING_ESCAPES = /\\[rnt"']/g;
const MIN_ESCAPES = 3;
const LONE_CR = /\r(?!\n)/g;
const HAS_LONE_CR = /\r(?!\n)/;

export function normalizeText(raw: string): NormalizedText {
  const diagnostics: Diagnostic[] = [];
  let text = raw.normalize('NFC');
  if (HAS_LONE_CR.test(text)) {
    text = text.replace(LONE_CR, '\n');
    diagnostics.push({ ruleId: 'normalize/line-endings', severity: 'info', message: 'lone carriage returns read as line breaks' });
  }
  // A page saved inside an SQL or JSON string writes its line breaks and quotes as escapes
  // ("…thông tin.\\r\\n\\r\\n\\"Phải lấy …"): read as what they stand for, each replaced by the
  // same number of characters so that every offset still indexes the input ("\\r" is no break
  // of its own: "\\r\\n" is one).
  const escapes = text.match(STRING_ESCAPES)?.length ?? 0;
  if (escapes >= MIN_ESCAPES) {
    text = text.replace(STRING_ESCAPES, (e) => (e === '\\"' ? ' "' : e === "\\'" ? " '" : e === '\\n' ? ' \n' : '  '));
    diagnostics.push({ ruleId: 'normalize/string-escapes', severity: 'info', message: `${escapes} escapes of a saved string (\\r, \\n, \\") read as line breaks and quotes` });
  }
  let toInput = IDENTITY;
  if (hasHtml(text)) {
    const converted = htmlToText(text);
    // Entities may spell decomposed letters ("a&#769;"): compose again.
    const mapped = converted.mapped.nfc();
    text = mapped.text;
    toInput = (span) => mapped.toSource(span);
    diagnostics.push({
      ruleId: 'normalize/html', severity: 'info',
      message: `HTML converted to text (${converted.tags} tags, ${converted.entities} entities); spans are reported in the input's offsets`,
    });
  }
  const mojibake = findMojibake(text);
  if (mojibake) {
    diagnostics.push({
      ruleId: 'normalize/mojibake-suspected', severity: 'warning',
      message: `text looks like ${MOJIBAKE_LABEL[mojibake.kind]} (${mojibake.signals} signs); decode the original bytes with decodeDocument to repair it`,
    });
  }
  return { text, diagnostics, toInput };
}
