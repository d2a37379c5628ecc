// PDF reports: each seed printed to PDF by Chromium (running header, "Trang n/m" footer,
// several fonts, justified text) gives at least 90% of the directives its plain text gives,
// with the same assignees and deadlines, and none of the header or footer text. A PDF without
// a text layer is refused as needing OCR.
import { normalizeText } from '../../../src/extract/document/normalize';
import { readDocument } from '../../../src/extract/document/read-document';
import { extract } from '../../../src/extract/pipeline';
import { directiveRecall } from './support/compare-directives';
import { launchPdfPrinter, reportHtml, type PdfPrinter } from './support/print-pdf';
import { seedReports } from './support/seeds';

let printer: PdfPrinter;
beforeAll(async () => {
  printer = await launchPdfPrinter();
}, 60_000);
afterAll(() => printer?.close());

const SEEDS = seedReports();

describe('a seed report printed to PDF', () => {
  test.each(SEEDS.map((s) => [s.file, s] as const))('%s gives ≥ 90%% of its plain-text directives and no page chrome', async (_file, seed) => {
    const pdf = await printer.print(reportHtml(seed.text));
    const read = await readDocument(pdf);
    expect(read).toMatchObject({ ok: true, format: 'pdf', encoding: 'pdf' });
    if (!read.ok) return;
    expect(read.text).not.toMatch(/BÁO CÁO PHIÊN HỌP|Trang \d+\/\d+/);
    const fromPdf = extract({ text: normalizeText(read.text).text, published: seed.published });
    const plain = extract({ text: normalizeText(seed.text).text, published: seed.published });
    const recall = directiveRecall(plain, fromPdf);
    // on failure, the directives the PDF lost
    expect(recall.share >= 0.9 ? 'at least 90%' : recall.missing).toBe('at least 90%');
    expect(fromPdf.directives.length).toBeLessThanOrEqual(plain.directives.length + 1);
  });

  test('its paragraphs come back one a line, in reading order, with the lines of each rejoined', async () => {
    const seed = SEEDS[1];
    const read = await readDocument(await printer.print(reportHtml(seed.text)));
    if (!read.ok) throw new Error(read.message);
    const expected = seed.text.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l.length > 0);
    expect(read.text.split('\n')).toEqual(expected);
  });
});

describe('PDFs that cannot be read as text', () => {
  test('a PDF with no text layer (a scan) is refused as needing OCR', async () => {
    // A page that is only a picture: what a scanner produces.
    const scan = '<!doctype html><html><body><div style="width:500px;height:700px;background:repeating-linear-gradient(0deg,#222 0 2px,#fff 2px 9px)"></div></body></html>';
    const read = await readDocument(await printer.print(scan, { header: '<span></span>', footer: '<span></span>' }));
    expect(read).toMatchObject({ ok: false, code: 'NEEDS_OCR' });
    if (!read.ok) expect(read.message).toMatch(/no text layer.*OCR/);
  });

  test('a file that starts like a PDF but is not one is refused naming the problem', async () => {
    const read = await readDocument(Buffer.from('%PDF-1.7\nthis is not really a PDF\n'));
    expect(read).toMatchObject({ ok: false, code: 'BAD_PDF' });
  });
});
