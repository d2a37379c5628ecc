// Quarters: the deadline is the last day of the quarter (FORMAT.md: "quý III" → 30 September).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { lastDayOfMonth } from '../calendar';
import { QUARTER_NUMBER, ROMAN_QUARTERS, WORD_END, WORD_START, YEAR_4 } from '../constants';
import { partOfPeriodBefore, startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, writtenYear, patternIfTextHasWord } from './vn-result';

// quý III/2024 | Quý IV năm 2024 | quý 3 | quý I-2022 | quý II, năm 2024 | quý I năm nay | cuối quý II | quý này | quý tới
const PATTERN = new RegExp(
  `${WORD_START}(?:cuối\\s+)?quý\\s+(?:(${QUARTER_NUMBER})(?:\\s*[/-]\\s*(${YEAR_4})|\\s*,?\\s+năm\\s+(${YEAR_4})|\\s+(năm\\s+nay))?|(này|tới|sau))${WORD_END}`,
  'iu',
);
const KEYWORD = ['quý'];
const QUARTER_GROUP = 1;
const SLASH_YEAR_GROUP = 2;
const WORD_YEAR_GROUP = 3;
const THIS_YEAR_GROUP = 4;
const RELATIVE_GROUP = 5;

function quarterNumber(written: string): number {
  return ROMAN_QUARTERS[written.toUpperCase()] ?? Number(written);
}

export class VNQuarterParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    // "đầu quý III", "giữa quý II": a vague part of the quarter, no date we could stand behind.
    if (partOfPeriodBefore(context.text, index)) return null;
    const ref = referenceDate(context);
    const end = index + match[0].length;
    const relative = match[RELATIVE_GROUP]?.toLowerCase();
    let quarter: number;
    let year: number;
    let yearCertain = false;
    let yearResolved = false;
    if (relative) {
      const current = Math.ceil(ref.month / 3);
      const shift = relative === 'này' ? 0 : 1;
      quarter = ((current - 1 + shift) % 4) + 1;
      year = current + shift > 4 ? ref.year + 1 : ref.year;
      yearResolved = true;
    } else {
      quarter = quarterNumber(match[QUARTER_GROUP]);
      const written = writtenYear(match[SLASH_YEAR_GROUP] ?? match[WORD_YEAR_GROUP]);
      year = written ?? ref.year;
      yearCertain = written !== null;
      yearResolved = match[THIS_YEAR_GROUP] !== undefined;
    }
    if (!(quarter >= 1 && quarter <= 4)) return null;
    const month = quarter * 3;
    return createVNResult(context, index, end, {
      ruleId: 'VNQuarterParser', precision: 'QUARTER', yearCertain, yearResolved,
      date: { year, month, day: lastDayOfMonth(year, month) },
    });
  }
}
