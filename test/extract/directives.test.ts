// Directive rules on sentences of our own, in the style of Government reports and VPCP
// conclusions. Each case: a whole sentence after a fixed opening that names the meeting and
// its chair; expected task clauses with their assignees, coordinators and deadlines.
import { extract } from '../../src/extract/pipeline';

const OPENING = 'Chiều 14/1, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 12 tại tỉnh Quảng Ninh.\n';
const PUBLISHED = '2025-01-14';

interface Expected {
  /** A phrase the directive's text must contain. */
  has: string;
  a: string[];
  c?: string[];
  d?: string | null;
  by?: string;
}

function run(body: string) {
  const text = OPENING + body;
  const r = extract({ text, published: PUBLISHED });
  return r.directives.map((d) => ({
    text: d.text,
    a: d.assignees.map((x) => x.name),
    c: d.coordinators.map((x) => x.name),
    d: d.deadline?.date ?? null,
    by: d.assigner?.name,
    recipients: d.recipients.map((x) => x.name),
    monitors: d.monitors.map((x) => x.name),
    inside: text.slice(d.span.start, d.span.end) === d.text,
  }));
}

function check(body: string, expected: Expected[]) {
  const got = run(body);
  expect(got.map((g) => ({ a: g.a, c: g.c, d: g.d }))).toEqual(expected.map((e) => ({ a: e.a, c: e.c ?? [], d: e.d ?? null })));
  got.forEach((g, i) => {
    expect(g.text).toContain(expected[i].has);
    expect(g.inside).toBe(true);
    expect(g.by).toBe(expected[i].by ?? 'Phạm Minh Chính');
  });
}

describe('instruction verbs with an official as subject', () => {
  test.each<[string, string, Expected[]]>([
    ['giao X chủ trì, phối hợp với Y, Z; generic partners dropped; deadline with trước ngày',
      'Thủ tướng giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính, Bộ Xây dựng và các cơ quan liên quan khẩn trương hoàn thiện hồ sơ dự án, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2025.',
      [{ has: 'hoàn thiện hồ sơ dự án', a: ['Bộ Kế hoạch và Đầu tư'], c: ['Bộ Tài chính', 'Bộ Xây dựng'], d: '2025-06-30' }]],
    ['list after "các Bộ:" expanded',
      'Thủ tướng giao các Bộ: Tài chính, Xây dựng, Công Thương rà soát các quy định về đầu tư công.',
      [{ has: 'rà soát', a: ['Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Công Thương'] }]],
    ['ministry-name ellipsis "Bộ Công an, Quốc phòng"',
      'Thủ tướng yêu cầu Bộ Công an, Quốc phòng tăng cường bảo đảm an ninh trật tự dịp cuối năm.',
      [{ has: 'bảo đảm an ninh', a: ['Bộ Công an', 'Bộ Quốc phòng'] }]],
    // FORMAT.md, provincial agencies: the committee is an agency in its official form; the
    // province alone only where the province itself is the doer.
    ['"UBND tỉnh" resolves to the committee of the report\'s province; quarter deadline',
      'Thủ tướng yêu cầu UBND tỉnh khẩn trương hoàn thành công tác giải phóng mặt bằng trong quý III/2025.',
      [{ has: 'giải phóng mặt bằng', a: ['Ủy ban nhân dân tỉnh Quảng Ninh'], d: '2025-09-30' }]],
    ['the province itself as the doer keeps its own name',
      'Thủ tướng yêu cầu tỉnh Quảng Ninh khẩn trương hoàn thành công tác giải phóng mặt bằng.',
      [{ has: 'giải phóng mặt bằng', a: ['Quảng Ninh'] }]],
    ['a named official given the task ("phân công Phó Thủ tướng X chỉ đạo")',
      'Thủ tướng phân công Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo việc triển khai dự án.',
      [{ has: 'triển khai dự án', a: ['Trần Hồng Hà'] }]],
    ['"đề nghị" a body outside the Government',
      'Thủ tướng đề nghị Ủy ban Thường vụ Quốc hội xem xét, cho ý kiến về dự thảo luật.',
      [{ has: 'cho ý kiến', a: ['Ủy ban Thường vụ Quốc hội'] }]],
    ['"chỉ đạo:" followed by the lead agency; month deadline of the submission',
      'Thủ tướng Chính phủ chỉ đạo: Bộ Giao thông vận tải chủ trì, phối hợp với Bộ Tài chính đề xuất phương án xử lý, báo cáo Thủ tướng Chính phủ trong tháng 11/2025.',
      [{ has: 'đề xuất phương án', a: ['Bộ Giao thông vận tải'], c: ['Bộ Tài chính'], d: '2025-11-30' }]],
    ['the unnamed head of a body acts for the body',
      'Thủ tướng yêu cầu Bộ trưởng Bộ Y tế chỉ đạo rà soát giá thuốc.',
      [{ has: 'rà soát giá thuốc', a: ['Bộ Y tế'] }]],
    ['the standard addressees of a dispatch are both groups',
      'Thủ tướng yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo quyết liệt.',
      [{ has: 'tập trung chỉ đạo', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['no named agency: a directive with no assignee',
      'Ông yêu cầu rà soát toàn bộ các dự án chậm tiến độ.',
      [{ has: 'rà soát toàn bộ', a: [] }]],
    ['implicit assigner in conclusions ("Giao Bộ X …")',
      'Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên.',
      [{ has: 'theo dõi, đôn đốc', a: ['Văn phòng Chính phủ'] }]],
  ])('%s', (_name, body, expected) => check(body, expected));
});

describe('subjects with obligation markers, "được giao" and "chủ trì"', () => {
  test.each<[string, string, Expected[]]>([
    ['groups before "phải"; deadline with year',
      'Các bộ, ngành, địa phương phải hoàn thành việc số hóa hồ sơ trước ngày 31/12/2025.',
      [{ has: 'số hóa hồ sơ', a: ['Các bộ, ngành', 'Các địa phương'], d: '2025-12-31' }]],
    ['"được giao" with a city named after UBND',
      'UBND Thành phố Hà Nội được giao chủ trì tổ chức lễ kỷ niệm.',
      [{ has: 'lễ kỷ niệm', a: ['Ủy ban nhân dân thành phố Hà Nội'] }]],
    ['"Đối với X, cần …" topic',
      'Đối với các địa phương, cần chủ động bố trí nguồn lực cho chuyển đổi số.',
      [{ has: 'bố trí nguồn lực', a: ['Các địa phương'] }]],
    ['a named official "được giao" a task',
      'Phó Thủ tướng Lê Thành Long được giao trực tiếp chỉ đạo việc rà soát văn bản quy phạm pháp luật.',
      [{ has: 'rà soát văn bản', a: ['Lê Thành Long'] }]],
    ['"Theo Thủ tướng, X cần …" is his instruction',
      'Theo Thủ tướng, các địa phương cần chủ động nguồn lực để hỗ trợ người dân.',
      [{ has: 'chủ động nguồn lực', a: ['Các địa phương'] }]],
    ['a body outside the gazetteer named in full after "Đề nghị"',
      'Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động phong trào ủng hộ người dân vùng bão lũ.',
      [{ has: 'phát động phong trào', a: ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'] }]],
    ['abbreviated ministry as lead',
      'Bộ KH&ĐT chủ trì, phối hợp với Bộ TT&TT xây dựng cơ sở dữ liệu quốc gia về đầu tư.',
      [{ has: 'xây dựng cơ sở dữ liệu', a: ['Bộ Kế hoạch và Đầu tư'], c: ['Bộ Thông tin và Truyền thông'] }]],
  ])('%s', (_name, body, expected) => check(body, expected));
});

describe('clauses and follow-up sentences', () => {
  test.each<[string, string, Expected[]]>([
    ['a bulleted list after "Thủ tướng Chính phủ yêu cầu:"',
      'Thủ tướng Chính phủ yêu cầu:\n- Các bộ, ngành rà soát, cắt giảm thủ tục hành chính trong năm 2025;\n- Bộ Y tế và Bộ Tài chính phối hợp xây dựng cơ chế tự chủ cho bệnh viện công.',
      [{ has: 'cắt giảm thủ tục', a: ['Các bộ, ngành'], d: '2025-12-31' }, { has: 'cơ chế tự chủ', a: ['Bộ Y tế', 'Bộ Tài chính'] }]],
    ['two tasks with two deadlines and two leads in one sentence',
      'Thủ tướng yêu cầu Bộ Y tế hoàn thành hướng dẫn trong tháng 7/2025; Bộ Tài chính bố trí kinh phí trước ngày 15/8/2025.',
      [{ has: 'hoàn thành hướng dẫn', a: ['Bộ Y tế'], d: '2025-07-31' }, { has: 'bố trí kinh phí', a: ['Bộ Tài chính'], d: '2025-08-15' }]],
    ['two tasks with two deadlines joined by a comma are two directives',
      'Thủ tướng giao Bộ Y tế hoàn thành hướng dẫn chuyên môn trong tháng 6/2025, triển khai bệnh án điện tử trên toàn quốc trong tháng 9/2025.',
      [{ has: 'hoàn thành hướng dẫn', a: ['Bộ Y tế'], d: '2025-06-30' }, { has: 'triển khai bệnh án', a: ['Bộ Y tế'], d: '2025-09-30' }]],
    ['a ";" clause with its own deadline inherits the assignee',
      'Bộ Xây dựng được giao hoàn thiện quy chuẩn trong quý II/2025; ban hành hướng dẫn trong năm 2025.',
      [{ has: 'hoàn thiện quy chuẩn', a: ['Bộ Xây dựng'], d: '2025-06-30' }, { has: 'ban hành hướng dẫn', a: ['Bộ Xây dựng'], d: '2025-12-31' }]],
    ['each ";" task of a named agency is a directive of its own',
      'Thủ tướng giao Bộ Nội vụ chủ trì rà soát tổ chức bộ máy; tổ chức sơ kết việc thực hiện chương trình cải cách hành chính.',
      [{ has: 'rà soát tổ chức bộ máy', a: ['Bộ Nội vụ'] }, { has: 'tổ chức sơ kết', a: ['Bộ Nội vụ'] }]],
    // FORMAT.md: task clauses separated by ";" are directives of their own and inherit.
    ['";" task clauses are directives of their own and inherit the doers',
      'Thủ tướng đề nghị các địa phương tập trung giải ngân vốn đầu tư công; tháo gỡ vướng mắc về mặt bằng; nâng cao năng lực nhà thầu.',
      [{ has: 'giải ngân vốn', a: ['Các địa phương'] }, { has: 'tháo gỡ vướng mắc', a: ['Các địa phương'] }, { has: 'nâng cao năng lực', a: ['Các địa phương'] }]],
    ['a follow-up imperative sentence inherits the assignees',
      'Thủ tướng yêu cầu các bộ, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp. Kiên quyết xử lý các trường hợp gây phiền hà.',
      [{ has: 'tháo gỡ khó khăn', a: ['Các bộ, ngành'] }, { has: 'Kiên quyết xử lý', a: ['Các bộ, ngành'] }]],
    ['quoted speech of the chair is his instruction',
      '"Các địa phương phải nêu gương, làm gương trong tiết kiệm, chống lãng phí", Thủ tướng nhấn mạnh.',
      [{ has: 'nêu gương', a: ['Các địa phương'] }]],
    ['"theo yêu cầu của" attributes the task to the official',
      'Trong năm 2025, 100% hồ sơ thủ tục hành chính được số hóa, theo yêu cầu của Thủ tướng.',
      [{ has: 'được số hóa', a: [], d: '2025-12-31' }]],
  ])('%s', (_name, body, expected) => check(body, expected));
});

describe('not directives', () => {
  test.each([
    ['emphasis without a task', 'Thủ tướng nhấn mạnh vai trò quan trọng của chuyển đổi số trong giai đoạn mới.'],
    ['a decision', 'Thủ tướng Chính phủ quyết định lấy ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia.'],
    ['a report of what was done', 'Năm 2024, các bộ, ngành đã hoàn thành 95% kế hoạch đề ra.'],
    ['permission ("có thể")', 'Các địa phương có thể chủ động lựa chọn phương án phù hợp.'],
    ['negation ("không phải")', 'Đây không phải là nhiệm vụ của riêng Bộ Y tế.'],
    ['a ministry\'s own proposal', 'Bộ Kế hoạch và Đầu tư đề nghị Chính phủ xem xét bổ sung vốn cho dự án.'],
    ['a photo caption', 'Phó Thủ tướng Trần Hồng Hà yêu cầu các bộ khẩn trương hoàn thiện đề án (Ảnh: VGP/Minh Khôi).'],
    ['statistics', 'Theo báo cáo, Việt Nam đứng thứ 86/193 quốc gia về chính phủ điện tử.'],
    ['commendation', 'Phát biểu kết luận, Thủ tướng đánh giá cao sự vào cuộc của các bộ, ngành.'],
    ['agreement with a proposal', 'Thủ tướng đồng ý với đề xuất của Bộ Y tế về việc gia hạn giấy phép lưu hành thuốc.'],
    ['a minister reporting', 'Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết, Bộ đang hoàn thiện dự thảo nghị định về giảm thuế.'],
    ['"chỉ đạo" as a noun', 'Quan điểm chỉ đạo này được Thủ tướng nhắc lại nhiều lần.'],
    ['"giao nhiệm vụ" as a lead-in without a party', 'Giao nhiệm vụ cụ thể, Thủ tướng nhắc lại mục tiêu tăng trưởng 8%.'],
    ['a passive need', 'Thành phố còn nhiều khó khăn với các bộ, ngành, cần được giải quyết dứt điểm.'],
    ['a heading that opens with an imperative verb', 'Đẩy mạnh chuyển đổi số quốc gia'],
  ])('%s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('after an instruction, agencies that report are not given tasks', () => {
  test.each([
    'Bộ Công an thông tin, đến nay đã cấp 80 triệu thẻ căn cước.',
    'Bộ Tài chính dự kiến thu ngân sách vượt 10% dự toán.',
    'Bộ Y tế tổ chức hội nghị tổng kết công tác năm 2024.',
    'Bộ Kế hoạch và Đầu tư đã trình Chính phủ dự thảo nghị quyết.',
  ])('%s', (sentence) => {
    const text = `${OPENING}Thủ tướng yêu cầu các bộ, ngành tháo gỡ khó khăn cho doanh nghiệp.\n${sentence}`;
    expect(extract({ text, published: PUBLISHED }).directives).toHaveLength(1);
  });
});

test('after a paragraph break, a sentence opening with a verb is narrative, not a continuation', () => {
  const text = `${OPENING}Thủ tướng yêu cầu các bộ, ngành tháo gỡ khó khăn cho doanh nghiệp.\nTiếp tục chương trình, hội nghị nghe báo cáo của Bộ Công Thương về thị trường xăng dầu.`;
  expect(extract({ text, published: PUBLISHED }).directives.map((d) => d.text)).toEqual(['Thủ tướng yêu cầu các bộ, ngành tháo gỡ khó khăn cho doanh nghiệp']);
});

// The shapes the passes of src/extract/directives read, in reports of other kinds.
describe('instructions in the shapes of real reports', () => {
  test.each<[string, string, Expected[]]>([
    ['an official\'s emphasis then a subject doer ("nêu rõ, X rà soát …")',
      'Thủ tướng nêu rõ, Ngân hàng Nhà nước Việt Nam rà soát chính sách tín dụng cho doanh nghiệp.',
      [{ has: 'rà soát chính sách', a: ['Ngân hàng Nhà nước Việt Nam'] }]],
    ['tasks after an emphasis, each ";" clause its own',
      'Thủ tướng nhấn mạnh, tinh thần là đặt an toàn của người dân lên trên hết; không để người dân bị đói, bị rét; sớm đưa học sinh trở lại trường.',
      [{ has: 'không để người dân', a: [] }, { has: 'sớm đưa học sinh', a: [] }]],
    ['a list of goals after an emphasis gives no tasks',
      'Thủ tướng nhấn mạnh nhiệm vụ năm 2025 rất nặng nề, với mục tiêu ổn định kinh tế vĩ mô; kiểm soát lạm phát; thúc đẩy tăng trưởng.',
      []],
    ['a ministry directing its own units keeps the task',
      'Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung ứng điện.',
      [{ has: 'bảo đảm cung ứng điện', a: ['Bộ Công Thương'] }]],
    ['delegates asked for views are given no task',
      'Thủ tướng đề nghị các đại biểu thảo luận, đánh giá tình hình kinh tế thế giới.',
      []],
    ['the subject of a signed document ("văn bản chỉ đạo về việc …") is its title, not a task; what it asks is',
      'Chủ tịch UBND tỉnh ký văn bản chỉ đạo về việc bảo đảm an toàn giao thông dịp Tết. Theo đó, Chủ tịch UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra.',
      [{ has: 'tăng cường tuần tra', a: ['Công an tỉnh Quảng Ninh'] }]],
    ['a matter the instruction is about, then its speaker and verb ("Đối với đề nghị …, Thủ tướng giao …")',
      'Thủ tướng giao Bộ Tài chính cân đối nguồn vốn hỗ trợ tỉnh. Đối với đề nghị nâng cấp cảng hàng không, Thủ tướng giao Bộ Giao thông vận tải nghiên cứu, báo cáo Thủ tướng trong quý III/2025.',
      [{ has: 'cân đối nguồn vốn', a: ['Bộ Tài chính'] }, { has: 'nâng cấp cảng hàng không', a: ['Bộ Giao thông vận tải'], d: '2025-09-30' }]],
    ['a province named bare after the verb is the doer',
      'Thủ tướng đề nghị Quảng Ninh tập trung phát triển du lịch và năng lượng sạch.',
      [{ has: 'phát triển du lịch', a: ['Quảng Ninh'] }]],
    ['a doer and a verb that end the clause close a relative clause, not a task',
      'Các đại biểu sẽ được nghe 20 báo cáo, tờ trình của Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh trình.',
      []],
    ['the press\'s lead with its speaker last ("…, Thủ tướng chỉ đạo.")',
      'Bộ Y tế rà soát quy định cấp phép cơ sở khám bệnh trong tháng 2, Thủ tướng chỉ đạo.',
      [{ has: 'rà soát quy định', a: ['Bộ Y tế'], d: '2025-02-28', by: 'Phạm Minh Chính' }]],
    ['"thông báo chỉ đạo của Thủ tướng" names whose instruction; the verb after it gives it',
      'Văn phòng Chính phủ thông báo chỉ đạo của Thủ tướng đồng thời yêu cầu Bộ Công Thương khẩn trương rà soát giá điện.',
      [{ has: 'rà soát giá điện', a: ['Bộ Công Thương'] }]],
    ['the law as it stands is background, and it ends the instruction before it',
      'Thủ tướng yêu cầu Bộ Xây dựng sửa quy chuẩn về nhà chung cư. Theo quy định hiện hành, công an cấp huyện chịu trách nhiệm thẩm định hồ sơ. Cơ sở kinh doanh phải bảo đảm phòng cháy.',
      [{ has: 'sửa quy chuẩn', a: ['Bộ Xây dựng'] }]],
    ['a count of ministries before their names ("ba bộ Công an, Xây dựng, …"), one without its "và"',
      'Thủ tướng yêu cầu ba bộ Công an, Xây dựng, Văn hóa Thể thao Du lịch xử lý vướng mắc về phòng cháy.',
      [{ has: 'xử lý vướng mắc', a: ['Bộ Công an', 'Bộ Xây dựng', 'Bộ Văn hóa, Thể thao và Du lịch'] }]],
    ['"Phòng, chống …" opens a task; "Phòng hát …" is a room',
      'Thủ tướng yêu cầu các địa phương bảo đảm an toàn cho người dân. Phòng, chống dịch bệnh sau bão. Phòng hát rộng từ 20 m2 trở lên.',
      [{ has: 'bảo đảm an toàn', a: ['Các địa phương'] }, { has: 'Phòng, chống dịch', a: ['Các địa phương'] }]],
    ['a ministry\'s own units, unnamed, are stepped over before the departments of every province',
      'Bộ trưởng yêu cầu các đơn vị thuộc Bộ, Giám đốc Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố trực thuộc Trung ương tăng cường kiểm tra an toàn thực phẩm.',
      [{ has: 'kiểm tra an toàn thực phẩm', a: ['Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố trực thuộc Trung ương'] }]],
    ['"Bộ" alone as the subject is the ministry just named',
      'Bộ Công an sớm hoàn thiện hồ sơ dự án Luật Phòng cháy. Bộ cùng các đơn vị liên quan sửa quy chuẩn kỹ thuật về phòng cháy.',
      [{ has: 'hoàn thiện hồ sơ', a: ['Bộ Công an'] }, { has: 'sửa quy chuẩn', a: ['Bộ Công an'] }]],
    ['"Sở" alone after another\'s task is the department the report last gave a task',
      'Chủ tịch UBND tỉnh giao Sở Y tế chủ trì công tác xét nghiệm. Thủ tướng cũng giao Bộ Tài chính bố trí vốn. Sở cần tăng cường kiểm tra các cơ sở bán thuốc.',
      [{ has: 'công tác xét nghiệm', a: ['Sở Y tế tỉnh Quảng Ninh'] }, { has: 'bố trí vốn', a: ['Bộ Tài chính'] }, { has: 'kiểm tra các cơ sở', a: ['Sở Y tế tỉnh Quảng Ninh'] }]],
    ['"Sở" alone with no department named before is no reading',
      'Thủ tướng giao Bộ Y tế chủ trì xây dựng đề án. Sở chủ động đề xuất chính sách mới.',
      [{ has: 'xây dựng đề án', a: ['Bộ Y tế'] }]],
    ['"Sở" alone as the subject is the department just named',
      'Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì công tác xét nghiệm. Sở chủ trì, phối hợp Công an tỉnh tăng cường kiểm tra các cơ sở bán thuốc.',
      [{ has: 'công tác xét nghiệm', a: ['Sở Y tế tỉnh Quảng Ninh'] }, { has: 'kiểm tra các cơ sở', a: ['Sở Y tế tỉnh Quảng Ninh'] }]],
    ['an instruction reported a month later is an earlier event ("Một tháng sau, Thủ tướng yêu cầu …")',
      'Tháng 4, các hộ kinh doanh kiến nghị Thủ tướng tháo gỡ vướng mắc. Một tháng sau, Thủ tướng yêu cầu Bộ Công an xử lý vướng mắc về phòng cháy.',
      []],
    ['the law\'s next step after "Theo quy định hiện hành" is background too ("Sau đó, Sở X cấp phép …")',
      'Theo quy định hiện hành, công an cấp huyện thẩm định hồ sơ. Sau đó, Sở Văn hóa và Thể thao cấp phép cho các cơ sở đủ điều kiện.',
      []],
    ['"chỉ đạo về công tác …" names what the instructions are about',
      'Thủ tướng chỉ đạo về công tác phòng cháy tại các khu dân cư.',
      []],
    ['a task force is named by whose it is and what it is for',
      'Tổ công tác của Thủ tướng về rà soát văn bản quy phạm pháp luật cần đánh giá lại các vướng mắc.',
      [{ has: 'đánh giá lại', a: ['Tổ công tác của Thủ tướng về rà soát văn bản quy phạm pháp luật'] }]],
    ['a reason before the speaker ("Cho rằng …, Thủ tướng nhấn mạnh cần …") opens a topic of its own',
      'Bộ Tài chính cần rà soát thủ tục giải ngân. Cho rằng càng kéo dài thì càng dễ sinh tranh chấp, Thủ tướng nhấn mạnh cần phát huy trách nhiệm của người đứng đầu.',
      [{ has: 'rà soát thủ tục', a: ['Bộ Tài chính'] }, { has: 'phát huy trách nhiệm', a: [] }]],
    ['"giao" that allocates ("giao chi tiết danh mục dự án …") makes the allocator the doer',
      'Bộ trưởng Bộ Kế hoạch và Đầu tư giao chi tiết danh mục dự án cho từng bộ, ngành; chủ trì kiểm tra, giám sát việc thực hiện.',
      [{ has: 'giao chi tiết', a: ['Bộ Kế hoạch và Đầu tư'] }, { has: 'chủ trì kiểm tra', a: ['Bộ Kế hoạch và Đầu tư'] }]],
    ['doers "được yêu cầu" (asked, in the passive) are the assignees',
      'Bộ Xây dựng, Bộ Giao thông vận tải được yêu cầu hướng dẫn các địa phương tháo gỡ vướng mắc về vật liệu.',
      [{ has: 'hướng dẫn các địa phương', a: ['Bộ Xây dựng', 'Bộ Giao thông vận tải'] }]],
    ['a bare task after a condition goes on with the doers before it',
      'Bộ Y tế chủ trì giám sát dịch bệnh sau lũ. Khi xuất hiện ca bệnh bất thường, báo cáo ngay về Văn phòng Chính phủ.',
      [{ has: 'giám sát dịch bệnh', a: ['Bộ Y tế'] }, { has: 'báo cáo ngay', a: ['Bộ Y tế'] }]],
    ['a minister named after the post stands for the ministry; the builders named as doers are no agency',
      'Bộ trưởng Giao thông vận tải Trần Hồng Minh được giao rà soát tiến độ từng dự án. Theo Thủ tướng, các chủ đầu tư, nhà thầu phải huy động tối đa nhân lực.',
      [{ has: 'rà soát tiến độ', a: ['Bộ Giao thông vận tải'] }, { has: 'huy động tối đa', a: [] }]],
    ['"các biện pháp có thể" is a means, not a permission',
      'Thủ tướng yêu cầu các địa phương thực hiện tất cả các biện pháp có thể để cứu lúa.',
      [{ has: 'các biện pháp có thể', a: ['Các địa phương'] }]],
    ['a document name is not an instruction',
      'Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ về tăng cường quản lý rừng vẫn còn hiệu lực.',
      []],
    ['a new named doer after a comma takes a task of its own',
      'Thủ tướng giao Bộ Xây dựng hoàn thiện hồ sơ dự án, Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.',
      [{ has: 'hoàn thiện hồ sơ', a: ['Bộ Xây dựng'] }, { has: 'Văn phòng Chính phủ theo dõi', a: ['Văn phòng Chính phủ'] }]],
    ['a comma inside a list of doers splits nothing',
      'Thủ tướng yêu cầu Bộ Tài chính, Bộ Công Thương kiểm soát chặt chẽ giá xăng dầu.',
      [{ has: 'kiểm soát chặt chẽ', a: ['Bộ Tài chính', 'Bộ Công Thương'] }]],
    ['the doers after an inserted adverbial ("chỉ đạo, với mục tiêu …, các bộ …")',
      'Thủ tướng chỉ đạo, với mục tiêu tăng trưởng ít nhất 8%, các bộ, ngành phải đẩy nhanh giải ngân vốn đầu tư công.',
      [{ has: 'đẩy nhanh giải ngân', a: ['Các bộ, ngành'] }]],
    ['"Với X, …" makes X the doer of the tasks that follow in the sentence',
      'Với Bộ Y tế, Thủ tướng cho rằng tình hình dịch bệnh còn phức tạp; cần chuẩn bị đủ thuốc, vật tư y tế.',
      [{ has: 'chuẩn bị đủ thuốc', a: ['Bộ Y tế'] }]],
  ])('%s', (_name, body, expected) => check(body, expected));
});

// The introduction "… tập trung thực hiện các nhiệm vụ sau:" names no task of its own: as in the
// gold of dev, only the items are directives.
test('numbered headings give their doers to the items below; the introduction is no task; a Công điện\'s signer unnamed stays null', () => {
  const text = [
    'THỦ TƯỚNG CHÍNH PHỦ điện:',
    'Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu các bộ, ngành và địa phương tập trung thực hiện các nhiệm vụ sau:',
    '1. Bộ Nông nghiệp và Môi trường',
    'a) Theo dõi chặt chẽ diễn biến của bão.',
    'b) Chỉ đạo vận hành an toàn các hồ chứa.',
    '2. Ủy ban nhân dân các tỉnh ven biển:',
    '- Tổ chức sơ tán người dân khỏi vùng nguy hiểm.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\n');
  const r = extract({ text, published: '2025-09-01' });
  expect(r.directives.map((d) => [d.text, d.assignees.map((a) => a.name), d.assigner?.name ?? null])).toEqual([
    ['a) Theo dõi chặt chẽ diễn biến của bão', ['Bộ Nông nghiệp và Môi trường'], null],
    ['b) Chỉ đạo vận hành an toàn các hồ chứa', ['Bộ Nông nghiệp và Môi trường'], null],
    ['- Tổ chức sơ tán người dân khỏi vùng nguy hiểm', ['Các địa phương'], null],
  ]);
});

test('a dispatch whose addressees follow "điện:" on the same line gives them no task', () => {
  const text = [
    'Thủ tướng Chính phủ điện: Bộ Y tế; Bộ Giao thông vận tải; Bộ Ngoại giao; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    'Thủ tướng Chính phủ yêu cầu Bộ Y tế khẩn trương hướng dẫn các địa phương giám sát tại cửa khẩu.',
  ].join('\n');
  const r = extract({ text, published: '2020-01-30' });
  expect(r.directives.map((d) => d.assignees.map((a) => a.name))).toEqual([['Bộ Y tế']]);
});
