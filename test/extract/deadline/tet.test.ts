// Tết: "trong dịp Tết Nguyên đán 2024" → mùng 1 Tết (2024-02-10); "trước Tết Nguyên đán 2025" →
// the day before (2025-01-28); "trước Tết" → the next Tết after the meeting, minus a day.
import { parseDeadlines } from '../../../src/extract/deadline';
import { describeRows, expectOnlyDeadline } from './deadline-table';

describeRows('Tết with a written year (reference 2023-12-21)', '2023-12-21', 'VNTetParser', [
  ['Bộ LĐTB&XH đôn đốc 12 địa phương phải khẩn trương áp dụng ngay trong dịp Tết Nguyên đán 2024.', 'ngay trong dịp Tết Nguyên đán 2024', '2024-02-10', 'DAY', 'WITHIN'],
  ['Các địa phương hoàn thành chi trả trợ cấp cho người có công trước Tết Nguyên đán 2025.', 'trước Tết Nguyên đán 2025', '2025-01-28', 'DAY', 'BEFORE'],
  ['Ngân hàng Nhà nước bảo đảm thanh toán thông suốt trong dịp Tết Giáp Thìn.', 'trong dịp Tết Giáp Thìn', '2024-02-10', 'DAY', 'WITHIN'],
  ['Các bộ hoàn thành việc bàn giao nhà ở xã hội trước Tết Canh Tuất 2030.', 'trước Tết Canh Tuất 2030', '2030-02-01', 'DAY', 'BEFORE'],
  ['Bộ Công Thương bảo đảm cung ứng hàng hóa đến Tết Dương lịch 2024.', 'đến Tết Dương lịch 2024', '2024-01-01', 'DAY', 'BY'],
  // Regression: the document-date trap took a deadline right after a document number for that document's date.
  ['Các bộ, ngành khẩn trương triển khai Nghị quyết số 01/NQ-CP trước Tết Nguyên đán 2024.', 'trước Tết Nguyên đán 2024', '2024-02-09', 'DAY', 'BEFORE'],
]);

describeRows('Tết without a year: the next one after the meeting', '2025-02-06', 'VNTetParser', [
  ['Các doanh nghiệp trả lương cho người lao động trước khi nghỉ Tết.', 'trước khi nghỉ Tết', '2026-02-16', 'DAY', 'BEFORE'],
  ['Hoàn thành việc giải ngân trước kỳ nghỉ Tết Nguyên đán.', 'trước kỳ nghỉ Tết Nguyên đán', '2026-02-16', 'DAY', 'BEFORE'],
  ['Các địa phương phải hoàn thành việc hỗ trợ xóa nhà tạm trước Tết.', 'trước Tết', '2026-02-16', 'DAY', 'BEFORE'],
  ['Bộ Công Thương bảo đảm cung ứng xăng dầu trong dịp Tết Nguyên đán.', 'trong dịp Tết Nguyên đán', '2026-02-17', 'DAY', 'WITHIN'],
]);

describeRows('Tết "năm nay": the coming Tết (reference 2023-12-21)', '2023-12-21', 'VNTetParser', [
  ['Các địa phương bảo đảm mọi người dân đều có Tết, nhất là Tết năm nay.', 'Tết năm nay', '2024-02-10', 'DAY', 'ON'],
  ['Hoàn thành chi trả lương trước Tết Nguyên đán năm nay.', 'trước Tết Nguyên đán năm nay', '2024-02-09', 'DAY', 'BEFORE'],
]);

describe('Tết details', () => {
  it('reads "trước Tết" in December as the coming Tết', () => {
    expectOnlyDeadline('Giao Bộ Lao động - Thương binh và Xã hội chi trả trợ cấp trước Tết.', '2023-12-21', {
      text: 'trước Tết', date: '2024-02-09', precision: 'DAY', relation: 'BEFORE', lunar: 'TET', yearImplied: true,
    });
  });

  it('leaves Tết without a time cue or a year alone', () => {
    expect(parseDeadlines('Các cấp, các ngành chăm lo Tết cho người nghèo, gia đình chính sách.', '2025-02-06')).toEqual([]);
  });

  it('does not read "sau kỳ nghỉ Tết" as a deadline', () => {
    expect(parseDeadlines('Các công trình khởi công sau kỳ nghỉ Tết Nguyên đán 2025.', '2024-12-21')).toEqual([]);
  });

  it('does not read "sau Tết" as a deadline', () => {
    expect(parseDeadlines('Các công trình sẽ khởi công ngay sau Tết Nguyên đán 2025.', '2024-12-21')).toEqual([]);
  });
});
