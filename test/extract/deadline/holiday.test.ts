// Named holidays as deadlines: "trước Quốc khánh 2/9" → 1 September; "dịp Giỗ Tổ Hùng Vương" →
// lunar 10/3 of the year (from our lunar calendar); an occasion without a cue is no time.
import { parseDeadlines } from '../../../src/extract/deadline';
import { describeRows } from './deadline-table';

describeRows('holidays (VNHolidayParser)', '2025-02-06', 'VNHolidayParser', [
  ['Các công trình trọng điểm phải khánh thành trước Quốc khánh 2/9.', 'trước Quốc khánh 2/9', '2025-09-01', 'DAY', 'BEFORE'],
  ['Hoàn thành đường dây 500 kV trước lễ Quốc khánh 2/9/2025.', 'trước lễ Quốc khánh 2/9/2025', '2025-09-01', 'DAY', 'BEFORE'],
  ['Bảo đảm an ninh, trật tự trong dịp Giỗ Tổ Hùng Vương năm 2025.', 'trong dịp Giỗ Tổ Hùng Vương năm 2025', '2025-04-07', 'DAY', 'WITHIN'],
  ['Bảo đảm giao thông thông suốt trong dịp Giỗ Tổ Hùng Vương.', 'trong dịp Giỗ Tổ Hùng Vương', '2025-04-07', 'DAY', 'WITHIN'],
]);

describe('holidays that are occasions, not times', () => {
  it.each([
    'Các địa phương tổ chức các hoạt động chào mừng Quốc khánh 2/9.',
    'Kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
  ])('%s', (sentence) => {
    expect(parseDeadlines(sentence, '2025-02-06')).toEqual([]);
  });

  it('takes the next National Day when this year\'s has passed', () => {
    expect(parseDeadlines('Hoàn thành trước Quốc khánh.', '2025-10-01').map((m) => m.date)).toEqual(['2026-09-01']);
  });
});
