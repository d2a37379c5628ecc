// PDFs for the tests, printed from HTML by Debian's Chromium (as a user would "Save as PDF"),
// with a running header and a footer carrying page numbers, so the reader has real pdf.js
// output to rebuild: text runs per glyph span, several fonts, lines broken by the page width.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../explorer/browser';

export interface PdfPrinter {
  print(html: string, options?: { header?: string; footer?: string }): Promise<Buffer>;
  close(): Promise<void>;
}

const DEFAULT_HEADER = '<div style="font-size:8px;width:100%;text-align:center">BÁO CÁO PHIÊN HỌP — bản in</div>';
const DEFAULT_FOOTER = '<div style="font-size:8px;width:100%;text-align:center">Trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>';

export async function launchPdfPrinter(): Promise<PdfPrinter> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed: run \`sh test/explorer/ensure-chromium.sh\``);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    async print(html, options = {}) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate: options.header ?? DEFAULT_HEADER,
          footerTemplate: options.footer ?? DEFAULT_FOOTER,
          margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
        });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const FONTS = ['DejaVu Serif', 'DejaVu Sans', 'DejaVu Sans Condensed', 'DejaVu Serif Condensed'];

/** A report's paragraphs as a printable page, each paragraph in the next of several fonts, justified like an official notice. */
export function reportHtml(text: string): string {
  const paragraphs = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const body = paragraphs
    .map((p, i) => `<p style="font-family:'${FONTS[i % FONTS.length]}';font-size:${i % 3 === 2 ? 13 : 14}px;text-align:justify;text-indent:${i === 0 ? 0 : 24}px;margin:0 0 6px 0">${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}
