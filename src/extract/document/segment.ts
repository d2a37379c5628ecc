// Paragraph and sentence segmentation for Vietnamese reports. Sentences end at . ! ? … (or a
// closing quote after one) followed by a space and a capital, digit, quote or bullet; periods
// inside tokens (TP.HCM, 21.12) and after known abbreviations (TP. HCM, GS. TS) do not end one.
// Each sentence is classified: body text, heading (no final punctuation), photo caption,
// byline or broadcast sign-off — only body sentences can carry directives.
import type { Span } from '../types';
import { logicalLines } from './lines';

export type SentenceKind = 'body' | 'heading' | 'caption' | 'byline' | 'signoff';

export interface Sentence {
  span: Span;
  text: string;
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  indexInParagraph: number;
  kind: SentenceKind;
  /** Inside “…” / "…" quoted speech that is still open at the sentence start, or opens in it. */
  quoted: boolean;
  /** Page chrome inside the sentence (a page number, "--- PAGE BREAK ---"): not its words. */
  holes?: Span[];
}

const ABBREVIATIONS = new Set(['tp', 'gs', 'ts', 'ths', 'pgs', 'bs', 'ks', 'st', 'no', 'v.v', 'tt', 'q', 'p', 'tx', 'mr', 'ms', 'dr']);
const OPEN_QUOTES = new Set(['“', '"', '«', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '»', '’']);
const [OPEN_DOUBLE, OPEN_GUILLEMET, CLOSE_DOUBLE, CLOSE_GUILLEMET, STRAIGHT_DOUBLE] = ['“', '«', '”', '»', '"'].map((q) => q.charCodeAt(0));
const TERMINAL = /[.!?…;:"”)»]$/u;
// ("(Ảnh: TTXVN)", "(Hình minh họa)", "(Hình từ Internet)": a picture's credit or its note.)
const CAPTION = /\((?:\s*)(?:(?:Ảnh|Hình|Ảnh minh họa|Ảnh minh hoạ|Hình minh họa|Hình minh hoạ|Photo|Nguồn ảnh)\s*[:-]|(?:Ảnh|Hình)\s+(?:minh\s+họa|minh\s+hoạ|từ\s+[Ii]nternet|[Ii]nternet|tư\s+liệu)\s*\))/u;
const CAPTION_START = /^(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*[:-]/u;
const SIGNOFF = /^(?:>{2,}|Xin mời quý vị|Mời quý vị|Mời bạn đọc|Nguồn\s*:|Theo\s+[\p{Lu}][\p{L}]*\s*$)/u;
const BYLINE = /^(?:(?:PV|Phóng viên|Nhóm phóng viên|Bài(?:\s+và\s+ảnh)?|Tin|Ảnh)\s*[:.]?\s*)?[\p{Lu}][\p{Ll}]*(?:\s+[\p{Lu}][\p{Ll}]*){0,4}\s*(?:\([^)]{1,30}\))?\s*$/u;

/** Is the character at i the start of a new sentence (after whitespace)? */
function opensSentence(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Lu}\p{N}"“«(\-–•+>]/u.test(ch);
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}]/u.test(text[j - 1])) j--;
  return text.slice(j, i).toLowerCase();
}

// "… nhà bị tốc mái do bão). Ảnh: VGP Nhận định tình hình …": a page that lost the paragraph break
// after a photo credit of one word ("VGP", "TTXVN", "H.Nụ") goes on with the next sentence.
// (An abbreviation, "VGP", or an initial and a name, "H.Nụ": a person's name, "Minh Hà", may run on.)
const CREDIT_THEN_SENTENCE = /(?<![\p{L}])Ảnh\s*:\s*[\p{Lu}](?:[\p{Lu}\p{N}]+|\.[\p{Lu}]\p{L}*)(?=\s+[\p{Lu}][\p{Ll}])/gu;

/** Sentence end offsets (exclusive) within [start, end). */
// "… khắc phục hậu quả do sạt lở đất Tối qua (12/8), Chủ tịch UBND tỉnh …": a headline glued to
// the lead by a copy that lost the line break; the dateline opens the lead's sentence.
const DATELINE_GLUED = /(?<=\p{Ll}) (?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày)(?: (?:qua|nay|hôm qua|hôm nay|ngày))? \(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?\s*,)/gu;

/** Where a dateline glued to a headline opens the lead, in the line [start, end). */
function gluedDatelines(text: string, start: number, end: number): number[] {
  const line = text.slice(start, end);
  // (Read only where a time word is: most lines hold none.)
  if (!/(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày) /u.test(line)) return [];
  return [...line.matchAll(DATELINE_GLUED)].map((m) => start + (m.index ?? 0));
}

function sentenceEnds(text: string, start: number, end: number, datelines: readonly number[]): number[] {
  const ends = punctuationEnds(text, start, end);
  const line = text.slice(start, end);
  // (Most lines hold neither a glued dateline nor a credit: punctuation's ends come sorted.)
  const credit = line.includes('Ảnh');
  if (!datelines.length && !credit) return ends;
  ends.push(...datelines);
  // (The expression runs only where "Ảnh" is.)
  if (credit) for (const m of line.matchAll(CREDIT_THEN_SENTENCE)) ends.push(start + (m.index ?? 0) + m[0].length);
  return [...new Set(ends)].sort((a, b) => a - b);
}

/** "… trong tháng 6.Đầu năm, Bộ Công Thương …": a copy that lost the space after a period; a
 * capitalised word glued to the end of a sentence opens the next one. Not an abbreviation's
 * period ("TP.HCM", "Tp.Hồ Chí Minh", "ThS.Nguyễn"), nor a number's ("1.Bộ Tài chính" opening a line). */
function gluedSentence(text: string, start: number, i: number, j: number, end: number): boolean {
  if (text[i] !== '.' || j !== i + 1 || j + 1 >= end || !/\p{Lu}/u.test(text[j]) || !/\p{Ll}/u.test(text[j + 1])) return false;
  const before = text[i - 1] ?? '';
  if (/\p{Ll}/u.test(before)) {
    const word = wordBefore(text, i);
    return word.length >= 2 && !ABBREVIATIONS.has(word);
  }
  if (!/\d/u.test(before)) return false;
  // ("tháng 6.Đầu năm": the number ends a sentence only after a word on the same line.)
  let d = i - 1;
  while (d > start && /\d/u.test(text[d - 1])) d--;
  return d - 2 >= start && text[d - 1] === ' ' && /\p{Ll}/u.test(text[d - 2]);
}

function punctuationEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '…')) j++;
    while (j < end && (CLOSE_QUOTES.has(text[j]) || text[j] === ')')) j++;
    // "… phòng, chống dịch…Ban Chỉ đạo kỳ thi cần …": a portal copy lost the space after an
    // ellipsis; a capitalised word glued to it opens the next sentence.
    const glued = (ch === '…' || j - i >= 3) && j + 1 < end && /\p{Lu}/u.test(text[j]) && /\p{Ll}/u.test(text[j + 1]);
    // ("… cho người dân.“Tuyệt đối không để …”": a quotation glued to the period opens one too.)
    const quoted = ch === '.' && j === i + 1 && OPEN_QUOTES.has(text[j]) && j + 1 < end && /\p{Lu}/u.test(text[j + 1]);
    if (glued || quoted || gluedSentence(text, start, i, j, end)) { ends.push(j); i = j - 1; continue; }
    if (j < end && !/\s/.test(text[j])) continue; // TP.HCM, 3.5, "…"” inside a word
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) continue;
    if (!opensSentence(text[k])) continue;
    // “…” - Đồng chí X chỉ đạo: the dash after a closing quote introduces the speaker.
    if (j > i + 1 && CLOSE_QUOTES.has(text[j - 1]) && (text[k] === '-' || text[k] === '–')) continue;
    if (ch === '.' && j === i + 1 && ABBREVIATIONS.has(wordBefore(text, i))) continue;
    // "1. Bộ Xây dựng chủ trì …", "a. …", "II. …", "**1. Sở Y tế:**": the period of a list marker ends nothing.
    if (ch === '.' && /^\s*(?:\*\*|__)?\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,5})$/u.test(text.slice(start, i))) continue;
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

const CLAUSES = /;\s+\S+\s+\S/u;

function classify(text: string, isParagraphSingle: boolean): SentenceKind {
  const t = text.trim();
  if (SIGNOFF.test(t)) return 'signoff';
  if (CAPTION.test(t) || CAPTION_START.test(t)) return 'caption';
  if (isParagraphSingle && t.length <= 60 && BYLINE.test(t) && t.split(/\s+/).length <= 6) return 'byline';
  // (A line of clauses split by ";" is body text whose end was lost — a page cut mid-sentence —
  // not a headline: "Bên cạnh đó, nghiên cứu …; lập kế hoạch …; lấy ý kiến …; đ".)
  if (isParagraphSingle && !TERMINAL.test(t) && t.length < 250 && !/^[-–•+]/.test(t) && !CLAUSES.test(t)) return 'heading';
  return 'body';
}

/** Splits the document into sentences with spans; never throws. Linear in the text length. */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let quoteOpen = false;
  for (const { start: ls, end: le, holes } of logicalLines(text)) {
    const datelines = gluedDatelines(text, ls, le);
    const ends = sentenceEnds(text, ls, le, datelines);
    const bounds: Span[] = [];
    let s = ls;
    for (const e of [...ends, le]) {
      const span = trimSpan(text, s, e);
      if (span.end > span.start) bounds.push(span);
      s = e;
    }
    bounds.forEach((span, idx) => {
      const sentenceText = text.slice(span.start, span.end);
      const startsQuoted = quoteOpen || OPEN_QUOTES.has(sentenceText[0]);
      // (By UTF-16 unit: no quote is half of a surrogate pair.)
      for (let u = 0; u < sentenceText.length; u++) {
        const c = sentenceText.charCodeAt(u);
        if (c === OPEN_DOUBLE || c === OPEN_GUILLEMET) quoteOpen = true;
        else if (c === CLOSE_DOUBLE || c === CLOSE_GUILLEMET) quoteOpen = false;
        else if (c === STRAIGHT_DOUBLE) quoteOpen = !quoteOpen;
      }
      const inside = holes?.filter((h) => h.start >= span.start && h.end <= span.end);
      out.push({
        span,
        text: sentenceText,
        paragraph,
        indexInParagraph: idx,
        // (The words before a glued dateline, with no final stop, are the headline.)
        kind: idx === 0 && datelines.includes(span.end) && !TERMINAL.test(sentenceText) ? 'heading' : classify(sentenceText, bounds.length === 1),
        quoted: startsQuoted,
        ...(inside?.length ? { holes: inside } : {}),
      });
    });
    quoteOpen = false; // quotes never run across paragraphs in these reports
    paragraph++;
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
