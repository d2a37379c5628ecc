// Who does a provincial letter's tasks, on passages of our own: bodies every district has, named
// for all of them at once; associations and hospitals; the mandate doers act within; a generic
// label whose colon names the doers; and the closing article of a resolution, which is no task.
import { extract } from '../../src/extract/pipeline';

const LEAD = 'Chủ tịch UBND tỉnh Quảng Nam vừa ban hành Công văn số 31/UBND-KTN về kiểm soát tải trọng xe.\n';

/** The assignees of each directive of a whole text. */
const assigneesOf = (text: string, published: string) => extract({ text, published }).directives.map((d) => d.assignees.map((x) => x.name));

function read(body: string) {
  const r = extract({ text: LEAD + body, published: '2024-05-10' });
  return r.directives.map((d) => ({ a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name) }));
}

describe('the doers of a provincial letter', () => {
  test.each<[string, string, string[], string[]]>([
    ['a traffic safety board of the province',
      'Công văn yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh kiểm tra xe quá tải.',
      ['Ban An toàn giao thông tỉnh Quảng Nam'], ['Công an tỉnh Quảng Nam']],
    ['a district body of every district, labelled by the level',
      'Công văn yêu cầu UBND các huyện, thị xã, thành phố phối hợp với Công an các huyện, thị xã, thành phố kiểm tra xe quá tải.',
      ['Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Quảng Nam'], ['Công an các huyện, thị xã, thành phố tỉnh Quảng Nam']],
    ['an association named with its lower-case words and its level',
      'Hiệp hội Vận tải ô tô tỉnh khẩn trương tuyên truyền đến các doanh nghiệp vận tải.',
      ['Hiệp hội Vận tải ô tô tỉnh Quảng Nam'], []],
    ['a hospital by the unit it serves', 'Sở Y tế giao Bệnh viện huyện Núi Thành chủ trì tập huấn cho các trạm y tế.', ['Bệnh viện huyện Núi Thành'], []],
    ['a hospital as a doer',
      'Sở Y tế giao Bệnh viện Đa khoa Trung ương Quảng Nam chủ trì tập huấn cho các trung tâm y tế.',
      ['Bệnh viện Đa khoa Trung ương Quảng Nam'], []],
    ['the mandate between doers and task, with its commas',
      'Công an tỉnh, Sở Giao thông vận tải trong phạm vi chức năng, quyền hạn của mình, tập trung xử lý xe cơi nới thùng.',
      ['Công an tỉnh Quảng Nam', 'Sở Giao thông vận tải tỉnh Quảng Nam'], []],
    ['the press among named doers is stepped over',
      'Công an tỉnh, Sở Giao thông vận tải, các cơ quan truyền thông tập trung tuyên truyền về tải trọng xe.',
      ['Công an tỉnh Quảng Nam', 'Sở Giao thông vận tải tỉnh Quảng Nam'], []],
    ['a generic label whose colon names the doers',
      'Các đơn vị liên quan: Công an tỉnh, Sở Giao thông vận tải tập trung xử lý xe cơi nới thùng.',
      ['Công an tỉnh Quảng Nam', 'Sở Giao thông vận tải tỉnh Quảng Nam'], []],
    ['"các sở ngành địa phương" without commas: the departments and the localities',
      'Giao Sở Công Thương chủ trì, phối hợp với các sở ngành địa phương liên quan xây dựng kế hoạch kiểm tra.',
      ['Sở Công Thương tỉnh Quảng Nam'], ['Các sở, ngành tỉnh Quảng Nam', 'Các địa phương']],
    ['the departments in lower case without "các"',
      'Sở Giao thông vận tải chủ trì, phối hợp với sở, ngành, các địa phương có liên quan lập phương án phân luồng.',
      ['Sở Giao thông vận tải tỉnh Quảng Nam'], ['Các sở, ngành tỉnh Quảng Nam', 'Các địa phương']],
    ['a department a province named for part of a ministry',
      'Giao Sở Văn hóa và Thể thao chủ trì kiểm tra các lễ hội.', ['Sở Văn hóa và Thể thao tỉnh Quảng Nam'], []],
    ['the province\'s one city named last in the list of units: still every unit of the level',
      'Công văn yêu cầu UBND các huyện, thị xã, thành phố Tam Kỳ kiểm tra xe quá tải trên các tuyến đường.',
      ['Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Quảng Nam'], []],
    ['after a department, ministries\' bare names are more departments',
      'Giao Thanh tra tỉnh chủ trì, phối hợp với Sở Tài nguyên và Môi trường, Tài chính, Xây dựng, Tư pháp kiểm tra các mỏ cát.',
      ['Thanh tra tỉnh Quảng Nam'], ['Sở Tài nguyên và Môi trường tỉnh Quảng Nam', 'Sở Tài chính tỉnh Quảng Nam', 'Sở Xây dựng tỉnh Quảng Nam', 'Sở Tư pháp tỉnh Quảng Nam']],
    ['but the province\'s own police after a department is the police', 'Giao Sở Y tế, Công an tỉnh kiểm tra các cơ sở kinh doanh thực phẩm.',
      ['Sở Y tế tỉnh Quảng Nam', 'Công an tỉnh Quảng Nam'], []],
    ['"UBND H.Bắc Bình": the press\'s "H." for "huyện"', 'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp Công an tỉnh và UBND H.Bắc Bình kiểm tra các mỏ cát.',
      ['Sở Tài nguyên và Môi trường tỉnh Quảng Nam'], ['Công an tỉnh Quảng Nam', 'Ủy ban nhân dân huyện Bắc Bình']],
    ['"các ban, ngành" are the departments', 'Chủ tịch UBND tỉnh yêu cầu các ban, ngành tỉnh tiếp tục nghiên cứu cơ chế tháo gỡ khó khăn trong mua sắm thuốc.',
      ['Các sở, ngành tỉnh Quảng Nam'], []],
    ['administrative units are the localities',
      'Chủ tịch UBND tỉnh yêu cầu các đơn vị hành chính, sở, ngành phải giải quyết hết hồ sơ trước khi sắp xếp.',
      ['Các địa phương', 'Các sở, ngành tỉnh Quảng Nam'], []],
  ])('%s', (_, body, assignees, coordinators) => {
    expect(read(body)).toEqual([{ a: assignees, c: coordinators }]);
  });

  test('the closing article of a resolution gives no task', () => {
    expect(read('Giám đốc các sở, ngành và Công an tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết.')).toEqual([]);
  });

  test('a duty to carry out a named plan is a task', () => {
    expect(read('Sở Giao thông vận tải có trách nhiệm thực hiện kế hoạch kiểm tra tải trọng trên các tuyến quốc lộ.').map((d) => d.a))
      .toEqual([['Sở Giao thông vận tải tỉnh Quảng Nam']]);
  });
});

describe('a notice of tasks by unit, numbered by part and sub-part', () => {
  const notice = [
    '2.3. Giao Vụ Pháp chế.',
    '- Khẩn trương rà soát các đề án xây dựng văn bản quy phạm pháp luật.',
    '2.5. Giao Vụ Hợp tác quốc tế',
    '- Vụ Hợp tác quốc tế chủ trì, đôn đốc các đơn vị trả lời kiến nghị của nhà tài trợ.',
    '- Tiếp tục đẩy mạnh việc tuyên truyền các cam kết quốc tế.',
  ].join('\n\n');

  test('each sub-part heading that asks a unit heads its items, whether or not an item names it again', () => {
    expect(read(notice).map((d) => d.a)).toEqual([['Vụ Pháp chế'], ['Vụ Hợp tác quốc tế'], ['Vụ Hợp tác quốc tế']]);
  });
});

describe('a board named by the zones it runs', () => {
  test.each<[string, string, string]>([
    ['in lower case, with "các"', 'Chủ tịch UBND tỉnh yêu cầu Ban Quản lý các khu công nghiệp thống kê lao động.', 'Ban Quản lý các khu công nghiệp tỉnh Quảng Nam'],
    ['with its level', 'Giao Ban quản lý khu kinh tế tỉnh rà soát các dự án chậm tiến độ.', 'Ban quản lý khu kinh tế tỉnh Quảng Nam'],
  ])('%s', (_, body, name) => {
    expect(read(body).map((d) => d.a)).toEqual([[name]]);
  });
});

describe("a commune's meeting", () => {
  const MEETING = 'Chiều ngày 06/4/2023, UBND xã tổ chức phiên họp dưới sự chủ trì của ông Dương Văn Hùng, Chủ tịch UBND xã.\n';
  test('the chair concludes "như:"; unnamed staff are asked; the commune\'s military command and police are its bodies', () => {
    const body = 'Chủ tịch UBND xã kết luận nội dung phiên họp như: Đề nghị cán bộ, công chức xã chấp hành tốt kỷ luật hành chính; '
      + 'Ban Chỉ huy quân sự xã tham mưu xây dựng kế hoạch huấn luyện; Công an xã tăng cường tuần tra ban đêm.';
    const r = extract({ text: MEETING + body, published: '2023-04-07' });
    expect(r.directives.map((d) => [d.text.slice(0, 20), d.assignees.map((a) => a.name), d.assigner?.name ?? null])).toEqual([
      ['Chủ tịch UBND xã kết', [], 'Dương Văn Hùng'],
      ['Ban Chỉ huy quân sự ', ['Ban Chỉ huy Quân sự xã'], 'Dương Văn Hùng'],
      ['Công an xã tăng cườn', ['Công an xã'], 'Dương Văn Hùng'],
    ]);
  });

  test('a district\'s tasks to announce and to invest ("thông báo rộng rãi", "Làm chủ đầu tư") are tasks of their own', () => {
    const text = 'Chủ tịch UBND tỉnh giao UBND huyện Hồng Ngự cắm biển cảnh báo sạt lở; thông báo rộng rãi trên các phương tiện thông tin đại chúng về tình trạng sạt lở.\n\n'
      + 'Làm chủ đầu tư, tiến hành khảo sát tuyến dân cư để di dời khẩn cấp các hộ dân.';
    expect(assigneesOf(text, '2023-04-07')).toEqual([['Ủy ban nhân dân huyện Hồng Ngự'], ['Ủy ban nhân dân huyện Hồng Ngự'], ['Ủy ban nhân dân huyện Hồng Ngự']]);
  });
});

describe("a district's offices as unnamed doers", () => {
  test('after "yêu cầu:", "Các phòng, ban chuyên môn huyện, trên cơ sở chức năng …" are the doers: no office before them is inherited', () => {
    const text = 'Tại hội nghị, Phòng Tài chính - Kế hoạch đã báo cáo tình hình thu ngân sách.\n\nPhát biểu chỉ đạo, đồng chí Kiều Xuân Huy, Chủ tịch UBND huyện yêu cầu: Các phòng, ban chuyên môn huyện, trên cơ sở chức năng nhiệm vụ được giao, tích cực tham mưu UBND huyện các giải pháp phát triển kinh tế.';
    const r = extract({ text, published: '2021-06-01' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.assigner?.name ?? null])).toEqual([[[], 'Kiều Xuân Huy']]);
  });

  test('the armed forces asked as the subject ("lực lượng vũ trang có phương án …") are unnamed doers of a task', () => {
    expect(assigneesOf('Thường trực Tỉnh ủy yêu cầu các sở, ngành rà soát kế hoạch.\n\nLực lượng vũ trang có phương án bảo đảm an toàn tuyệt đối dịp lễ 30-4.', '2021-04-20')).toEqual([['Các sở, ngành'], []]);
  });
});

describe('establishments of a kind as the subject', () => {
  test('"Các cơ sở bán lẻ thuốc cần …" are unnamed doers: the department before them is not inherited', () => {
    expect(assigneesOf('Chủ tịch UBND tỉnh yêu cầu Sở Y tế tăng cường giám sát dịch bệnh. Các cơ sở bán lẻ thuốc cần nhắc nhở người mua thuốc hạ sốt khai báo y tế.', '2021-05-01'))
      .toEqual([['Sở Y tế'], []]);
  });
});

describe('the news of a meeting held', () => {
  test.each<[string, string, string[][]]>([
    ['"Ngày 19/8, UBND huyện tổ chức phiên họp …" tells of the meeting: no task', 'Ngày 19/8, UBND huyện tổ chức phiên họp thường kỳ tháng 8.', []],
    ['a task to hold a meeting, with no dateline before its doer, is a task', 'Chủ tịch UBND tỉnh yêu cầu UBND các huyện tổ chức hội nghị quán triệt nghị quyết trong tháng 9.',
      [['Ủy ban nhân dân các huyện, thành phố']]],
    ['after a dateline, any plain verb of a body tells what it did that day', 'Ngày 18/02, UBND tỉnh tổ chức tiếp công dân định kỳ.', []],
    ['a duty after a dateline is still a task', 'Ngày 18/02, Sở Tư pháp phải báo cáo kết quả rà soát hồ sơ.', [['Sở Tư pháp']]],
    ['an official who chairs the reception of citizens is given no task', 'Đồng chí Nguyễn Trung Thảo, Phó Chủ tịch UBND tỉnh chủ trì tiếp công dân.', []],
    ['so is a doer\'s own, after a dated instruction', 'Ngày 19/8, Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ cấp xã.', [['Sở Nội vụ']]],
  ])('%s', (_, text, assignees) => {
    expect(assigneesOf(text, '2024-08-20')).toEqual(assignees);
  });
});

describe('the doer\'s role before its task', () => {
  test.each<[string, string, string[][]]>([
    ['"là lực lượng nòng cốt," then the task', 'Theo đó, Công an tỉnh Nghệ An là lực lượng nòng cốt, chủ trì phối hợp với các sở, ngành triển khai các biện pháp nắm chắc tình hình.',
      [['Công an tỉnh Nghệ An']]],
    ['"là đơn vị đầu mối," then the task', 'Vụ Chính sách là đơn vị đầu mối, chịu trách nhiệm theo dõi việc triển khai thỏa thuận.', [['Vụ Chính sách']]],
    ['"là" with no task after its comma states what the body is', 'Công an tỉnh Nghệ An là lực lượng nòng cốt trong bảo đảm an ninh, trật tự.', []],
  ])('%s', (_, text, assignees) => {
    expect(assigneesOf(text, '2024-05-01')).toEqual(assignees);
  });
});

describe("a leader's instruction told as its grounds", () => {
  test('"Theo chỉ đạo của <post>, <doers> …": the doers after the comma are asked, with their partners', () => {
    const text = 'date 2020-10 Theo chỉ đạo của Chủ tịch UBND huyện Vũ Quang, UBND các xã phối hợp với Công an huyện, Đồn Biên phòng Hương Quang khẩn trương sơ tán các hộ dân ở vùng nguy hiểm.';
    const r = extract({ text, published: '2020-10-15' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.coordinators.map((c) => c.name)])).toEqual([
      [['Ủy ban nhân dân các phường, xã'], ['Công an huyện Vũ Quang', 'Đồn Biên phòng Hương Quang']],
    ]);
  });

  test('the grounds alone, with no doer after them, give no task', () => {
    expect(assigneesOf('Theo chỉ đạo của Chủ tịch UBND huyện, trong tháng qua nhiều hộ dân đã được sơ tán.', '2020-10-15')).toEqual([]);
  });
});

describe("a district's council and committee, named by their level", () => {
  const district = (text: string) => assigneesOf(text, '2021-06-08');

  test.each<[string, string, string[][]]>([
    ["the council's standing body and the committee, unnamed",
      'Sáng 7/6/2021, Thường trực HĐND huyện tổ chức hội nghị liên tịch. Phát biểu chỉ đạo, đồng chí Nguyễn Kim Diện, Tỉnh ủy viên, Bí thư Huyện ủy yêu cầu Thường trực HĐND huyện, UBND huyện, các ngành liên quan chủ động xây dựng các báo cáo.',
      [['Thường trực Hội đồng nhân dân huyện', 'Ủy ban nhân dân huyện']]],
    ["the council's committees, in the plural", 'Bí thư Huyện ủy yêu cầu Thường trực HĐND huyện, các Ban HĐND huyện chủ động xây dựng các báo cáo.',
      [['Thường trực Hội đồng nhân dân huyện', 'Các Ban Hội đồng nhân dân huyện']]],
    ["the council's standing body of a district named", 'Bí thư Tỉnh ủy yêu cầu Thường trực HĐND huyện Vân Canh rà soát các nội dung kỳ họp.',
      [['Thường trực Hội đồng nhân dân huyện Vân Canh']]],
    ["the province's, abbreviated", 'Bí thư Tỉnh ủy yêu cầu Thường trực HĐND tỉnh rà soát các nội dung kỳ họp.', [['Thường trực Hội đồng nhân dân tỉnh']]],
    // The committee that issues the instruction is no doer of it.
    ['the committee as the issuer', 'UBND huyện chỉ đạo các xã tạm dừng thu gom sét trên địa bàn.', [['Ủy ban nhân dân các phường, xã']]],
  ])('%s', (_, text, assignees) => {
    expect(district(text)).toEqual(assignees);
  });
});

describe('the numbered units of a city', () => {
  const city = (body: string) => assigneesOf('Sáng 5/8, UBND TP.HCM họp về chung cư cũ.\n' + body, '2024-08-05');

  test.each<[string, string, string[][]]>([
    ['a district by its number', 'UBND TP giao UBND quận 1 tiếp tục di dời khẩn cấp các hộ dân.', [['Ủy ban nhân dân quận 1']]],
    ['two of them', 'UBND TP yêu cầu UBND Quận 3, Quận 10 kiểm tra các chung cư cũ.', [['Ủy ban nhân dân quận 3', 'Ủy ban nhân dân quận 10']]],
    // A district is never numbered: the number counts something else, the committee is unnamed.
    ['no numbered huyện', 'UBND TP yêu cầu UBND huyện 2 năm liền chậm tiến độ phải kiểm điểm.', [['Ủy ban nhân dân huyện']]],
  ])('%s', (_, body, assignees) => {
    expect(city(body)).toEqual(assignees);
  });
});

describe('a provincial leader names a sector', () => {
  const provincial = (body: string) => assigneesOf('Sáng 5/8, UBND tỉnh Lâm Đồng họp về phòng, chống dịch.\n' + body, '2021-08-05');

  test.each<[string, string, string[][]]>([
    ['"ngành Y tế" is the province\'s department', 'Phó Chủ tịch UBND tỉnh Tôn Thị Ngọc Hạnh đề nghị ngành Y tế lên kịch bản diễn tập phòng, chống dịch.', [['Sở Y tế tỉnh Lâm Đồng']]],
    ['a national leader\'s is the ministry', 'Thủ tướng Phạm Minh Chính đề nghị ngành y tế lên kịch bản diễn tập phòng, chống dịch.', [['Bộ Y tế']]],
    ['"Từng sở, ngành" are the departments', 'Từng sở, ngành cần phải có kế hoạch phòng, chống dịch cụ thể.', [['Các sở, ngành tỉnh Lâm Đồng']]],
  ])('%s', (_, body, assignees) => {
    expect(provincial(body)).toEqual(assignees);
  });
});

describe("a ministry's units by their abbreviations", () => {
  test.each<[string, string, string[]]>([
    ['two units joined by "và", each by its abbreviation',
      'Vụ Chính sách chủ trì, phối hợp Vụ TCCB và Cục CNTT nghiên cứu phương án đánh giá thi đua.', ['Vụ Tổ chức cán bộ', 'Cục Công nghệ thông tin']],
    // A name with "và" between its own words stays one body.
    ['a name with "và" inside it', 'Vụ Chính sách chủ trì, phối hợp Trung tâm Nghiên cứu và Đào tạo xây dựng chương trình.', ['Trung tâm Nghiên cứu và Đào tạo']],
    // The units of the tax and customs departments, by the abbreviations their own letters use.
    ['the tax department\'s units', 'Vụ Chính sách chủ trì, phối hợp với Vụ TTHT, Vụ DTTT, Vụ DNNCN và Cục thuế DNL rà soát quy trình.',
      ['Vụ Tuyên truyền - Hỗ trợ người nộp thuế', 'Vụ Dự toán thu thuế', 'Vụ Quản lý thuế doanh nghiệp nhỏ và vừa và hộ kinh doanh, cá nhân', 'Cục Thuế doanh nghiệp lớn']],
    ['the customs department\'s units', 'Vụ Pháp chế chủ trì, phối hợp với Cục Thuế XNK, Cục GSQL và Cục KTSTQ rà soát quy trình.',
      ['Cục Thuế xuất nhập khẩu', 'Cục Giám sát quản lý về hải quan', 'Cục Kiểm tra sau thông quan']],
  ])('%s', (_, text, coordinators) => {
    const r = extract({ text, published: '2024-10-01' });
    expect(r.directives.map((d) => d.coordinators.map((c) => c.name))).toEqual([coordinators]);
  });
});

describe('the Youth Union of a province', () => {
  const provincial = (body: string) => assigneesOf('Sáng 6/3/2024, UBND tỉnh Nghệ An phát động Tháng Thanh niên.\n' + body, '2024-03-06');

  test.each<[string, string, string[][]]>([
    ['"Tỉnh đoàn" is the union of the province, in its full name', 'Phó Chủ tịch UBND tỉnh yêu cầu Tỉnh đoàn phát động phong trào thanh niên tình nguyện.',
      [['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An']]],
    ['"đoàn thanh niên các cấp" is the union at every level of the province', 'Phó Chủ tịch UBND tỉnh đề nghị đoàn thanh niên các cấp xung kích trong chuyển đổi số.',
      [['Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp tỉnh Nghệ An']]],
    ['"Thành đoàn" of a centrally-run city', 'Chủ tịch UBND thành phố yêu cầu Thành đoàn Hà Nội tổ chức chiến dịch tình nguyện hè.',
      [['Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hà Nội']]],
  ])('%s', (_, body, assignees) => {
    expect(provincial(body)).toEqual(assignees);
  });
});

describe('what a report verb introduces is told, not ordered', () => {
  const LEAD_IN = 'Sáng 6/3/2024, UBND tỉnh Nghệ An phát động Tháng Thanh niên.\n';
  const read = (body: string) => extract({ text: LEAD_IN + body, published: '2024-03-06' }).directives.map((d) => d.text);

  test.each<[string, string, number]>([
    ['a union leader tells the targets the union set itself',
      'Bí thư Tỉnh đoàn cho biết, với chủ đề “Tuổi trẻ sáng tạo”, Tỉnh đoàn đề ra một số mục tiêu; tổ chức ngày hội tuổi trẻ sáng tạo; xây dựng 15 tổ hợp tác thanh niên.', 0],
    ['a department tells what its offices do',
      'Lãnh đạo Sở Giáo dục và Đào tạo cho biết, Sở đang phối hợp cùng các đơn vị liên quan xác minh, làm rõ thông tin.', 0],
    // An instruction verb after the report verb is the speaker's own instruction.
    ['an instruction after the report verb still counts',
      'Phó Chủ tịch UBND tỉnh cho biết, tình hình còn nhiều khó khăn, vì thế yêu cầu Sở Y tế tăng cường kiểm tra các cơ sở khám bệnh.', 1],
  ])('%s', (_, body, count) => {
    expect(read(body)).toHaveLength(count);
  });
});

describe('an elaboration after ";" stays in its task', () => {
  test('"; trong đó, chú trọng …" is not a task of its own (FORMAT.md, Splitting)', () => {
    const text = 'Sáng 6/3/2024, UBND tỉnh Nghệ An họp.\nChủ tịch UBND tỉnh yêu cầu Sở Y tế rà soát các cơ sở khám bệnh; trong đó, chú trọng các phòng khám tư nhân; khẩn trương báo cáo kết quả.';
    const got = extract({ text, published: '2024-03-06' }).directives.map((d) => d.text);
    expect(got).toEqual([expect.stringContaining('trong đó, chú trọng các phòng khám tư nhân'), expect.stringMatching(/^khẩn trương báo cáo kết quả/u)]);
  });
});

describe('a matter, then the instruction with its speaker left unsaid', () => {
  const LEAD_IN = 'Ngày 18/02/2019, Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Trung Thảo tiếp công dân định kỳ.\n';
  const doers = (body: string) => extract({ text: LEAD_IN + body, published: '2019-02-18' }).directives.map((d) => d.assignees.map((x) => x.name));

  test.each<[string, string, string[][]]>([
    ['"Đối với <matter>, yêu cầu <doer> …"', 'Đối với một số vụ việc kéo dài, yêu cầu Sở Tư pháp kiểm tra, rà soát lại hồ sơ.', [['Sở Tư pháp tỉnh Gia Lai']]],
    // "các ngành" of a provincial leader are the province's departments.
    ['"các ngành" alone, of a provincial leader', 'Đối với một số vụ việc kéo dài, Phó Chủ tịch yêu cầu các ngành kiểm tra, rà soát lại hồ sơ.', [['Các sở, ngành tỉnh Gia Lai']]],
  ])('%s', (_, body, assignees) => {
    expect(doers(body)).toEqual(assignees);
  });
});

describe('a provincial leader\'s instruction, as the press words it', () => {
  const LEAD_IN = 'Chiều 5/11/2023, UBND tỉnh Quảng Ninh họp về các dự án đô thị.\n';
  const doers = (body: string) => extract({ text: LEAD_IN + body, published: '2023-11-06' }).directives.map((d) => [d.text, d.assignees.map((x) => x.name)]);

  test('"có ý kiến chỉ đạo giao": the verb after the noun gives the task', () => {
    expect(doers('Chủ tịch UBND tỉnh có ý kiến chỉ đạo giao Chủ tịch UBND thành phố Cẩm Phả khẩn trương kiểm tra dự án khu đô thị.')).toEqual([
      ['Chủ tịch UBND tỉnh có ý kiến chỉ đạo giao Chủ tịch UBND thành phố Cẩm Phả khẩn trương kiểm tra dự án khu đô thị', ['Ủy ban nhân dân thành phố Cẩm Phả']],
    ]);
  });

  test('", trong khi <doer> …" starts the next doer\'s task', () => {
    expect(doers('UBND tỉnh yêu cầu Công an tỉnh bảo đảm an toàn thông tin cho các hệ thống, trong khi Sở Khoa học và Công nghệ chủ trì thúc đẩy ứng dụng dữ liệu.')).toEqual([
      ['UBND tỉnh yêu cầu Công an tỉnh bảo đảm an toàn thông tin cho các hệ thống', ['Công an tỉnh Quảng Ninh']],
      ['Sở Khoa học và Công nghệ chủ trì thúc đẩy ứng dụng dữ liệu', ['Sở Khoa học và Công nghệ tỉnh Quảng Ninh']],
    ]);
  });
});

describe('a condition before the doer', () => {
  test('"Trong quá trình triển khai nếu có phát sinh …, Sở X báo cáo …" is one task of Sở X, condition included', () => {
    const text = 'Chiều 5/11/2023, UBND TP họp về dự án chống ngập.\nTrong quá trình triển khai nếu có phát sinh khối lượng, điều chỉnh dự án trên, Sở Xây dựng báo cáo UBND TP xem xét quyết định theo quy định.';
    const r = extract({ text, published: '2023-11-06' });
    expect(r.directives.map((d) => [d.text, d.assignees.map((x) => x.name)])).toEqual([
      ['Trong quá trình triển khai nếu có phát sinh khối lượng, điều chỉnh dự án trên, Sở Xây dựng báo cáo UBND TP xem xét quyết định theo quy định', ['Sở Xây dựng']],
    ]);
  });
});

describe('the leaders\' duties shared out', () => {
  test.each<[string, string]>([
    ['a decision signed is no task', 'Ngày 2/7, ông Lương Nguyễn Minh Triết, Chủ tịch UBND TP Đà Nẵng đã ký quyết định phân công nhiệm vụ của Chủ tịch và các Phó Chủ tịch UBND thành phố.'],
    ['the leaders\' own duties shared out are no task', 'Chủ tịch UBND TP Đà Nẵng Lương Nguyễn Minh Triết phân công nhiệm vụ của Chủ tịch và các Phó Chủ tịch.'],
  ])('%s', (_, text) => {
    expect(extract({ text: 'Sáng 2/7/2025, UBND TP Đà Nẵng họp.\n' + text, published: '2025-07-02' }).directives).toEqual([]);
  });
});
