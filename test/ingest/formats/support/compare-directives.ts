// How many of the directives a report's plain text gives does another rendering of it give,
// with the same assignees and deadline: the acceptance measure for every format reader.
import type { ExtractionResult } from '../../../../src/extract/types';
import { fold } from '../../../../src/text/fold';

function key(d: ExtractionResult['directives'][number]): string {
  const assignees = d.assignees.map((a) => fold(a.name)).sort().join('+');
  const text = fold(d.text).replace(/\s+/g, ' ').trim();
  return `${text}|${assignees}|${d.deadline?.date ?? '-'}`;
}

export interface DirectiveRecall {
  expected: number;
  found: number;
  share: number;
  missing: string[];
}

export function directiveRecall(plain: ExtractionResult, other: ExtractionResult): DirectiveRecall {
  const have = new Map<string, number>();
  for (const d of other.directives) have.set(key(d), (have.get(key(d)) ?? 0) + 1);
  const missing: string[] = [];
  let found = 0;
  for (const d of plain.directives) {
    const k = key(d);
    const n = have.get(k) ?? 0;
    if (n > 0) {
      found += 1;
      have.set(k, n - 1);
    } else missing.push(k);
  }
  const expected = plain.directives.length;
  return { expected, found, share: expected === 0 ? 1 : found / expected, missing };
}
