// PDF bytes → text, through Mozilla's pdf.js (the legacy build, which runs on Node without a
// browser). pdf.js gives each page's text runs with their coordinates; pdf-layout.ts rebuilds
// the paragraphs. A PDF without a text layer (a scan) is refused: it needs OCR first.
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Diagnostic } from '../../types';
import { layoutPdfText, type PdfPage } from './pdf-layout';
import type { FormatRefusal } from './refusal';

export type PdfTextResult = { ok: true; text: string; pages: number; diagnostics: Diagnostic[] } | FormatRefusal;

/** Fewer letters than this per page on average: the pages are pictures of text. */
const MIN_LETTERS_PER_PAGE = 20;
/** Pages read at most: a 20 MB PDF can hold thousands of pages, a meeting report does not. */
const MAX_PAGES = 500;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<PdfJs> | null = null;

/**
 * Loaded on first use: pdf.js is 3 MB of JavaScript that a text-only run never needs. Its
 * worker runs in this thread ("fake worker"), found through the `pdfjsWorker` global, which is
 * pdf.js's documented way to hand it the worker module without a file URL.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoaded;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfTextResult> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, useSystemFonts: false, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'PasswordException') return { ok: false, code: 'ENCRYPTED', message: 'PDF is protected by a password; open it and save an unprotected copy' };
    return { ok: false, code: 'BAD_PDF', message: `PDF cannot be read: ${(err as Error)?.message ?? String(err)}` };
  }
  try {
    const count = Math.min(doc.numPages, MAX_PAGES);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= count; n += 1) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.filter(isTextItem).map((item) => ({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        size: Math.hypot(item.transform[2], item.transform[3]),
      }));
      pages.push({ width, height, runs });
      page.cleanup();
    }
    const letters = pages.reduce((sum, p) => sum + p.runs.reduce((s, r) => s + (r.str.match(/\p{L}/gu)?.length ?? 0), 0), 0);
    if (letters < MIN_LETTERS_PER_PAGE * count) {
      return { ok: false, code: 'NEEDS_OCR', message: `PDF has no text layer (${letters} letters on ${count} page${count === 1 ? '' : 's'}): it looks scanned and needs OCR first` };
    }
    const layout = layoutPdfText(pages);
    const diagnostics: Diagnostic[] = [{
      ruleId: 'format/pdf', severity: 'info',
      message: `text read from a PDF of ${doc.numPages} page${doc.numPages === 1 ? '' : 's'}; ${layout.droppedLines.length} running header, footer or page-number line${layout.droppedLines.length === 1 ? '' : 's'} dropped`,
    }];
    if (doc.numPages > MAX_PAGES) {
      diagnostics.push({ ruleId: 'format/pdf-truncated', severity: 'warning', message: `only the first ${MAX_PAGES} of ${doc.numPages} pages were read` });
    }
    return { ok: true, text: layout.text, pages: doc.numPages, diagnostics };
  } finally {
    await doc.destroy();
  }
}
