// The structure and party passes of the directive finder, each on inputs written for these
// tests in the shapes real copies take: PDF and portal text broken mid-sentence, escaped line
// ends of database dumps, bold headings, parties below the national level, provincial names.
import { logicalLines } from '../../src/extract/document/lines';
import { tokenize } from '../../src/extract/document/tokens';
import { localPartyAt } from '../../src/extract/directives/local-parties';
import { withProvince } from '../../src/extract/directives/province-names';
import { listMarkerOf, splitClauses } from '../../src/extract/directives/clauses';
import { frontMatterDate } from '../../src/extract/meeting/front-matter-date';
import { findAgency } from '../../src/extract/lexicon/gazetteer';
import { dropRepeatedLead } from '../../src/extract/post/directive-passes';
import type { DirectiveMention } from '../../src/extract/types';

const lines = (text: string) => logicalLines(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

describe('logical lines: a sentence broken across lines is one line again', () => {
  // A hard-wrapped copy: most lines stop mid-sentence.
  const wrapped = [
    'Để chủ động ứng phó với mưa lũ, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban',
    'nhân dân các tỉnh, thành phố và lãnh đạo các Bộ, ngành tập trung chỉ đạo khắc',
    'phục hậu quả, bảo đảm an toàn cho người dân, trong đó tập trung các nhiệm',
    'vụ cụ thể sau:',
    '',
    '1. Bộ Nông nghiệp và Môi trường chỉ đạo theo dõi chặt chẽ diễn biến',
    'thời tiết, kịp thời thông tin cho người dân.',
    '',
    '**2. Bộ Xây',
    'dựng**',
    '',
    'a) Bảo đảm giao thông thông suốt trên các tuyến quốc lộ.',
    '',
    'b) Xây dựng và trình Hội đồng nhân dân tỉnh “Quy hoạch bảo vệ và phát triển rừng”',
    'tại Kỳ họp thứ Sáu; áp dụng các biện pháp hỗ trợ như giãn nợ, giảm phí...',
    'đối với khách hàng gặp khó khăn do ảnh hưởng của dịch bệnh trên địa bàn các',
    'tỉnh, thành phố.',
  ].join('\n');
  test.each([
    [0, 'Để chủ động ứng phó với mưa lũ, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố và lãnh đạo các Bộ, ngành tập trung chỉ đạo khắc phục hậu quả, bảo đảm an toàn cho người dân, trong đó tập trung các nhiệm vụ cụ thể sau:'],
    [1, '1. Bộ Nông nghiệp và Môi trường chỉ đạo theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông tin cho người dân.'],
    [2, '**2. Bộ Xây dựng**'],
    [3, 'a) Bảo đảm giao thông thông suốt trên các tuyến quốc lộ.'],
    // A title in quotes, or an ellipsis, ends the line; a line in lower case after it goes on.
    [4, 'b) Xây dựng và trình Hội đồng nhân dân tỉnh “Quy hoạch bảo vệ và phát triển rừng” tại Kỳ họp thứ Sáu; áp dụng các biện pháp hỗ trợ như giãn nợ, giảm phí... đối với khách hàng gặp khó khăn do ảnh hưởng của dịch bệnh trên địa bàn các tỉnh, thành phố.'],
  ])('wrapped copy, paragraph %i', (i, expected) => {
    expect(lines(wrapped)[i]).toBe(expected);
  });
  test('a body\'s name the gazetteer knows, broken across two lines, is read whole', () => {
    const text = ['c) Đề nghị Trung ương Mặt', 'trận Tổ quốc Việt Nam', '', '- Chỉ đạo Hội Liên hiệp', 'Phụ nữ Việt Nam đẩy mạnh các phong trào.', '', '- Chỉ đạo Tổng Liên đoàn', 'Lao động Việt Nam phối hợp với chính quyền.'].join('\n');
    expect(lines(text)).toEqual([
      'c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam',
      '- Chỉ đạo Hội Liên hiệp Phụ nữ Việt Nam đẩy mạnh các phong trào.',
      '- Chỉ đạo Tổng Liên đoàn Lao động Việt Nam phối hợp với chính quyền.',
    ]);
  });
  test('a news page keeps each line: a headline without final punctuation is not joined to the lead', () => {
    const news = [
      'Thủ tướng yêu cầu đẩy nhanh tiến độ các dự án giao thông trọng điểm',
      '(PV) - Chiều 18/2, Thủ tướng chủ trì phiên họp lần thứ 9 của Ban Chỉ đạo.',
      'Thủ tướng giao Bộ Xây dựng tháo gỡ vướng mắc về vật liệu.',
      'Các địa phương tập trung giải phóng mặt bằng.',
      'Bộ Tài chính bố trí đủ vốn cho các dự án.',
      'Thủ tướng lưu ý không để xảy ra lãng phí.',
    ].join('\n');
    expect(lines(news)).toHaveLength(6);
  });
  test('a line that stops on a word of a date goes on into its number, in any text', () => {
    expect(lines('Sáng ngày\n7/6/2021, Thường trực HĐND huyện tổ chức hội nghị.\nTham dự có các đại biểu.')).toEqual([
      'Sáng ngày 7/6/2021, Thường trực HĐND huyện tổ chức hội nghị.', 'Tham dự có các đại biểu.',
    ]);
  });
  test('a line that goes on in lower case is joined in any text', () => {
    expect(lines('Thủ tướng yêu cầu các bộ,\nngành khẩn trương.\nBộ Y tế chủ trì.')).toEqual(['Thủ tướng yêu cầu các bộ, ngành khẩn trương.', 'Bộ Y tế chủ trì.']);
  });
  test('in a wrapped copy a line that stops on a title or a function word goes on, however short', () => {
    const wrapped = [
      'Thủ tướng Chính phủ yêu cầu các bộ, ngành và địa phương tập trung thực hiện ngay',
      'một số nhiệm vụ cấp bách sau đây để khắc phục hậu quả của mưa lũ vừa qua:',
      '',
      'Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến thời tiết, thông tin kịp thời',
      'cho người dân, chỉ đạo vận hành an toàn các hồ chứa thủy lợi, thủy điện và bảo đảm',
      'an toàn đê điều.',
      '',
      '2. Bộ trưởng',
      'Bộ Giáo dục và Đào tạo chỉ đạo sửa chữa trường lớp, hỗ trợ sách vở cho học sinh',
      'vùng lũ để các em sớm trở lại trường.',
    ].join('\n');
    expect(lines(wrapped)[2]).toBe('2. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo sửa chữa trường lớp, hỗ trợ sách vở cho học sinh vùng lũ để các em sớm trở lại trường.');
  });
  test('image placeholders and photo captions do not make a news page look wrapped', () => {
    const page = [
      '(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh có buổi làm việc với huyện về tình hình phát triển kinh tế.',
      '[img]',
      'Chủ tịch UBND tỉnh phát biểu chỉ đạo tại buổi làm việc. Ảnh: T.SỸ',
      '[img]',
      'Lãnh đạo huyện báo cáo tình hình phát triển kinh tế - xã hội tại địa phương. Ảnh: T.SỸ',
      '[img]',
      'Chủ tịch UBND tỉnh kiểm tra hạ tầng cụm công nghiệp của huyện. Ảnh: T.SỸ',
      'Người đứng đầu chính quyền tỉnh yêu cầu huyện tập trung giải quyết dứt điểm các phần việc tồn đọng.',
      '[img]',
      'Chủ tịch UBND tỉnh thăm hộ gia đình đang xây dựng nhà ở mới. Ảnh: T.SỸ',
    ].join('\n');
    expect(lines(page)).toHaveLength(10);
  });
  test('a line that stops on "Đề nghị" goes on into the next even in a page that is not wrapped', () => {
    expect(lines('b) Đề nghị\nUBND tỉnh chỉ đạo các ngành chức năng thực hiện đúng cam kết.')).toEqual(['b) Đề nghị UBND tỉnh chỉ đạo các ngành chức năng thực hiện đúng cam kết.']);
  });
  test('a line that only opens in bold is body text and goes on into the next', () => {
    expect(lines('**3. **Tuân thủ nguyên tắc khoanh định vùng hạn chế khai\nthác nước dưới đất.')).toEqual(['**3. **Tuân thủ nguyên tắc khoanh định vùng hạn chế khai thác nước dưới đất.']);
  });
  test('line ends escaped as "\\r\\n" in a database dump end paragraphs', () => {
    expect(lines('Sở Y tế chủ trì.\\r\\n\\r\\nSở Tài chính phối hợp.')).toEqual(['Sở Y tế chủ trì.', 'Sở Tài chính phối hợp.']);
  });
});

describe('list markers and clauses', () => {
  test.each([
    ['1. Bộ Công Thương chủ trì', 'num'],
    ['**4. Sở Xây dựng**', 'num'],
    ['a) Tổ chức theo dõi', 'letter'],
    ['đ) Chủ động bố trí', 'letter'],
    ['- Khẩn trương rà soát', 'bullet'],
    ['II. NHIỆM VỤ', 'roman'],
    ['Bộ Y tế chủ trì', null],
    ['2025 là năm tăng tốc', null],
  ])('%s → %s', (text, kind) => {
    expect(listMarkerOf(text)).toBe(kind);
  });
  test('";" splits clauses outside parentheses only', () => {
    const t = tokenize('Bộ Y tế chủ trì (phối hợp; hỗ trợ); Bộ Tài chính bố trí vốn');
    expect(splitClauses(t).map(([a, b]) => t.slice(a, b).map((x) => x.text).join(' '))).toEqual([
      'Bộ Y tế chủ trì ( phối hợp ; hỗ trợ )', 'Bộ Tài chính bố trí vốn',
    ]);
  });
});

describe('parties below the national level, in FORMAT.md form', () => {
  const lamDong = findAgency('Lâm Đồng', '2024-01-01')!;
  const read = (text: string, province = lamDong) => localPartyAt(tokenize(text), 0, '2024-01-01', province)?.parties.map((p) => p.name) ?? null;
  test.each([
    ['UBND huyện Vân Canh phối hợp', ['Ủy ban nhân dân huyện Vân Canh']],
    ['UBND TX An Nhơn kiểm tra', ['Ủy ban nhân dân thị xã An Nhơn']],
    ['UBND thành phố Đà Lạt rà soát', ['Ủy ban nhân dân thành phố Đà Lạt']],
    ['UBND tỉnh Sơn La chỉ đạo', ['Ủy ban nhân dân tỉnh Sơn La']],
    ['UBND Bình Thuận chỉ đạo', ['Ủy ban nhân dân tỉnh Bình Thuận']],
    ['chính quyền huyện Đức Trọng khẩn trương', ['Ủy ban nhân dân huyện Đức Trọng']],
    ['UBND 2 tỉnh Bắc Ninh và Bắc Giang bố trí', ['Ủy ban nhân dân tỉnh Bắc Ninh', 'Ủy ban nhân dân tỉnh Bắc Giang']],
    ['UBND tỉnh khẩn trương', ['Ủy ban nhân dân tỉnh Lâm Đồng']],
    ['UBND các huyện, thành phố chủ động', ['Ủy ban nhân dân các huyện, thành phố']],
    ['UBND các huyện, thành, thị căn cứ', ['Ủy ban nhân dân các huyện, thành phố']],
    ['UBND các quận, huyện rà soát', ['Ủy ban nhân dân các quận, huyện']],
    ['UBND cấp xã tiếp nhận', ['Ủy ban nhân dân các phường, xã']],
    ['UBND xã, phường chịu trách nhiệm', ['Ủy ban nhân dân các phường, xã']],
    ['các sở, ban, ngành tăng cường', ['Các sở, ngành']],
    ['các sở - ngành tăng cường', ['Các sở, ngành']],
    ['tỉnh Bắc Giang cần', ['Bắc Giang']],
    ['Thành phố chủ động kiện toàn', ['Lâm Đồng']],
    ['Công an tỉnh phối hợp', ['Công an tỉnh']],
    ['Thanh tra tỉnh Lâm Đồng thanh tra', ['Thanh tra tỉnh Lâm Đồng']],
    // As "các bộ, ngành liên quan" names the ministries, "liên quan" does not make the departments generic.
    ['các sở, ngành liên quan phối hợp', ['Các sở, ngành']],
    ['Bộ Y tế chủ trì', null],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  test('without a province in the text, "UBND tỉnh" stays as written', () => {
    expect(localPartyAt(tokenize('UBND tỉnh chỉ đạo'), 0, undefined, null)?.parties.map((p) => p.name)).toEqual(['Ủy ban nhân dân tỉnh']);
  });
});

describe('the report\'s province on provincial bodies', () => {
  const canTho = findAgency('Cần Thơ', '2026-01-01')!;
  const hcm = findAgency('Thành phố Hồ Chí Minh', '2026-01-01')!;
  const lamDong = findAgency('Lâm Đồng', '2026-01-01')!;
  const named = (name: string, province: typeof canTho | null) => withProvince({ name, kind: 'agency', key: '' }, province).name;
  test.each([
    ['Sở Xây dựng', canTho, 'Sở Xây dựng thành phố Cần Thơ'],
    ['Sở Xây dựng', hcm, 'Sở Xây dựng Thành phố Hồ Chí Minh'],
    ['Sở Tài chính', lamDong, 'Sở Tài chính tỉnh Lâm Đồng'],
    ['Các sở, ngành', lamDong, 'Các sở, ngành tỉnh Lâm Đồng'],
    ['Ủy ban nhân dân các huyện, thành phố', lamDong, 'Ủy ban nhân dân các huyện, thành phố tỉnh Lâm Đồng'],
    ['Ủy ban nhân dân tỉnh', lamDong, 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['Công an tỉnh', lamDong, 'Công an tỉnh Lâm Đồng'],
    ['Thành ủy', canTho, 'Thành ủy Cần Thơ'],
    ['Ủy ban nhân dân huyện Vân Canh', lamDong, 'Ủy ban nhân dân huyện Vân Canh'],
    ['Bộ Xây dựng', lamDong, 'Bộ Xây dựng'],
    ['Sở Xây dựng', null, 'Sở Xây dựng'],
  ])('%s with %s', (name, province, expected) => {
    expect(named(name, province)).toBe(expected);
  });
});

describe('a page\'s own date line', () => {
  test.each([
    // The month alone: its last day, so that the days of that month are of the same year.
    [' date 2024-12\nNgày 2-12, …', '2024-12-31'],
    [' date 2024-02\nSáng 14/2, …', '2024-02-29'],
    ['date: 2026-02-23\nChiều 22/2, …', '2026-02-23'],
    ['Ngày đăng: 05/09/2024\nSáng 5/9, …', '2024-09-05'],
    ['Ngày 2-12, Chủ tịch UBND thành phố …', null],
    ['date 2024-02-30', null],
  ])('%j → %s', (text, expected) => {
    expect(frontMatterDate(text)).toBe(expected);
  });
});

describe('a headline or lead repeated in the body is annotated once', () => {
  const d = (text: string, start: number): DirectiveMention => ({
    text, span: { start, end: start + text.length }, sentence: text, sentenceSpan: { start, end: start + text.length },
    assigner: null, assignees: [], coordinators: [], monitors: [], recipients: [], deadline: null, ruleIds: [],
  });
  test('the lead goes when the body states the same task; other tasks stay', () => {
    const lead = d('Thủ tướng yêu cầu các bộ, ngành khẩn trương giải ngân vốn đầu tư công', 0);
    const body = d('Thủ tướng yêu cầu các bộ, ngành khẩn trương giải ngân vốn đầu tư công ngay từ đầu năm', 900);
    const other = d('Bộ Tài chính bố trí đủ vốn cho các dự án trọng điểm', 1000);
    expect(dropRepeatedLead([lead, body, other])).toEqual([body, other]);
  });
  test('a clause after the first of its sentence is no lead, whatever the next sentence repeats', () => {
    const sentence = 'Bộ Kế hoạch và Đầu tư giao chi tiết danh mục dự án; báo cáo Chính phủ tình hình thực hiện kế hoạch vốn năm 2025.';
    const clause: DirectiveMention = { ...d('báo cáo Chính phủ tình hình thực hiện kế hoạch vốn năm 2025', 52), sentence, sentenceSpan: { start: 0, end: sentence.length } };
    const next = d('Báo cáo Chính phủ tình hình thực hiện kế hoạch vốn năm 2025 và các năm sau', sentence.length + 1);
    expect(dropRepeatedLead([clause, next])).toEqual([clause, next]);
  });
  test('a lead behind its outlet\'s tag sums the body up in words of its own: half of them recurring is enough', () => {
    const lead = d('(Tổ Quốc) - Phó Thủ tướng chỉ đạo tháo gỡ khó khăn cho doanh nghiệp xuất khẩu gỗ', 0);
    const body = d('Phó Thủ tướng yêu cầu các bộ tập trung tháo gỡ vướng mắc về thủ tục cho doanh nghiệp chế biến gỗ', 900);
    const untagged = d('Phó Thủ tướng chỉ đạo tháo gỡ khó khăn cho doanh nghiệp xuất khẩu gỗ', 0);
    expect(dropRepeatedLead([lead, body])).toEqual([body]);
    expect(dropRepeatedLead([untagged, body])).toEqual([untagged, body]);
  });
  test('a lead task that the body does not repeat stays', () => {
    const lead = d('Thủ tướng yêu cầu các bộ, ngành khẩn trương giải ngân vốn đầu tư công', 0);
    const other = d('Bộ Tài chính bố trí đủ vốn cho các dự án trọng điểm', 1000);
    expect(dropRepeatedLead([lead, other])).toEqual([lead, other]);
  });
});
