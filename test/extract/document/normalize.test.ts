// normalizeText: plain text comes back as exactly its NFC form (the scorer's offsets index the
// NFC input); pasted HTML becomes text; line ends keep their offsets.
import fc from 'fast-check';
import { normalizeText } from '../../../src/extract/document/normalize';
import { seedParagraphs } from './legacy-fixtures';

describe('normalizeText on plain text', () => {
  it('returns exactly raw.normalize("NFC") for any text without HTML, \\r or string escapes', () => {
    const plain = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !/[<&\r\\]/.test(s));
    fc.assert(fc.property(plain, (raw) => {
      expect(normalizeText(raw).text).toBe(raw.normalize('NFC'));
    }), { numRuns: 300 });
  });

  it('composes decomposed (NFD) Vietnamese', () => {
    const paragraph = seedParagraphs()[0];
    const { text, diagnostics } = normalizeText(paragraph.normalize('NFD'));
    expect({ text, diagnostics }).toEqual({ text: paragraph, diagnostics: [] });
  });

  it('keeps both tone placements as written: matching is fold()\'s job', () => {
    const raw = 'Ủy ban Quốc gia, Uỷ ban nhân dân; hòa bình, hoà giải';
    expect(normalizeText(raw).text).toBe(raw);
  });

  it('reads the escapes of a page saved inside a database string, keeping every offset', () => {
    const raw = 'Thủ tướng yêu cầu.\\r\\n\\r\\n\\"Khẩn trương hoàn thành\\", ông nói.\\r\\n';
    const { text, diagnostics } = normalizeText(raw);
    expect(text).toBe('Thủ tướng yêu cầu.   \n   \n "Khẩn trương hoàn thành ", ông nói.   \n');
    expect(text.length).toBe(raw.length);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['normalize/string-escapes']);
  });

  it('leaves a backslash or two of prose alone', () => {
    const raw = 'Đường dẫn C:\\new\\ thư mục.';
    expect(normalizeText(raw).text).toBe(raw);
  });

  it('leaves "&" and "<" of prose alone', () => {
    const raw = 'Bộ KH&ĐT, Bộ LĐTB&XH và tỷ lệ < 5% (R&D; A<B).';
    const { text, diagnostics } = normalizeText(raw);
    expect({ text, diagnostics }).toEqual({ text: raw, diagnostics: [] });
  });

  it('keeps \\r\\n so offsets still index the input, and reads a lone \\r as a line break', () => {
    expect(normalizeText('Dòng một\r\nDòng hai').text).toBe('Dòng một\r\nDòng hai');
    const lone = normalizeText('Dòng một\rDòng hai');
    expect(lone.text).toBe('Dòng một\nDòng hai');
    expect(lone.diagnostics.map((d) => d.ruleId)).toEqual(['normalize/line-endings']);
  });

  it('warns about mojibake it is given as a string, without rewriting it', () => {
    const raw = 'Thá»§ tÆ°á»›ng ChÃ­nh phá»§ yÃªu cáº§u cÃ¡c bá»™, ngÃ nh khẩn trương';
    const result = normalizeText(raw);
    expect(result.text).toBe(raw);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['normalize/mojibake-suspected', 'warning']]);
  });
});

describe('normalizeText on pasted HTML', () => {
  it.each([
    ['paragraphs are separated by a blank line', '<p>Thủ tướng chủ trì hội nghị.</p><p>Giao Bộ Tài chính chủ trì.</p>', 'Thủ tướng chủ trì hội nghị.\n\nGiao Bộ Tài chính chủ trì.'],
    ['line breaks', 'Hà Nội<br>Ngày 19/7<br/>Thủ tướng', 'Hà Nội\nNgày 19/7\nThủ tướng'],
    ['entities', 'Bộ Kế hoạch&nbsp;và Đầu tư &amp; Bộ Tài chính &ndash; &quot;Đề án 06&quot;', 'Bộ Kế hoạch và Đầu tư & Bộ Tài chính – "Đề án 06"'],
    ['numeric entities, composed to NFC', 'Th&#7911; t&#432;&#7899;ng; Vi&#x1EC7;t Nam; hoa&#768;', 'Thủ tướng; Việt Nam; hoà'],
    ['inline tags vanish', 'Thủ tướng <strong>Phạm Minh Chính</strong> <a href="/x">chỉ đạo</a>', 'Thủ tướng Phạm Minh Chính chỉ đạo'],
    ['scripts, styles and comments are dropped', '<style>p{color:red}</style><p>Nội dung<!-- quảng cáo --></p><script>var a = "<p>";</script>', 'Nội dung'],
    ['source line breaks inside block markup are spaces', '<div>Giao Bộ Y tế\n  triển khai bệnh án điện tử</div>\n<div>trong 6 tháng đầu năm.</div>', 'Giao Bộ Y tế triển khai bệnh án điện tử\n\ntrong 6 tháng đầu năm.'],
    ['an escaped tag stays text', '&lt;p&gt; là thẻ đoạn văn', '<p> là thẻ đoạn văn'],
    ['entities alone leave the layout as it is', 'Bộ KH&amp;ĐT  \n\n\n\n  Bộ Tài chính', 'Bộ KH&ĐT  \n\n\n\n  Bộ Tài chính'],
    ['table cells', '<table><tr><td>Bộ Y tế</td><td>quý III/2024</td></tr></table>', 'Bộ Y tế\t\tquý III/2024'],
  ])('%s', (_what, html, text) => {
    const result = normalizeText(html);
    expect(result.text).toBe(text);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['normalize/html']);
  });

  // docs/extraction-format.md: offsets index the NFC input, so a span found in the converted
  // text is reported where the input has it, entities and tags included.
  it.each([
    ['entities', 'Ph&oacute; Thủ tướng đề nghị c&aacute;c bộ, ng&agrave;nh khẩn trương.', 'các bộ, ngành', 'c&aacute;c bộ, ng&agrave;nh'],
    ['tags and collapsed layout', '<p>Giao Bộ Y tế\n  triển khai <b>bệnh án</b> điện tử.</p>', 'triển khai bệnh án', 'triển khai <b>bệnh án'],
    ['a composed letter from a numeric entity', '<p>Giao Bộ Tài chính hoa&#768;n thành.</p>', 'hoàn thành', 'hoa&#768;n thành'],
  ])('a span of the converted text maps back to the input (%s)', (_what, html, found, original) => {
    const result = normalizeText(html);
    const at = result.text.indexOf(found);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = result.toInput({ start: at, end: at + found.length });
    expect(html.slice(span.start, span.end)).toBe(original);
  });
});
