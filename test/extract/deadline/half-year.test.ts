// Halves and first months of the year: "6 tháng đầu năm" → 30 June, "6 tháng cuối năm" → 31 December.
import { describeRows } from './deadline-table';

const REFERENCE = '2025-02-06';

describeRows('first or last months of the year (VNFirstMonthsOfYearParser)', REFERENCE, 'VNFirstMonthsOfYearParser', [
  ['Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm.', 'trong 6 tháng đầu năm', '2025-06-30', 'HALF', 'BY'],
  ['Các bộ, ngành tập trung giải ngân vốn đầu tư công trong 6 tháng cuối năm.', 'trong 6 tháng cuối năm', '2025-12-31', 'HALF', 'BY'],
  ['Chính phủ đặt mục tiêu tăng trưởng trên 7% trong sáu tháng đầu năm 2025.', 'trong sáu tháng đầu năm 2025', '2025-06-30', 'HALF', 'BY'],
  ['Các địa phương hoàn thành việc cấp giấy chứng nhận trong nửa đầu năm nay.', 'trong nửa đầu năm nay', '2025-06-30', 'HALF', 'BY'],
  ['Kết quả giải ngân 9 tháng đầu năm 2024 đạt 47,29% kế hoạch.', '9 tháng đầu năm 2024', '2024-09-30', 'QUARTER', 'WITHIN'],
]);
