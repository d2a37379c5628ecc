// Tết: "trong dịp Tết Nguyên đán 2024" → mùng 1 Tết of that lunar year (2024-02-10); "trước Tết
// Nguyên đán 2025" → the day before (2025-01-28); "trước Tết" → the next Tết after the meeting,
// minus a day. Dates come from the Vietnamese (UTC+7) table, never a Chinese calendar.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, compareDates, type CivilDate } from '../calendar';
import { WORD_END, WORD_START, YEAR_4 } from '../constants';
import { nextTetOnOrAfter, tetOf, yearOfCanChi } from '../lunar/tet';
import { findRelationCue, startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, patternIfTextHasWord } from './vn-result';

const STEM = '(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Kỉ|Canh|Tân|Nhâm|Quý)';
const BRANCH = '(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)';

// Tết | Tết Nguyên đán 2024 | Tết năm nay (the coming one) | Tết Nguyên Đán Giáp Thìn | Tết Giáp Thìn 2024 | Tết cổ truyền | Tết Dương lịch 2025
const PATTERN = new RegExp(
  `${WORD_START}Tết(?:\\s+(Nguyên\\s+đán|Âm\\s+lịch|cổ\\s+truyền|(Dương\\s+lịch)))?(?:\\s+(${STEM}\\s+${BRANCH}))?(?:\\s*,?\\s*(?:năm\\s+)?(${YEAR_4})|\\s+(năm\\s+nay))?${WORD_END}`,
  'iu',
);
const KEYWORD = ['tết'];
const SOLAR_GROUP = 2;
const CAN_CHI_GROUP = 3;
const YEAR_GROUP = 4;
const THIS_YEAR_GROUP = 5;

const SAU_BEFORE = /(?<![\p{L}\p{N}])sau\s+(?:khi\s+)?(?:dịp\s+|kỳ\s+nghỉ\s+|nghỉ\s+)?$/iu;
// Words between the cue and "Tết": "trước (khi) (kỳ) nghỉ Tết", "trước khi Tết".
const HOLIDAY_FILLER_BEFORE = /(?<![\p{L}\p{N}])(?:khi\s+)?(?:(?:kỳ\s+)?nghỉ\s+|đón\s+)?$/iu;

export class VNTetParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = context.text;
    if (startsInsideWord(text, index)) return null;
    // "sau Tết" starts a task, it does not end one.
    if (SAU_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return null;
    const filler = HOLIDAY_FILLER_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
    const cue = findRelationCue(text, index - (filler ? filler[0].length : 0));
    const ref = referenceDate(context);
    const solar = match[SOLAR_GROUP] !== undefined;
    let year: number | null = match[YEAR_GROUP] ? Number(match[YEAR_GROUP]) : null;
    if (year === null && match[CAN_CHI_GROUP]) year = yearOfCanChi(match[CAN_CHI_GROUP], ref.year);
    // "chăm lo Tết cho người nghèo": Tết with neither a time cue nor a year is not a time.
    if (!cue && year === null && match[THIS_YEAR_GROUP] === undefined) return null;
    const before = cue?.relation === 'BEFORE';
    const holiday = year !== null ? holidayOf(year, solar) : nextHoliday(before ? addDays(ref, 1) : ref, solar);
    const date = before ? addDays(holiday, -1) : holiday;
    return createVNResult(context, cue ? cue.start : index, index + match[0].length, {
      ruleId: 'VNTetParser', precision: 'DAY', yearCertain: match[YEAR_GROUP] !== undefined, yearResolved: true,
      relation: cue?.relation ?? 'ON', lunar: solar ? undefined : 'TET', date,
    });
  }
}

function holidayOf(year: number, solar: boolean): CivilDate {
  return solar ? { year, month: 1, day: 1 } : tetOf(year);
}

function nextHoliday(from: CivilDate, solar: boolean): CivilDate {
  if (!solar) return nextTetOnOrAfter(from);
  const thisYear = { year: from.year, month: 1, day: 1 };
  return compareDates(thisYear, from) >= 0 ? thisYear : { year: from.year + 1, month: 1, day: 1 };
}
