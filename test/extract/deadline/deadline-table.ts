// Shared table runner for the per-format deadline tests: each row is a whole sentence, the
// phrase we expect to be found in it, and what it resolves to. The expected index is where the
// phrase occurs in the sentence, so a span that drifts fails.
import { parseDeadlines } from '../../../src/extract/deadline';
import type { DeadlineMention } from '../../../src/extract/types';

export type Row = [sentence: string, phrase: string, date: string, precision: DeadlineMention['precision'], relation: DeadlineMention['relation']];

export function expectOnlyDeadline(sentence: string, reference: string, row: Omit<DeadlineMention, 'span' | 'ruleId' | 'yearImplied' | 'recurring'> & Partial<DeadlineMention>): DeadlineMention {
  const mentions = parseDeadlines(sentence, reference);
  expect(mentions.map((m) => m.text)).toEqual([row.text]);
  const [mention] = mentions;
  const start = sentence.indexOf(row.text);
  expect(mention.span).toEqual({ start, end: start + row.text.length });
  expect(sentence.slice(mention.span.start, mention.span.end)).toBe(mention.text);
  expect(mention).toMatchObject(row);
  return mention;
}

/** Runs a table of rows as one `it` per row, each expecting exactly that one deadline. */
export function describeRows(title: string, reference: string, ruleId: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%s → "%s" = %s', (sentence, phrase, date, precision, relation) => {
      expectOnlyDeadline(sentence, reference, { text: phrase, date, precision, relation, ruleId });
    });
  });
}
