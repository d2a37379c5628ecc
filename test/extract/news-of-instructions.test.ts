// Instructions as a news report gives them, on passages of our own: a body "vừa / đã" asking, a
// dispatch "ra / phát đi" with its urgency and date, and an introduction whose list the page does
// not carry. Each row states who is asked; rows with no doer state that no directive is found.
import { extract } from '../../src/extract/pipeline';

function read(text: string) {
  const r = extract({ text, published: '2024-09-06' });
  return r.directives.map((d) => ({ text: d.text, a: d.assignees.map((x) => x.name), by: d.assigner?.name ?? null }));
}

describe('a body asking, as news', () => {
  test.each<[string, string, string[]]>([
    ['"vừa" before the verb is the news itself',
      'UBND tỉnh Nghệ An vừa yêu cầu UBND các huyện tạm dừng cấp phép cho tàu cá ra khơi.', ['Ủy ban nhân dân các huyện, thành phố tỉnh Nghệ An']],
    ['a department "đã đề nghị" its units',
      'Sở Y tế tỉnh Nghệ An đã yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát ổ dịch.', ['Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An']],
    ['a dispatch "ra công điện khẩn"',
      'UBND tỉnh Nghệ An đã ra công điện khẩn yêu cầu các địa phương khẩn trương sơ tán người dân vùng trũng.', ['Các địa phương']],
    ['a dispatch by number and date',
      'UBND tỉnh Nghệ An vừa ban hành Công điện số 05/CĐ-UBND ngày 5/9/2024 yêu cầu các sở, ngành trực ban 24/24 giờ.', ['Các sở, ngành tỉnh Nghệ An']],
    ['a letter that directs ("vừa có công văn chỉ đạo"): those it directs do the task',
      'UBND thành phố Hà Nội vừa có công văn chỉ đạo các sở, ngành, UBND các quận, huyện phải kiểm tra mọi công trình xây dựng.',
      ['Các sở, ngành thành phố Hà Nội', 'Ủy ban nhân dân các quận, huyện thành phố Hà Nội']],
    ['the letter\'s number in brackets',
      'UBND tỉnh Nghệ An vừa ban hành công văn (số 3018/UBND-KTN) chỉ đạo các sở, ngành tăng cường bảo đảm an toàn giao thông đường thủy.', ['Các sở, ngành tỉnh Nghệ An']],
  ])('%s', (_, text, assignees) => {
    const r = read(text);
    expect(r).toHaveLength(1);
    expect(r[0].a).toEqual(assignees);
  });

  test.each<[string, string, string[][]]>([
    // An official's "đã yêu cầu", anyone's "đã giao", recall an instruction given before.
    ['an official recalls an earlier ask', 'Tại phiên họp, Thủ tướng đã yêu cầu các bộ khẩn trương hoàn thiện hồ sơ dự án.', []],
    ['a body recalls an earlier assignment', 'Trong năm, Chính phủ đã giao Bộ Tài chính xây dựng cơ sở dữ liệu về các dự án.', []],
    // The first task's own doers remain: the committee's earlier instruction is what they carry out.
    ['what the committee directed before is the object of the task',
      'UBND tỉnh yêu cầu các huyện theo dõi diễn biến của bão, triển khai các nội dung UBND tỉnh đã chỉ đạo tại Công văn số 12/UBND-NN.',
      [['Ủy ban nhân dân các huyện, thành phố']]],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });

  test('the committee that "vừa chỉ đạo" its departments hands them the task', () => {
    const r = read('UBND tỉnh Nghệ An vừa chỉ đạo các sở, ngành và UBND các huyện tuyệt đối không lơ là công tác phòng dịch.');
    expect(r.map((d) => d.a)).toEqual([['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thành phố tỉnh Nghệ An']]);
  });
});

describe('an introduction without its items', () => {
  test('a task before the colon is a directive when no item follows', () => {
    const r = read('Để phòng bệnh dịch, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ, quyết liệt một số nhiệm vụ:');
    expect(r.map((d) => d.a)).toEqual([['Ủy ban nhân dân các huyện, thành phố']]);
  });

  test('with items below, the items are the directives and the introduction is none', () => {
    const r = read([
      'Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ một số nhiệm vụ:',
      '- Kiểm tra, giám sát chặt chẽ việc vận chuyển gia súc qua địa bàn.',
      '- Tổ chức tiêu hủy ngay lợn bệnh theo hướng dẫn của ngành thú y.',
    ].join('\n'));
    expect(r.map((d) => d.text)).toEqual([
      '- Kiểm tra, giám sát chặt chẽ việc vận chuyển gia súc qua địa bàn',
      '- Tổ chức tiêu hủy ngay lợn bệnh theo hướng dẫn của ngành thú y',
    ]);
    expect(r.every((d) => d.a[0] === 'Ủy ban nhân dân các huyện, thành phố')).toBe(true);
  });

  test('an introduction that only points at its list is no task', () => {
    expect(read('Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:')).toEqual([]);
  });
});

describe('an official answering a proposal', () => {
  test('the proposal considered before the official is stepped over to the answer', () => {
    const r = read('Xét đề nghị của Bộ Y tế tại văn bản số 41/BYT-KHTC, Phó Thủ tướng Lê Minh Khái có ý kiến như sau: Bộ Y tế chịu trách nhiệm về chất lượng thiết bị; báo cáo kết quả trước ngày 30/9.');
    expect(r.map((d) => [d.a, d.by])).toEqual([[['Bộ Y tế'], 'Lê Minh Khái'], [['Bộ Y tế'], 'Lê Minh Khái']]);
  });
});

describe('a centrally-run city as the doer', () => {
  test.each<[string, string]>([
    ['spelled "TP.HCM"', 'Trong quá trình xây dựng đề án, TP.HCM cần lưu ý về quy hoạch chung.'],
    ['spelled "TPHCM"', 'Trong quá trình xây dựng đề án, TPHCM cần lưu ý về quy hoạch chung.'],
  ])('%s is the city, by its canonical name', (_, text) => {
    expect(read(text).map((d) => d.a)).toEqual([['Thành phố Hồ Chí Minh']]);
  });
});

describe('the doers a news report names in passing', () => {
  test.each<[string, string, string[][]]>([
    ['"Trong khi đó," goes on to a new doer',
      'Bộ Quốc phòng, Công an được giao tăng cường tuần tra ở khu vực biên giới. Trong khi đó, Bộ Công Thương cần quản lý thị trường nội địa.',
      [['Bộ Quốc phòng', 'Bộ Công an'], ['Bộ Công Thương']]],
    ['an abbreviation in brackets after a topic\'s body',
      'Đối với Bộ Giao thông vận tải (GTVT), Thủ tướng yêu cầu khẩn trương trình Chính phủ dự án Luật Đường bộ.',
      [['Bộ Giao thông vận tải']]],
    ['companies by their abbreviated kind, after a district\'s committee',
      'Phó Chủ tịch UBND tỉnh Quảng Ninh yêu cầu UBND huyện Vân Đồn, TCT Đông Bắc, CTCP Than Hà Lầm khẩn trương hoàn nguyên môi trường.',
      [['Ủy ban nhân dân huyện Vân Đồn', 'Tổng công ty Đông Bắc', 'Công ty cổ phần Than Hà Lầm']]],
    ['"Riêng về …" is one part of the topic before: its doer goes on',
      'Đối với Bộ Giao thông vận tải, Thủ tướng yêu cầu khẩn trương trình Chính phủ dự án Luật Đường bộ. Riêng về các dự án hạ tầng giao thông, Thủ tướng yêu cầu đẩy nhanh tiến độ đường cao tốc.',
      [['Bộ Giao thông vận tải'], ['Bộ Giao thông vận tải']]],
    ['"Về …" opens a topic of its own',
      'Đối với Bộ Giao thông vận tải, Thủ tướng yêu cầu khẩn trương trình Chính phủ dự án Luật Đường bộ. Về an ninh trật tự, Thủ tướng yêu cầu tăng cường tuần tra.',
      [['Bộ Giao thông vận tải'], []]],
    ['"các Bộ và các địa phương liên quan" as partners are both groups',
      'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các Bộ và các địa phương liên quan xử lý ô nhiễm không khí.',
      [['Bộ Nông nghiệp và Môi trường']]],
    // A body's comment on a draft is what it proposed, whatever the body.
    ['a body\'s comment on a draft', 'Ủy ban Thường vụ Quốc hội (UBTVQH) đề nghị dự thảo đưa ra hai phương án về trách nhiệm lập quy hoạch.', []],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });
});

describe('a speech that gives its own instruction', () => {
  test.each<[string, string, string[][], (string | null)[]]>([
    ['"kết luận như sau: Giao …"', 'Chủ tịch UBND tỉnh Nguyễn Văn An kết luận như sau: Giao các sở, ngành rà soát các nội dung thẩm tra.',
      [['Các sở, ngành']], ['Nguyễn Văn An']],
    ['"có ý kiến chỉ đạo như sau: Giao …"', 'Sau khi xem xét, Chủ tịch UBND tỉnh Nguyễn Văn An có ý kiến chỉ đạo như sau: Giao các sở, ngành theo chức năng, nhiệm vụ được giao, giải trình các nội dung thẩm tra.',
      [['Các sở, ngành']], ['Nguyễn Văn An']],
    ['a framing "Giao nhiệm vụ cho …," before the official who instructs',
      'Giao nhiệm vụ cho các bộ ngành, Thủ tướng Phạm Minh Chính yêu cầu Bộ Giáo dục và Đào tạo bảo đảm đề thi chính xác.',
      [['Bộ Giáo dục và Đào tạo']], ['Phạm Minh Chính']],
  ])('%s', (_, text, assignees, by) => {
    const r = read(text);
    expect(r.map((d) => d.a)).toEqual(assignees);
    expect(r.map((d) => d.by)).toEqual(by);
  });
});

test('"các Bộ và các địa phương liên quan" as partners are both groups', () => {
  const r = extract({ text: 'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các Bộ và các địa phương liên quan xử lý ô nhiễm không khí.', published: '2025-06-01' });
  expect(r.directives.map((d) => d.coordinators.map((c) => c.name))).toEqual([['Các bộ, ngành', 'Các địa phương']]);
});

describe('a task told as what an official asked of a body', () => {
  test.each<[string, string, string[][], (string | null)[]]>([
    ['"<task> là yêu cầu của <official> với <bodies>"',
      'Thủ tướng Phạm Minh Chính chủ trì hội nghị. Tăng cường tuyên truyền tác hại của thuốc lá là yêu cầu của Thủ tướng với Bộ Thông tin và Truyền thông, Bộ Giáo dục và Đào tạo.',
      [['Bộ Thông tin và Truyền thông', 'Bộ Giáo dục và Đào tạo']], ['Phạm Minh Chính']],
    // A pronoun for the headline before "là" is no task.
    ['"Đó là chỉ đạo của …" is no task', 'Đó là chỉ đạo của Phó Thủ tướng Trần Hồng Hà tại buổi làm việc với tỉnh Quảng Trị.', [], []],
  ])('%s', (_, text, assignees, by) => {
    const r = read(text);
    expect(r.map((d) => d.a)).toEqual(assignees);
    expect(r.map((d) => d.by)).toEqual(by);
  });
});

test("an outlet's invitation to its pages is no task", () => {
  expect(read('UBND tỉnh yêu cầu các địa phương sơ tán dân.\n* Mời quý độc giả theo dõi các chương trình đã phát sóng trên trang của đài.').map((d) => d.a)).toEqual([['Các địa phương']]);
});

describe('a headline over its dateline', () => {
  test('a portal\'s headline without final punctuation ends before "Ngày D/M/Y, …"', () => {
    // (The portal's toolbar lines end without punctuation: the page reads as hard-wrapped.)
    const page = ['Cổng thông tin điện tử - Thanh công cụ', '02/03/2021', 'Phóng to chữ Thu nhỏ chữ', 'UBND tỉnh chỉ đạo tổng kết thực tiễn năm 2021',
      'Ngày 01/3/2021, UBND tỉnh Nghệ An ban hành Công văn số 1066/UBND-VX chỉ đạo các sở, ngành tổ chức tổng kết thực tiễn.',
      'Cổng thông tin điện tử - Nội dung bản tin', 'Theo đó, các sở, ngành báo cáo kết quả về Sở Kế hoạch và Đầu tư trước ngày 01/11/2021.', ''].join('\n');
    const r = read(page);
    expect(r[0].text.startsWith('Ngày 01/3/2021')).toBe(true);
    expect(r[0].a).toEqual(['Các sở, ngành tỉnh Nghệ An']);
  });
});

describe('a lead that announces the tasks, then the tasks', () => {
  test('the headline again (an image\'s text above its caption) does not end them; "Cụ thể như" opens the first', () => {
    const page = ['Đến hết năm 2024 di dời các cơ sở chăn nuôi khỏi khu dân cư', '',
      'Ngày 2-8-2022, UBND tỉnh Bến Tre đã có công văn số 4828 yêu cầu Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thành phố tập trung thực hiện quyết liệt một số nhiệm vụ trọng tâm.', '',
      'Đến hết năm 2024 di dời các cơ sở chăn nuôi khỏi khu dân cư.', '', 'Một cơ sở chăn nuôi ven sông. Ảnh: CTV', '',
      'Cụ thể như tổ chức xác định ranh giới khu vực không được phép chăn nuôi.', '', 'Rà soát, thống kê các cơ sở chăn nuôi phải di dời.', ''].join('\n');
    const doers = ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre', 'Ủy ban nhân dân các huyện, thành phố tỉnh Bến Tre'];
    expect(read(page).map((d) => [d.text.slice(0, 14), d.a])).toEqual([['Cụ thể như tổ ', doers], ['Rà soát, thống', doers]]);
  });
});

describe('tasks counted in the lead, then numbered by words', () => {
  test('"… làm tốt 6 nhiệm vụ …." announces them; "*Một là*, …" (in italics) are its items, the province\'s', () => {
    const text = ['Phó Thủ tướng Trương Hòa Bình yêu cầu tỉnh Lào Cai chỉ đạo các lực lượng chức năng cần tập trung làm tốt 2 nhiệm vụ tăng cường công tác phòng chống buôn lậu.', '',
      '*Một là*, thực hiện nghiêm túc các nội dung chỉ đạo của Chính phủ về chống buôn lậu.', '', '*Hai là*, tổ chức triển khai Kế hoạch công tác năm 2017.', ''].join('\n');
    expect(read(text).map((d) => [d.text.slice(0, 9), d.a, d.by])).toEqual([
      ['*Một là*,', ['Lào Cai'], 'Trương Hòa Bình'], ['*Hai là*,', ['Lào Cai'], 'Trương Hòa Bình'],
    ]);
  });
});

describe('an introduction whose words read like a closing formula', () => {
  test('"… triển khai thực hiện các nội dung:" opens its items (a closing formula ends a letter, with no colon)', () => {
    const text = ['Theo đó, UBND tỉnh Nghệ An yêu cầu các sở, ngành triển khai thực hiện các nội dung:', '',
      'Tập trung rà soát các nhiệm vụ còn lại của kế hoạch năm 2020.', '', 'Tăng cường biện pháp phòng, chống dịch bệnh trên địa bàn tỉnh.', ''].join('\n');
    expect(read(text).map((d) => d.a)).toEqual([['Các sở, ngành tỉnh Nghệ An'], ['Các sở, ngành tỉnh Nghệ An']]);
  });
});

describe('the document the press quotes speaks for the one who gave it', () => {
  const LEAD = 'Văn phòng Chính phủ vừa có Thông báo số 312/TB-VPCP kết luận của Phó Thủ tướng Trần Hồng Hà tại cuộc họp về nhà ở xã hội.\n';
  test.each<[string, string, { a: string[]; by: string | null }[]]>([
    ['"Thông báo nêu rõ, <doer> …"', 'Thông báo nêu rõ, Bộ Xây dựng khẩn trương hoàn thiện Đề án.', [{ a: ['Bộ Xây dựng'], by: 'Trần Hồng Hà' }]],
    ['"Theo Thông báo, <doer> …"', 'Theo Thông báo, Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại giảm lãi suất cho vay.', [{ a: ['Ngân hàng Nhà nước Việt Nam'], by: 'Trần Hồng Hà' }]],
    ['"Thông báo nêu rõ: <doer> …"', 'Thông báo nêu rõ: các địa phương cần dành quỹ đất phát triển nhà ở xã hội.', [{ a: ['Các địa phương'], by: 'Trần Hồng Hà' }]],
    ['what the document says of the market is no task', 'Thông báo nêu rõ, thị trường nhà ở còn nhiều khó khăn.', []],
    ['after "chỉ đạo," the parties that "đã …" are told of, not instructed',
      'Từ đầu năm đến nay, Chính phủ đã có nhiều văn bản chỉ đạo, các bộ, ngành, địa phương đã nỗ lực triển khai các giải pháp điều hành.', []],
  ])('%s', (_, body, expected) => {
    expect(read(LEAD + body).map(({ a, by }) => ({ a, by }))).toEqual(expected);
  });
});

describe('instruction verbs joined, and the ministries as "các bộ"', () => {
  const LEAD = 'Chiều 25/8/2024, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về giải ngân vốn đầu tư công.\n';
  const doers = (body: string) => extract({ text: LEAD + body, published: '2024-08-26' }).directives.map((d) => d.assignees.map((x) => x.name));

  test.each<[string, string, string[][]]>([
    ['"chỉ đạo, giao": the doers follow the second verb', 'Thủ tướng chỉ đạo, giao Bộ Tài chính chuẩn bị tờ trình về cơ chế khoán chi.', [['Bộ Tài chính']]],
    ['"giao nhiệm vụ và phân công cho"', 'Thủ tướng giao nhiệm vụ và phân công cho Bộ trưởng Bộ Công Thương chuẩn bị báo cáo.', [['Bộ Công Thương']]],
    ['"chỉ đạo và giao"', 'Thủ tướng chỉ đạo và giao Bộ Y tế chủ trì xây dựng đề án.', [['Bộ Y tế']]],
    ['"các bộ" before a task verb is the ministries', 'Thủ tướng yêu cầu các bộ làm rõ trách nhiệm của mình, không đùn đẩy, đổ lỗi.', [['Các bộ, ngành']]],
    ['"các Bộ" capitalised, before a duty adverb', 'Thủ tướng đề nghị các Bộ thực hiện nghiêm túc các chỉ đạo của Chính phủ.', [['Các bộ, ngành']]],
    ['a post in apposition after the official ("Thủ tướng Chính phủ, Trưởng Tiểu ban …") leaves the official the speaker',
      'Thủ tướng Chính phủ, Trưởng Tiểu ban kinh tế – xã hội Đại hội XIII yêu cầu các bộ, ngành khẩn trương triển khai các nhiệm vụ.', [['Các bộ, ngành']]],
    ['"các ngành" alone, of a national leader, are the ministries', 'Thủ tướng yêu cầu các ngành kiểm tra, rà soát lại hồ sơ.', [['Các bộ, ngành']]],
    ['"các bộ" before a colon names them one by one', 'Thủ tướng yêu cầu các bộ: Kế hoạch và Đầu tư, Tài chính hoàn thiện phương án.', [['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính']]],
  ])('%s', (_, body, assignees) => {
    expect(doers(body)).toEqual(assignees);
  });

  test('"các bộ" before a noun counts sets, and names no one', () => {
    expect(doers('Thủ tướng yêu cầu hoàn thiện các bộ tiêu chí về nông thôn mới.')).toEqual([[]]);
  });
});

describe('a dispatch told as news, and doers pointed at', () => {
  const LEAD = 'Hà Nội, ngày 10/10/2024.\n';
  const doers = (body: string) => extract({ text: LEAD + body, published: '2024-10-10' }).directives.map((d) => [d.text, d.assignees.map((x) => x.name)]);

  test.each<[string, string, (string | string[])[][]]>([
    ['"vừa có công điện khẩn yêu cầu": the dispatch is how the instruction was given',
      'Thủ tướng vừa có công điện khẩn yêu cầu các bộ, ngành, địa phương chủ động triển khai các biện pháp phòng chống bão số 9.',
      [['Thủ tướng vừa có công điện khẩn yêu cầu các bộ, ngành, địa phương chủ động triển khai các biện pháp phòng chống bão số 9', ['Các bộ, ngành', 'Các địa phương']]]],
    ['"các hội họp chưa cần thiết" is unnecessary meetings, no negated duty; "Bắc Bộ" is a region',
      'Thủ tướng yêu cầu UBND các tỉnh Bắc Trung bộ và Bắc bộ tạm hoãn các hội họp chưa cần thiết.',
      [['Thủ tướng yêu cầu UBND các tỉnh Bắc Trung bộ và Bắc bộ tạm hoãn các hội họp chưa cần thiết', ['Các địa phương']]]],
    ['"Những địa phương này phải …": the doers named just before',
      'Thủ tướng yêu cầu UBND các tỉnh Thanh Hóa, Nghệ An tiếp tục khắc phục hậu quả mưa lũ. Những địa phương này phải phục hồi sản xuất.',
      [['Thủ tướng yêu cầu UBND các tỉnh Thanh Hóa, Nghệ An tiếp tục khắc phục hậu quả mưa lũ', ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Ủy ban nhân dân tỉnh Nghệ An']],
        ['Những địa phương này phải phục hồi sản xuất', ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Ủy ban nhân dân tỉnh Nghệ An']]]],
    ['"Bộ này cũng chủ trì …": the ministry named just before',
      'Thủ tướng yêu cầu Bộ Công Thương tiếp tục điều hành giá xăng dầu phù hợp. Mặt khác, Bộ này cũng chủ trì rà soát hoạt động của các nhà máy sản xuất etanol.',
      [['Thủ tướng yêu cầu Bộ Công Thương tiếp tục điều hành giá xăng dầu phù hợp', ['Bộ Công Thương']],
        ['Mặt khác, Bộ này cũng chủ trì rà soát hoạt động của các nhà máy sản xuất etanol', ['Bộ Công Thương']]]],
  ])('%s', (_, body, expected) => {
    expect(doers(body)).toEqual(expected);
  });
});
