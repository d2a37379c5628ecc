// Sentence segmentation that survives Vietnamese abbreviations, dates, decimal numbers and
// quotes, and classifies captions, bylines, headings and broadcast sign-offs.
import { segment } from '../../src/extract/document/segment';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('sentence boundaries', () => {
  test.each<[string, string, string[]]>([
    ['TP.HCM does not end a sentence', 'Riêng TP.HCM đã cấp trên 8 triệu thẻ. Thành phố còn khó khăn.', ['Riêng TP.HCM đã cấp trên 8 triệu thẻ.', 'Thành phố còn khó khăn.']],
    ['"TP. Hồ Chí Minh" abbreviation', 'Dự có lãnh đạo TP. Hồ Chí Minh và Hà Nội. Hội nghị bắt đầu.', ['Dự có lãnh đạo TP. Hồ Chí Minh và Hà Nội.', 'Hội nghị bắt đầu.']],
    ['Bộ KH&ĐT, dates and decimals', 'Bộ KH&ĐT báo cáo ngày 21/12, đạt 86,3 triệu lượt. Năm 2024 tăng 3.5%.', ['Bộ KH&ĐT báo cáo ngày 21/12, đạt 86,3 triệu lượt.', 'Năm 2024 tăng 3.5%.']],
    ['ellipsis then a capital starts a sentence', 'Các nội dung: số hóa, dữ liệu… Thủ tướng yêu cầu rà soát.', ['Các nội dung: số hóa, dữ liệu…', 'Thủ tướng yêu cầu rà soát.']],
    ['period inside quotes before the attribution stays with it', '“Dữ liệu phải sạch. Phải sống.” - Đồng chí Nguyễn Hòa Bình chỉ đạo.', ['“Dữ liệu phải sạch.', 'Phải sống.” - Đồng chí Nguyễn Hòa Bình chỉ đạo.']],
    ['numbered list markers', '1. Bộ Xây dựng chủ trì.\n2. Giao Bộ Tài chính bố trí vốn.', ['1. Bộ Xây dựng chủ trì.', '2. Giao Bộ Tài chính bố trí vốn.']],
    ['an ellipsis glued to a capitalised word (a copy lost the space) ends a sentence', 'Chuẩn bị cơ sở vật chất phòng, chống dịch…Ban Chỉ đạo cần có phương án.', ['Chuẩn bị cơ sở vật chất phòng, chống dịch…', 'Ban Chỉ đạo cần có phương án.']],
    ['an ellipsis glued to a lower-case word does not', 'Tuyên truyền tới người dân…tạo điều kiện thuận lợi.', ['Tuyên truyền tới người dân…tạo điều kiện thuận lợi.']],
    ['lower case after a period is not a new sentence', 'Đạt 5 v.v. và nhiều chỉ tiêu khác.', ['Đạt 5 v.v. và nhiều chỉ tiêu khác.']],
    ['a photo credit of one word that lost its paragraph break ends the caption', 'Phó Thủ tướng thăm một gia đình bị tốc mái. Ảnh: VGP Nhận định mưa lũ còn phức tạp, Phó Thủ tướng đề nghị tỉnh chủ động ứng phó.',
      ['Phó Thủ tướng thăm một gia đình bị tốc mái.', 'Ảnh: VGP', 'Nhận định mưa lũ còn phức tạp, Phó Thủ tướng đề nghị tỉnh chủ động ứng phó.']],
    ['a credit of a person\'s name is left alone (where it ends is unknown)', 'Quang cảnh hội nghị. Ảnh: Minh Hà', ['Quang cảnh hội nghị.', 'Ảnh: Minh Hà']],
    ['a capitalised word glued to a period (a copy lost the space) opens a sentence', 'Bộ Công Thương đề xuất điều chỉnh giá điện trong tháng 6.Đầu năm, Bộ đã kiến nghị.Hạn chót là ngày 30/6.',
      ['Bộ Công Thương đề xuất điều chỉnh giá điện trong tháng 6.', 'Đầu năm, Bộ đã kiến nghị.', 'Hạn chót là ngày 30/6.']],
    ['an abbreviation\'s period glued to a name does not', 'Dự có lãnh đạo Tp.Hồ Chí Minh, ThS.Nguyễn Văn A và TS.Lê Văn B.', ['Dự có lãnh đạo Tp.Hồ Chí Minh, ThS.Nguyễn Văn A và TS.Lê Văn B.']],
    ['a headline glued to its lead\'s dateline (a copy lost the line break) ends before it',
      'Chủ tịch UBND tỉnh chỉ đạo khắc phục hậu quả sạt lở đất Tối qua (12/8), Chủ tịch UBND tỉnh đã có văn bản chỉ đạo các sở khẩn trương khắc phục.',
      ['Chủ tịch UBND tỉnh chỉ đạo khắc phục hậu quả sạt lở đất', 'Tối qua (12/8), Chủ tịch UBND tỉnh đã có văn bản chỉ đạo các sở khẩn trương khắc phục.']],
    ['a time word inside a sentence without a date and comma does not', 'Các sở báo cáo kết quả Ngày hội việc làm vào tháng 9.', ['Các sở báo cáo kết quả Ngày hội việc làm vào tháng 9.']],
    ['a list number glued to its first word does not', '1.Bộ Xây dựng chủ trì thực hiện.', ['1.Bộ Xây dựng chủ trì thực hiện.']],
    ['a quotation glued to the period opens a sentence', 'Bảo đảm lương thực cho người dân.“Tuyệt đối không để người dân bị đói” - Phó Thủ tướng nhấn mạnh.',
      ['Bảo đảm lương thực cho người dân.', '“Tuyệt đối không để người dân bị đói” - Phó Thủ tướng nhấn mạnh.']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('spans index the text', () => {
    const text = 'Ngày 19/7, Thủ tướng chủ trì hội nghị.\n\nỞ TP.HCM, trời mưa. Hết.';
    for (const s of segment(text)) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  test('quoted sentences are marked', () => {
    const s = segment('“Các địa phương phải nêu gương. Bộ, ngành cũng vậy”, Thủ tướng nói. Sau đó họp tiếp.');
    expect(s.map((x) => x.quoted)).toEqual([true, true, false]);
  });
});

describe('a headline glued to its lead', () => {
  test('the words before the dateline are the headline', () => {
    const s = segment('Chủ tịch UBND tỉnh chỉ đạo khắc phục hậu quả sạt lở đất Tối qua (12/8), Chủ tịch UBND tỉnh đã có văn bản chỉ đạo các sở khắc phục.');
    expect(s.map((x) => x.kind)).toEqual(['heading', 'body']);
  });
});

describe('sentence kinds', () => {
  test.each<[string, string]>([
    ['Thủ tướng Phạm Minh Chính chủ trì Phiên họp (Ảnh: Đoàn Bắc).', 'caption'],
    ['Ảnh: VGP/Nhật Bắc', 'caption'],
    ['Nguyễn Hương', 'byline'],
    ['PV Minh Anh (TTXVN)', 'byline'],
    ['>>> Xin mời quý vị đón xem Thời sự HTV lúc 20 giờ', 'signoff'],
    ['Kinh tế số của Việt Nam tăng trưởng nhanh nhất Đông Nam Á', 'heading'],
    ['Thủ tướng yêu cầu các bộ, ngành rà soát thủ tục hành chính.', 'body'],
  ])('%s → %s', (text, kind) => {
    expect(segment(text).map((s) => s.kind)).toEqual([kind]);
  });
});
