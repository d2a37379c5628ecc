// Logical lines: the paragraphs of a report as its author wrote them. Copies out of PDFs and
// legal portals break lines inside sentences ("… Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban
// nhân dân các\ntỉnh, thành phố …"), and database dumps carry line breaks as the two-character
// escapes "\r\n" / "\n". A break is soft — the sentence goes on — when nothing on either side
// marks an end: the line before has no final punctuation and is not a heading, and the line
// after opens no list item. Spans index the text as given; the break characters stay inside a
// merged line and read as spaces.
import type { Span } from '../types';
import { tokenize } from './tokens';
import { findAgencyHits } from '../rules/agency-matcher';

/** A raw line and the separator that ended it. */
interface RawLine { start: number; end: number; blankAfter: boolean }

// Real line ends, and the escaped ones that SQL and JSON dumps leave in the text.
const BREAK = /\r\n|\n|\r|\\r\\n|\\n|\\r/g;
// The end of a line that closes a sentence, a clause or a list introduction.
const CLOSES_PUNCT = /[.!?…;:”"»]\s*(?:\*{1,3}|_{1,3}|\/\.)?\s*$/u;
// A bracket ends a line's sentence only after final punctuation inside it ("… (Ảnh: TTXVN.)") or
// when the whole line is the aside; "(chủ đầu tư)\nrà soát …" goes on.
const CLOSES_BRACKET = /(?:[.!?…]\)|^\s*\([^()]*\))\s*$/u;
// A closing quote with no sentence punctuation inside it ("… tỉnh “Quy hoạch …”"); `line` is trimmed.
const CLOSING_QUOTES = new Set(['”', '"', '»']);
const SENTENCE_END = new Set(['.', '!', '?', '…', ';', ':']);
function closesOnTitle(line: string): boolean {
  if (!CLOSING_QUOTES.has(line[line.length - 1] ?? '')) return false;
  let i = line.length - 2;
  while (i >= 0 && /\s/u.test(line[i])) i--;
  return i >= 0 && !SENTENCE_END.has(line[i]);
}
const CLOSES = { test: (line: string) => CLOSES_PUNCT.test(line) || CLOSES_BRACKET.test(line) };
// "1. …", "a) …", "- …", "+ …", "• …", "II. …", "Điều 2." open an item of their own.
const OPENS_ITEM = /^\s*(?:[-–—+•*▪●◦]\s|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXLC]{1,6})[.)]\s|\d{1,2}\/\s|Điều\s+\d)/u;
// Markdown, table and heading lines: never joined to the next.
// A line that only opens in bold ("**3. **Tuân thủ … khai") is body text, not a bold heading.
const FRAMED = /^\s*(?:#{1,6}\s|\||>)|^\s*(?:\*\*|__).*(?:\*\*|__)\s*$|^\s*(?:\*\*|__)[^*_]*$|\|\s*$/u;
// Words a phrase cannot end with: a title waiting for its body, a preposition, a conjunction.
const DANGLING = /(?:^|\s)(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Phó Chủ tịch|Giám đốc|Thủ trưởng|Chủ nhiệm|Bộ|Sở|Ủy ban|UBND|các|và|của|với|cho|tại|theo|đối với|trên|từ|đến|Đề nghị|đề nghị|yêu cầu|giao|Chỉ|chỉ|phối hợp|huyện|quận|xã|phường)\s*,?$|,$/u;
const DATELINE_OPENING = /^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?: ngày)? \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*[,:]/u;
const NAME_END_BEFORE = /\p{Lu}\p{Ll}*(?:\s\p{Ll}+)?$/u;
// How many words on each side of a break are read for a name across it.
const NAME_WORDS = 6;

/** Does a listed body's name start in the last words of `before` and end in `after`? */
function nameAcrossBreak(before: string, after: string): boolean {
  const tail = before.split(/\s+/u).slice(-NAME_WORDS).join(' ');
  const head = after.split(/\s+/u).slice(0, NAME_WORDS).join(' ');
  const joined = `${tail} ${head}`;
  const tokens = tokenize(joined);
  const brk = tail.length;
  return findAgencyHits(tokens).some((h) => h.start < brk && h.end > brk + 1);
}
// A line this short that ends without punctuation is a title, a dateline or a signature.
const SHORT_LINE = 45;

function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  let prev: RawLine | null = null;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) {
      prev = { start, end, blankAfter: false };
      out.push(prev);
    } else if (prev) prev.blankAfter = true;
  };
  for (const m of text.matchAll(BREAK)) {
    const at = m.index ?? 0;
    push(at);
    start = at + m[0].length;
  }
  push(text.length);
  return out;
}

// A copy saved as program data (a JS or JSON object of the article: `text: "…",`, `},`,
// `below_img: false,`): each string value is a paragraph of its own, the rest is structure.
const DATA_LINE = /^\s*(?:[{}[\](),;]+|["']?[A-Za-z_$][\w$]*["']?\s*:.*|["'`].*["'`],?)\s*$/u;
const STRING_VALUE = /^(\s*(?:["']?[A-Za-z_$][\w$]*["']?\s*:\s*)?)(["'`])(.*?)\2\s*[,;]?\s*$/u;
const STRUCTURE_ONLY = /^\s*(?:[{}[\](),;]+|["']?[A-Za-z_$][\w$]*["']?\s*:\s*(?:[-\w.$]+|[{[(]|\$\{[^}]*\}|)\s*,?)\s*$/u;

const HEADLINE_KEY = /["']?(?:title|headline|sapo|excerpt|description|summary|caption|alt|description_img|seo_\w+)["']?\s*:\s*$/iu;

/** Is the text saved as program data? Most of its lines are keys, values or brackets. */
function isDataDump(text: string, lines: readonly RawLine[]): boolean {
  if (lines.length < 8) return false;
  let data = 0;
  for (const l of lines) if (DATA_LINE.test(text.slice(l.start, l.end))) data++;
  return data / lines.length >= 0.6;
}

/** In a data dump: string values as lines of their own, structure dropped. */
function dataValueLines(text: string, lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (STRUCTURE_ONLY.test(line)) continue;
    const m = STRING_VALUE.exec(line);
    if (!m) { out.push({ ...l, blankAfter: true }); continue; }
    // A headline, lead or caption field repeats the body (FORMAT.md: annotated once, in the body);
    // a short one ("title: \"tỉnh Quảng Trị\"") names the section and stays.
    if (HEADLINE_KEY.test(m[1]) && m[3].trim().split(/\s+/u).length >= 6) continue;
    const start = l.start + m[1].length + 1;
    const end = start + m[3].length;
    if (m[3].trim()) out.push({ start, end, blankAfter: true });
  }
  return out;
}

function isUpperCaseLine(s: string): boolean {
  // (A lower-case ASCII letter is one of the letters and changes under toUpperCase: most lines.)
  if (/[a-z]/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Does the sentence go on from line `a` into line `b`? `wrapped`: the text is hard-wrapped. */
export function softBreak(text: string, a: Span, b: Span, wrapped = true): boolean {
  const before = text.slice(a.start, a.end).trim();
  const after = text.slice(b.start, b.end).trim();
  // "**4. Sở Nông\nnghiệp và Môi trường**": a bold span left open goes on.
  if ((before.match(/\*\*/g) ?? []).length % 2 === 1 && !OPENS_ITEM.test(after)) return true;
  // "… giai đoạn 2016\n- 2020; …": a range of years broken at its dash, not a dashed item.
  if (/(?:19|20)\d{2}$/u.test(before) && /^[-–]\s*(?:19|20)\d{2}\b/u.test(after)) return true;
  // "… trình Hội đồng nhân dân tỉnh “Quy hoạch …”\ntại Kỳ họp thứ Sáu, …": a title in quotes
  // ends the line, not the sentence, when the next line opens in lower case.
  // (So does an ellipsis that ends a list: "… giảm phí...\nđối với khách hàng …".)
  if (/^\p{Ll}/u.test(after) && (closesOnTitle(before) || (wrapped && /\p{L}\s*(?:\.{3}|…)$/u.test(before)))) return true;
  // "Sáng ngày\n7/6/2021, …": a line that stops on a word of a date before its number.
  if (/(?:^|\s)(?:ngày|tháng|năm|lúc|hồi)$/iu.test(before) && /^\d{1,4}[/.\-\s]/u.test(after)) return true;
  if (CLOSES.test(before) || OPENS_ITEM.test(after) || FRAMED.test(before) || FRAMED.test(after)) return false;
  if (/^\p{Ll}/u.test(after)) return true;
  if (isUpperCaseLine(before) !== isUpperCaseLine(after)) return false;
  // "… lý luận năm 2021\nNgày 01/3/2021, UBND tỉnh …": a dateline opens the body under a headline.
  if (DATELINE_OPENING.test(after)) return false;
  // "2. Bộ trưởng\nBộ Giáo dục và Đào tạo …": a line that stops on a title or a function word
  // cannot end there, however short it is.
  if (DANGLING.test(before) && (wrapped || before.length >= 6)) return true;
  if (wrapped && before.length >= SHORT_LINE) return true;
  // "- Chỉ đạo Mặt trận Tổ quốc\nViệt Nam tại địa phương …", "Hội Liên hiệp\nPhụ nữ Việt Nam …":
  // a body's name the gazetteer knows runs across the break (tokenized only where no cheaper
  // test above has decided).
  return NAME_END_BEFORE.test(before) && /^\p{Lu}/u.test(after) && nameAcrossBreak(before, after);
}

/** "… tăng cường các\n\nbiện pháp quản lý …": a scan's blank line inside a sentence, after a
 * line that stops on a function word and before one that opens in lower case. */
function danglesOverBlank(text: string, a: Span, b: Span): boolean {
  const before = text.slice(a.start, a.end).trim();
  return DANGLING.test(before) && !before.endsWith(',') && /^\p{Ll}/u.test(text.slice(b.start, b.end).trim());
}

/**
 * Is the text hard-wrapped (a PDF or portal copy)? In a news page nearly every line is a whole
 * paragraph and ends with punctuation; only a headline does not. In a wrapped copy most lines
 * stop mid-sentence. Only then may a capital after a long unpunctuated line go on a sentence.
 */
function isWrapped(text: string, lines: readonly RawLine[]): boolean {
  // Placeholders ("[img]") and photo captions ("… Ảnh: T.SỸ") end without punctuation in any
  // page: they say nothing about wrapping.
  const prose = lines.map((l) => text.slice(l.start, l.end).trim()).filter((t) => t.length >= 20 && !CAPTION_END.test(t));
  if (prose.length < 6) return false;
  let open = 0;
  for (const t of prose) if (!CLOSES.test(t)) open++;
  return open / prose.length > 0.5;
}
const CAPTION_END = /(?:Ảnh|Nguồn|Video|Clip)\s*:\s*\S.{0,40}$/u;

// What a PDF copy leaves between two pages: a page number alone ("2", "- 3 -", "Trang 4") or a
// marker framed by rules ("--- PAGE BREAK ---", "=== Trang 2 ===").
const PAGE_CHROME_LINE = /^\s*(?:[-–]?\s*\d{1,3}\s*[-–]?|Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?|[-=_*]{2,}\s*[\p{L}\d ]{1,24}?\s*[-=_*]{2,})\s*$/u;

/** A paragraph: its span, and the page chrome inside it that a sentence broken across two
 * pages carries ("… báo cáo Thủ tướng\n\n2\n\n--- PAGE BREAK ---\n\nChính phủ trong tháng 3."). */
export interface LogicalLine extends Span {
  holes?: Span[];
}

/** Paragraph spans of the text, with lines broken inside a sentence joined again, across a page
 * break too. */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let open: LogicalLine | null = null;
  let last: RawLine | null = null;
  const raw = rawLines(text);
  const lines = isDataDump(text, raw) ? dataValueLines(text, raw) : raw;
  const wrapped = isWrapped(text, lines);
  // Page chrome after an unfinished line waits: the next line may go on the sentence over it.
  let chrome: RawLine[] = [];
  const start = (line: RawLine) => { open = { start: line.start, end: line.end }; out.push(open); };
  for (const line of lines) {
    if (open && last && PAGE_CHROME_LINE.test(text.slice(line.start, line.end))) { chrome.push(line); continue; }
    if (chrome.length) {
      const over = open !== null && last !== null && softBreak(text, last, line, wrapped);
      if (over && open) {
        const o: LogicalLine = open;
        o.holes = [...(o.holes ?? []), ...chrome.map((c) => ({ start: c.start, end: c.end }))];
        o.end = line.end;
      } else {
        for (const c of chrome) start(c);
        start(line);
      }
      chrome = [];
    } else if (open && last && (!last.blankAfter || (wrapped && danglesOverBlank(text, last, line))) && softBreak(text, last, line, wrapped)) (open as LogicalLine).end = line.end;
    else start(line);
    last = line;
  }
  for (const c of chrome) start(c);
  return out;
}
