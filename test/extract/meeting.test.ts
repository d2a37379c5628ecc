// The meeting: date with the year from the published date or the text, main chair vs chairs of
// bridge points, kind, ordinal, title and organiser.
import { extract } from '../../src/extract/pipeline';
import { resolveMeetingDate } from '../../src/extract/rules/meeting';

const meeting = (text: string, published: string | null) => extract({ text, published }).meeting;

describe('meeting date', () => {
  test('a deadline in a sentence where a department "chủ trì" its task is no meeting date', () => {
    const m = meeting('Sở Dân tộc chủ trì, phối hợp với Sở Tài chính tổng hợp vướng mắc, báo cáo UBND tỉnh trước ngày 10/6/2024.', '2024-05-21');
    expect(m.date).toBeNull();
  });

  test.each<[string, string | null, string | null]>([
    ['Ngày 19/7, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị.', '2024-07-19', '2024-07-19'],
    ['Đây là đánh giá được đưa ra chiều 14/11 tại Hội nghị trực tuyến.', '2024-11-14', '2024-11-14'],
    ['ĐBP - Sáng 27/4, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp thứ hai.', '2022-04-27', '2022-04-27'],
    ['Chiều 30/12, Thủ tướng chủ trì hội nghị tổng kết năm.', '2025-01-02', '2024-12-30'],
    ['Sáng ngày 5/3/2023, Phó Thủ tướng chủ trì cuộc họp.', null, '2023-03-05'],
    ['Chiều 6/2, Thủ tướng chủ trì phiên họp.', null, null],
    ['Sáng nay (6/2), Thủ tướng Phạm Minh Chính chủ trì phiên họp.', '2025-02-06', '2025-02-06'],
    ['Đó là yêu cầu của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tổ chức vào chiều qua 2.3.', '2020-03-05', '2020-03-02'],
    ['Ngày 21 tháng 12 năm 2023, hội nghị được tổ chức tại Hà Nội.', '2023-12-22', '2023-12-21'],
    ['Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ.', '2024-05-04', '2024-05-04'],
    ['Theo Quyết định số 422/QĐ-TTg, ngày 4/4/2022 của Thủ tướng, các bộ triển khai.', '2023-12-21', null],
    ['Các bộ thực hiện các giải pháp đề ra tại các phiên họp Chính phủ và Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm 2001.', null, null],
    // No publication date: the year of the meeting the sentence names by its month.
    ['Chiều 1.11, ông Võ Văn Hùng - Chủ tịch UBND huyện chủ trì cuộc họp thường kỳ tháng 10 năm 2019.', null, '2019-11-01'],
    ['Chiều 26/7, UBND tỉnh tổ chức phiên họp thường kỳ tháng 7/2022.', null, '2022-07-26'],
    // (A year of a plan in the sentence is not the meeting's.)
    ['Ngày 21/5, UBND tỉnh chủ trì họp về giải ngân kế hoạch đầu tư công năm 2019.', null, null],
    // A portal's clock over the page is the day it was read, not a meeting's.
    ['Thứ sáu, Ngày 25/06/2021 -\n\nUBND tỉnh yêu cầu các huyện khắc phục hậu quả bão lũ.', null, null],
  ])('%s (published %s) → %s', (text, published, date) => {
    expect(meeting(text, published).date).toBe(date);
  });

  test('invalid days are not dates', () => {
    expect(resolveMeetingDate(31, 2, 2024, null)).toBeNull();
    expect(resolveMeetingDate(29, 2, 2024, null)).toBe('2024-02-29');
  });
});

describe('chairs', () => {
  test('main chair and the chair of a bridge point are told apart', () => {
    const m = meeting('Sáng 27/4, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số tại điểm cầu Trung ương. Đồng chí Lê Thành Đô, Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo chuyển đổi số tỉnh chủ trì tại điểm cầu Điện Biên.', '2022-04-27');
    expect(m.chairs.map((c) => [c.name, c.role, c.location ?? null])).toEqual([
      ['Phạm Minh Chính', 'MAIN', null],
      ['Lê Thành Đô', 'BRIDGE', 'Điện Biên'],
    ]);
    expect([m.kind, m.ordinal, m.organiser]).toEqual(['PHIEN_HOP', 2, 'Ủy ban Quốc gia về chuyển đổi số']);
    expect(m.title).toBe('Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số');
  });

  test('a chair named in a photo caption when the body only says who concluded', () => {
    const m = meeting('Thủ tướng Phạm Minh Chính nhấn mạnh khi kết luận phiên họp lần thứ 10, chiều 6/2.\nThủ tướng Phạm Minh Chính chủ trì Phiên họp lần thứ 10 (Ảnh: Đoàn Bắc).', '2025-02-06');
    expect(m.chairs.map((c) => c.name)).toEqual(['Phạm Minh Chính']);
    expect(m.ordinal).toBe(10);
  });

  test('"dưới sự chủ trì của đồng chí X": X chairs, not the deputies listed after', () => {
    const m = meeting('Chiều 26/7, dưới sự chủ trì của đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh, UBND tỉnh tổ chức phiên họp thường kỳ tháng 7/2022. Tham dự phiên họp có các đồng chí: Hoàng Nghĩa Hiếu - Phó Chủ tịch UBND tỉnh.', null);
    expect(m.chairs.map((c) => c.name)).toEqual(['Nguyễn Đức Trung']);
  });

  test.each<[string, string, string[]]>([
    ['officials joined by "và" before "đã chủ trì" chair together, each with the shared title',
      'Sáng 5/8, hai Phó Thủ tướng Lê Minh Khái và Vũ Đức Đam đã chủ trì họp với Bộ Y tế.', ['Lê Minh Khái', 'Vũ Đức Đam']],
    ['deputies who "cùng chủ trì" chair with the Prime Minister the report names, who comes first',
      'Đó là phát biểu của Thủ tướng Chính phủ Nguyễn Xuân Phúc tại Hội nghị tổng kết.\n\nTham dự Hội nghị còn có Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Phó Thủ tướng Trịnh Đình Dũng cùng chủ trì.',
      ['Nguyễn Xuân Phúc', 'Trương Hòa Bình', 'Trịnh Đình Dũng']],
    ['an official who reports before the one who chairs does not chair',
      'Bộ trưởng Bộ Y tế Đào Hồng Lan báo cáo, Thủ tướng Phạm Minh Chính chủ trì hội nghị.', ['Phạm Minh Chính']],
  ])('%s', (_, text, chairs) => {
    expect(meeting(text, '2022-08-05').chairs.map((c) => c.name)).toEqual(chairs);
  });

  test('whoever concludes the meeting chairs it when nobody "chủ trì"', () => {
    const m = meeting('Kết luận cuộc họp, Phó Thủ tướng Trần Hồng Hà yêu cầu các bộ khẩn trương hoàn thiện đề án.', '2025-03-01');
    expect(m.chairs.map((c) => [c.name, c.ruleId])).toEqual([['Trần Hồng Hà', 'meeting.chair.concludes']]);
    const m2 = meeting('Phó Thủ tướng Trần Hồng Hà phát biểu khi kết luận cuộc họp về dự án.', '2025-03-01');
    expect(m2.chairs.map((c) => c.name)).toEqual(['Trần Hồng Hà']);
    const m3 = meeting('Kết luận cuộc họp, đồng chí Lê Văn Hòa – Phó Chủ tịch UBND tỉnh đánh giá cao các sở.', '2025-03-01');
    expect(m3.chairs.map((c) => c.name)).toEqual(['Lê Văn Hòa']);
  });

  test('whose instructions "tại buổi làm việc" the report gives chairs it, not a later assigner', () => {
    const m = meeting('Đó là một trong những chỉ đạo quan trọng của Bí thư Tỉnh ủy Cà Mau Dương Thanh Bình tại buổi làm việc với huyện Phú Tân chiều 26-7.\nChủ tịch UBND tỉnh Nguyễn Tiến Hải yêu cầu huyện Phú Tân kiểm soát tốt việc nuôi tôm.', '2018-07-30');
    expect(m.chairs.map((c) => [c.name, c.ruleId])).toEqual([['Dương Thanh Bình', 'meeting.chair.directs-at']]);
    // ("yêu cầu của … tại phiên họp": likewise, not a guest who gives instructions too.)
    const m2 = meeting('Đó là yêu cầu của Chủ tịch UBND tỉnh Lê Trí Thanh tại phiên họp UBND tỉnh thường kỳ tháng 2.\nBí thư Tỉnh ủy Phan Việt Cường tham dự cuộc họp.\nBí thư Tỉnh ủy Phan Việt Cường yêu cầu các ngành tạo điều kiện cho các dự án.', '2020-03-03');
    expect(m2.chairs.map((c) => [c.name, c.ruleId])).toEqual([['Lê Trí Thanh', 'meeting.chair.directs-at']]);
  });

  test('a name the title block writes in capitals is the body\'s spelling, and the one who assigns chairs', () => {
    const r = extract({ text: 'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ\nNgày 5/3/2025, Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh Lâm Đồng.\nPhó Thủ tướng yêu cầu Bộ Xây dựng khẩn trương hướng dẫn tỉnh.', published: '2025-03-06' });
    expect(r.officials.map((o) => o.name)).toEqual(['Trần Hồng Hà']);
    expect(r.meeting.chairs.map((c) => c.name)).toEqual(['Trần Hồng Hà']);
  });

  test('"dưới sự chủ trì của" names the chair after the verb', () => {
    const m = meeting('Hội nghị diễn ra dưới sự chủ trì của Thủ tướng Chính phủ Phạm Minh Chính.', '2023-12-21');
    expect(m.chairs.map((c) => [c.name, c.ruleId])).toEqual([['Phạm Minh Chính', 'meeting.chair.under']]);
  });

  test('co-chairs ("X và Y đồng chủ trì") are both chairs', () => {
    const m = meeting('Chiều 3/3, Tổng Bí thư Tô Lâm và Thủ tướng Phạm Minh Chính đồng chủ trì hội nghị toàn quốc.', '2025-03-03');
    expect(m.chairs.map((c) => c.name).sort()).toEqual(['Phạm Minh Chính', 'Tô Lâm']);
  });

  test('an agency that "chủ trì" a meeting is not its chair', () => {
    expect(meeting('Bộ Y tế chủ trì hội nghị trực tuyến với các địa phương.', '2025-03-01').chairs).toEqual([]);
  });
});
