// What a document is, from its bytes (and, for a download, the content type the server
// declared). Bytes decide: a server that calls a PDF "text/html" is wrong, not the file. The
// declared type only tells an HTML page from text that happens to hold some markup, and names
// what a refused file was declared as.

export type DocumentFormat = 'pdf' | 'docx' | 'old-word' | 'zip' | 'text';

const PDF_MAGIC = '%PDF-';
/** The PDF standard lets a header start anywhere in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString('latin1');
}

export function sniffFormat(bytes: Uint8Array): DocumentFormat {
  if (latin1(bytes, 0, PDF_HEADER_WINDOW).includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old-word';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored in the clear in a ZIP; a Word document has word/document.xml.
    return latin1(bytes, 0, bytes.length).includes('word/document.xml') ? 'docx' : 'zip';
  }
  return 'text';
}

// <!doctype html> | <html | <head> | <body> near the start: a whole page, not pasted markup
const PAGE_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** True when decoded text is a whole HTML page (or the server said it is one). */
export function isHtmlPage(text: string, contentType: string | null): boolean {
  const declared = contentType !== null && /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
  return PAGE_START.test(text.slice(0, 4096)) || (declared && /<(?:p|div|article|body)[\s>]/i.test(text));
}
