// "ngày 10/10 hằng năm": a recurring date. Kept (it is a date the text states) but marked, so
// the extractor never makes it a directive's deadline; a marker after the date joins the phrase.
// Runs after the relation refiner, so "Hằng năm, trước ngày 15/12" is seen before the cue.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants';
import { recurringMarkerAfter, recurringMarkerBefore } from '../text-context';

export class VNRecurringRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      // Before the phrase ("Hằng năm, trước ngày 15/12"): marked, but the marker stays outside the phrase.
      if (recurringMarkerBefore(context.text, result.index)) result.addTag(TAG.recurring);
      const marker = recurringMarkerAfter(context.text, result.index + result.text.length);
      if (marker === 0) continue;
      result.text = context.text.slice(result.index, result.index + result.text.length + marker);
      result.addTag(TAG.recurring);
    }
    return results;
  }
}
