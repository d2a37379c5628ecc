// Named holidays used as deadlines: "trước Quốc khánh 2/9" → 1 September, "dịp Giỗ Tổ Hùng
// Vương" → lunar 10/3 of the year. Like Tết, "trước" means the day before; without a year, the
// next one on or after the meeting.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, compareDates, type CivilDate } from '../calendar';
import { WORD_END, WORD_START, YEAR_4 } from '../constants';
import { lunarToSolar } from '../lunar/lunar-calendar';
import { findRelationCue, startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, patternIfTextHasWord } from './vn-result';

// Quốc khánh | Quốc khánh 2/9 | lễ Quốc khánh 2-9-2025 | Giỗ Tổ Hùng Vương | Giỗ Tổ Hùng Vương năm 2025
const PATTERN = new RegExp(
  `${WORD_START}(?:lễ\\s+|ngày\\s+)?(?:(Quốc\\s+khánh)(?:\\s+(?:2/9|2-9|02/9))?|(Giỗ\\s+Tổ)(?:\\s+Hùng\\s+Vương)?(?:\\s+(?:10/3|10-3)(?:\\s+âm\\s+lịch)?)?)(?:\\s*[-/,]?\\s*(?:năm\\s+)?(${YEAR_4}))?${WORD_END}`,
  'iu',
);
const KEYWORD = ['khánh', 'giỗ'];
const NATIONAL_DAY_GROUP = 1;
const YEAR_GROUP = 3;

function holidayIn(year: number, nationalDay: boolean): CivilDate | null {
  return nationalDay ? { year, month: 9, day: 2 } : lunarToSolar(10, 3, year, false, 7);
}

export class VNHolidayParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = context.text;
    if (startsInsideWord(text, index)) return null;
    const cue = findRelationCue(text, index);
    const written = match[YEAR_GROUP] ? Number(match[YEAR_GROUP]) : null;
    // "kỷ niệm Quốc khánh", "chào mừng Quốc khánh": an occasion, not a time, unless a cue or a year says so.
    if (!cue && written === null) return null;
    const nationalDay = match[NATIONAL_DAY_GROUP] !== undefined;
    const ref = referenceDate(context);
    const before = cue?.relation === 'BEFORE';
    let holiday = holidayIn(written ?? ref.year, nationalDay);
    if (holiday && written === null) {
      const from = before ? addDays(ref, 1) : ref;
      if (compareDates(holiday, from) < 0) holiday = holidayIn(ref.year + 1, nationalDay);
    }
    if (!holiday) return null;
    return createVNResult(context, cue ? cue.start : index, index + match[0].length, {
      ruleId: 'VNHolidayParser', precision: 'DAY', yearCertain: written !== null, yearResolved: true,
      relation: cue?.relation ?? 'ON', date: before ? addDays(holiday, -1) : holiday,
    });
  }
}
