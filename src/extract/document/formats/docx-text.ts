// DOCX bytes → text with one paragraph a line, through mammoth (raw text: every Word paragraph,
// table cells included, in document order). Mammoth's warnings (an unknown style, an image it
// skipped) become info diagnostics: they never change the text.
import mammoth from 'mammoth';
import type { Diagnostic } from '../../types';
import type { FormatRefusal } from './refusal';

export type DocxTextResult = { ok: true; text: string; diagnostics: Diagnostic[] } | FormatRefusal;

export async function docxToText(bytes: Uint8Array): Promise<DocxTextResult> {
  let result;
  try {
    result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (err) {
    return { ok: false, code: 'BAD_DOCX', message: `Word document cannot be read: ${(err as Error)?.message ?? String(err)}` };
  }
  // Mammoth ends every paragraph with a blank line; the extractor reads one paragraph a line.
  const text = result.value.split(/\n+/).map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((line) => line.length > 0).join('\n');
  const diagnostics: Diagnostic[] = [{ ruleId: 'format/docx', severity: 'info', message: 'text read from a Word (.docx) document' }];
  for (const message of result.messages) {
    diagnostics.push({ ruleId: 'format/docx-note', severity: 'info', message: `mammoth: ${message.message}` });
  }
  return { ok: true, text, diagnostics };
}
