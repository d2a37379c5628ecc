// Months: the deadline is the last day of the month (FORMAT.md: "đến/trong tháng M" → last day of M).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { lastDayOfMonth } from '../calendar';
import { MONTH_NUMBER, WORD_END, WORD_START, YEAR_4 } from '../constants';
import { partOfPeriodBefore, startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, writtenYear, patternIfTextHasWord } from './vn-result';

// tháng 6 | tháng 01/2024 | tháng 6-2025 | tháng 3.2025 | tháng 11 năm 2019 | tháng 12 năm nay | cuối tháng 6 | tháng này | tháng tới
const PATTERN = new RegExp(
  `${WORD_START}(?:cuối\\s+)?tháng\\s+(?:(${MONTH_NUMBER})(?:\\s*[/.-]\\s*(${YEAR_4})|\\s+năm\\s+(${YEAR_4})|\\s+(năm\\s+nay))?|(này|tới|sau))${WORD_END}(?!\\s*[/.]\\s*\\d)`,
  'iu',
);
const KEYWORD = ['tháng'];
const MONTH_GROUP = 1;
const SLASH_YEAR_GROUP = 2;
const WORD_YEAR_GROUP = 3;
const THIS_YEAR_GROUP = 4;
const RELATIVE_GROUP = 5;

export class VNMonthParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    // "đầu tháng 7", "giữa tháng 7": a vague part of the month, no date we could stand behind.
    if (partOfPeriodBefore(context.text, index)) return null;
    const ref = referenceDate(context);
    const end = index + match[0].length;
    const relative = match[RELATIVE_GROUP]?.toLowerCase();
    if (relative) {
      // "tháng này" = this month; "tháng tới/sau" = next month.
      const shift = relative === 'này' ? 0 : 1;
      const year = ref.month + shift > 12 ? ref.year + 1 : ref.year;
      const month = ((ref.month - 1 + shift) % 12) + 1;
      return createVNResult(context, index, end, {
        ruleId: 'VNMonthParser', precision: 'MONTH', yearCertain: false, yearResolved: true,
        date: { year, month, day: lastDayOfMonth(year, month) },
      });
    }
    const month = Number(match[MONTH_GROUP]);
    const year = writtenYear(match[SLASH_YEAR_GROUP] ?? match[WORD_YEAR_GROUP]);
    const y = year ?? ref.year;
    return createVNResult(context, index, end, {
      ruleId: 'VNMonthParser', precision: 'MONTH', yearCertain: year !== null,
      yearResolved: match[THIS_YEAR_GROUP] !== undefined,
      date: { year: y, month, day: lastDayOfMonth(y, month) },
    });
  }
}
