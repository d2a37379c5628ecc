// Years as time frames: "năm 2024", "trong năm 2025", "trong năm nay", "trong năm" → 31 December.
// Ranges ("năm 2022-2025") are periods, not deadlines, and are skipped.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { WORD_END, WORD_START, YEAR_4 } from '../constants';
import { findRelationCue, partOfPeriodBefore, startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, writtenYear, patternIfTextHasWord } from './vn-result';

// năm 2024 | năm nay | năm tới | trong năm này | trong năm (closing a clause: "hoàn thành trong năm.")
const PATTERN = new RegExp(
  `${WORD_START}(?:năm\\s+(?:(${YEAR_4})|(nay|tới))|(trong\\s+năm)(?:\\s+(này)|(?=\\s*(?:[,.;:!?)\\n]|$))))${WORD_END}(?!\\s*[-–]\\s*\\d)`,
  'iu',
);
const KEYWORD = ['năm'];
const YEAR_GROUP = 1;
const RELATIVE_GROUP = 2;
const WITHIN_YEAR_GROUP = 3;
// A year that names a thing rather than a time, with no cue before it: "Luật Đất đai năm 2024",
// "Hiến pháp năm 2013", "ngân sách Trung ương năm 2024".
const NAMING_BEFORE = /(?:(?<!\p{L})(?:Luật|Bộ\s+luật|Hiến\s+pháp)(?:\s+[\p{L}-]+){0,6}|(?<!\p{L})ngân\s+sách(?:\s+(?:nhà\s+nước|trung\s+ương|địa\s+phương))?)\s+$/iu;

// Right before "năm nay": the date, month, quarter or Tết it is the year of ("ngày 1/7 năm nay", "quý IV năm nay").
const DATE_BEFORE = /(?:\d|(?<!\p{L})[IV]+|tháng\s+(?:này|tới)|quý\s+(?:này|tới)|[Tt]ết|[Đđ]án)\s+$/u;

export class VNYearParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = context.text;
    if (startsInsideWord(text, index)) return null;
    // "ngày 1/7 năm nay", "quý I năm nay": the year of a date, not a year of its own.
    if (match[RELATIVE_GROUP] && DATE_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
    if (match[YEAR_GROUP] && !match[WITHIN_YEAR_GROUP] && NAMING_BEFORE.test(text.slice(Math.max(0, index - 60), index)) && !findRelationCue(text, index)) {
      return null;
    }
    const part = partOfPeriodBefore(text, index);
    // "đầu năm 2025" is too vague to date.
    if (part?.part === 'đầu') return null;
    const ref = referenceDate(context);
    const written = writtenYear(match[YEAR_GROUP]);
    const next = match[RELATIVE_GROUP]?.toLowerCase() === 'tới';
    const year = written ?? (next ? ref.year + 1 : ref.year);
    if (part?.part === 'giữa') {
      // "giữa năm 2025": by mid-year, 30 June.
      return createVNResult(context, part.start, index + match[0].length, {
        ruleId: 'VNYearParser', precision: 'HALF', yearCertain: written !== null, yearResolved: written === null,
        date: { year, month: 6, day: 30 },
      });
    }
    return createVNResult(context, index, index + match[0].length, {
      ruleId: 'VNYearParser', precision: 'YEAR', yearCertain: written !== null, yearResolved: written === null,
      relation: match[WITHIN_YEAR_GROUP] ? 'BY' : undefined,
      date: { year, month: 12, day: 31 },
    });
  }
}
