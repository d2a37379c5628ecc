// Post-processing passes over directives: small, pure, order-independent of each other.
import type { DirectiveMention } from '../types';
import { fold } from '../../text/fold';

/** Drops a directive whose span lies inside another one's (the same task read twice). */
export function dedupeDirectives(directives: readonly DirectiveMention[]): DirectiveMention[] {
  // Sorted by start, then longest first: a span is contained iff it ends before the furthest
  // end seen so far. Linear after the sort.
  const order = directives.map((d, i) => i).sort((a, b) => directives[a].span.start - directives[b].span.start
    || directives[b].span.end - directives[a].span.end || a - b);
  const keep = new Set<number>();
  let furthest = -1;
  for (const i of order) {
    if (directives[i].span.end <= furthest) continue;
    keep.add(i);
    furthest = directives[i].span.end;
  }
  return directives.filter((_, i) => keep.has(i));
}

/** Reading order. */
export function sortDirectives(directives: readonly DirectiveMention[]): DirectiveMention[] {
  return [...directives].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

// FORMAT.md: a headline or lead that repeats a task stated in the body is annotated once, with
// the fuller statement. A directive of the first lines whose words mostly recur in one later
// directive is that repetition.
const LEAD_CHARS = 600;
const LIST_ITEM = /^\s*(?:[-+•*–]\s|\(?(?:\d{1,2}|[a-zđ])[.)/]\s)/u;
const REPEATED = 0.7;
const REPEATED_AFTER_TAG = 0.5;
const OUTLET_LEAD = /^\s*\([^)\n]{2,30}\)\s*[-–—]/u;
// Characters a lead's first clause may start after its sentence's start (a bracketed source, a dash).
const LEAD_OPENING_SLACK = 12;

// Both passes below compare the same directives' words: folded once per directive.
const WORDS = new WeakMap<DirectiveMention, Set<string>>();

function contentWordsOf(d: DirectiveMention): Set<string> {
  let words = WORDS.get(d);
  if (!words) { words = longWords(fold(d.text)); WORDS.set(d, words); }
  return words;
}

/** The words of directives[k], folded when first asked: most directives are never compared. */
function wordsByIndex(directives: readonly DirectiveMention[]): (k: number) => Set<string> {
  const words: (Set<string> | undefined)[] = new Array(directives.length);
  return (k) => (words[k] ??= contentWordsOf(directives[k]));
}

/** new Set(text.split(' ').filter((w) => w.length > 1)), without the arrays in between. */
function longWords(text: string): Set<string> {
  const words = new Set<string>();
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== SPACE) continue;
    if (i - from > 1) words.add(text.slice(from, i));
    from = i + 1;
  }
  return words;
}
const SPACE = 0x20;

/** Drops a directive of the headline or lead that a later directive repeats. */
export function dropRepeatedLead(directives: readonly DirectiveMention[]): DirectiveMention[] {
  const words = wordsByIndex(directives);
  return directives.filter((d, i) => {
    // A headline or lead is no item of a list ("- …", "1. …").
    if (d.span.start >= LEAD_CHARS || LIST_ITEM.test(d.sentence)) return true;
    // Nor a clause after the first of its sentence ("…; chủ trì kiểm tra tình hình thực hiện …"):
    // a lead is stated whole.
    if (d.span.start > d.sentenceSpan.start + LEAD_OPENING_SLACK) return true;
    const own = words(i);
    if (own.size < 4) return true;
    return !directives.some((other, j) => {
      if (j === i || other.span.start <= d.span.end) return false;
      // Another deadline, or other doers, make another task ("… trước ngày 28-10" for the
      // districts, "… trước ngày 25-10" for one of them).
      if (d.deadline && other.deadline && d.deadline.date !== other.deadline.date) return false;
      if (d.assignees.length && other.assignees.length && !d.assignees.some((a) => other.assignees.some((b) => b.name === a.name))) return false;
      // A lead names no partner the body leaves out; and "Tương tự, … cũng giao …" says a second task follows.
      if (d.coordinators.some((a) => !other.coordinators.some((b) => b.name === a.name)) || ANOTHER_TASK.test(other.sentence)) return false;
      const theirs = words(j);
      let hit = 0;
      for (const w of own) if (theirs.has(w)) hit++;
      // ("(Tổ Quốc) - Phó Thủ tướng … chỉ đạo …": a lead behind its outlet's tag sums the body up in
      // words of its own; less of them recur.)
      return hit / own.size >= (OUTLET_LEAD.test(d.sentence) ? REPEATED_AFTER_TAG : REPEATED);
    });
  });
}

// A photo caption or a pull quote that repeats a task of the body in other words ("… tiêm vaccine
// 'thần tốc hơn nữa'" beside "… tiêm chủng phòng COVID-19 'thần tốc hơn nữa'"): FORMAT.md
// annotates the task once, with the fullest statement.
const RESTATED = 0.85;
const RESTATED_OTHER = 0.65;
const MIN_RESTATED_WORDS = 6;

const ADJACENT_GAP = 2;
// A sentence that says it adds a task like one before it: "Tương tự, …", "… cũng giao …".
const ANOTHER_TASK = /^[\s*_"“-]*(?:Tương tự|Ngoài ra|Bên cạnh đó)(?![\p{L}])|(?<![\p{L}])cũng (?:giao|yêu cầu|đề nghị|chỉ đạo)(?![\p{L}])/u;

/** Two sentences one after the other in one paragraph (a caption has a line of its own). */
function adjacentSentences(a: DirectiveMention, b: DirectiveMention, text: string | undefined): boolean {
  const [first, second] = a.sentenceSpan.start < b.sentenceSpan.start ? [a, b] : [b, a];
  if (text === undefined || second.sentenceSpan.start - first.sentenceSpan.end > ADJACENT_GAP) return false;
  return !text.slice(first.sentenceSpan.end, second.sentenceSpan.start).includes('\n');
}

/** Drops a directive whose words another directive with the same doers almost all repeats. */
export function dropRestatedTasks(directives: readonly DirectiveMention[], text?: string): DirectiveMention[] {
  const words = wordsByIndex(directives);
  const doers = directives.map((d) => d.assignees.map((a) => a.name).sort().join('|'));
  const dropped = new Set<number>();
  directives.forEach((d, i) => {
    // (Its words are read only once another directive with the same doers is in question; too
    // few of them and no other restates it.)
    const restatedBy = directives.findIndex((other, j) => {
      if (j === i || dropped.has(j) || doers[j] !== doers[i]) return false;
      // (Clauses of one sentence, or of two sentences one after the other, are tasks the splitter
      // told apart, whatever words they share: "…; chủ trì kiểm tra tình hình thực hiện kế hoạch
      // …. Báo cáo Chính phủ tình hình thực hiện kế hoạch …".)
      if (d.sentenceSpan.start === other.sentenceSpan.start || adjacentSentences(d, other, text)) return false;
      // ("Tương tự, UBND TP cũng giao Sở GTVT chủ trì …": a second task said to be like the first.)
      if (ANOTHER_TASK.test(d.sentence) || ANOTHER_TASK.test(other.sentence)) return false;
      if (d.deadline?.date && other.deadline?.date && d.deadline.date !== other.deadline.date) return false;
      const own = words(i);
      if (own.size < MIN_RESTATED_WORDS) return false;
      const theirs = words(j);
      // The fuller statement stays; of two as full, the first.
      if (theirs.size < own.size || (theirs.size === own.size && j > i)) return false;
      let hit = 0;
      for (const w of own) if (theirs.has(w)) hit++;
      // Both ways: the two say nearly the same, not a short task inside a long one.
      return hit / own.size >= RESTATED && hit / theirs.size >= RESTATED_OTHER;
    });
    if (restatedBy >= 0) dropped.add(i);
  });
  return directives.filter((_, i) => !dropped.has(i));
}
