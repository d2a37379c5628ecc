// Quarters: "quý III/2024", "quý 3", "Quý IV năm 2024", "trong quý I" → last day of the quarter.
import { parseDeadlines } from '../../../src/extract/deadline';
import { describeRows } from './deadline-table';

const REFERENCE = '2025-02-06';

describeRows('quarter phrases (VNQuarterParser)', REFERENCE, 'VNQuarterParser', [
  ['Bộ Công an hoàn thành việc kết nối dữ liệu dân cư trong quý III/2024.', 'trong quý III/2024', '2024-09-30', 'QUARTER', 'BY'],
  ['Các địa phương hoàn thành việc số hóa hồ sơ trong quý 3.', 'trong quý 3', '2025-09-30', 'QUARTER', 'BY'],
  ['Bộ Kế hoạch và Đầu tư trình Chính phủ đề án trong Quý IV năm 2024.', 'trong Quý IV năm 2024', '2024-12-31', 'QUARTER', 'BY'],
  ['Giao Bộ Tư pháp chủ trì xây dựng Nghị định, trình Chính phủ trong quý I.', 'trong quý I', '2025-03-31', 'QUARTER', 'BY'],
  ['Đại biểu đã nghe Báo cáo tình hình triển khai chuyển đổi số quý I/2022.', 'quý I/2022', '2022-03-31', 'QUARTER', 'WITHIN'],
  ['Bộ Y tế phải ban hành hướng dẫn trước quý II-2025.', 'trước quý II-2025', '2025-06-30', 'QUARTER', 'BEFORE'],
  ['Các tập đoàn hoàn thành việc cổ phần hóa đến cuối quý IV.', 'đến cuối quý IV', '2025-12-31', 'QUARTER', 'BY'],
  ['Các địa phương hoàn thành chỉ tiêu trong quý I năm nay.', 'trong quý I năm nay', '2025-03-31', 'QUARTER', 'BY'],
  ['Chậm nhất trong quý II/2025, các bộ phải trình đề án.', 'Chậm nhất trong quý II/2025', '2025-06-30', 'QUARTER', 'BY'],
]);

describe('vague parts of a quarter are not dated', () => {
  it.each(['Dự án khởi công vào đầu quý III/2025.', 'Báo cáo được gửi vào giữa quý II.'])('%s', (sentence) => {
    expect(parseDeadlines(sentence, '2025-02-06')).toEqual([]);
  });
});
