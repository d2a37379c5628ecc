// Properties over arbitrary text: the parser never throws, spans lie inside the text and slice
// to the reported phrase, results are sorted, and every date is a real ISO date.
import fc from 'fast-check';
import { parseDeadlines } from '../../../src/extract/deadline';

// Fragments of deadline language glued together at random, so the parsers' edges get exercised.
const FRAGMENTS = [
  'trước ngày ', 'đến ', 'hết ', 'cuối ', 'năm ', 'tháng ', 'quý ', 'Tết ', 'Nguyên đán ', 'trong dịp ',
  '30/6/2025', '15/3', '2024', 'III', '6 tháng đầu năm', 'hằng năm', 'số ', '/QĐ-TTg', '; ', '. ',
  'Giáp Thìn', '0', '12', '-', '/', ' ', 'nay', 'tới', 'chậm nhất ', 'ngày ',
];
const deadlineish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }), deadlineish);
const reference = fc.date({ min: new Date('2000-01-01'), max: new Date('2049-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseDeadlines properties', () => {
  it('never throws and returns well-formed, sorted mentions', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        const mentions = parseDeadlines(text, ref);
        let previous = -1;
        for (const m of mentions) {
          expect(m.span.start).toBeGreaterThanOrEqual(0);
          expect(m.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
          expect(m.span.start).toBeGreaterThanOrEqual(previous);
          previous = m.span.start;
          expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(Number.isNaN(Date.parse(m.date))).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is not confused by a garbage reference date', () => {
    fc.assert(fc.property(anyText, fc.string({ maxLength: 12 }), (text, ref) => {
      expect(Array.isArray(parseDeadlines(text, ref))).toBe(true);
    }), { numRuns: 100 });
  });
});
