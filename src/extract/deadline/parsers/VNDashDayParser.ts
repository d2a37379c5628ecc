// Day-month written with a dash or a dot and no year, as the Vietnamese press writes it
// ("ngày 30-6", "trước 31-12", "trước ngày 5.5"). chrono reads "30-6-2025" but not "30-6"; a bare "D-M" is a date only after
// a word that introduces one, since "2-3 tuần" or "15-20%" are ranges.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isValidDate } from '../calendar';
import { WORD_END, WORD_START } from '../constants';
import { hasDateCueBefore, startsInsideWord } from '../text-context';
import { createVNResult, patternIfTextHas, referenceDate } from './vn-result';

// A count follows a range, never a date: "trong 2-3 tuần", "15-20 tỷ đồng".
const UNIT_AFTER = '\\s*(?:%|tuần|ngày|tháng|năm|giờ|phút|lần|người|triệu|tỷ|nghìn|ngàn|km|m|ha|đơn\\s+vị|địa\\s+phương|tỉnh|bộ|cơ\\s+quan)';

// ngày 30-6 | trước 30-6 | đến 31-12 | sáng 27-4 | trước ngày 5.5
const PATTERN = new RegExp(
  `${WORD_START}(0?[1-9]|[12]\\d|3[01])[-.](0?[1-9]|1[0-2])${WORD_END}(?!\\s*[-/.]\\s*\\d)(?!${UNIT_AFTER}${WORD_END})`,
  'iu',
);
// Every match holds a digit, a dash or a dot, and a digit.
const KEYWORD = /\d[-.]\d/;
const DAY_GROUP = 1;
const MONTH_GROUP = 2;

export class VNDashDayParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHas(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index) || !hasDateCueBefore(context.text, index)) return null;
    const ref = referenceDate(context);
    const date = { year: ref.year, month: Number(match[MONTH_GROUP]), day: Number(match[DAY_GROUP]) };
    // 29-2 in a year that has none is checked again once the year is resolved.
    if (!isValidDate({ ...date, year: 2024 })) return null;
    return createVNResult(context, index, index + match[0].length, {
      ruleId: 'VNDashDayParser', precision: 'DAY', yearCertain: false, date,
    });
  }
}
