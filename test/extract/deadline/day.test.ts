// Days: "trước ngày 30/6/2025", "10-11-2022", "ngày 15 tháng 3", "chậm nhất ngày 15/3" → that day.
import { describeRows, expectOnlyDeadline } from './deadline-table';

const REFERENCE = '2025-02-06';

describeRows('slash and dash dates (chrono SlashDateFormatParser)', REFERENCE, 'chrono/SlashDateFormatParser', [
  ['Các bộ, ngành hoàn thành việc rà soát, gửi Bộ Tư pháp trước ngày 30/6/2025.', 'trước ngày 30/6/2025', '2025-06-30', 'DAY', 'BEFORE'],
  ['Bộ Tài chính báo cáo Thủ tướng Chính phủ chậm nhất ngày 15/3.', 'chậm nhất ngày 15/3', '2025-03-15', 'DAY', 'BY'],
  ['Văn phòng Chính phủ tổng hợp, báo cáo chậm nhất là ngày 20/4/2025.', 'chậm nhất là ngày 20/4/2025', '2025-04-20', 'DAY', 'BY'],
  ['Hội nghị được tổ chức ngày 10-11-2022 tại Hà Nội.', 'ngày 10-11-2022', '2022-11-10', 'DAY', 'ON'],
  ['UBND các tỉnh gửi kế hoạch về Bộ Nội vụ trước 31/3 để tổng hợp.', 'trước 31/3', '2025-03-31', 'DAY', 'BEFORE'],
  ['Giao Bộ Công an hoàn thành việc cấp căn cước điện tử đến ngày 31/12/2025.', 'đến ngày 31/12/2025', '2025-12-31', 'DAY', 'BY'],
  ['Sáng 27/4, Thủ tướng Chính phủ chủ trì phiên họp thứ hai của Ủy ban.', '27/4', '2025-04-27', 'DAY', 'ON'],
  ['Ngày 19/7, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị.', 'Ngày 19/7', '2025-07-19', 'DAY', 'ON'],
  // Regression: a deadline right after a document number is not that document's date.
  ['Các bộ sửa đổi Thông tư số 12/2024/TT-BTC trước ngày 30/9/2025.', 'trước ngày 30/9/2025', '2025-09-30', 'DAY', 'BEFORE'],
]);

describeRows('day and month in words (chrono VIStandardParser)', REFERENCE, 'chrono/VIStandardParser', [
  ['Các địa phương hoàn thành việc chi trả trước ngày 15 tháng 3.', 'trước ngày 15 tháng 3', '2025-03-15', 'DAY', 'BEFORE'],
  ['Luật được Quốc hội thông qua ngày 1 tháng 7 năm 2025.', 'ngày 1 tháng 7 năm 2025', '2025-07-01', 'DAY', 'ON'],
]);

describeRows('day-month with a dash, no year (VNDashDayParser)', REFERENCE, 'VNDashDayParser', [
  ['Các bộ, ngành gửi báo cáo về Bộ Kế hoạch và Đầu tư trước 30-6 để tổng hợp.', 'trước 30-6', '2025-06-30', 'DAY', 'BEFORE'],
  ['Sáng 27-4, Thủ tướng Chính phủ chủ trì phiên họp.', '27-4', '2025-04-27', 'DAY', 'ON'],
  ['Hội nghị sẽ tổng kết vào ngày 15-12 tại Hà Nội.', 'vào ngày 15-12', '2025-12-15', 'DAY', 'ON'],
]);

describeRows('cues in a row, "ngay", and a time of day before the date', REFERENCE, 'chrono/SlashDateFormatParser', [
  ['Hồ sơ phải gửi về Văn phòng Chính phủ trước 17 giờ ngày 30/6/2025.', 'trước 17 giờ ngày 30/6/2025', '2025-06-30', 'DAY', 'BEFORE'],
  ['Các bộ báo cáo Thủ tướng Chính phủ chậm nhất trước ngày 20/3.', 'chậm nhất trước ngày 20/3', '2025-03-20', 'DAY', 'BEFORE'],
  ['Bộ Tài chính phải ban hành thông tư ngay trước ngày 1/7/2025.', 'ngay trước ngày 1/7/2025', '2025-07-01', 'DAY', 'BEFORE'],
  ['Thời sự phát sóng (thứ Sáu, 14/3) trên kênh VTV1.', '14/3', '2025-03-14', 'DAY', 'ON'],
  ['Luật áp dụng cho các hợp đồng ký ngày 1/7 năm nay.', 'ngày 1/7 năm nay', '2025-07-01', 'DAY', 'ON'],
]);

describeRows('ISO dates (chrono ISOFormatParser)', REFERENCE, 'chrono/ISOFormatParser', [
  ['Hạn nộp báo cáo là 2025-06-30 theo hệ thống quản lý văn bản.', '2025-06-30', '2025-06-30', 'DAY', 'ON'],
]);

describe('what a day keeps', () => {
  it('marks the year as implied when the text does not write one', () => {
    const mention = expectOnlyDeadline('Bộ Y tế báo cáo Thủ tướng trước ngày 15/3.', REFERENCE, {
      text: 'trước ngày 15/3', date: '2025-03-15', precision: 'DAY', relation: 'BEFORE',
    });
    expect(mention.yearImplied).toBe(true);
    expect(mention.recurring).toBe(false);
  });

  it('marks the year as written when it is', () => {
    const mention = expectOnlyDeadline('Bộ Y tế báo cáo Thủ tướng trước ngày 15/3/2025.', REFERENCE, {
      text: 'trước ngày 15/3/2025', date: '2025-03-15', precision: 'DAY', relation: 'BEFORE',
    });
    expect(mention.yearImplied).toBe(false);
  });

  it('keeps a date in the past: deciding what it means is the extractor\'s job', () => {
    expectOnlyDeadline('Bộ đã tổ chức hội nghị ngày 4/4/2022 tại Hà Nội.', REFERENCE, {
      text: 'ngày 4/4/2022', date: '2022-04-04', precision: 'DAY', relation: 'ON',
    });
  });

  it('records "hằng năm" dates as recurring, with the marker in the phrase', () => {
    const mention = expectOnlyDeadline(
      'Thủ tướng Chính phủ quyết định lấy ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia.', REFERENCE,
      { text: 'ngày 10/10 hằng năm', date: '2025-10-10', precision: 'DAY', relation: 'ON' },
    );
    expect(mention.recurring).toBe(true);
  });

  it('records a date after "Hằng năm," as recurring too', () => {
    const mention = expectOnlyDeadline('Hằng năm, trước ngày 15/12, các bộ gửi báo cáo về Bộ Nội vụ.', REFERENCE, {
      text: 'trước ngày 15/12', date: '2025-12-15', precision: 'DAY', relation: 'BEFORE',
    });
    expect(mention.recurring).toBe(true);
  });

  it('records "trước ngày 15/4 và 15/10 hằng năm" as one recurring phrase', () => {
    const mention = expectOnlyDeadline('Các địa phương báo cáo trước ngày 15/4 và 15/10 hằng năm.', REFERENCE, {
      text: 'trước ngày 15/4 và 15/10 hằng năm', date: '2025-10-15', precision: 'DAY', relation: 'BEFORE',
    });
    expect(mention.recurring).toBe(true);
  });
});
