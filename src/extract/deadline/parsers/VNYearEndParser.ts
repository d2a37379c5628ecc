// The end of a year: "cuối năm 2025", "đến hết năm 2025", "hết năm" → 31 December.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { WORD_END, WORD_START, YEAR_4 } from '../constants';
import { atClauseStart, findRelationCue, hasNotATimeWordBefore, startsInsideWord } from '../text-context';
import { createVNResult, referenceDate, writtenYear, patternIfTextHasWord } from './vn-result';

// cuối năm 2025 | hết năm 2025 | cuối năm nay | hết năm nay | cuối năm tới | (đến) cuối năm | (đến) hết năm
// | (trong) những tháng cuối năm
const PATTERN = new RegExp(
  `${WORD_START}(?:(?:những|các)\\s+tháng\\s+)?(cuối|hết)\\s+năm(?:\\s+(${YEAR_4})|\\s+(nay|tới|sau))?${WORD_END}(?!\\s+(?:học|tài\\s+chính|ngân\\s+sách|qua|trước|ngoái)${WORD_END})`,
  'iu',
);
const KEYWORD = ['năm'];
const YEAR_GROUP = 2;
const RELATIVE_GROUP = 3;

export class VNYearEndParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return patternIfTextHasWord(context, KEYWORD, PATTERN);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = context.text;
    if (startsInsideWord(text, index)) return null;
    // "tiền thưởng cuối năm", "tổng kết cuối năm": a kind of thing, not a time.
    if (hasNotATimeWordBefore(text, index)) return null;
    const written = writtenYear(match[YEAR_GROUP]);
    const relative = match[RELATIVE_GROUP]?.toLowerCase();
    // A bare "cuối năm"/"hết năm" is a time only after a cue ("đến cuối năm") or opening a clause.
    const cue = findRelationCue(text, index);
    if (written === null && relative === undefined && !cue && !atClauseStart(text, index)) {
      return null;
    }
    const ref = referenceDate(context);
    const year = written ?? (relative === 'tới' || relative === 'sau' ? ref.year + 1 : ref.year);
    return createVNResult(context, index, index + match[0].length, {
      ruleId: 'VNYearEndParser', precision: 'YEAR', yearCertain: written !== null, yearResolved: written === null,
      // With a cue ("trước cuối năm") the relation refiner reads it; alone, a year end is a deadline BY it.
      relation: cue ? undefined : 'BY', date: { year, month: 12, day: 31 },
    });
  }
}
