// Year ends: "cuối năm 2025", "đến hết năm 2025", "hết năm" → 31 December.
import { describeRows } from './deadline-table';

const REFERENCE = '2025-02-06';

describeRows('year ends (VNYearEndParser)', REFERENCE, 'VNYearEndParser', [
  ['Đến cuối năm 2025, tất cả cán bộ, công chức cấp xã, huyện, tỉnh phải xử lý công việc trên môi trường mạng.', 'Đến cuối năm 2025', '2025-12-31', 'YEAR', 'BY'],
  ['Mục tiêu là đến hết năm 2025 đạt 80% dịch vụ công trực tuyến toàn trình.', 'đến hết năm 2025', '2025-12-31', 'YEAR', 'BY'],
  ['Các bộ, ngành phải hoàn thành việc cắt giảm thủ tục hành chính trước cuối năm nay.', 'trước cuối năm nay', '2025-12-31', 'YEAR', 'BEFORE'],
  ['Bộ Giao thông vận tải hoàn thành 3.000 km đường cao tốc đến hết năm, không để chậm trễ.', 'đến hết năm', '2025-12-31', 'YEAR', 'BY'],
  ['Cuối năm nay, các địa phương phải hoàn thành xóa nhà tạm, nhà dột nát.', 'Cuối năm nay', '2025-12-31', 'YEAR', 'BY'],
  ['Dự án phải hoàn thành và đưa vào sử dụng vào cuối năm tới.', 'vào cuối năm tới', '2026-12-31', 'YEAR', 'ON'],
  ['Các địa phương tích cực triển khai các phương án phòng, chống lụt, bão trong những tháng cuối năm.', 'trong những tháng cuối năm', '2025-12-31', 'YEAR', 'BY'],
]);
