// Properties of the extractor on arbitrary input: total, NFC/NFD-insensitive, spans honest.
import fc from 'fast-check';
import { extract } from '../../src/extract/pipeline';

// Fragments of administrative prose, so random documents exercise the rules, not only noise.
const FRAGMENTS = [
  'Thủ tướng giao Bộ Y tế', ' chủ trì, phối hợp với Bộ Tài chính', ' hoàn thành trước ngày 30/6/2025', '; ', '. ', '\n',
  'Các bộ, ngành, địa phương phải', ' triển khai', ' trong tháng 9', 'Ông yêu cầu', ' UBND tỉnh', ' (Ảnh: Đoàn Bắc)',
  '“', '”', 'Đồng chí Nguyễn Hòa Bình - Ủy viên Bộ Chính trị, Phó Thủ tướng', ' chỉ đạo', 'Khẩn trương', ' hoà', ' Uỷ ban',
  'Chiều 6/2, ', 'TP.HCM', ' 86,3 triệu', '15/2024/NĐ-CP', ' các Bộ: Tài chính, Xây dựng', ' quý III/2024', ' Tết Nguyên đán 2024',
];
const prose = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((xs) => xs.join(''));
const anyText = fc.oneof(prose, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));
const published = fc.option(fc.constantFrom('2025-02-06', '2013-01-01', '2026-12-31', 'not a date'), { nil: null });

describe('extract on any string', () => {
  test('never throws and reports no step failure', () => {
    fc.assert(fc.property(anyText, published, (text, pub) => {
      const r = extract({ text, published: pub });
      expect(r.diagnostics.filter((d) => d.ruleId.startsWith('step.'))).toEqual([]);
    }), { numRuns: 200 });
  });

  test('every span lies inside the text and slices to the reported text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const r = extract({ text, published: '2025-02-06' });
      for (const d of r.directives) {
        expect(d.span.start).toBeGreaterThanOrEqual(0);
        expect(d.span.end).toBeLessThanOrEqual(r.text.length);
        expect(r.text.slice(d.span.start, d.span.end)).toBe(d.text);
        expect(r.text.slice(d.sentenceSpan.start, d.sentenceSpan.end)).toBe(d.sentence);
        if (d.deadline) expect(r.text.slice(d.deadline.span.start, d.deadline.span.end)).toBe(d.deadline.text);
      }
      for (const o of r.officials) expect(r.text.slice(o.span.start, o.span.end)).toBe(o.name);
      for (const a of r.agencies) expect(r.text.slice(a.span.start, a.span.end)).toBe(a.text);
    }), { numRuns: 200 });
  });

  test('NFC and NFD input give the same directives', () => {
    fc.assert(fc.property(prose, (text) => {
      const shape = (t: string) => extract({ text: t, published: '2025-02-06' }).directives
        .map((d) => ({ text: d.text, span: d.span, a: d.assignees, c: d.coordinators, dl: d.deadline?.date ?? null }));
      expect(shape(text.normalize('NFD'))).toEqual(shape(text.normalize('NFC')));
    }), { numRuns: 200 });
  });
});

test('old and new tone placement read alike ("Uỷ ban", "hoà" / "Ủy ban", "hòa")', () => {
  const a = extract({ text: 'Thủ tướng giao Uỷ ban Dân tộc chủ trì rà soát chính sách.', published: '2024-01-01' });
  const b = extract({ text: 'Thủ tướng giao Ủy ban Dân tộc chủ trì rà soát chính sách.', published: '2024-01-01' });
  expect(a.directives.map((d) => d.assignees)).toEqual(b.directives.map((d) => d.assignees));
  expect(a.directives[0].assignees[0].name).toBe('Ủy ban Dân tộc');
});
