// Word lists for generated reports, in the register of Government news reports (VGP,
// Báo Chính phủ): meeting topics, task clauses, statistics and photo captions. Task clauses
// carry no agency and no date, so the directive templates control the ground truth.

export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai', 'Tô', 'Hà', 'Đoàn', 'Cao', 'Lâm',
] as const;

export const MIDDLE_NAMES = [
  'Văn', 'Minh', 'Đức', 'Hữu', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Hồng', 'Công', 'Đình', 'Quang',
  'Thành', 'Hoài', 'Tuấn', 'Kim', 'Bá', 'Trọng', 'Chí', 'Mạnh', 'Thị', 'Lưu', 'Việt', 'Tiến',
] as const;

export const GIVEN_NAMES = [
  'Hùng', 'Dũng', 'Long', 'Chính', 'Bình', 'Quang', 'Tuấn', 'Hải', 'Sơn', 'Nam', 'Phúc', 'Khải',
  'Hà', 'Lan', 'Hương', 'Thắng', 'Khánh', 'Trung', 'Tâm', 'Đạt', 'Hòa', 'Lợi', 'Thủy', 'Vinh',
  'Cường', 'Hiếu', 'Nghĩa', 'Toàn', 'Kiên', 'Thảo', 'Phương', 'Tùng', 'Lực', 'Đông', 'Nhân', 'Vượng',
] as const;

export const PARTY_TITLES = ['Ủy viên Bộ Chính trị', 'Ủy viên Trung ương Đảng', 'Bí thư Trung ương Đảng'] as const;

export const PUBLISHERS = ['Báo Chính phủ', 'VGP', 'Báo Nhân Dân', 'TTXVN', 'Báo Điện tử Đảng Cộng sản Việt Nam', null] as const;

export const PHOTOGRAPHERS = ['VGP/Nhật Bắc', 'VGP/Đức Tuân', 'VGP/Hải Minh', 'TTXVN', 'Đoàn Bắc', 'VGP/Trần Mạnh'] as const;

export const TOPICS = [
  'chuyển đổi số quốc gia',
  'thúc đẩy giải ngân vốn đầu tư công',
  'phát triển nhà ở xã hội',
  'phòng, chống thiên tai và tìm kiếm cứu nạn',
  'cải cách thủ tục hành chính',
  'các dự án đường bộ cao tốc',
  'bảo đảm an ninh năng lượng',
  'tháo gỡ khó khăn cho thị trường bất động sản',
  'thúc đẩy xuất khẩu nông sản',
  'triển khai Đề án 06',
  'phát triển công nghiệp bán dẫn',
  'phòng, chống dịch bệnh',
  'xây dựng pháp luật',
  'bảo đảm trật tự an toàn giao thông',
  'khắc phục hậu quả bão số 3',
  'phát triển kinh tế số',
] as const;

/** Task clauses: verb first, no agency, no date, no final punctuation. */
export const TASKS = [
  'hoàn thiện hồ sơ dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 15/2021/NĐ-CP',
  'rà soát, đề xuất cắt giảm, đơn giản hóa các thủ tục hành chính liên quan đến hoạt động kinh doanh',
  'nghiên cứu, đề xuất cơ chế, chính sách đặc thù thúc đẩy phát triển nhà ở xã hội',
  'xây dựng cơ sở dữ liệu quốc gia chuyên ngành, bảo đảm kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư',
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các dự án quan trọng quốc gia',
  'hướng dẫn các địa phương triển khai cấp phiếu lý lịch tư pháp trên ứng dụng VNeID',
  'tổng hợp, đánh giá kết quả thực hiện Nghị quyết số 01/NQ-CP',
  'chuẩn bị kỹ lưỡng các điều kiện để khởi công các dự án đường bộ cao tốc',
  'kiểm tra, giám sát việc bảo đảm cung ứng đủ điện cho sản xuất, kinh doanh và tiêu dùng',
  'triển khai thí điểm bệnh án điện tử tại các bệnh viện tuyến trung ương',
  'xây dựng Đề án phát triển nguồn nhân lực ngành công nghiệp bán dẫn',
  'hoàn thiện quy hoạch hệ thống cảng biển, bảo đảm đồng bộ với quy hoạch giao thông',
  'tăng cường thanh tra, kiểm tra việc thực thi công vụ của cán bộ, công chức',
  'chủ động các phương án ứng phó với thiên tai, bảo đảm an toàn tính mạng, tài sản của người dân',
  'sửa đổi Luật Đất đai và các văn bản hướng dẫn thi hành để tháo gỡ vướng mắc',
  'đánh giá tác động của các hiệp định thương mại tự do đối với xuất khẩu nông sản',
  'đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình',
  'ban hành tiêu chuẩn, quy chuẩn kỹ thuật về an toàn thông tin mạng',
  'bố trí đủ nguồn vốn cho các chương trình mục tiêu quốc gia',
  'tổ chức sơ kết việc thực hiện chương trình phục hồi và phát triển kinh tế - xã hội',
  'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'nâng cao chất lượng đào tạo nghề, gắn với nhu cầu của thị trường lao động',
  'xử lý dứt điểm các dự án tồn đọng, kéo dài',
  'bảo đảm cân đối cung cầu, bình ổn giá các mặt hàng thiết yếu',
  'xây dựng kịch bản tăng trưởng cho từng ngành, lĩnh vực',
  'hoàn thiện khung pháp lý về tài sản số và tiền số',
  'triển khai các giải pháp chi trả an sinh xã hội không dùng tiền mặt',
  'phát động phong trào thi đua đổi mới sáng tạo trong toàn quốc',
] as const;

/** Sentences that carry numbers and periods but no task: statistics from the report body. */
export const STATISTICS = [
  'Tỷ lệ giải ngân vốn đầu tư công 6 tháng đầu năm {y} đạt {p},{q}% kế hoạch, cao hơn cùng kỳ năm trước.',
  'Việt Nam đứng thứ {a}/193 quốc gia về Chỉ số phát triển Chính phủ điện tử, tăng {b} bậc so với năm {y0}.',
  'Đến nay, {a}/63 địa phương đã kết nối với Cổng Dịch vụ công quốc gia; {p},{q}% hồ sơ được xử lý trực tuyến.',
  'Trong quý I/{y}, tổng kim ngạch xuất khẩu ước đạt {a},{q} tỷ USD, tăng {p}% so với cùng kỳ.',
  'Theo Quyết định số {a}/QĐ-TTg ngày {d}/{m}/{y0} của Thủ tướng Chính phủ, cả nước có {b} dự án trọng điểm.',
  'Cơ sở dữ liệu quốc gia về dân cư đã kết nối với {b} bộ, ngành và {a} địa phương, đồng bộ hơn {p} triệu thông tin công dân.',
  'Năm {y0}, tốc độ tăng trưởng GDP đạt {p},{q}%, thuộc nhóm cao nhất khu vực.',
  'Ngày {d}/{m} hằng năm được chọn là ngày truyền thống của ngành.',
] as const;

/** Remarks that mention agencies or emphasis but give no task. */
export const NON_DIRECTIVES = [
  '{who} biểu dương {agency} đã hoàn thành tốt nhiệm vụ được giao trong năm {y0}.',
  '{who} nhấn mạnh, {topic} là nhiệm vụ trọng tâm, cấp bách, có ý nghĩa chiến lược lâu dài.',
  '{who} đánh giá cao sự phối hợp chặt chẽ giữa {agency} và các địa phương.',
  'Tại phiên họp, {agency} đã báo cáo tình hình triển khai, nêu rõ những khó khăn, vướng mắc.',
  'Các đại biểu thống nhất cao với báo cáo của {agency} về {topic}.',
] as const;
