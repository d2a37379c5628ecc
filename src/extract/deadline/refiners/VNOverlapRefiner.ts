// After cues and markers have been joined, two phrases may overlap: the longer wins (chrono's
// rule), and on equal length the one that starts first.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export class VNOverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const byLength = [...results].sort((a, b) => b.text.length - a.text.length || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const candidate of byLength) {
      const end = candidate.index + candidate.text.length;
      const overlaps = kept.some((k) => candidate.index < k.index + k.text.length && k.index < end);
      if (!overlaps) kept.push(candidate);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
