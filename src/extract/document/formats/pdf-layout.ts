// Positioned text runs of a PDF's pages → plain text with one paragraph a line. Pure. PDFs keep
// no paragraphs, only glyph runs at coordinates, so paragraphs are rebuilt from the geometry:
// runs on one baseline form a line; a line is joined to the one before unless the gap between
// them is wider than usual, the font size changes, the line opens a list item, or the line
// before stopped well short of the column's right edge. Running headers and footers (lines in
// the page margins repeated on several pages, printed URLs and dates, page numbers) are dropped,
// and a word hyphenated (or a web address broken) across a line break is rejoined.

export interface PdfTextRun {
  str: string;
  /** Left edge and baseline, in PDF points from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

interface Line {
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfLayoutResult {
  text: string;
  /** Lines dropped as running headers, footers or page numbers. */
  droppedLines: string[];
}

/** Share of the page height, at the top and at the bottom, where running headers and footers live. */
const MARGIN_BAND = 0.09;
/** Runs further apart than this many font sizes on one baseline are separate columns. */
const COLUMN_GAP = 2.5;
/** A line gap this much wider than the document's usual one starts a paragraph. */
const PARAGRAPH_GAP = 1.2;
/** A line ending before this share of the column's width ends its paragraph. */
const SHORT_LINE = 0.8;

// 3 | - 3 - | 3/12 | Trang 3 | Page 3 of 12
const PAGE_NUMBER = /^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:\/|of|trên)\s*\d{1,4})?\s*[-–—]?$/iu;
// a) | 1. | 2) | - | + | • | I. | Điều 3.
const LIST_ITEM = /^(?:[-–•+*]\s|\d{1,3}[.)]\s|[a-zđ][)]\s|[IVXLC]{1,6}\.\s|(?:Điều|Phần|Chương|Mục)\s+\d)/u;
// a word hyphenated at the line end: "chuyển-" + "đổi" is not one (Vietnamese splits syllables by spaces), "in-" + "frastructure" is
const HYPHEN_END = /(\p{Ll})-$/u;
const STARTS_LOWER = /^\p{Ll}/u;
// a web address the page width broke: "https://vov.vn/thu-tuong-yeu-" + "cau-khan-truong.html"
const URL_AT_END = /(?:https?:\/\/|www\.)[^\s]*$/u;
const URL_CONTINUES = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*[-/._=?&#][A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*(?=\s|$)/u;
// a printed URL or browser date stamp in a page margin: file:///… | https://… | 12/1/26, 9:44 AM
const MARGIN_STAMP = /^(?:https?|file):\/\/|^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AP]M)?$/iu;

export function layoutPdfText(pages: readonly PdfPage[]): PdfLayoutResult {
  const lines = pages.flatMap((page, index) => pageLines(page, index));
  const { body, dropped } = dropRunningLines(lines, pages);
  return { text: joinParagraphs(body), droppedLines: dropped.map((l) => l.text) };
}

function pageLines(page: PdfPage, pageIndex: number): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of page.runs) {
    if (run.str.length === 0) continue;
    const size = Math.max(run.size, 1);
    const sameLine = current !== null && Math.abs(run.y - current.y) < size * 0.5 && run.x - current.right < size * COLUMN_GAP && run.x >= current.x;
    if (current !== null && sameLine) {
      const gap = run.x - current.right;
      const needsSpace = gap > size * 0.15 && !current.text.endsWith(' ') && !run.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + run.str;
      current.right = Math.max(current.right, run.x + run.width);
      current.size = Math.max(current.size, size);
    } else {
      if (current !== null) lines.push(current);
      current = { page: pageIndex, x: run.x, right: run.x + run.width, y: run.y, size, text: run.str };
    }
  }
  if (current !== null) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text.length > 0);
}

function inMargin(line: Line, page: PdfPage): boolean {
  return line.y > page.height * (1 - MARGIN_BAND) || line.y < page.height * MARGIN_BAND;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A margin line is a running header or footer when the same words (numbers aside) stand in the
 * margin of two or more pages, when it is a page number or a printed URL or date stamp, or when
 * it is set clearly smaller than the body text.
 */
function dropRunningLines(lines: Line[], pages: readonly PdfPage[]): { body: Line[]; dropped: Line[] } {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').toLowerCase();
  const pagesOfKey = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inMargin(line, pages[line.page])) continue;
    const k = key(line);
    pagesOfKey.set(k, (pagesOfKey.get(k) ?? new Set()).add(line.page));
  }
  const bodySize = median(lines.filter((l) => !inMargin(l, pages[l.page])).map((l) => l.size));
  const body: Line[] = [];
  const dropped: Line[] = [];
  for (const line of lines) {
    const margin = inMargin(line, pages[line.page]);
    const repeated = (pagesOfKey.get(key(line))?.size ?? 0) >= 2;
    // Browsers print their header and footer in a small font; a one-page PDF repeats nothing.
    const small = line.size < bodySize * 0.8;
    const running = margin && (repeated || PAGE_NUMBER.test(line.text) || small || MARGIN_STAMP.test(line.text));
    (running ? dropped : body).push(line);
  }
  return { body, dropped };
}

function joinParagraphs(lines: Line[]): string {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const gap = lines[i - 1].y - lines[i].y;
    if (lines[i].page === lines[i - 1].page && gap > 0) gaps.push(gap);
  }
  const usualGap = median(gaps);
  const columnRight = new Map<number, number>();
  for (const line of lines) columnRight.set(line.page, Math.max(columnRight.get(line.page) ?? 0, line.right));
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const prev = i > 0 ? lines[i - 1] : null;
    if (prev === null || startsParagraph(prev, line, usualGap, columnRight)) {
      if (current.length > 0) paragraphs.push(current);
      current = line.text;
      return;
    }
    current = joinLines(current, line.text);
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.join('\n');
}

function joinLines(before: string, next: string): string {
  if (URL_AT_END.test(before) && URL_CONTINUES.test(next)) return before + next;
  if (HYPHEN_END.test(before) && STARTS_LOWER.test(next)) return before.slice(0, -1) + next;
  return `${before} ${next}`;
}

function startsParagraph(prev: Line, line: Line, usualGap: number, columnRight: ReadonlyMap<number, number>): boolean {
  if (LIST_ITEM.test(line.text)) return true;
  // a first-line indent (the official format indents every paragraph)
  if (line.page === prev.page && line.x > prev.x + line.size * 1.2) return true;
  if (Math.abs(line.size - prev.size) > prev.size * 0.15) return true;
  const left = Math.min(prev.x, line.x);
  const width = (columnRight.get(prev.page) ?? prev.right) - left;
  const short = prev.right - left < width * SHORT_LINE;
  if (short) return true;
  if (line.page !== prev.page) return /[.:;!?]$/u.test(prev.text);
  const gap = prev.y - line.y;
  if (gap <= 0 || gap > usualGap * PARAGRAPH_GAP) return true;
  return false;
}
