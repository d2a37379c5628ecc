// Years as time frames: "trong năm 2025", "năm 2024", "trong năm nay" → 31 December. A bare
// "năm 2019" in a statistic is still returned (the extractor decides it is not a deadline).
import { describeRows } from './deadline-table';

const REFERENCE = '2025-02-06';

describeRows('years (VNYearParser)', REFERENCE, 'VNYearParser', [
  ['Trong năm 2025, 100% các sân bay, bến cảng, cửa khẩu ứng dụng công nghệ sinh trắc.', 'Trong năm 2025', '2025-12-31', 'YEAR', 'BY'],
  ['Với chủ đề đó, năm 2024, các bộ, ngành, địa phương cần tập trung thực hiện tốt nhiệm vụ.', 'năm 2024', '2024-12-31', 'YEAR', 'WITHIN'],
  ['Các bộ, ngành phải hoàn thành việc sắp xếp đơn vị hành chính trong năm nay.', 'trong năm nay', '2025-12-31', 'YEAR', 'BY'],
  ['Nhiệm vụ này phải được hoàn thành trong năm.', 'trong năm', '2025-12-31', 'YEAR', 'BY'],
  ['Năm 2019, Việt Nam mới chỉ đạt gần 11% dịch vụ công trực tuyến.', 'Năm 2019', '2019-12-31', 'YEAR', 'WITHIN'],
  ['Phấn đấu đến năm 2030, kinh tế số chiếm 30% GDP.', 'đến năm 2030', '2030-12-31', 'YEAR', 'BY'],
  ['Các dự án trọng điểm phải được khởi công trong năm tới.', 'trong năm tới', '2026-12-31', 'YEAR', 'BY'],
  ['Đường dây 500 kV mạch 3 phải hoàn thành trước giữa năm 2024.', 'trước giữa năm 2024', '2024-06-30', 'HALF', 'BEFORE'],
  ['Với mục tiêu mới năm nay, các bộ phải tăng tốc.', 'năm nay', '2025-12-31', 'YEAR', 'WITHIN'],
  ['Luật Đất đai phải được sửa đổi trong năm 2025.', 'trong năm 2025', '2025-12-31', 'YEAR', 'BY'],
]);
