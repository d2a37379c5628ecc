// "ngày 10/10 hằng năm": a recurring date. Kept (it is a date the text states) but marked, so
// the extractor never makes it a directive's deadline; the marker joins the phrase.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants';
import { recurringMarkerAfter } from '../text-context';

export class VNRecurringRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const marker = recurringMarkerAfter(context.text, result.index + result.text.length);
      if (marker === 0) continue;
      result.text = context.text.slice(result.index, result.index + result.text.length + marker);
      result.addTag(TAG.recurring);
    }
    return results;
  }
}
