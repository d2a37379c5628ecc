// Joins the relation cue to the phrase: "trước ngày 30/6/2025" (BEFORE), "đến tháng 6" (BY),
// "chậm nhất ngày 15/3" (BY), "trong dịp" (WITHIN). The cue is part of the deadline as written.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants';
import { findRelationCue } from '../text-context';

// "ngày " right before a bare date ("Ngày 19/7", "lấy ngày 10/10"): part of the phrase, no relation.
const DAY_WORD_BEFORE = /(?<![\p{L}\p{N}])ngày\s+$/iu;

export class VNRelationRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const tags = [...result.tags()];
      const cue = findRelationCue(context.text, result.index);
      if (!cue) {
        const dayWord = DAY_WORD_BEFORE.exec(context.text.slice(Math.max(0, result.index - 12), result.index));
        if (dayWord) {
          result.index -= dayWord[0].length;
          result.text = dayWord[0] + result.text;
        }
        continue;
      }
      const end = result.index + result.text.length;
      result.index = cue.start;
      result.text = context.text.slice(cue.start, end);
      // A parser that read the cue itself (Tết, year ends) keeps its own relation.
      if (!tags.some((tag) => tag.startsWith(TAG.relation))) result.addTag(TAG.relation + cue.relation);
    }
    return results;
  }
}
