// The text as lines and table cells with their offsets, and the clean-up every matcher needs:
// copies of official documents come through Word tables ("A | B |"), Markdown (**bold**, *italic*)
// and OCR, so the noise is stripped before matching while the offsets still index the original.

export interface TextLine {
  /** The line (or table cell) without markup noise, spaces collapsed. */
  clean: string;
  start: number;
  end: number;
}

const NOISE = /[*_#`>|]+/g;
// Whitespace that collapsing would change: a run, or a tab, break or other space. Most lines have
// only single spaces, and the test is cheaper than rebuilding the line.
const UNCOLLAPSED = /[^\S ]|\s\s/;

function cleanCell(cell: string): string {
  const denoised = cell.replace(NOISE, ' ');
  return (UNCOLLAPSED.test(denoised) ? denoised.replace(/\s+/g, ' ') : denoised).trim();
}

/** Lines of the text, each table row split into its cells (left to right); offsets start at `base`.
 * Stops once `max` lines are read: the header needs only its first few, and cleaning is the cost. */
export function textLines(text: string, base = 0, max = Infinity): TextLine[] {
  const lines: TextLine[] = [];
  let offset = base;
  for (const raw of text.split('\n')) {
    if (lines.length >= max) break;
    let cellStart = offset;
    for (const cell of raw.split('|')) {
      lines.push({ clean: cleanCell(cell), start: cellStart, end: cellStart + cell.length });
      cellStart += cell.length + 1;
    }
    offset += raw.length + 1;
  }
  return lines;
}

/** Start of the last `count` lines of text (0 if it has no more): each raw line is at least one
 * TextLine, so the last `count` TextLines of the text are all read from there. */
export function lastLinesStart(text: string, count: number): number {
  let at = text.length;
  for (let k = 0; k < count; k++) {
    if (at === 0) return 0;
    const nl = text.lastIndexOf('\n', at - 1);
    if (nl < 0) return 0;
    at = nl;
  }
  return at + 1;
}

/** True when a line has letters and none of them is lower case ("VĂN PHÒNG CHÍNH PHỦ"). */
export function isUpperCase(s: string): boolean {
  return /\p{L}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** A separator drawn under a header: "-------", "_____", "* *". */
export function isRule(s: string): boolean {
  return /^[-–—_=*.\s]{2,}$/u.test(s);
}
