// A month and year without "tháng" ("hoàn thành trước 6/2025", "đến 12/2025"): the last day of
// that month, but only right after a relation cue, since "Nghị quyết 6/2025" or "đạt 12/2025"
// are numbers, not times.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { lastDayOfMonth } from '../calendar';
import { MONTH_NUMBER, WORD_END, WORD_START, YEAR_4 } from '../constants';
import { findRelationCue, startsInsideWord } from '../text-context';
import { createVNResult, patternIfTextHas } from './vn-result';

// trước 6/2025 | đến 12/2025 | chậm nhất 01/2026 | trong 6-2025
const PATTERN = new RegExp(`${WORD_START}(${MONTH_NUMBER})\\s*[/-]\\s*(${YEAR_4})${WORD_END}(?!\\s*[/-]\\s*[\\p{L}\\p{N}])`, 'u');
// Every match holds a digit, a slash or a dash (spaces around it or not), and a digit.
const KEYWORD = /\d\s*[/-]\s*\d/u;
const MONTH_GROUP = 1;
const YEAR_GROUP = 2;

export class VNBareMonthYearParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHas(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    const cue = findRelationCue(context.text, index);
    if (!cue) return null;
    const month = Number(match[MONTH_GROUP]);
    const year = Number(match[YEAR_GROUP]);
    return createVNResult(context, index, index + match[0].length, {
      ruleId: 'VNBareMonthYearParser', precision: 'MONTH', yearCertain: true,
      date: { year, month, day: lastDayOfMonth(year, month) },
    });
  }
}
