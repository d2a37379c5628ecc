// The structure pass inside a sentence: clauses split at ";" outside parentheses and quotes, and
// the list marker a sentence opens with ("1.", "a)", "-", "II."), which ties it to the heading
// and the instruction above it.
import type { Token } from '../document/tokens';

// "+" items sit under "-" items in Vietnamese documents: a level of their own.
export type ListMarker = 'roman' | 'num' | 'letter' | 'bullet' | 'plus';

// "… tại các Thông báo số 09/TB-VPCP ngày …; số 328/TB-VPCP ngày …; chủ trì …": a ";" before
// "số <number>/<sign>" goes on a list of documents, no new task.
const continuesDocumentList = (tokens: readonly Token[], i: number): boolean =>
  tokens[i + 1]?.l === 'số' && /^\d+$/.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === '/';

/** Clause token ranges [a, b) split at top-level ";". */
// "…; trong đó, chú trọng …", "…; nhất là …": an elaboration stays in the task it qualifies
// (FORMAT.md, Splitting), a ";" before it notwithstanding.
const ELABORATION_OPENERS: readonly (readonly string[])[] = [['trong', 'đó'], ['nhất', 'là'], ['đặc', 'biệt', 'là']];

/** Does the clause after the ";" at i open with an elaboration ("trong đó, chú trọng …")? */
function elaborationAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.cap) return false;
  const opener = ELABORATION_OPENERS.find((words) => words.every((w, n) => tokens[i + 1 + n]?.l === w));
  return !!opener && !instructionNear(tokens, i + 1 + opener.length);
}

// "…; trong đó đ/c chỉ đạo tập trung …": the speaker gives a further instruction of its own, a
// clause of its own. Its verb comes within a few words, after the speaker's title or pronoun.
const INSTRUCTION_PAIRS: readonly (readonly [string, string])[] = [['chỉ', 'đạo'], ['yêu', 'cầu'], ['đề', 'nghị']];
const INSTRUCTION_REACH = 4;

function instructionNear(tokens: readonly Token[], from: number): boolean {
  // (Its own words first: "trong đó chỉ đạo …" with no speaker is still the elaboration's matter.)
  for (let x = from + 1; x < from + INSTRUCTION_REACH && x + 1 < tokens.length; x++) {
    if (tokens[x].text === ';' || tokens[x].text === ',') return false;
    if (INSTRUCTION_PAIRS.some(([a, b]) => tokens[x].l === a && tokens[x + 1].l === b)) return true;
  }
  return false;
}

export function splitClauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  // "… các nhiệm vụ trọng tâm như: Công tác cấp Giấy …; công tác đo đạc …; quản lý đất công ích":
  // after "như:" the ";" separates the examples the clause names, not tasks.
  let examples = false;
  tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.text === ':' && depth === 0 && tokens[i - 1]?.l === 'như') examples = true;
    // ("… như: công nghệ thông tin, tài chính, đất đai,..., sử dụng có hiệu quả …; tiếp tục …": an
    // ellipsis closes the examples, and the clause goes on to its tasks.)
    else if (examples && /^[.…]+$/u.test(t.text)) examples = false;
    // (A speech's label "kết luận … như: Đề nghị …; Ban Chỉ huy quân sự xã tham mưu …" lists tasks:
    // an item that opens on a capital after the ";" names its own doer.)
    else if (t.text === ';' && depth === 0 && (!examples || tokens[i + 1]?.cap) && !continuesDocumentList(tokens, i) && !elaborationAfter(tokens, i)) { out.push([start, i]); start = i + 1; }
  });
  // "…; lấy ý kiến các sở, ngành; đ": a page cut mid-word leaves a stub of a last clause — one
  // short lower-case syllable — that is no part of the clause before it.
  const stub = tokens.length - start === 1 && out.length > 0 && tokens[start].word && !tokens[start].cap && tokens[start].text.length <= 2;
  if (!stub) out.push([start, tokens.length]);
  return out.filter(([a, b]) => b > a);
}

/** "Thứ nhất", "Thứ hai" … "Một là", "Hai là" …: ordinals that number the items of a list. */
export const ORDINAL_WORDS = /Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là/u;

// "1. …" "1.2. …" "1/ …" | "a) …" "đ) …" | "- …" "+ …" "• …" | "II. …" | "Thứ nhất, …"
// (A saved page may write a numbered heading as Markdown: "### 6. Giao Ban Đô thị".)
const MARKERS: readonly [ListMarker, RegExp][] = [
  ['roman', /^\s*(?:#{1,6}\s+)?(?:\*\*)?[IVX]{1,5}[.)](?:\*\*)?\s/u],
  ['num', /^\s*(?:#{1,6}\s+)?(?:\*\*)?\(?\d{1,2}(?:\.\d{1,2})*[.)/](?:\*\*)?\s/u],
  ['letter', /^\s*(?:#{1,6}\s+)?(?:\*\*)?\(?[a-zđ][.)](?:\*\*)?\s/u],
  ['plus', /^\s*\+\s/u],
  // ("~ Chủ trì, …", "_ Tiếp tục …": a scanned dash, as OCR reads it.)
  ['bullet', /^\s*[-–—•*▪●◦~_]\s/u],
  // "Thứ nhất, …", "Hai là, …": the items of a speech's list of tasks.
  // (In bold or italics as a page writes them: "*Một là*, …".)
  ['num', new RegExp(`^\\s*(?:\\*{1,2}|_)?(?:${ORDINAL_WORDS.source})(?:\\*{1,2}|_)?\\s*[,:]`, 'u')],
];

export function listMarkerOf(text: string): ListMarker | null {
  for (const [kind, re] of MARKERS) if (re.test(text)) return kind;
  return null;
}

/** The first word of a clause after its list marker ("3. Bộ Quốc phòng …" → "Bộ"). */
export function firstWordOf(tokens: readonly Token[], a: number, b: number): number {
  let k = a;
  while (k < b && !tokens[k].word) k++;
  if (k + 1 < b && /^(?:\d{1,2}|[a-zđ]|[IVX]{1,5})$/u.test(tokens[k].text) && /^[.)/]$/.test(tokens[k + 1].text)) k += 2;
  while (k < b && !tokens[k].word) k++;
  return k;
}
