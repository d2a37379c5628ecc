// "ngày 1/7 năm nay", "tháng 12 năm nay": the year is the meeting's, said in words. The
// phrase takes the suffix, and the year is fixed to the meeting's rather than resolved later.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants';
import { referenceDate } from '../parsers/vn-result';

const THIS_YEAR_AFTER = /^\s+năm\s+nay(?![\p{L}\p{N}])/iu;

export class VNThisYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.end || result.start.isCertain('year')) continue;
      const end = result.index + result.text.length;
      const m = THIS_YEAR_AFTER.exec(context.text.slice(end, end + 16));
      if (!m) continue;
      result.text = context.text.slice(result.index, end + m[0].length);
      result.start.imply('year', referenceDate(context).year);
      result.start.addTag(TAG.yearResolved);
    }
    return results;
  }
}
