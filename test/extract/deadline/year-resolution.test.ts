// Which year a phrase without one belongs to. FORMAT.md: "the year comes from the text, else
// from the meeting date". Our one refinement (calendar.ts resolveImpliedYear): a period that
// would have ended more than 90 days before the meeting is next year's — a task set on
// 21 December "trước ngày 15/1" is due on 15 January of the coming year.
import { parseDeadlines } from '../../../src/extract/deadline';

function dateOf(sentence: string, reference: string): string[] {
  return parseDeadlines(sentence, reference).map((m) => m.date);
}

describe('year of a phrase written without one', () => {
  it.each([
    ['takes the meeting year for a month still ahead', 'Hoàn thành trong tháng 9.', '2025-02-06', '2025-09-30'],
    ['keeps the meeting year for the current month', 'Hoàn thành trong tháng 2.', '2025-02-06', '2025-02-28'],
    ['keeps the meeting year for a month just past (within 90 days)', 'Số liệu tính đến hết tháng 11.', '2025-12-21', '2025-11-30'],
    ['moves a month long past to next year', 'Các bộ báo cáo Thủ tướng trước ngày 15/1.', '2023-12-21', '2024-01-15'],
    ['moves a quarter long past to next year', 'Trình Chính phủ trong quý I.', '2024-11-15', '2025-03-31'],
    ['keeps the first half when the meeting is in it', 'Hoàn thành trong 6 tháng đầu năm.', '2025-02-06', '2025-06-30'],
    ['keeps the meeting year for a day already past by less than 90 days', 'Ngày 19/7, Thủ tướng chủ trì hội nghị.', '2024-09-01', '2024-07-19'],
    ['never moves a year written in the text', 'Hoàn thành trong tháng 01/2024.', '2025-02-06', '2024-01-31'],
  ])('%s', (_why, sentence, reference, expected) => {
    expect(dateOf(sentence, reference)).toEqual([expected]);
  });

  it('marks every such year as implied', () => {
    const [mention] = parseDeadlines('Các bộ báo cáo Thủ tướng trước ngày 15/1.', '2023-12-21');
    expect(mention.yearImplied).toBe(true);
  });

  it('drops phrases it cannot place when the meeting date is unknown, keeps written years', () => {
    const mentions = parseDeadlines('Hoàn thành trong tháng 9 và trước ngày 30/6/2025.', '');
    expect(mentions.map((m) => [m.text, m.date])).toEqual([['trước ngày 30/6/2025', '2025-06-30']]);
  });
});
