// The assigner through coreference: role words and pronouns resolve to the official the report
// names; the Prime Minister by the meeting date when the report does not name him.
import { extract } from '../../src/extract/pipeline';

const assigners = (text: string, published: string) => extract({ text, published }).directives.map((d) => [d.assigner?.name ?? null, d.ruleIds.find((r) => r.startsWith('coref.'))]);

describe('assigner coreference', () => {
  test.each<[string, string, string, (string | null | undefined)[][]]>([
    ['"người đứng đầu Chính phủ" → the Prime Minister named in the report',
      'Chiều 6/2, Thủ tướng Phạm Minh Chính chủ trì phiên họp. Người đứng đầu Chính phủ giao Bộ Y tế rà soát giá thuốc.', '2025-02-06',
      [['Phạm Minh Chính', 'coref.pm']]],
    ['"lãnh đạo Chính phủ" → the Prime Minister named in the report',
      'Chiều 6/2, Thủ tướng Phạm Minh Chính chủ trì phiên họp. Lãnh đạo Chính phủ yêu cầu các địa phương bảo đảm an sinh.', '2025-02-06',
      [['Phạm Minh Chính', 'coref.government-leader']]],
    ['"Phó Thủ tướng" → the Deputy Prime Minister named, even after a Prime Minister is mentioned',
      'Sáng 3/3, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp triển khai chỉ đạo của Thủ tướng Phạm Minh Chính. Phó Thủ tướng yêu cầu Bộ Xây dựng hoàn thiện hồ sơ.', '2025-03-03',
      [['Trần Hồng Hà', 'coref.deputy-pm']]],
    ['"Ông" → whoever is speaking (the chair)',
      'Sáng 8/10, Chủ tịch UBND tỉnh Nguyễn Văn Thi chủ trì hội nghị. Ông giao Sở Tài chính rà soát nguồn vốn.', '2024-10-08',
      [['Nguyễn Văn Thi', 'coref.current-speaker']]],
    // FORMAT.md: "Thủ tướng" resolves to the Prime Minister the report names; never a guess.
    ['"Thủ tướng" never named in the report → no assigner',
      'Sáng 12/5, hội nghị trực tuyến được tổ chức. Thủ tướng yêu cầu các bộ, ngành tháo gỡ khó khăn cho doanh nghiệp.', '2019-05-12',
      [[null, 'coref.pm-by-date']]],
  ])('%s', (_name, text, published, expected) => {
    expect(assigners(text, published)).toEqual(expected);
  });
});

describe('recipients and monitors are not assignees', () => {
  test('"báo cáo Thủ tướng Chính phủ" names the recipient', () => {
    const [d] = extract({ text: 'Thủ tướng giao Bộ Tài chính chủ trì xây dựng đề án, báo cáo Thủ tướng Chính phủ trong tháng 6/2025.', published: '2025-01-10' }).directives;
    expect([d.assignees.map((p) => p.name), d.recipients.map((p) => p.name), d.deadline?.date]).toEqual([['Bộ Tài chính'], ['Thủ tướng Chính phủ'], '2025-06-30']);
  });
  test('"theo dõi, đôn đốc" makes the assignee a monitor too', () => {
    const [d] = extract({ text: 'Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.', published: '2025-01-10' }).directives;
    expect([d.assignees.map((p) => p.name), d.monitors.map((p) => p.name)]).toEqual([['Văn phòng Chính phủ'], ['Văn phòng Chính phủ']]);
  });
});
