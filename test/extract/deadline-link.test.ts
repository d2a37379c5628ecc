// Which date phrases become the deadline of a directive: governed by a temporal preposition or
// standing as an adverbial — not dates that say which item is meant, document dates, recurring
// dates or statistics.
import { extract } from '../../src/extract/pipeline';

const OPENING = 'Sáng 10/1, Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị.\n';
const deadlines = (body: string) => extract({ text: OPENING + body, published: '2025-01-10' })
  .directives.map((d) => (d.deadline ? [d.deadline.date, d.deadline.text] : null));

describe('deadlines of directives', () => {
  test.each<[string, (string[] | null)[]]>([
    ['Thủ tướng yêu cầu Bộ Y tế hoàn thành trước ngày 30/6/2025.', [['2025-06-30', 'trước ngày 30/6/2025']]],
    ['Thủ tướng giao Bộ Tài chính trình Chính phủ trong tháng 11/2025.', [['2025-11-30', 'trong tháng 11/2025']]],
    ['Thủ tướng giao Bộ Tài chính xây dựng kế hoạch, hoàn thành trong tháng 3.2025.', [['2025-03-31', 'trong tháng 3.2025']]],
    // A period inside the matter that opens the clause says which tasks are meant.
    ['Đối với nhiệm vụ trong tháng 11/2025, Thủ tướng yêu cầu các bộ tập trung giải ngân vốn đầu tư công.', [null]],
    ['Năm 2025, các bộ, ngành, địa phương cần tập trung giải ngân vốn đầu tư công.', [['2025-12-31', 'Năm 2025']]],
    ['Đến cuối năm 2025, các địa phương phải hoàn thành xóa nhà tạm.', [['2025-12-31', 'Đến cuối năm 2025']]],
    ['Các địa phương phải hoàn thành xóa nhà tạm đến năm 2025.', [['2025-12-31', 'đến năm 2025']]],
    // The end of a period the task covers, after its start, is no due date; "từ nay đến …" is one.
    ['Thủ tướng giao Bộ Nội vụ xây dựng quy định hỗ trợ người nghỉ hưu từ ngày 1/1/2025 đến ngày 31/12/2027.', [null]],
    ['Thủ tướng giao Bộ Y tế hoàn thành đề án từ nay đến ngày 31/12/2025.', [['2025-12-31', 'từ nay đến ngày 31/12/2025']]],
    // "Thời hạn báo cáo (đề xuất) …" on a sentence of its own: the term of the tasks that report.
    ['Thủ tướng yêu cầu Bộ Tài chính xây dựng biểu tổng hợp tình hình; nghiên cứu, báo cáo đề xuất Chính phủ các giải pháp. Thời hạn báo cáo đề xuất trong tháng 8 năm 2025.',
      [null, ['2025-08-31', 'trong tháng 8 năm 2025']]],
    // A term between the instruction verb and its doers, with or without commas around it.
    ['Thủ tướng đề nghị, trong tháng 8, Bộ Y tế chủ động nắm chắc tình hình dịch bệnh.', [['2025-08-31', 'trong tháng 8']]],
    ['Thủ tướng đề nghị trong tháng 8, Bộ Y tế chủ động nắm chắc tình hình dịch bệnh.', [['2025-08-31', 'trong tháng 8']]],
    ['Thủ tướng đề nghị, trong tháng 8, Công an các đơn vị, địa phương chủ động nắm chắc tình hình.', [['2025-08-31', 'trong tháng 8']]],
    // The day of an event that a "khi" clause tells dates the event; a term after the clause still counts.
    ['Thủ tướng yêu cầu Bộ Tài nguyên và Môi trường giám sát chặt chẽ khi nhà máy khởi động lò cao số 2 vào ngày 18/5/2025.', [null]],
    ['Thủ tướng yêu cầu Bộ Y tế báo cáo khi kết thúc đợt kiểm tra, trước ngày 30/5/2025.', [['2025-05-30', 'trước ngày 30/5/2025']]],
    // A clause that only gives the due date dates the task before it, and is no task of its own.
    ['Thủ tướng giao Bộ Tài chính nghiên cứu các phương án hỗ trợ doanh nghiệp; hoàn thành trong tháng 11 năm 2025.', [['2025-11-30', 'trong tháng 11 năm 2025']]],
    // A connector, then the date, then the doer: one task with its date; "Cũng với thời hạn trên" takes the same.
    ['Thủ tướng yêu cầu các bộ thực hiện một số nhiệm vụ. Cụ thể, trước ngày 30.6.2025, Bộ Y tế rà soát các cơ sở khám bệnh. Cũng với thời hạn trên, Bộ Xây dựng rà soát các công trình.',
      [['2025-06-30', 'trước ngày 30.6.2025'], ['2025-06-30', 'trước ngày 30.6.2025']]],
    // A scan's stray bar between "ngày" and the day, in the term in brackets after the task.
    ['Thủ tướng giao Bộ Tư pháp tổng hợp nội dung trả lời các vướng mắc (hoàn thành trước ngày| 15/10/2025).', [['2025-10-15', 'trước ngày| 15/10/2025']]],
    // A minute mark after the hour ("10h00'") keeps the limit word with the date.
    ['Bộ Y tế gửi báo cáo về Văn phòng Chính phủ chậm nhất 10h00\' ngày 27/4/2025.', [['2025-04-27', 'chậm nhất 10h00\' ngày 27/4/2025']]],
    // The limit word is part of the phrase that opens the clause, which stays one task.
    ['Chậm nhất ngày 15/11/2025, Bộ Thông tin và Truyền thông phải ban hành hướng dẫn kỹ thuật.', [['2025-11-15', 'Chậm nhất ngày 15/11/2025']]],
    ['Bộ Xây dựng hoàn thiện dự thảo Nghị định, chậm nhất là ngày 20/9/2025.', [['2025-09-20', 'chậm nhất là ngày 20/9/2025']]],
    // The term between the doer and its modal: the doer is still the subject of the duty.
    ['Bộ Kế hoạch và Đầu tư chậm nhất ngày 20/1/2025 phải trình phương án điều chuyển vốn.', [['2025-01-20', 'chậm nhất ngày 20/1/2025']]],
    // An imperative "Thực hiện …" with its date is a task with a deadline, not grounds.
    ['Thủ tướng yêu cầu các bộ rà soát thủ tục. Thực hiện Kế hoạch cải cách thủ tục hành chính trước ngày 30/6/2025.', [null, ['2025-06-30', 'trước ngày 30/6/2025']]],
    // The session the task is due at, named by its month: the month names the session, and the
    // text gives no date of it.
    ['Thủ tướng giao Bộ Kế hoạch và Đầu tư chuẩn bị dự thảo Nghị quyết, trình phiên họp Chính phủ tháng 11/2025.', [null]],
    ['Chủ tịch Quốc hội đề nghị Ủy ban Kinh tế chuẩn bị để trình Ủy ban Thường vụ Quốc hội cho ý kiến tại phiên họp tháng 5 tới.', [null]],
    // An event the task is due at, with the date the text gives for it (FORMAT.md: the event's date).
    ['Thủ tướng yêu cầu Bộ Tài chính báo cáo kết quả tại Kỳ\nhọp thứ Mười, Quốc hội (dự kiến tổ chức tháng 10/2025).', [['2025-10-31', 'tháng 10/2025']]],
    // The hour the preposition governs, then the day after a comma.
    ['Thủ tướng yêu cầu Bộ Y tế gửi báo cáo trước 14 giờ, ngày 05/12/2025.', [['2025-12-05', 'ngày 05/12/2025']]],
    // A term given in brackets after the task; other dates in brackets are not due dates.
    ['Thủ tướng giao Bộ Y tế đánh giá sự hài lòng của người bệnh (hoàn thành trước 15/11/2025).', [['2025-11-15', 'trước 15/11/2025']]],
    ['Thủ tướng giao Bộ Y tế xây dựng cẩm nang hỏi đáp (thời hạn hoàn thành trong quý IV/2025).', [['2025-12-31', 'trong quý IV/2025']]],
    ['Thủ tướng giao Bộ Y tế tổng kết Đề án (ban hành ngày 15/3/2024) về y tế cơ sở.', [null]],
    // A period after a negated verb says how long to refrain: no due date.
    ['Thủ tướng yêu cầu các bộ chưa thực hiện điều chỉnh tăng giá trong quý I và quý II năm 2025.', [null]],
    ['Thủ tướng giao Bộ Tài chính chỉ đạo cơ quan thuế xem xét không tổ chức kiểm tra định kỳ trong năm 2025 đối với doanh nghiệp.', [null]],
    // A duty of result ("không để …") keeps its term, and so does a task the negation does not govern.
    ['Thủ tướng yêu cầu Bộ Công Thương không để thiếu hàng, hoàn thành trong tháng 3/2025.', [['2025-03-31', 'trong tháng 3/2025']]],
    ['Thủ tướng yêu cầu Bộ Y tế không chậm trễ, hoàn thành trong tháng 3/2025.', [['2025-03-31', 'trong tháng 3/2025']]],
  ])('%s', (body, expected) => {
    expect(deadlines(body)).toEqual(expected);
  });
});

describe('a purpose with a doer and a deadline of its own', () => {
  const read = (body: string) => extract({ text: 'Sáng 12/10/2021, UBND tỉnh Khánh Hòa họp.\n' + body, published: '2021-10-12' })
    .directives.map((d) => [d.assignees.map((a) => a.name), d.deadline?.date ?? null]);

  test.each<[string, string, (string | string[] | null)[][]]>([
    ['"để sở …" is the department the reports were sent to',
      'UBND tỉnh yêu cầu UBND huyện Khánh Sơn gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 25-10 để sở thẩm định, trình UBND tỉnh trước ngày 30-10.',
      [[['Ủy ban nhân dân huyện Khánh Sơn'], '2021-10-25'], [['Sở Tài nguyên và Môi trường tỉnh Khánh Hòa'], '2021-10-30']]],
    ['"để Sở X …" names it',
      'UBND tỉnh yêu cầu các sở, ngành gửi báo cáo trước ngày 25-10 để Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 5-11.',
      [[['Các sở, ngành tỉnh Khánh Hòa'], '2021-10-25'], [['Sở Tài chính tỉnh Khánh Hòa'], '2021-11-05']]],
    ['a purpose with no doer stays in the task',
      'UBND tỉnh yêu cầu các sở, ngành gửi báo cáo trước ngày 25-10 để kịp thời tổng hợp.',
      [[['Các sở, ngành tỉnh Khánh Hòa'], '2021-10-25']]],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('dates that are not deadlines', () => {
  test.each([
    ['a year qualifying a noun', 'Giao Bộ Tài chính bố trí kinh phí khi Quốc hội thông qua Nghị quyết phân bổ ngân sách năm 2025.'],
    ['the date of a document', 'Thủ tướng yêu cầu các bộ thực hiện Quyết định số 422/QĐ-TTg, ngày 4/4/2022 của Thủ tướng Chính phủ.'],
    ['a document number', 'Thủ tướng yêu cầu các địa phương thực hiện nghiêm Nghị định 15/2024/NĐ-CP.'],
    ['a recurring date', 'Thủ tướng yêu cầu các bộ, ngành tổ chức hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 hằng năm.'],
    ['a date inside parentheses', 'Thủ tướng yêu cầu các địa phương (đã được giao từ tháng 3/2024) tiếp tục triển khai.'],
    ['a vague phrase', 'Thủ tướng yêu cầu các bộ, ngành sớm hoàn thiện thể chế trong thời gian tới.'],
    ['a date that says which items are meant (FORMAT.md)', 'Thủ tướng yêu cầu các bộ hoàn thành nhập dữ liệu đối với các dự án đã báo cáo Ban chỉ đạo trước ngày 25/3/2025.'],
    ['a date inside the purpose that leads the clause', 'Nhằm tránh thiếu hụt nguyên liệu vào các tháng cuối năm 2025, Thủ tướng yêu cầu các địa phương khuyến khích nuôi tôm.'],
    ['a date inside the grounds that lead the clause ("Thực hiện chỉ đạo …, …, Bộ Y tế đề nghị …")', 'Thực hiện chỉ đạo của Thủ tướng tại Công điện số 64/CĐ-TTg về tiêm vaccine, bảo đảm an toàn trong dịp Tết Nguyên đán 2025, Bộ Y tế đề nghị các địa phương khẩn trương rà soát đối tượng tiêm chủng.'],
    ['the dateline of the sentence\'s event ("Ngày 13/8, … có văn bản chỉ đạo …")', 'Ngày 13/1/2025, Chủ tịch UBND tỉnh có văn bản chỉ đạo các đơn vị khẩn trương khắc phục hậu quả sạt lở đất.'],
    ['the same with a time of day', 'Chiều ngày 13/1/2025, Thủ tướng yêu cầu các địa phương khẩn trương khắc phục hậu quả sạt lở đất.'],
    ['the last day of a range of days an event lasted ("từ ngày 16-22/11/2025")', 'Thủ tướng yêu cầu các địa phương sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025.'],
    ['the horizon of a plan named before it', 'Thủ tướng giao Bộ Nông nghiệp chỉ đạo sản xuất theo Đề án phát triển cây ăn quả chủ lực đến năm 2025.'],
    ['a vision after a period', 'Thủ tướng giao Bộ Kế hoạch và Đầu tư hoàn thiện Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050.'],
  ])('%s', (_name, body) => {
    expect(deadlines(body)).toEqual([null]);
  });
});

describe('the year of a date without one, with no meeting date and no publication date', () => {
  const due = (text: string) => extract({ text, published: null }).directives.map((d) => d.deadline?.date ?? null);
  test.each<[string, string, (string | null)[]]>([
    ['from the Tết the passage names (FORMAT.md\'s own case)',
      'Phó Thủ tướng yêu cầu Bộ Tài chính chi trả tiền hỗ trợ, bảo đảm hoàn thành trước Tết Nguyên đán 2017, báo cáo Thủ tướng kết quả trước ngày 25.1.',
      ['2017-01-27', '2017-01-25']],
    ['from the new year it names',
      'Chủ tịch UBND tỉnh yêu cầu các sở chuẩn bị đón năm mới 2020, báo cáo kết quả trước ngày 5.1.',
      ['2020-01-05']],
    ['from the dateline the text opens with, as the press writes it',
      'Hà Nội, ngày 6/9/2024 - Thủ tướng ký công điện về ứng phó bão.\nThủ tướng yêu cầu UBND các tỉnh ven biển kêu gọi tàu thuyền vào bờ trước 17 giờ ngày 6/9.',
      ['2024-09-06']],
    ['from the dateline in bold, and in words',
      '**TP. Hồ Chí Minh, ngày 12 tháng 3 năm 2023**\nChủ tịch UBND Thành phố yêu cầu các sở báo cáo kết quả trước ngày 20/3.',
      ['2023-03-20']],
    ['a year of a plan is no occasion: the date keeps no year',
      'Chủ tịch UBND tỉnh yêu cầu các sở triển khai kế hoạch năm 2020, báo cáo kết quả trước ngày 5.1.',
      [null]],
  ])('%s', (_, text, expected) => {
    expect(due(text)).toEqual(expected);
  });
});
