// Looking around a match in the full text: chrono runs each pattern on a suffix of the text,
// so a look-behind in the pattern cannot see what precedes the suffix. Parsers and refiners
// check the words before and after a match here instead.
import type { DeadlineRelation } from '../types';
import { DATE_CUE_WORDS, NOT_A_TIME_BEFORE, RECURRING_WORDS, RELATION_CUES } from './constants';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOOK_BACK = 48;

/** True when the match starting at `index` begins inside a word ("Tết" in "…xTết"). */
export function startsInsideWord(text: string, index: number): boolean {
  return index > 0 && LETTER_OR_DIGIT.test(text[index - 1]);
}

function alternatives(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
}

const TIME_OF_DAY = '\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?';
const CUES = alternatives(RELATION_CUES.map(([cue]) => cue));

// "trước ngày " | "chậm nhất là vào ngày " | "đến hết " | "ngay trong dịp " | "chậm nhất trong " |
// "trước 17 giờ ngày " … right before the match (at most two cues in a row, "ngay" in front)
const RELATION_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:ngay\\s+)?(?:${CUES})(?:\\s+(?:${CUES}))?)(?:\\s+${TIME_OF_DAY})?(?:\\s+ngày)?\\s+$`,
  'iu',
);
const CUE_WORDS = RELATION_CUES.map(([cue, rel]) => [new RegExp(`(?<![\\p{L}\\p{N}])${cue.replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'), rel] as const);

// A run of cues is a short phrase from a small set ("trước ngày", "đến hết"): its relation is
// read once per phrase, not by testing every cue's pattern at every date.
const RELATION_OF = new Map<string, DeadlineRelation | null>();
const MAX_RUNS = 1000;

/** The relation of a run of cues: BEFORE if any cue says "trước", else that of the longest cue. */
function relationOfCues(cues: string): DeadlineRelation | null {
  let relation = RELATION_OF.get(cues);
  if (relation === undefined) {
    if (RELATION_OF.size >= MAX_RUNS) RELATION_OF.clear();
    relation = readRelation(cues);
    RELATION_OF.set(cues, relation);
  }
  return relation;
}

function readRelation(cues: string): DeadlineRelation | null {
  const found = CUE_WORDS.filter(([re]) => re.test(cues)).map(([, rel]) => rel);
  if (found.includes('BEFORE')) return 'BEFORE';
  return found[0] ?? null;
}

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
  const relation = relationOfCues(cue);
  return relation ? { start: windowStart + m.index, relation, cue } : null;
}

const WEEKDAY = '(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)';

// "ngày " | "sáng " | "chiều " | "trước " | "Chiều thứ Ba, " | "(thứ Sáu, " … right before a bare D/M
const DATE_CUE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternatives(DATE_CUE_WORDS)})(?:\\s+${WEEKDAY}\\s*,?)?|${WEEKDAY}\\s*,?)\\s*[,(]?\\s*$`,
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

// "hằng năm, " | "định kỳ hằng năm " right before the phrase
const RECURRING_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(RECURRING_WORDS)})\\s*,?\\s*$`, 'iu');

/** True when a recurring marker ends right before `index` ("Hằng năm, trước ngày 15/12"). */
export function recurringMarkerBefore(text: string, index: number): boolean {
  return RECURRING_BEFORE.test(text.slice(Math.max(0, index - LOOK_BACK), index));
}

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

// "sau ngày " | "từ " | "kể từ ngày " right before: the phrase starts something, it is no deadline.
const START_CUE_BEFORE = /(?<![\p{L}\p{N}])(?:sau|từ|kể\s+từ|bắt\s+đầu\s+từ)(?:\s+ngày)?\s+$/iu;

export function hasStartCueBefore(text: string, index: number): boolean {
  return START_CUE_BEFORE.test(text.slice(Math.max(0, index - LOOK_BACK), index));
}

// "đầu " | "giữa " right before "năm 2025" / "tháng 7": a vague part of the period.
const PART_OF_PERIOD_BEFORE = /(?<![\p{L}\p{N}])(đầu|giữa)\s+$/iu;

/** "đầu" or "giữa" right before `index` and where it starts, or null. */
export function partOfPeriodBefore(text: string, index: number): { part: 'đầu' | 'giữa'; start: number } | null {
  const windowStart = Math.max(0, index - 12);
  const m = PART_OF_PERIOD_BEFORE.exec(text.slice(windowStart, index));
  return m ? { part: m[1].toLowerCase() as 'đầu' | 'giữa', start: windowStart + m.index } : null;
}
