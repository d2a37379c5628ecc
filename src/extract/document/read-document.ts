// Bytes of a report in any format we read → its text, ready for normalizeText, with the title
// and date the file itself states. The format is found by content (sniff-format.ts): PDF
// through pdf.js, Word through mammoth, a whole web page through Readability, anything else as
// text through decodeDocument (which also reduces HTML pasted into a text). Every refusal is a
// value with a code and a message naming what was found: a scan needs OCR, an old .doc must be
// saved as .docx, a server that sent an image sent no report.
import type { Diagnostic } from '../types';
import { decodeDocument, MAX_DOCUMENT_BYTES, type DecodedEncoding } from './decode';
import { isHtmlPage, sniffFormat } from './formats/sniff-format';

// The readers load pdf.js, mammoth and linkedom: megabytes a run of text files never needs
// (and every CLI command would pay for at start-up), so each is loaded on first use.
const loadPdf = () => import('./formats/pdf-text');
const loadDocx = () => import('./formats/docx-text');
const loadHtmlArticle = () => import('./formats/html-article');

export type ReadFormat = 'pdf' | 'docx' | 'html' | 'text';

export type ReadDocumentResult =
  | {
      ok: true;
      text: string;
      format: ReadFormat;
      /** The character encoding of a text or HTML file; the format's name for PDF and DOCX. */
      encoding: DecodedEncoding | 'pdf' | 'docx';
      /** What the file says about itself (a web page's metadata); null when it says nothing. */
      title: string | null;
      published: string | null;
      diagnostics: Diagnostic[];
    }
  | { ok: false; code: string; message: string };

export interface ReadDocumentOptions {
  /** The Content-Type a server declared for the bytes, when they were downloaded. */
  contentType?: string | null;
}

// text/* | application/pdf | the Word types | XHTML | "some bytes" (octet-stream)
const DOCUMENT_CONTENT_TYPE = /^\s*(?:text\/|application\/(?:pdf|x-pdf|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|msword|xhtml\+xml|xml|octet-stream)\b)/i;

function contentTypeName(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

export async function readDocument(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const contentType = options.contentType ?? null;
  if (bytes.length > MAX_DOCUMENT_BYTES || bytes.length === 0) return textDocument(bytes, contentType);
  const format = sniffFormat(bytes);
  const declared: Diagnostic[] = [];
  if (contentType !== null && format !== 'text') {
    const expected = { pdf: /pdf/i, docx: /wordprocessingml|octet-stream/i, 'old-word': /msword|octet-stream/i, zip: /zip|octet-stream/i }[format];
    if (!expected.test(contentType)) {
      declared.push({ ruleId: 'format/content-type-mismatch', severity: 'warning', message: `server declared ${contentTypeName(contentType)} but the content is ${format.toUpperCase()}; read as ${format.toUpperCase()}` });
    }
  }
  if (format === 'pdf') {
    const pdf = await (await loadPdf()).pdfToText(bytes);
    if (!pdf.ok) return pdf;
    return { ok: true, text: pdf.text, format, encoding: 'pdf', title: null, published: null, diagnostics: [...declared, ...pdf.diagnostics] };
  }
  if (format === 'docx') {
    const docx = await (await loadDocx()).docxToText(bytes);
    if (!docx.ok) return docx;
    return { ok: true, text: docx.text, format, encoding: 'docx', title: null, published: null, diagnostics: [...declared, ...docx.diagnostics] };
  }
  if (format === 'old-word') {
    return { ok: false, code: 'OLD_WORD', message: 'an old binary Office file (Word 97–2003 .doc): open it in Word or LibreOffice and save it as .docx or PDF' };
  }
  if (format === 'zip') {
    return { ok: false, code: 'UNSUPPORTED_FORMAT', message: 'a ZIP container that is not a Word document (.xlsx, .odt, an archive?); save the report as .docx, PDF or text' };
  }
  if (contentType !== null && !DOCUMENT_CONTENT_TYPE.test(contentType)) {
    return { ok: false, code: 'UNSUPPORTED_FORMAT', message: `server sent ${contentTypeName(contentType)}, not a document (text, HTML, PDF or Word)` };
  }
  return textDocument(bytes, contentType);
}

async function textDocument(bytes: Uint8Array, contentType: string | null): Promise<ReadDocumentResult> {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { ok: false, code: decoded.error.code, message: decoded.error.message };
  if (!isHtmlPage(decoded.text, contentType)) {
    return { ok: true, text: decoded.text, format: 'text', encoding: decoded.encoding, title: null, published: null, diagnostics: decoded.diagnostics };
  }
  const article = (await loadHtmlArticle()).htmlArticleToText(decoded.text);
  if (!article.ok) return article;
  return {
    ok: true, text: article.text, format: 'html', encoding: decoded.encoding,
    title: article.title, published: article.published, diagnostics: [...decoded.diagnostics, ...article.diagnostics],
  };
}
