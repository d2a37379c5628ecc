// Phrases that look like dates but are not times: document numbers, statistics, phone numbers,
// ranges of years, "tiền thưởng cuối năm". Each sentence must give no deadline at all.
import { parseDeadlines } from '../../../src/extract/deadline';

const REFERENCE = '2025-02-06';

describe('not deadlines', () => {
  it.each([
    ['document number with year', 'Thực hiện Nghị định số 15/2024/NĐ-CP của Chính phủ về quản lý đầu tư.'],
    ['document number without year', 'Theo Quyết định số 422/QĐ-TTg của Thủ tướng Chính phủ về dịch vụ công.'],
    ['document number that reads like a day', 'Thực hiện Công văn số 10/10 của Văn phòng Chính phủ.'],
    ['directive number with a date-like head', 'Triển khai Chỉ thị 15/3/CT-TTg về chuyển đổi số.'],
    ['ranking statistic', 'Việt Nam đứng thứ 86/193 quốc gia về Chính phủ điện tử.'],
    ['ranking that would be a valid day', 'Chính phủ điện tử Việt Nam đứng thứ 6/11 nước trong ASEAN.'],
    ['count of provinces', 'Đã có 43/76 địa phương hoàn thành kết nối dữ liệu.'],
    ['full score that would be a valid day', 'Tỉnh đã đạt 5/5 chỉ tiêu về chuyển đổi số.'],
    ['services count', 'Đã hoàn thành, cung cấp 25/25 dịch vụ công theo Đề án số 06.'],
    ['rate per year', 'Lãi suất cho vay ưu đãi là 6,6%/năm đối với hộ nghèo.'],
    ['phone number', 'Mọi phản ánh xin gọi đường dây nóng 0912.345.678 hoặc 024.3825.1234.'],
    ['range of years', 'Đề án phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025 đã đạt kết quả.'],
    ['range of years after năm', 'Kế hoạch đầu tư công trung hạn năm 2021-2025 được điều chỉnh.'],
    ['year-end bonus', 'Doanh nghiệp bảo đảm trả tiền thưởng cuối năm cho người lao động.'],
    ['year-end review', 'Bộ đã tổ chức hội nghị tổng kết cuối năm với các đơn vị trực thuộc.'],
    ['"cuối năm" without a time cue', 'Tình hình kinh tế cuối năm có nhiều khởi sắc.'],
    ['"trong năm qua": the past year', 'Trong năm qua, các bộ, ngành đã nỗ lực cắt giảm thủ tục hành chính.'],
    ['quý as an honorific', 'Xin mời quý vị đón xem Thời sự HTV lúc 20 giờ và 20 giờ 30 phút mỗi ngày.'],
    ['clock times', 'Phiên họp bắt đầu lúc 8 giờ 30 phút tại trụ sở Chính phủ.'],
    ['"6 tháng" as a duration', 'Thời gian thí điểm là 6 tháng kể từ khi Nghị quyết có hiệu lực.'],
    ['month as a count', 'Lương tháng 13 được chi trả cho người lao động theo quy chế.'],
    ['Tết as a subject', 'Các cấp, các ngành chăm lo Tết cho người nghèo, gia đình chính sách.'],
    ['weekday ordinal', 'Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số.'],
    ['percentages', 'Tỷ lệ hồ sơ trực tuyến đạt 43%, tăng hơn 8 lần.'],
    ['decimal numbers', 'Tổng doanh thu đạt 86,3 triệu USD, tăng 10,2%.'],
    ['a start date: "từ ngày"', 'Luật có hiệu lực thi hành từ ngày 1 tháng 7 năm 2025.'],
    ['a start date: "kể từ ngày"', 'Nghị định có hiệu lực kể từ ngày 1/7/2025.'],
    ['a start date: "sau ngày"', 'Sau ngày 30/6, các bộ không được tiếp nhận hồ sơ giấy.'],
    ['"đầu năm": too vague to date', 'Dự án được khởi công vào đầu năm 2025.'],
    ['a fraction after "trong"', 'Chương trình đã triển khai trong 2/3 số tỉnh, thành phố.'],
    ['a fraction after "đến"', 'Tỷ lệ này tăng đến 3/4 số xã trên cả nước.'],
    ['a fraction after "là"', 'Số người tham gia là 1/2 dân số trưởng thành.'],
    ['a resolution number that reads like a month', 'Thực hiện Nghị quyết 6/2025 của Hội đồng nhân dân tỉnh.'],
    ['a law named by its year', 'Các bộ, ngành triển khai thi hành Luật Đất đai năm 2024 và các văn bản hướng dẫn.'],
    ['a code named by its year', 'Sửa đổi Bộ luật Lao động năm 2019 cho phù hợp thực tiễn.'],
    ['the Constitution', 'Theo quy định của Hiến pháp năm 2013.'],
    ['a budget year', 'Bố trí kinh phí khi Quốc hội thông qua Nghị quyết phân bổ ngân sách Trung ương năm 2024.'],
    ['the horizon in a plan\'s title', 'Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022-2025, tầm nhìn đến năm 2030.'],
    ['a strategy\'s orientation', 'Chiến lược phát triển kinh tế số, định hướng đến năm 2045.'],
    ['the date of a document after its number', 'Thực hiện 13/28 dịch vụ công theo Quyết định số 422/QĐ-TTg, ngày 4/4/2022 của Thủ tướng Chính phủ.'],
    ['the date of a decree after its number', 'Sửa đổi Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ.'],
    ['the date of a resolution with a session code', 'Thực hiện Nghị quyết số 98/2023/QH15 ngày 24/6/2023 của Quốc hội.'],
    ['the date of a conclusion notice', 'Theo Thông báo số 123/TB-VPCP ngày 5/4/2024 của Văn phòng Chính phủ.'],
    ['two periods joined by "và": a span of time', 'Khẩn trương đàm phán, ký kết các FTA mới trong cuối năm 2025 và đầu năm 2026.'],
    ['a range of days', 'Thời gian thí điểm kéo dài trong 2-3 tuần.'],
    ['a range of percentages', 'Tăng trưởng tín dụng khoảng 15-16%.'],
  ])('%s: %s', (_why, sentence) => {
    expect(parseDeadlines(sentence, REFERENCE)).toEqual([]);
  });
});
