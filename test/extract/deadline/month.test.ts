// Months: "đến tháng 6", "trong tháng 9", "trong tháng 01/2024", "tháng 11/2019" → last day of the month.
import { parseDeadlines } from '../../../src/extract/deadline';
import { describeRows } from './deadline-table';

const REFERENCE = '2025-02-06';

describeRows('month phrases (VNMonthParser)', REFERENCE, 'VNMonthParser', [
  ['Ông yêu cầu đến tháng 6, tất cả lãnh đạo bộ, ngành, UBND cấp tỉnh phải ký số.', 'đến tháng 6', '2025-06-30', 'MONTH', 'BY'],
  ['Triển khai Bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9.', 'trong tháng 9', '2025-09-30', 'MONTH', 'BY'],
  ['Triển khai thí điểm tại sáu địa phương trong tháng 01/2024 trước khi nhân rộng.', 'trong tháng 01/2024', '2024-01-31', 'MONTH', 'BY'],
  ['Bảng xếp hạng được Liên Hợp Quốc công bố tháng 11/2019.', 'tháng 11/2019', '2019-11-30', 'MONTH', 'WITHIN'],
  ['Bộ Xây dựng trình Chính phủ dự thảo Nghị định trước tháng 6.', 'trước tháng 6', '2025-06-30', 'MONTH', 'BEFORE'],
  ['Các bộ hoàn thành việc sắp xếp tổ chức bộ máy trong tháng 2 năm 2025.', 'trong tháng 2 năm 2025', '2025-02-28', 'MONTH', 'BY'],
  ['Dự án phải khởi công chậm nhất vào tháng 8-2025.', 'chậm nhất vào tháng 8-2025', '2025-08-31', 'MONTH', 'BY'],
  ['Đề án phải được trình Bộ Chính trị đến cuối tháng 3.', 'đến cuối tháng 3', '2025-03-31', 'MONTH', 'BY'],
  ['Bộ Tài chính hoàn thành việc giải ngân vốn ngay trong tháng này.', 'ngay trong tháng này', '2025-02-28', 'MONTH', 'BY'],
  ['Số doanh nghiệp thành lập mới tính đến hết tháng 2/2022 đạt 65.329 doanh nghiệp.', 'đến hết tháng 2/2022', '2022-02-28', 'MONTH', 'BY'],
  ['Các bộ hoàn thành việc sắp xếp trụ sở trong tháng 12 năm nay.', 'trong tháng 12 năm nay', '2025-12-31', 'MONTH', 'BY'],
]);

describeRows('month and year without "tháng", after a cue (VNBareMonthYearParser)', REFERENCE, 'VNBareMonthYearParser', [
  ['Bộ Xây dựng hoàn thành việc sửa đổi quy chuẩn trước 6/2025.', 'trước 6/2025', '2025-06-30', 'MONTH', 'BEFORE'],
  ['Các dự án phải giải ngân hết vốn đến 12/2025, không để kéo dài.', 'đến 12/2025', '2025-12-31', 'MONTH', 'BY'],
]);

describe('month years said in words', () => {
  it('fixes "năm nay" to the meeting year even when the month is long past', () => {
    expect(parseDeadlines('Kết quả tháng 6 năm nay cho thấy nhiều chuyển biến.', '2025-12-21').map((m) => m.date)).toEqual(['2025-06-30']);
  });
});

describe('vague parts of a month are not dated', () => {
  it.each([
    'Bộ Y tế trình đề án vào đầu tháng 7.',
    'Các địa phương báo cáo kết quả vào giữa tháng 8.',
  ])('%s', (sentence) => {
    expect(parseDeadlines(sentence, '2025-02-06')).toEqual([]);
  });
});
