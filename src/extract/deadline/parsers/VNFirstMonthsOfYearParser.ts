// The first or last months of a year: "6 tháng đầu năm" → 30 June; "6 tháng cuối năm" → 31 Dec;
// "9 tháng đầu năm" → 30 September (the end of the period the phrase names).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { DeadlinePrecision } from '../../types';
import { lastDayOfMonth } from '../calendar';
import { WORD_END, WORD_START, YEAR_4 } from '../constants';
import { startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, writtenYear, patternIfTextHasWord } from './vn-result';

// 6 tháng đầu năm | sáu tháng cuối năm 2024 | 06 tháng đầu năm nay | nửa đầu năm | 9 tháng đầu năm
const PATTERN = new RegExp(
  `${WORD_START}(?:(0?[369]|ba|sáu|chín)\\s+tháng|nửa)\\s+(đầu|cuối)\\s+năm(?:\\s+(${YEAR_4})|\\s+(nay))?${WORD_END}`,
  'iu',
);
const KEYWORD = ['tháng', 'nửa'];
const COUNT_GROUP = 1;
const SIDE_GROUP = 2;
const YEAR_GROUP = 3;
const THIS_YEAR_GROUP = 4;

const MONTH_COUNTS: Readonly<Record<string, number>> = { ba: 3, 'sáu': 6, 'chín': 9 };

function monthCount(written: string | undefined): number {
  if (written === undefined) return 6; // "nửa" = half
  const lower = written.toLowerCase();
  return MONTH_COUNTS[lower] ?? Number(lower);
}

export class VNFirstMonthsOfYearParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    const count = monthCount(match[COUNT_GROUP]);
    const fromStart = match[SIDE_GROUP].toLowerCase() === 'đầu';
    const month = fromStart ? count : 12;
    const precision: DeadlinePrecision = count === 6 ? 'HALF' : 'QUARTER';
    const ref = referenceDate(context);
    const written = writtenYear(match[YEAR_GROUP]);
    const year = written ?? ref.year;
    return createVNResult(context, index, index + match[0].length, {
      ruleId: 'VNFirstMonthsOfYearParser', precision, yearCertain: written !== null,
      yearResolved: match[THIS_YEAR_GROUP] !== undefined,
      date: { year, month, day: lastDayOfMonth(year, month) },
    });
  }
}
