// Looking around a match in the full text: chrono runs each pattern on a suffix of the text,
// so a look-behind in the pattern cannot see what precedes the suffix. Parsers and refiners
// check the words before and after a match here instead.
import type { DeadlineRelation } from '../types';
import { DATE_CUE_WORDS, NOT_A_TIME_BEFORE, RECURRING_WORDS, RELATION_CUES } from './constants';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOOK_BACK = 48;

export function isWordCharAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && LETTER_OR_DIGIT.test(text[index]);
}

/** True when the match starting at `index` begins inside a word ("Tết" in "…xTết"). */
export function startsInsideWord(text: string, index: number): boolean {
  return isWordCharAt(text, index - 1);
}

function alternatives(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
}

// "trước ngày " | "chậm nhất là vào ngày " | "đến hết " | "trong dịp " … right before the match
const RELATION_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternatives(RELATION_CUES.map(([cue]) => cue))})(\\s+ngày)?\\s+$`,
  'iu',
);
const RELATION_OF = new Map(RELATION_CUES.map(([cue, rel]) => [cue, rel]));

export interface RelationCue {
  /** Where the cue starts in the text. */
  start: number;
  relation: DeadlineRelation;
  cue: string;
}

/** The relation cue ending right before `index` ("trước ngày 30/6" → BEFORE at "trước"). */
export function findRelationCue(text: string, index: number): RelationCue | null {
  const windowStart = Math.max(0, index - LOOK_BACK);
  const m = RELATION_BEFORE.exec(text.slice(windowStart, index));
  if (!m) return null;
  const cue = m[1].toLowerCase().replace(/\s+/g, ' ');
  const relation = RELATION_OF.get(cue);
  return relation ? { start: windowStart + m.index, relation, cue } : null;
}

// "ngày " | "sáng " | "chiều " | "trước " … (optionally a weekday in between: "Chiều thứ Ba, 6/2")
const DATE_CUE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternatives(DATE_CUE_WORDS)})(?:\\s+(?:thứ\\s+\\p{L}+|chủ\\s+nhật)\\s*,?)?\\s*[,(]?\\s*$`,
  'iu',
);

/** True when a word that makes a number a date ("ngày", "sáng", "trước") ends right before `index`. */
export function hasDateCueBefore(text: string, index: number): boolean {
  return DATE_CUE_BEFORE.test(text.slice(Math.max(0, index - LOOK_BACK), index));
}

// "tiền thưởng " | "tổng kết " … right before the match
const NOT_A_TIME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(NOT_A_TIME_BEFORE)})\\s+$`, 'iu');

export function hasNotATimeWordBefore(text: string, index: number): boolean {
  return NOT_A_TIME.test(text.slice(Math.max(0, index - LOOK_BACK), index));
}

// " hằng năm" | ", hàng năm" | " mỗi năm" right after the match
const RECURRING_AFTER = new RegExp(`^\\s*,?\\s*(?:${alternatives(RECURRING_WORDS)})(?![\\p{L}\\p{N}])`, 'iu');

/** Length of a recurring marker right after `index` ("ngày 10/10 hằng năm"), 0 if none. */
export function recurringMarkerAfter(text: string, index: number): number {
  const m = RECURRING_AFTER.exec(text.slice(index, index + LOOK_BACK));
  return m ? m[0].length : 0;
}

/** True at the start of a clause: only spaces since the text start, . ; : ! ? or a line break. */
export function atClauseStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index);
  return /[.;:!?\n]\s*$/.test(before) || text.slice(0, index).trim() === '';
}
