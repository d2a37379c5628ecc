// The shapes of a provincial leader's documents (Chỉ thị, Kế hoạch, kết luận of a UBND meeting),
// on passages of our own: the leader named after the province, the departments as one group
// however their heads are named, project boards by their kind, the issuer left unsaid, part
// titles in capitals, and what a PDF copy leaves between pages and inside a range of years.
import { extract } from '../../src/extract/pipeline';

const MEETING = 'Chiều 12/3/2024, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung chủ trì cuộc họp về đầu tư công.\n';

function read(body: string, lead = MEETING) {
  const r = extract({ text: lead + body, published: '2024-03-13' });
  return {
    chairs: r.meeting.chairs.map((c) => c.name),
    directives: r.directives.map((d) => ({ text: d.text, a: d.assignees.map((x) => x.name), by: d.assigner?.name ?? null })),
  };
}

describe('the leader named after the province', () => {
  test.each<[string, string, string]>([
    // The province's last syllable is a surname ("An", "Định"): it is not the name's first.
    ['Nghệ An', 'Chiều 12/3/2024, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung chủ trì cuộc họp.\n', 'Nguyễn Đức Trung'],
    ['Bình Định', 'Chiều 12/3/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn chủ trì cuộc họp.\n', 'Phạm Anh Tuấn'],
    ['a deputy', 'Chiều 12/3/2024, Phó Chủ tịch UBND tỉnh Long An Nguyễn Minh Lâm chủ trì cuộc họp.\n', 'Nguyễn Minh Lâm'],
  ])('%s', (_, lead, name) => {
    const r = read('Chủ tịch UBND tỉnh yêu cầu Sở Tài chính khẩn trương rà soát các dự án chậm tiến độ.\n', lead);
    expect(r.chairs).toEqual([name]);
    expect(r.directives.map((d) => d.by)).toEqual([name]);
  });
});

describe('the parties of a provincial instruction', () => {
  test.each<[string, string, string[]]>([
    ['"đơn vị cấp tỉnh" are the departments, not the localities',
      'các sở, ban, ngành, đơn vị cấp tỉnh', ['Các sở, ngành tỉnh Nghệ An']],
    ['each head before the bodies acts for them',
      'Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố',
      ['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Nghệ An']],
    ['the director of a department stands for it', 'Giám đốc Sở Y tế', ['Sở Y tế tỉnh Nghệ An']],
    ['"các sở" alone are the departments', 'các sở', ['Các sở, ngành tỉnh Nghệ An']],
    ['"cơ quan liên quan" after the departments is a generic partner',
      'các sở, ngành, cơ quan liên quan', ['Các sở, ngành tỉnh Nghệ An']],
    ['"địa phương" after the departments is the localities',
      'các sở, ban, ngành, địa phương', ['Các sở, ngành tỉnh Nghệ An', 'Các địa phương']],
    ['project boards named by their kind, in the plural, are the province\'s',
      'các Ban Quản lý dự án chuyên ngành, khu vực', ['Các Ban Quản lý dự án chuyên ngành, khu vực tỉnh Nghệ An']],
    ['the abbreviation QLDA is spelled out',
      'các Ban QLDA chuyên ngành', ['Các Ban quản lý dự án chuyên ngành tỉnh Nghệ An']],
    ['a national body followed by "tỉnh" is its provincial branch', 'Sở Tài chính, Kho bạc Nhà nước tỉnh',
      ['Sở Tài chính tỉnh Nghệ An', 'Kho bạc Nhà nước tỉnh Nghệ An']],
    ['the same for the provincial labour federation', 'Liên đoàn Lao động tỉnh', ['Liên đoàn Lao động tỉnh Nghệ An']],
    ['a zone\'s management board, its kinds in lower case and joined by a comma', 'Ban Quản lý Khu kinh tế, công nghiệp tỉnh',
      ['Ban Quản lý Khu kinh tế, công nghiệp tỉnh Nghệ An']],
    ['BQL is spelled out; the zone\'s own name follows its kind', 'BQL Khu kinh tế Đông Nam', ['Ban Quản lý Khu kinh tế Đông Nam']],
    ['"các Sở: A, B" names each department by its ministry', 'các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng',
      ['Sở Tài chính tỉnh Nghệ An', 'Sở Kế hoạch và Đầu tư tỉnh Nghệ An', 'Sở Xây dựng tỉnh Nghệ An']],
    ['"UBND các huyện: A, B" is one committee per district named', 'UBND các huyện: Krông Pắc, Ea Kar và Cư M\'gar',
      ['Ủy ban nhân dân huyện Krông Pắc', 'Ủy ban nhân dân huyện Ea Kar', 'Ủy ban nhân dân huyện Cư M\'gar']],
    ['"UBND các quận, huyện" with no names is the level', 'UBND các quận, huyện', ['Ủy ban nhân dân các quận, huyện tỉnh Nghệ An']],
    ['the press names a department with its province\'s bare name', 'Sở Giao thông vận tải Hà Nội',
      ['Sở Giao thông vận tải thành phố Hà Nội']],
    ['and a police force the same way', 'Sở Y tế, Công an Đà Nẵng', ['Sở Y tế tỉnh Nghệ An', 'Công an thành phố Đà Nẵng']],
    ['a name that capitalises only its first words runs to the predicate', 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn',
      ['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn']],
    ['a sub-department of a department is named by its head "Chi cục"', 'Chi cục Thủy lợi', ['Chi cục Thủy lợi']],
    ['units of one kind in the plural are named by the kind', 'các Trung tâm y tế', ['Các Trung tâm y tế']],
    ['a district that bears a province\'s name without its tone ("Quang Bình", not Quảng Bình) is the district', 'UBND huyện Quang Bình, Bắc Quang',
      ['Ủy ban nhân dân huyện Quang Bình', 'Ủy ban nhân dân huyện Bắc Quang']],
    ['the district office by the ministry\'s abbreviated name', 'Phòng Nông nghiệp & PTNT', ['Phòng Nông nghiệp và Phát triển nông thôn']],
    ['a province\'s paper is named by the province, before its verb', 'Đài Phát thanh và Truyền hình Nghệ An, Báo Nghệ An', ['Đài Phát thanh và Truyền hình Nghệ An', 'Báo Nghệ An']],
    ['the Fatherland Front\'s committee followed by "tỉnh" is the province\'s', 'Ủy ban Mặt trận Tổ quốc tỉnh',
      ['Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An']],
    ['a disaster command board keeps what it is for ("phòng, chống thiên tai"), though it reads as a verb',
      'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh', ['Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Nghệ An']],
    ['"các sở: A, B - C" names a department no ministry names as written, and a ministry\'s name with a dash for "và"',
      'các sở: Xây dựng, Quy hoạch - Kiến trúc, Tài nguyên - Môi trường',
      ['Sở Xây dựng tỉnh Nghệ An', 'Sở Quy hoạch - Kiến trúc tỉnh Nghệ An', 'Sở Tài nguyên và Môi trường tỉnh Nghệ An']],
    ['Ho Chi Minh City by its abbreviations after a department, a police force and a committee', 'Sở Y tế TP.HCM, Công an TPHCM, UBND TP.HCM',
      ['Sở Y tế Thành phố Hồ Chí Minh', 'Công an Thành phố Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh']],
    ['the provincial military command as the press abbreviates it; unnamed party committees before it are stepped over',
      'các Đảng ủy, Bộ CHQS tỉnh', ['Bộ Chỉ huy Quân sự tỉnh Nghệ An']],
    ['the authorities of every level of a province named are the province itself', 'chính quyền các cấp tỉnh Quảng Nam', ['Quảng Nam']],
    ['"UBND thành phố" in a province\'s report is its city\'s committee, unnamed (a capital may bear another name)', 'UBND thành phố', ['Ủy ban nhân dân thành phố']],
    ['a province\'s board named by the national board\'s number is the province\'s', 'Ban Chỉ đạo 389 tỉnh Lào Cai', ['Ban Chỉ đạo 389 tỉnh Lào Cai']],
    ['the departments\' units "thuộc UBND tỉnh", then the districts', 'các sở, ban ngành, đơn vị thuộc UBND tỉnh, UBND các huyện, thành phố',
      ['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thành phố tỉnh Nghệ An']],
    ['unnamed armed units of the province\'s level are stepped over; "cấp tỉnh" after them is no group',
      'các Sở, Ban, ngành, các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh, Ủy ban nhân dân các huyện, thành phố',
      ['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thành phố tỉnh Nghệ An']],
    ['one board keeps the name it is given',
      'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông', ['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông']],
  ])('%s', (_, parties, expected) => {
    const r = read(`Chủ tịch UBND tỉnh yêu cầu ${parties} khẩn trương rà soát các dự án chậm tiến độ.\n`);
    expect(r.directives.map((d) => d.a)).toEqual([expected]);
  });
});

describe('"các cấp, các ngành" of a province are its departments, not the ministries', () => {
  test.each<[string, string, string[][]]>([
    ['the provincial leader\'s "các cấp, các ngành"',
      'Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành khẩn trương rà soát các dự án chậm tiến độ.\n',
      [['Các sở, ngành tỉnh Nghệ An']]],
    ['with the localities named beside them',
      'Ông yêu cầu các cấp, các ngành, địa phương tăng cường kiểm tra.\n',
      [['Các sở, ngành tỉnh Nghệ An', 'Các địa phương']]],
    ['a provincial board speaking in its own name',
      'Ban Chỉ đạo phòng, chống dịch tỉnh yêu cầu các ngành, các cấp tăng cường giám sát.\n',
      [['Các sở, ngành tỉnh Nghệ An']]],
    ['the continuation inherits the relabelled group',
      'Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành khẩn trương rà soát các dự án. Đồng thời, tăng cường kiểm tra, giám sát.\n',
      [['Các sở, ngành tỉnh Nghệ An'], ['Các sở, ngành tỉnh Nghệ An']]],
    ['a request to the ministries stays national',
      'Chủ tịch UBND tỉnh đề nghị các bộ, ngành Trung ương sớm hỗ trợ tỉnh giải quyết vướng mắc.\n',
      [['Các bộ, ngành']]],
  ])('%s', (_, body, expected) => {
    expect(read(body).directives.map((d) => d.a)).toEqual(expected);
  });

  test('the Prime Minister\'s "các cấp, các ngành" at a province are the ministries', () => {
    const lead = 'Sáng 12/3/2024, Thủ tướng Phạm Minh Chính làm việc với lãnh đạo tỉnh Nghệ An.\n';
    expect(read('Thủ tướng yêu cầu các cấp, các ngành khẩn trương tháo gỡ vướng mắc cho doanh nghiệp.\n', lead).directives.map((d) => d.a))
      .toEqual([['Các bộ, ngành']]);
  });
});

describe('an issuer, a verb and its addressees split by ";"', () => {
  test('"UBND tỉnh yêu cầu A; B …": the list of addressees goes on past the ";"', () => {
    const r = read('UBND tỉnh Nghệ An yêu cầu Chủ tịch UBND các huyện, thị xã; Giám đốc các sở, ban, ngành tăng cường quản lý trật tự xây dựng.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Ủy ban nhân dân các huyện, thị xã tỉnh Nghệ An', 'Các sở, ngành tỉnh Nghệ An']]);
  });
  test('the grounds before the doer are stepped over, though their own last words read as parties', () => {
    const r = read('Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp, tham mưu UBND tỉnh; trình UBND tỉnh trước ngày 15/11/2024.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Sở Kế hoạch và Đầu tư tỉnh Nghệ An'], ['Sở Kế hoạch và Đầu tư tỉnh Nghệ An']]);
  });
  test('a commune\'s teams, the second head in lower case, and its villages', () => {
    const r = read('- Tổ Địa chính, tổ Kiểm tra phải tăng cường phối hợp theo dõi địa bàn.\n- Đề nghị các ấp phải báo cáo kịp thời khi phát hiện vi phạm.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Tổ Địa chính', 'Tổ Kiểm tra'], ['Các ấp']]);
  });
  test('a department that "có Công văn <number> đề nghị" the others instructs them', () => {
    const r = read('Sở Giao thông vận tải có Công văn 450/SGTVT-QLVT đề nghị Giám đốc các sở, ngành khẩn trương chỉ đạo dán thẻ thu phí cho xe công.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Các sở, ngành tỉnh Nghệ An']]);
  });
  test('a department that "đề nghị các cơ quan, đơn vị" asks unnamed units: a task with no named doer, no proposal', () => {
    const r = read('Sở Giao thông vận tải đề nghị các cơ quan, đơn vị cùng phối hợp khắc phục các điểm đen tai nạn giao thông.\n');
    expect(r.directives.map((d) => d.a)).toEqual([[]]);
  });
  test('a purpose before the issuer, then addressees split by ";", FORMAT.md\'s central bodies among them', () => {
    const r = read('Để khắc phục các tồn tại, hạn chế nêu trên và đẩy mạnh cải cách hành chính, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành; các cơ quan Trung ương đóng trên địa bàn tỉnh tập trung triển khai các nội dung sau:\n1. Quán triệt sâu sắc các chủ trương của Đảng về cải cách hành chính.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Các sở, ngành tỉnh Nghệ An', 'Các cơ quan trung ương trên địa bàn tỉnh Nghệ An']]);
  });
  test('a department "có nhiệm vụ" is given a task', () => {
    const r = read('Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo, tham mưu UBND tỉnh lựa chọn nhà đầu tư.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Sở Kế hoạch và Đầu tư tỉnh Nghệ An']]);
  });
});

describe('the issuer of an official text left unsaid', () => {
  test.each<[string, string, string[][]]>([
    ['"Căn cứ …; …, yêu cầu <parties> <task>": the clause after the grounds is the instruction',
      'Căn cứ kế hoạch phát triển kinh tế - xã hội của tỉnh; tình hình thực hiện kế hoạch năm 2023, yêu cầu các sở, ban, ngành, UBND các huyện khẩn trương đánh giá tình hình thực hiện kế hoạch.\n',
      [['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thành phố tỉnh Nghệ An']]],
    ['an official below the leaders who "đề nghị cần …" recommends; no one is instructed',
      'Phó Giám đốc Sở Y tế Trần Văn Minh đề nghị cần rà soát lại hệ thống dữ liệu điều hành.\n',
      []],
    ['the leader who "đề nghị cần …" instructs',
      'Chủ tịch UBND tỉnh đề nghị cần rà soát lại hệ thống dữ liệu điều hành.\n',
      [[]]],
    ['"<post> chưa thông qua … và yêu cầu …": the post holder asks, whatever the predicate before',
      'Chủ tịch UBND tỉnh chưa thông qua đồ án quy hoạch và yêu cầu Sở Xây dựng rà soát thêm.\n',
      [['Sở Xây dựng tỉnh Nghệ An']]],
    ['a lead that only announces "một số nhiệm vụ" the body lists gives no task',
      'Chủ tịch UBND tỉnh vừa ban hành văn bản chỉ đạo thủ trưởng các sở, ngành và Chủ tịch UBND các huyện tập trung triển khai thực hiện tốt một số nhiệm vụ.\n',
      []],
    ['a report of what a body did before the verb is not an instruction',
      'Thời gian qua, Ban Thường vụ Đảng ủy đã tập trung lãnh đạo, chỉ đạo UBND các huyện triển khai nhiều giải pháp.\n',
      []],
  ])('%s', (_, body, expected) => {
    expect(read(body).directives.map((d) => d.a)).toEqual(expected);
  });
});

describe('a Chỉ thị\'s numbered headings of addressees', () => {
  test('"1. <parties>; <parties>:" is one list of doers for the lettered items under it', () => {
    const body = 'Chủ tịch UBND tỉnh chỉ thị:\n1. Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố:\n'
      + 'a) Tổ chức quán triệt, triển khai thực hiện nghiêm các quy định về phòng cháy, chữa cháy.\n'
      + '2. Đài Phát thanh và Truyền hình tỉnh, Báo Nghệ An tăng cường tuyên truyền về phòng cháy, chữa cháy.\n';
    expect(read(body).directives.map((d) => d.a)).toEqual([
      ['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Nghệ An'],
      // A newspaper's name ends before the verb.
      ['Đài Phát thanh và Truyền hình tỉnh Nghệ An', 'Báo Nghệ An'],
    ]);
  });
});

describe('what a PDF copy of a Chỉ thị carries', () => {
  test('a part title in capitals is no task, and the items under it are', () => {
    const r = read('Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành triển khai các nội dung sau:\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH\n1. Rà soát các dự án chậm tiến độ.\n');
    expect(r.directives.map((d) => d.text)).toEqual(['1. Rà soát các dự án chậm tiến độ']);
    expect(r.directives[0].a).toEqual(['Các sở, ngành tỉnh Nghệ An']);
  });

  test('a range of years broken at its dash goes on; it is no dashed item', () => {
    const r = read('Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch và Đầu tư tổng hợp kế hoạch đầu tư công trung hạn giai đoạn 2021\n- 2025 của tỉnh.\n');
    expect(r.directives).toHaveLength(1);
    expect(r.directives[0].text).toMatch(/giai đoạn 2021\n- 2025 của tỉnh$/u);
  });

  test('a line that ends on a bracket goes on into a line in lower case', () => {
    const r = read('Chủ tịch UBND tỉnh giao Ban Dân tộc tỉnh phối hợp với UBND huyện Hoàng Su Phì (chủ đầu tư)\nrà soát, tổng hợp số kinh phí còn thiếu của dự án ổn định dân cư trong tháng 12/2024 để\nbáo cáo UBND tỉnh.\nPhó Chủ tịch UBND tỉnh phát biểu tại cuộc họp.\nCác đại biểu thảo luận về kinh phí.\nHội nghị bế mạc lúc 11 giờ.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Ban Dân tộc tỉnh Nghệ An']]);
  });

  test('after a named work, a place word opens its address, not a new doer', () => {
    const r = read('Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn hoàn thành dự án kè bờ sông Lam trong quý 4 năm 2024; công trình thủy lợi Ngọc Linh, huyện Vị Xuyên hoàn thành và đưa vào sử dụng trong tháng 3 năm 2025.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An'], ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An']]);
  });

  test('a page-break marker between the items of a list does not end the list', () => {
    const r = read('Chủ tịch UBND tỉnh yêu cầu Sở Tài chính:\n1/ Rà soát các nguồn vốn đầu tư công.\n\n--- PAGE BREAK ---\n\n2/ Đẩy mạnh giải ngân vốn đầu tư công.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Sở Tài chính tỉnh Nghệ An'], ['Sở Tài chính tỉnh Nghệ An']]);
  });
});

describe('a district\'s monthly meeting', () => {
  const read3 = (body: string) => extract({ text: 'Chiều 26/8/2024, Chủ tịch UBND huyện Tháp Mười Nguyễn Văn Tâm chủ trì phiên họp tháng 8.\n' + body, published: '2024-08-27' })
    .directives.map((d) => d.assignees.map((a) => a.name));
  test.each<[string, string, string[][]]>([
    ['the district\'s leaders who direct unnamed sectors speak; they are no doers',
      'Lãnh đạo UBND huyện chỉ đạo các ngành chuyên môn vận động nông dân thực hiện giảm giá thành sản xuất; thường xuyên nhắc nhở các xã nâng chất các tiêu chí nông thôn mới.', [[], []]],
    ['a commune as the subject of a duty is its people\'s committee', 'Xã Mỹ An cần tiếp tục quan tâm chỉ đạo sản xuất vụ Thu Đông.', [['Ủy ban nhân dân xã Mỹ An']]],
  ])('%s', (_, body, expected) => {
    expect(read3(body)).toEqual(expected);
  });
});

describe('a Party committee\'s meeting', () => {
  const read2 = (body: string) => extract({ text: body, published: '2020-06-02' }).directives.map((d) => d.assignees.map((a) => a.name));
  test.each<[string, string, string[][]]>([
    ['its inspection committee, its departments and its office', 'Ủy ban kiểm tra Huyện ủy theo dõi việc giải quyết đơn thư. Các Ban, Văn phòng Huyện ủy phối hợp tham mưu tổ chức Đại hội.',
      [['Ủy ban kiểm tra Huyện ủy'], ['Các ban Huyện ủy', 'Văn phòng Huyện ủy']]],
    ['a district\'s Party leader, unnamed, gives the tasks; "lãnh đạo triển khai …" is one of them',
      'Đồng chí Phó Bí thư Thường trực Huyện ủy cũng giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu đẩy mạnh tuyên truyền; lãnh đạo triển khai thực hiện Nghị quyết Đại hội ngay sau Đại hội.',
      [['Ban Tuyên giáo Huyện ủy'], ['Ban Tuyên giáo Huyện ủy']]],
    ['"TP" inside a name is spelled out; the provincial capital does not name the province', 'Đảng bộ TP Thái Nguyên xây dựng kế hoạch chỉnh trang đô thị. Văn phòng Tỉnh ủy bảo đảm kinh phí phục vụ Đại hội.',
      [['Đảng bộ thành phố Thái Nguyên'], ['Văn phòng Tỉnh ủy']]],
  ])('%s', (_, body, expected) => {
    expect(read2(body)).toEqual(expected);
  });
});

describe('a plan copied to Markdown from a PDF', () => {
  const PLAN = [
    '**V. TỔ',
    'CHỨC THỰC HIỆN**',
    '',
    '**1.',
    'Sở Y tế:**',
    '',
    '- Chủ trì triển khai kế',
    'hoạch; hướng dẫn chuyên môn.',
    '',
    '**2.',
    'Sở Tài chính:**',
    '',
    'Tham mưu nguồn kinh phí,',
    'nhằm kịp thời khắc phục môi trường sau lũ',
    '',
    '**VI.',
    'KINH PHÍ THỰC HIỆN**',
    '',
    '- Từ ngân sách tỉnh theo phân cấp.',
    '- Hỗ trợ từ trung ương và các nguồn hợp pháp khác.',
  ].join('\n');
  test('a bold number over its heading is one item; the unpunctuated line under a heading is its body; funds are no tasks', () => {
    const r = read(PLAN);
    expect(r.directives.map((d) => [d.text.replace(/\s+/gu, ' ').slice(0, 24).trim(), d.a])).toEqual([
      ['- Chủ trì triển khai kế', ['Sở Y tế tỉnh Nghệ An']],
      ['hướng dẫn chuyên môn', ['Sở Y tế tỉnh Nghệ An']],
      ['Tham mưu nguồn kinh phí,', ['Sở Tài chính tỉnh Nghệ An']],
    ]);
  });
  test('a heading that asks a body, and the departments named without "các", head the paragraphs under them', () => {
    const r = read('**5. Sở, ban,\nngành liên quan**\n\nChủ động phối hợp với Sở Y tế tổ chức triển khai kế hoạch.\n\n**7. Đề nghị Ủy\nban Mặt trận Tổ quốc Việt Nam tỉnh**\n\nTăng cường tuyên truyền, vận động Nhân dân thực hiện chính sách dân số.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Các sở, ngành tỉnh Nghệ An'], ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An']]);
  });
  test.each([
    ['Căn cứ tại Điều 12 Luật Phòng, chống thiên tai thì các hành vi bị cấm được quy định như sau:\n- Lợi dụng thiên tai để trục lợi.\n- Phá hoại công trình phòng, chống thiên tai.\n'],
    ['Căn cứ khoản 2 Điều 102 Luật Xây dựng, quy định về quy trình gia hạn giấy phép xây dựng như sau:\na) Chủ đầu tư nộp hồ sơ đề nghị gia hạn cho cơ quan cấp phép.\n'],
    ['2. Việc nhận kết quả, nộp lệ phí cấp giấy phép xây dựng được quy định như sau:\nb) Chủ đầu tư có trách nhiệm nộp lệ phí khi nộp hồ sơ.\n'],
  ])('what a law\'s article lists is no task: %s', (text) => {
    expect(read(text).directives).toEqual([]);
  });
});

describe('a sentence broken across two pages of a PDF copy', () => {
  // A wrapped copy: lines stop mid-sentence; the page number and the marker sit between pages.
  const COPY = ['Chủ tịch UBND tỉnh yêu cầu Sở Tài chính các nhiệm vụ sau đây để tháo gỡ khó khăn:',
    'a) Sở Tài chính:',
    '- Chủ trì, phối hợp với Sở Kế hoạch và Đầu tư và các cơ quan liên quan khẩn',
    'trương đề xuất chính sách hỗ trợ doanh nghiệp bị ảnh hưởng bởi dịch bệnh, báo cáo Chủ tịch',
    '', '2', '', '', '--- PAGE BREAK ---', '',
    'Ủy ban nhân dân tỉnh trong tháng 3 năm 2024.', '',
    '- Tiếp tục triển khai các giải pháp đẩy mạnh thanh toán không dùng tiền mặt trong các dịch',
    'vụ hành chính công trên địa bàn tỉnh, nhất là các khoản phí, lệ phí.', ''].join('\n');

  test('the sentence goes on over the page number and the marker: its deadline is found, and the list goes on', () => {
    const r = extract({ text: MEETING + COPY, published: '2024-03-13' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.deadline?.date ?? null])).toEqual([
      [['Sở Tài chính tỉnh Nghệ An'], '2024-03-31'],
      [['Sở Tài chính tỉnh Nghệ An'], null],
    ]);
    // The page chrome is in the sentence as found, but none of its words.
    expect(r.directives[0].sentence).toContain('PAGE BREAK');
    expect(r.directives[0].recipients.map((p) => p.name)).not.toContain('PAGE BREAK');
  });
});

describe('a dispatch (Công điện) and a council resolution', () => {
  const DISPATCH = [
    'CÔNG ĐIỆN',
    'Về việc tập trung ứng phó với bão số 6',
    'THỦ TƯỚNG CHÍNH PHỦ điện:',
    '- Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình;',
    '- Các Bộ: Quốc phòng, Công an, Công Thương.',
    'Theo bản tin dự báo, bão số 6 đang di chuyển nhanh về phía Tây.',
    'Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu:',
    '1. Bộ Quốc phòng sẵn sàng lực lượng, phương tiện hỗ trợ người dân.',
    '2. Bộ Công Thương bảo đảm an toàn hệ thống điện.',
    'THỦ TƯỚNG',
    'Phạm Minh Chính',
  ].join('\n');

  test('the addressees after "điện:" are no tasks; the signer gives the instructions', () => {
    const r = extract({ text: DISPATCH, published: '2025-10-24' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.assigner?.name ?? null])).toEqual([
      [['Bộ Quốc phòng'], 'Phạm Minh Chính'],
      [['Bộ Công Thương'], 'Phạm Minh Chính'],
    ]);
    expect(r.officials.map((o) => o.name)).toContain('Phạm Minh Chính');
  });

  // Numbered tasks right after the dashed addressees, with no paragraph between, and a deputy who
  // signs for the Prime Minister: the items are tasks, and the signer gives them.
  test('numbered tasks right under the addressees are tasks; a deputy signing "KT. THỦ TƯỚNG" gives them', () => {
    const text = [
      'CÔNG ĐIỆN',
      'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '- Bộ trưởng các Bộ: Công Thương, Xây dựng;',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
      '1. Bộ Công Thương chủ trì, phối hợp với Bộ Xây dựng khôi phục hệ thống điện, báo cáo Thủ tướng Chính phủ chậm nhất ngày 15/9/2024.',
      '2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương rà soát, thống kê thiệt hại trong quý IV/2024.',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Trần Hồng Hà',
    ].join('\n');
    const r = extract({ text, published: '2024-09-10' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.coordinators.map((a) => a.name), d.deadline?.date ?? null, d.assigner?.name ?? null])).toEqual([
      [['Bộ Công Thương'], ['Bộ Xây dựng'], '2024-09-15', 'Trần Hồng Hà'],
      [['Các địa phương'], [], '2024-12-31', 'Trần Hồng Hà'],
    ]);
  });

  test('under "Đề nghị UBND tỉnh chỉ đạo:" the bodies the items name are directed; the committee is the doer', () => {
    const r = read('Hội đồng nhân dân tỉnh đề nghị:\na) Đề nghị UBND tỉnh chỉ đạo:\n- UBND huyện Vị Xuyên khẩn trương sửa chữa hồ thủy lợi Bản Bang.\n- Sở Nông nghiệp và Phát triển nông thôn rà soát các công trình thủy lợi xuống cấp.\nb) Công an tỉnh tăng cường đấu tranh phòng, chống tội phạm ma túy.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Ủy ban nhân dân tỉnh Nghệ An'], ['Ủy ban nhân dân tỉnh Nghệ An'], ['Công an tỉnh Nghệ An']]);
  });

  test('a numbered field label on a line of its own ("1. Về lĩnh vực giao thông") is no task', () => {
    const r = read('Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện các nội dung sau:\n1. Về lĩnh vực giao thông\na) Chỉ đạo Sở Giao thông vận tải sửa chữa các tuyến đường bị hư hỏng.\n2. Về lĩnh vực y tế\nBảo đảm cung ứng đủ thuốc cho các cơ sở khám, chữa bệnh.\n');
    expect(r.directives.map((d) => d.text.replace(/^a\) /u, ''))).toEqual([
      'Chỉ đạo Sở Giao thông vận tải sửa chữa các tuyến đường bị hư hỏng',
      'Bảo đảm cung ứng đủ thuốc cho các cơ sở khám, chữa bệnh',
    ]);
  });
});

describe('a district\'s own meeting', () => {
  const DISTRICT = 'Sáng 15/4/2025, Bí thư Huyện ủy, Chủ tịch UBND huyện Đức Trọng Nguyễn Văn Sơn chủ trì hội nghị giao ban tháng 4.\n';
  test.each<[string, string, string[]]>([
    ['a district office named by its ministry carries the district',
      'Đồng chí Chủ tịch UBND huyện đề nghị Phòng Giáo dục và Đào tạo rà soát đội ngũ giáo viên.', ['Phòng Giáo dục và Đào tạo huyện Đức Trọng']],
    ['an office of two words joined by a dash ("Tài chính - Kế hoạch")',
      'Phòng Tài chính - Kế hoạch tham mưu UBND huyện phân bổ vốn đầu tư công năm 2025.', ['Phòng Tài chính - Kế hoạch huyện Đức Trọng']],
    ['"Công an huyện" is the police of the report\'s district',
      'Công an huyện tăng cường tuần tra, bảo đảm an ninh trật tự.', ['Công an huyện Đức Trọng']],
    ['the district\'s military command ("Ban", not the province\'s "Bộ")',
      'Đồng chí cũng yêu cầu Ban Chỉ huy Quân sự huyện chuẩn bị tốt công tác tuyển quân.', ['Ban Chỉ huy Quân sự huyện Đức Trọng']],
    ['a centre named by pattern with the district\'s level',
      'Trung tâm Văn hóa - Thể thao huyện xây dựng kế hoạch tổ chức các hoạt động kỷ niệm.', ['Trung tâm Văn hóa - Thể thao huyện Đức Trọng']],
    ['an office written in lower case and a list of communes after a commune\'s committee are partners',
      'Phòng Tài nguyên và Môi trường chủ trì, phối hợp với phòng Nông nghiệp và Phát triển nông thôn, UBND xã Hiệp An, Hiệp Thạnh, thị trấn Liên Nghĩa kiểm tra các điểm khai thác.',
      ['Phòng Tài nguyên và Môi trường huyện Đức Trọng']],
    ['a body of another district named in full keeps that district',
      'Công an huyện Lâm Hà phối hợp kiểm tra các điểm khai thác cát.', ['Công an huyện Lâm Hà']],
  ])('%s', (_, body, expected) => {
    const r = read(`${body}\n`, DISTRICT);
    expect(r.chairs).toEqual(['Nguyễn Văn Sơn']);
    expect(r.directives.map((d) => d.a)).toEqual([expected]);
  });
});

describe('an article saved as program data, about several provinces', () => {
  // A page kept as a JS object: each string value is a paragraph, the keys and brackets are not text.
  const DATA = [
    '{',
    '  title: "tỉnh Quảng Trị",',
    '  paragraph: [',
    '    {',
    '      text: "Chiều 16/9/2024, UBND tỉnh Quảng Trị có công điện gửi các cơ quan, đơn vị về công tác ứng phó bão.",',
    '      below_img: false,',
    '    },',
    '    {',
    '      text: "UBND tỉnh Quảng Trị yêu cầu Sở Nông nghiệp và Phát triển nông thôn theo dõi chặt chẽ diễn biến của bão.",',
    '      below_img: false,',
    '    },',
    '  ],',
    '  title: "TP Đà Nẵng",',
    '  paragraph: [',
    '    {',
    '      text: "Ban Chỉ huy phòng chống thiên tai TP Đà Nẵng cũng có công điện gửi các sở, ngành của TP Đà Nẵng.",',
    '      below_img: false,',
    '    },',
    '    {',
    '      text: "Bộ Chỉ huy Bộ đội Biên phòng thành phố chủ trì kêu gọi tàu thuyền vào bờ.",',
    '      below_img: false,',
    '    },',
    '  ],',
    '},',
  ].join('\n');

  test('a long headline field repeats the body and is not read; a short section title is', () => {
    const data = ['{', '  title: "Bộ Y tế: Hoàn thành tiêm vaccine cho trẻ em trong tháng 2/2022; không để phải hủy bỏ vaccine",', '  paragraph: [',
      '    "Bộ Y tế yêu cầu các địa phương hoàn thành tiêm vaccine cho trẻ em trong tháng 2/2022.",', '  ],', '  order: 1,', '},', '{', '  title: "tỉnh Quảng Trị",', '},'].join('\n');
    const r = extract({ text: data, published: '2022-02-10' });
    expect(r.directives.map((d) => d.text)).toEqual(['Bộ Y tế yêu cầu các địa phương hoàn thành tiêm vaccine cho trẻ em trong tháng 2/2022']);
  });

  test('the string values are read as paragraphs; each body takes the province named last before it', () => {
    const r = extract({ text: DATA, published: '2024-09-17' });
    expect(r.directives.map((d) => [d.text, d.assignees.map((a) => a.name)])).toEqual([
      ['UBND tỉnh Quảng Trị yêu cầu Sở Nông nghiệp và Phát triển nông thôn theo dõi chặt chẽ diễn biến của bão', ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị']],
      ['Bộ Chỉ huy Bộ đội Biên phòng thành phố chủ trì kêu gọi tàu thuyền vào bờ', ['Bộ Chỉ huy Bộ đội Biên phòng thành phố Đà Nẵng']],
    ]);
  });
});

describe('a party secretary\'s working visit', () => {
  const LEAD = 'Chiều 20/3/2024, đồng chí Nguyễn Văn Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên đã có buổi làm việc với Ban Thường vụ Huyện ủy Mường Chà.\n';
  test('the post names its one holder; "Đồng chí" before anyone speaks is the one official named; a district party committee is a doer', () => {
    const r = read('Đồng chí đề nghị Huyện ủy Mường Chà tập trung lãnh đạo thực hiện thắng lợi nghị quyết.\nBí thư Tỉnh ủy cũng đề nghị các sở, ngành của tỉnh hỗ trợ huyện tháo gỡ khó khăn.\n', LEAD);
    expect(r.directives.map((d) => [d.a, d.by])).toEqual([
      [['Huyện ủy Mường Chà'], 'Nguyễn Văn Thắng'],
      [['Các sở, ngành tỉnh Điện Biên'], 'Nguyễn Văn Thắng'],
    ]);
    expect(r.chairs).toEqual(['Nguyễn Văn Thắng']);
  });
});

describe('lead, partners and term', () => {
  const LEAD = 'Sáng 10/7/2024, Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh chủ trì cuộc họp về giải ngân vốn đầu tư công.\n';
  const coordinated = (body: string) => extract({ text: LEAD + body, published: '2024-07-11' }).directives
    .map((d) => [d.assignees.map((a) => a.name), d.coordinators.map((a) => a.name), d.deadline?.date ?? null]);
  const LEAD_PARTNERS = [['Sở Xây dựng tỉnh Quảng Ngãi'], ['Sở Tài chính tỉnh Quảng Ngãi', 'Sở Giao thông vận tải tỉnh Quảng Ngãi']];
  test.each<[string, string, (string[] | string | null)[][]]>([
    ['"X chủ trì, Y, Z phối hợp <task>": Y and Z are partners of X\'s task',
      'UBND tỉnh giao Sở Xây dựng chủ trì, Sở Tài chính, Sở Giao thông vận tải phối hợp kiểm tra chất lượng các công trình.', [[...LEAD_PARTNERS, null]]],
    ['the same with ";" after "chủ trì", and a term line after it dates the task',
      'UBND tỉnh giao Sở Xây dựng chủ trì; Sở Tài chính, Sở Giao thông vận tải phối hợp kiểm tra chất lượng các công trình. Thời gian hoàn thành: trước ngày 15/8/2024.',
      [[...LEAD_PARTNERS, '2024-08-15']]],
    ['a term sentence after a line on how to report dates the tasks of the paragraph',
      'UBND tỉnh giao Sở Xây dựng rà soát các dự án vướng mắc. Đồng thời, tiếp tục cập nhật thêm các dự án. Việc cập nhật thực hiện trên hệ thống cơ sở dữ liệu. Thời hạn hoàn thành đến hết ngày 10 tháng 8 năm 2024.',
      [[['Sở Xây dựng tỉnh Quảng Ngãi'], [], '2024-08-10'], [['Sở Xây dựng tỉnh Quảng Ngãi'], [], '2024-08-10']]],
    ['heads of unnamed bodies are no doers, and the task before is not inherited',
      'UBND tỉnh giao Sở Tài chính rà soát các dự án. Đối với các chủ đầu tư giải ngân dưới 30%, Chủ tịch UBND tỉnh đề nghị người đứng đầu phải kiểm điểm trách nhiệm.',
      [[['Sở Tài chính tỉnh Quảng Ngãi'], [], null], [[], [], null]]],
  ])('%s', (_, body, expected) => {
    expect(coordinated(`${body}\n`)).toEqual(expected);
  });
});

describe('a district never named in the text', () => {
  test('a district office keeps no suffix (FORMAT.md: the name only a URL gives is not used)', () => {
    const r = read('Phòng Tài nguyên và Môi trường huyện chủ trì kiểm tra việc khai thác sét.\n', 'UBND huyện chỉ đạo một số nội dung sau:\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Phòng Tài nguyên và Môi trường']]);
  });

  test('partners after "phối hợp với": the office in lower case and every commune', () => {
    const r = extract({ text: 'Phòng Tài nguyên và Môi trường chủ trì, phối hợp với phòng Nông nghiệp và Phát triển nông thôn, UBND xã Ea Bông, Bình Hòa, thị trấn Buôn Trấp kiểm tra việc khai thác sét.\n', published: '2017-04-29' });
    expect(r.directives.map((d) => d.coordinators.map((c) => c.name))).toEqual([[
      'Phòng Nông nghiệp và Phát triển nông thôn', 'Ủy ban nhân dân xã Ea Bông', 'Ủy ban nhân dân xã Bình Hòa', 'Ủy ban nhân dân thị trấn Buôn Trấp']]);
  });
});

describe('the province\'s party committee', () => {
  test('"Tỉnh ủy" is no "Tỉnh <task>": in a provincial report "Bí thư Tỉnh ủy, Thành ủy …" are the localities, not the province', () => {
    const r = read('Bộ Y tế đề nghị đồng chí Bí thư Tỉnh ủy, Thành ủy và Chủ tịch UBND các tỉnh, thành phố khẩn trương chỉ đạo tiêm vaccine.\n');
    expect(r.directives.map((d) => d.a)).toEqual([['Các địa phương']]);
  });
});

describe('a centrally-run city\'s conference', () => {
  const LEAD = 'Chiều 25/11/2025, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài chủ trì hội nghị.\nBà yêu cầu UBND Thành phố rà soát các dự án chậm triển khai.\n';
  test.each<[string, string[]]>([
    ['Cùng với đó, các sở, ngành Thành phố tăng cường kiểm tra, giám sát.', ['Các sở, ngành thành phố Hà Nội']],
    ['Theo Bí thư Thành ủy, Ban Tuyên giáo Thành ủy cần đẩy mạnh tuyên truyền.', ['Ban Tuyên giáo Thành ủy Hà Nội']],
  ])('%s', (body, expected) => {
    expect(read(`${body}\n`, LEAD).directives.map((d) => d.a)).toEqual([['Ủy ban nhân dân thành phố Hà Nội'], expected]);
  });
});

describe('district notices: steering boards, offices with two-part names, lists of objects', () => {
  const lead = 'Ngày 5/3/2024, UBND huyện Krông Pắc có Công văn số 210/UBND-NN về phòng chống dịch bệnh trên cây trồng.\n';
  const full = (body: string) => extract({ text: lead + body, published: '2024-03-06' }).directives
    .map((d) => ({ a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name) }));
  test.each<[string, string, { a: string[]; c: string[] }[]]>([
    ['a steering board named by its purpose, in lower case, up to its level',
      'Theo đó, UBND huyện giao Ban chỉ đạo phòng trừ sâu bệnh hại cây cà phê huyện phối hợp với Phòng Nông nghiệp và PTNT hướng dẫn các hộ dân phun thuốc.',
      [{ a: ['Ban chỉ đạo phòng trừ sâu bệnh hại cây cà phê huyện'], c: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Pắc'] }]],
    ['an office written in lower case keeps both parts of its name',
      'Giao phòng Tài chính - Kế hoạch bố trí kinh phí cho công tác phòng trừ sâu bệnh năm 2024.',
      [{ a: ['Phòng Tài chính - Kế hoạch huyện Krông Pắc'], c: [] }]],
    ['"phối hợp tốt với" names the partners after the manner',
      'Phòng Nông nghiệp và PTNT cần phối hợp tốt với UBND các xã, thị trấn kiểm tra diện tích cà phê bị sâu bệnh.',
      [{ a: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Pắc'], c: ['Ủy ban nhân dân các phường, xã'] }]],
    // "đôn đốc các đơn vị, địa phương tổ chức thực hiện": the localities are directed, not a new doer.
    ['a group without "các" after a comma goes on the list of objects',
      'UBND huyện giao Phòng Nông nghiệp và PTNT hướng dẫn, đôn đốc các đơn vị, địa phương tổ chức phun thuốc đúng quy trình; thường xuyên theo dõi, báo cáo UBND huyện.',
      [{ a: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Pắc'], c: [] }, { a: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Pắc'], c: [] }]],
    ['the leaders of the localities, after "các đồng chí", stand for the localities',
      'UBND huyện yêu cầu các đồng chí lãnh đạo các địa phương kiểm tra công tác chuẩn bị vật tư.',
      [{ a: ['Các địa phương'], c: [] }]],
  ])('%s', (_, body, expected) => {
    expect(full(body)).toEqual(expected);
  });
  test('a long list of doers before a comma is one list, read back to its first word', () => {
    const [d] = extract({ text: lead + 'Các phòng, ban, ngành, cơ quan, đơn vị, UBND các xã, thị trấn có trách nhiệm tổ chức phun thuốc trong phạm vi mình quản lý.', published: '2024-03-06' }).directives;
    expect(d.text).toMatch(/^Các phòng, ban, ngành, cơ quan, đơn vị, UBND các xã/u);
    expect(d.assignees.map((x) => x.name)).toEqual(['Ủy ban nhân dân các phường, xã']);
  });
});

describe('who is meant: a provincial speaker\'s sectors, a topic, a lead before its partner, a body called by its head', () => {
  const names = (text: string) => extract({ text, published: '2023-07-20' }).directives
    .map((d) => ({ a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name) }));
  test.each<[string, string, { a: string[]; c: string[] }[]]>([
    // FORMAT.md: below the national level, "các cấp, ngành" are the departments; with no province
    // named in the text, the label has no suffix.
    ['a provincial speaker\'s "các cấp, ngành" in a text that never names the province',
      'Bế mạc kỳ họp, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Nam yêu cầu UBND tỉnh, các cấp, ngành, địa phương tập trung triển khai các nghị quyết của HĐND tỉnh.',
      [{ a: ['Ủy ban nhân dân tỉnh', 'Các sở, ngành', 'Các địa phương'], c: [] }]],
    ['"Về phía <doers> trực thuộc Trung ương," makes them the doers of what follows',
      'Thủ tướng Phạm Minh Chính ký công điện về bảo đảm giáo viên. Về phía UBND tỉnh, thành phố trực thuộc Trung ương, Thủ tướng giao rà soát cơ sở vật chất trước năm học mới.',
      [{ a: ['Các địa phương'], c: [] }]],
    ['"Bộ X phối hợp với Bộ Y chỉ đạo …": X leads, Y coordinates',
      'Thủ tướng Phạm Minh Chính yêu cầu bảo đảm đủ giáo viên. Bên cạnh đó, Bộ Giáo dục và Đào tạo phối hợp với Bộ Nội vụ chỉ đạo tổ chức tuyển dụng giáo viên.',
      [{ a: [], c: [] }, { a: ['Bộ Giáo dục và Đào tạo'], c: ['Bộ Nội vụ'] }]],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test('a body named in full, then by its head alone, is the body named in full', () => {
    const text = 'Chiều 29/10/2024, Ban Tổ chức Hội chợ Nông sản Hà Tĩnh năm 2024 họp rà soát kế hoạch. '
      + 'Kết luận, đồng chí Trần Văn Nam, Trưởng Ban Tổ chức Hội chợ yêu cầu các thành viên Ban Tổ chức rà soát từng hạng mục công việc.';
    expect(names(text).map((d) => d.a)).toEqual([['Ban Tổ chức Hội chợ Nông sản Hà Tĩnh năm 2024']]);
  });
  test('two bodies with the same head stay as written', () => {
    const text = 'Ban Tổ chức Hội chợ Nông sản năm 2024 và Ban Tổ chức Giải chạy Hà Tĩnh năm 2024 họp chung. '
      + 'Kết luận, đồng chí Trần Văn Nam yêu cầu các thành viên Ban Tổ chức rà soát từng hạng mục công việc.';
    expect(names(text).map((d) => d.a)).toEqual([['Ban Tổ chức']]);
  });
});

describe('a province\'s plan: topics without a comma, matters before "thì", announced tasks, provisions cited', () => {
  const lead = 'Ngày 22/10/2024, UBND tỉnh Ninh Bình ban hành Kế hoạch số 185/KH-UBND về tinh giản biên chế.\n';
  const read = (body: string) => extract({ text: lead + body, published: '2024-10-28' }).directives
    .map((d) => ({ text: d.text.slice(0, 40), a: d.assignees.map((x) => x.name), due: d.deadline?.date ?? null }));
  test('"Đối với <doers> cần …" without a comma: the topic\'s doers do the duty', () => {
    expect(read('Đối với UBND các huyện, thành phố cần xây dựng kế hoạch thực hiện tinh giản biên chế.').map((d) => d.a))
      .toEqual([['Ủy ban nhân dân các huyện, thành phố tỉnh Ninh Bình']]);
  });
  test('"các ngành" after a department in a province\'s text are its departments', () => {
    expect(read('UBND tỉnh đề nghị Sở Nội vụ, các ngành, địa phương khẩn trương rà soát hồ sơ tinh giản biên chế.').map((d) => d.a))
      .toEqual([['Sở Nội vụ tỉnh Ninh Bình', 'Các sở, ngành tỉnh Ninh Bình', 'Các địa phương']]);
  });
  test('a period inside the matter that opens the clause is not its deadline; the date after it is', () => {
    expect(read('UBND tỉnh yêu cầu Sở Nội vụ tổng hợp hồ sơ như sau:\n- Đối với trường hợp nghỉ tinh giản trong quý III hồ sơ gửi trước ngày 15/5/2025.').map((d) => d.due))
      .toEqual(['2025-05-15']);
  });
  test('a matter, then "thì" and a task verb, is a task of the instruction before', () => {
    expect(read('UBND tỉnh yêu cầu Sở Tài chính đẩy nhanh giải ngân vốn đầu tư công. Những dự án giải ngân chậm thì tiếp tục điều chuyển vốn.'))
      .toEqual([
        { text: 'UBND tỉnh yêu cầu Sở Tài chính đẩy nhanh', a: ['Sở Tài chính tỉnh Ninh Bình'], due: null },
        { text: 'Những dự án giải ngân chậm thì tiếp tục ', a: ['Sở Tài chính tỉnh Ninh Bình'], due: null },
      ]);
  });
  test('a lead that announces tasks ending in a full stop gives its doers to the tasks after it', () => {
    expect(read('Bộ Nội vụ đề nghị UBND tỉnh Ninh Bình nghiên cứu, thực hiện một số nội dung. Cụ thể là, rà soát hồ sơ các trường hợp tinh giản biên chế.'))
      .toEqual([{ text: 'Cụ thể là, rà soát hồ sơ các trường hợp ', a: ['Ủy ban nhân dân tỉnh Ninh Bình'], due: null }]);
  });
  test('a provision cited, then "thì" and what it says, is no instruction', () => {
    expect(read('Theo quy định tại Điều 46 Nghị định số 06 năm 2021 thì UBND tỉnh là cơ quan có thẩm quyền chủ trì tổ chức giám định sự cố.')).toEqual([]);
  });
});

describe('a department\'s letter: duties of unnamed people, conditions with "thì", a page\'s pictographs', () => {
  const read = (body: string) => extract({ text: `Ngày 3/3/2024, Sở Giao thông vận tải tỉnh An Giang có văn bản đề nghị các đơn vị vận tải chấp hành nghiêm quy định về nồng độ cồn. ${body}`, published: '2024-03-04' })
    .directives.slice(1).map((d) => ({ text: d.text.slice(0, 30), a: d.assignees.map((x) => x.name) }));
  test.each<[string, string, { text: string; a: string[] }[]]>([
    ['"Riêng đối với <people> … phải …": their duty, with no named doer and none inherited',
      'Riêng đối với cán bộ, công chức, viên chức của các cơ quan, đơn vị phải gương mẫu chấp hành.',
      [{ text: 'Riêng đối với cán bộ, công chứ', a: [] }]],
    ['"Nếu …, thì <task>": the task after the condition',
      'UBND tỉnh giao Sở Giao thông vận tải kiểm tra các bến xe. Nếu gặp khó khăn thì thông tin ngay về UBND tỉnh để cùng tháo gỡ.',
      [{ text: 'UBND tỉnh giao Sở Giao thông v', a: ['Sở Giao thông vận tải tỉnh An Giang'] }, { text: 'Nếu gặp khó khăn thì thông tin', a: ['Sở Giao thông vận tải tỉnh An Giang'] }]],
    ['a pictograph opening a paragraph, before the subject',
      '\n📋 Sở Y tế được giao kiểm tra sức khỏe lái xe tại các bến xe.',
      [{ text: '📋 Sở Y tế được giao kiểm tra ', a: ['Sở Y tế tỉnh An Giang'] }]],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

test('"<district> chỉ đạo các cơ quan chuyên môn, các xã <task>": one list of directed doers, one task', () => {
  const ds = extract({ text: 'Ngày 17/3, huyện Sốp Cộp tổ chức hội nghị về nông nghiệp.\nHuyện Sốp Cộp chỉ đạo các cơ quan chuyên môn, các xã tiếp tục bám sát các văn bản hướng dẫn của tỉnh.', published: '2023-03-18' }).directives;
  expect(ds.map((d) => d.text)).toEqual(['Huyện Sốp Cộp chỉ đạo các cơ quan chuyên môn, các xã tiếp tục bám sát các văn bản hướng dẫn của tỉnh']);
});

describe('a leader\'s conclusion after the reports are heard', () => {
  const lead = 'Chiều 10/9/2020, Thành ủy Hà Nội họp về thu ngân sách. Bí thư Thành ủy Vương Đình Huệ chủ trì.\n';
  const doers = (body: string) => read(body, lead).directives.map((d) => ({ text: d.text.slice(-26), a: d.a, by: d.by }));
  test.each<[string, string, { text: string; a: string[]; by: string | null }[]]>([
    ['"kết luận như sau:" opens the tasks after its colon, the first included',
      'Đồng chí Bí thư Thành ủy kết luận như sau: Tăng cường quản lý hóa đơn; đẩy mạnh cải cách thủ tục.',
      [{ text: 'Tăng cường quản lý hóa đơn', a: [], by: 'Vương Đình Huệ' }, { text: 'đẩy mạnh cải cách thủ tục', a: [], by: 'Vương Đình Huệ' }]],
    ['"kết luận, về <matter>:" likewise',
      'Đồng chí Bí thư Thành ủy kết luận, về thu ngân sách: Tăng cường quản lý hóa đơn. Đẩy mạnh cải cách thủ tục.',
      [{ text: 'Tăng cường quản lý hóa đơn', a: [], by: 'Vương Đình Huệ' }, { text: 'Đẩy mạnh cải cách thủ tục', a: [], by: 'Vương Đình Huệ' }]],
    ['"Sau khi nghe <bodies> báo cáo, …, <leader> kết luận": those heard report, they are not the doers',
      'Sau khi nghe Cục Thuế, Sở Tài chính báo cáo, ý kiến của các đại biểu, đồng chí Bí thư Thành ủy kết luận, về thu ngân sách: Tăng cường quản lý hóa đơn; đẩy mạnh cải cách thủ tục.',
      [{ text: 'Tăng cường quản lý hóa đơn', a: [], by: 'Vương Đình Huệ' }, { text: 'đẩy mạnh cải cách thủ tục', a: [], by: 'Vương Đình Huệ' }]],
    ['a body after the task verb that opens the clause is the task\'s object, not its doer',
      'Đồng chí Bí thư Thành ủy kết luận như sau: Triển khai hiệu quả Tổ công tác đặc trách chỉ đạo, rà soát nguồn thu. Đẩy mạnh cải cách thủ tục.',
      [{ text: 'chỉ đạo, rà soát nguồn thu', a: [], by: 'Vương Đình Huệ' }, { text: 'Đẩy mạnh cải cách thủ tục', a: [], by: 'Vương Đình Huệ' }]],
  ])('%s', (_, body, expected) => {
    expect(doers(body)).toEqual(expected);
  });
});

test('the one district the report names, written bare after "đề nghị", is its people\'s committee', () => {
  const text = 'Ngày 12/8/2022, Chủ tịch UBND tỉnh Đồng Tháp Phạm Thiện Nghĩa làm việc với huyện Thanh Bình.\n'
    + 'Ông Phạm Thiện Nghĩa đề nghị Thanh Bình cần rà soát lại các nhiệm vụ đến cuối năm 2022.';
  expect(extract({ text, published: '2022-08-12' }).directives.map((d) => d.assignees.map((a) => a.name))).toEqual([['Ủy ban nhân dân huyện Thanh Bình']]);
});

test('a sentence opening with an action of administration ("Kích hoạt …", "Củng cố …") continues the instruction', () => {
  const text = 'Ngày 12/8/2022, Chủ tịch UBND tỉnh Đồng Tháp Phạm Thiện Nghĩa làm việc với huyện Thanh Bình.\n'
    + 'Lãnh đạo tỉnh đề nghị huyện tập trung phát triển doanh nghiệp. Kích hoạt lực lượng lao động trở về để phát triển kinh tế. Củng cố đội ngũ cán bộ cấp xã.';
  expect(extract({ text, published: '2022-08-12' }).directives.map((d) => [d.text.slice(0, 20), d.assignees.map((a) => a.name)])).toEqual([
    ['Lãnh đạo tỉnh đề ngh', ['Ủy ban nhân dân huyện Thanh Bình']],
    ['Kích hoạt lực lượng ', ['Ủy ban nhân dân huyện Thanh Bình']],
    ['Củng cố đội ngũ cán ', ['Ủy ban nhân dân huyện Thanh Bình']],
  ]);
});

describe('"Trong đó, …" after a task: what the task includes (FORMAT.md, splitting)', () => {
  const tasks = (body: string) => read(body).directives.map((d) => d.text);
  test('a sentence that names no one and no date extends the task before', () => {
    expect(tasks('Chủ tịch UBND tỉnh yêu cầu các sở hoàn chỉnh các báo cáo trình HĐND tỉnh. Trong đó, lưu ý bổ sung các số liệu về tài chính; giải thích rõ nguyên nhân giải ngân chậm.'))
      .toEqual(['Chủ tịch UBND tỉnh yêu cầu các sở hoàn chỉnh các báo cáo trình HĐND tỉnh. Trong đó, lưu ý bổ sung các số liệu về tài chính; giải thích rõ nguyên nhân giải ngân chậm']);
  });
  test('the level alone ("Trong đó, tỉnh cần …") names the one doer before it: the same task goes on', () => {
    expect(tasks('Thủ tướng yêu cầu tỉnh Hậu Giang cần đổi mới, sáng tạo để phát triển. Trong đó, tỉnh cần tập trung phát triển nông nghiệp đa chức năng.'))
      .toEqual(['Thủ tướng yêu cầu tỉnh Hậu Giang cần đổi mới, sáng tạo để phát triển. Trong đó, tỉnh cần tập trung phát triển nông nghiệp đa chức năng']);
  });
  test.each<[string, string]>([
    ['its own doer', 'Chủ tịch UBND tỉnh yêu cầu các sở hoàn chỉnh các báo cáo. Trong đó, Sở Tài chính sớm tham mưu bố trí kinh phí.'],
    ['its own deadline', 'Chủ tịch UBND tỉnh yêu cầu các sở hoàn chỉnh các báo cáo. Trong đó, việc bố trí kinh phí phải hoàn thành trước ngày 30/4/2024.'],
  ])('a sentence with %s is a task of its own', (_, body) => {
    expect(tasks(body)).toHaveLength(2);
  });
});

test.each<[string, string, string[]]>([
  ['a subject, "cần", then "có" is a duty, not a narrative', 'Sở Y tế cần có phương án dự phòng cho các điểm thi.', ['Sở Y tế tỉnh Nghệ An']],
  ['a steering board named by a short purpose with no level ("Ban Chỉ đạo kỳ thi")', 'Ban Chỉ đạo kỳ thi cần có phương án dự phòng cho tất cả các khâu.', ['Ban Chỉ đạo kỳ thi']],
])('%s', (_, body, doers) => {
  expect(read('Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo chuẩn bị tốt kỳ thi. ' + body).directives.slice(1).map((d) => d.a)).toEqual([doers]);
});

test('"lưu ý đến việc <task>" is a task, and so is one after "Trong số đó,"; both inherit the doer', () => {
  const body = 'Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng khắc phục sự cố. Trong số đó, đặc biệt lưu ý đến việc bảo vệ hiện trường. Bên cạnh đó, lưu ý đến việc thu thập các tài liệu kỹ thuật.';
  expect(read(body).directives.map((d) => [d.text.slice(0, 22), d.a])).toEqual([
    ['Chủ tịch UBND tỉnh yêu', ['Sở Xây dựng tỉnh Nghệ An']],
    ['Trong số đó, đặc biệt ', ['Sở Xây dựng tỉnh Nghệ An']],
    ['Bên cạnh đó, lưu ý đến', ['Sở Xây dựng tỉnh Nghệ An']],
  ]);
});

test('where an instruction was given ("chỉ đạo tại buổi giao ban …") is no task; "Yêu cầu X chỉ đạo <parties> tập trung thực hiện … sau:" only introduces the items', () => {
  const text = 'Tại giao ban tuần ngày 09/11/2018, đồng chí Lê Thanh Quang, Bí thư Tỉnh ủy chỉ đạo:\n\n'
    + 'Đồng chí Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban sáng 09/11/2018\n'
    + 'Yêu cầu Ủy ban nhân dân tỉnh chỉ đạo các ngành, các địa phương và đơn vị liên quan trong tỉnh tập trung thực hiện tốt một số vấn đề sau:\n'
    + '- Đẩy mạnh rà soát các chương trình, kế hoạch.\n- Tích cực triển khai các phương án phòng, chống lụt, bão.\n';
  expect(extract({ text, published: '2018-11-09' }).directives.map((d) => [d.text.slice(0, 16), d.assignees.map((a) => a.name)])).toEqual([
    ['- Đẩy mạnh rà so', ['Ủy ban nhân dân tỉnh']],
    ['- Tích cực triển', ['Ủy ban nhân dân tỉnh']],
  ]);
});

test.each<[string, string, number]>([
  ['a caption\'s "phát biểu chỉ đạo tại buổi làm việc" (the event\'s words are no task)', 'Bí thư Huyện ủy Phan Công Vỹ phát biểu chỉ đạo tại buổi làm việc.', 0],
  ['a task after the comma still counts', 'Phát biểu chỉ đạo tại buổi làm việc, Bí thư Huyện ủy Phan Công Vỹ yêu cầu các xã khẩn trương thu hoạch lúa.', 1],
])('%s', (_, body, count) => {
  expect(extract({ text: `Chiều 2/8/2022, Bí thư Huyện ủy Phan Công Vỹ làm việc với xã Tam Hòa.\n\n${body}`, published: '2022-08-02' }).directives).toHaveLength(count);
});

describe('"các ngành, địa phương": the sectors and the localities, at the issuer\'s level', () => {
  const doers = (lead: string, body: string) => extract({ text: lead + body, published: '2022-08-02' }).directives.map((d) => d.assignees.map((a) => a.name));
  test.each<[string, string, string, string[]]>([
    ['a province\'s leader: its departments',
      'Chiều 2/8/2022, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung chủ trì phiên họp.\n', 'Chủ tịch UBND tỉnh Nguyễn Đức Trung yêu cầu các ngành, địa phương tập trung giải quyết kiến nghị của cử tri.',
      ['Các sở, ngành tỉnh Nghệ An', 'Các địa phương']],
    ['the same, named after another instruction verb of the sentence',
      'Chiều 2/8/2022, UBND tỉnh Nghệ An tổ chức hội nghị.\n', 'Phát biểu chỉ đạo tại hội nghị đồng chí Chủ tịch UBND tỉnh yêu cầu các ngành, các địa phương khẩn trương vào cuộc.',
      ['Các sở, ngành tỉnh Nghệ An', 'Các địa phương']],
    ['a district\'s leader: its own offices have no label, the localities stay',
      'Chiều 2/8/2022, Chủ tịch UBND huyện Đức Phổ Võ Văn Hùng chủ trì họp.\n', 'Chủ tịch UBND huyện Võ Văn Hùng yêu cầu các ngành, các địa phương tập trung thu hoạch lúa.',
      ['Các địa phương']],
    ['a national leader: the ministries and sectors',
      'Chiều 2/8/2022, Thủ tướng Phạm Minh Chính chủ trì phiên họp.\n', 'Thủ tướng yêu cầu các ngành, địa phương tập trung giải quyết kiến nghị của cử tri.',
      ['Các bộ, ngành', 'Các địa phương']],
  ])('%s', (_, lead, body, expected) => {
    expect(doers(lead, body)).toEqual([expected]);
  });
});

test('a page\'s "Chia sẻ" button after the instructions is no task (fewer than three words say none)', () => {
  expect(read('Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh.\n\nXuân Phương\n\nChia sẻ:\n\nBẠN ĐỌC PHẢN HỒI\n').directives.map((d) => d.text))
    .toEqual(['Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh']);
});

test('"Trọng tâm là <task>; <task>" continues the instruction, each clause a task with its doers', () => {
  const body = 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát các chỉ tiêu, nhiệm vụ của năm. Trọng tâm là đẩy nhanh tiến độ giải ngân vốn đầu tư công; tăng cường các giải pháp thu ngân sách.';
  expect(read(body).directives.map((d) => [d.text.slice(0, 24), d.a])).toEqual([
    ['Chủ tịch UBND tỉnh yêu c', ['Các sở, ngành tỉnh Nghệ An']],
    ['Trọng tâm là đẩy nhanh t', ['Các sở, ngành tỉnh Nghệ An']],
    ['tăng cường các giải pháp', ['Các sở, ngành tỉnh Nghệ An']],
  ]);
});

test('a task opening with how often it recurs ("Hằng năm thực hiện …", "…; hàng năm báo cáo …") or with "Cơ cấu lại" continues the instruction', () => {
  const body = 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tinh giản biên chế. Hằng năm thực hiện đánh giá xếp loại chất lượng cán bộ, công chức; hàng năm báo cáo UBND tỉnh kết quả thực hiện. Cơ cấu lại đội ngũ cán bộ, công chức.';
  expect(read(body).directives.map((d) => d.text.slice(0, 22))).toEqual([
    'Chủ tịch UBND tỉnh yêu', 'Hằng năm thực hiện đán', 'hàng năm báo cáo UBND ', 'Cơ cấu lại đội ngũ cán',
  ]);
});

describe('an official\'s personal name is never read as the place of a body', () => {
  const lead = 'Chiều 2/8/2022, Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh làm việc với huyện Mộ Đức.\n\n';
  const doers = (body: string) => extract({ text: lead + body, published: '2022-08-02' }).directives.map((d) => d.assignees.map((a) => a.name));
  test.each<[string, string, string[]]>([
    ['a deputy chair stands for the committee of the report\'s province', 'Chủ tịch UBND tỉnh giao Phó Chủ tịch UBND tỉnh Trần Phước Hiền chỉ đạo rà soát các dự án chậm tiến độ.', ['Ủy ban nhân dân tỉnh Quảng Ngãi']],
    ['no "Huyện ủy Phan Công Vỹ"', 'Chủ tịch UBND tỉnh đề nghị Bí thư Huyện ủy Phan Công Vỹ chỉ đạo rà soát các dự án chậm tiến độ.', []],
  ])('%s', (_, body, expected) => {
    expect(doers(body)).toEqual([expected]);
  });
});

describe('the grounds an official text cites', () => {
  test.each<[string, string, string[][]]>([
    ['a sentence of grounds only gives no task',
      'Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 327-CV/TU ngày 28/11/2025 về việc rà soát, kiểm tra hoạt động của các trung tâm hành chính công.\nChủ tịch UBND tỉnh giao Sở Nội vụ chủ trì rà soát hoạt động của các trung tâm.\n',
      [['Sở Nội vụ tỉnh Nghệ An']]],
    ['grounds then the doer after a comma still give the task',
      'Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 12/CĐ-TTg, Sở Y tế khẩn trương kiểm tra các cơ sở bán thuốc.\n',
      [['Sở Y tế tỉnh Nghệ An']]],
  ])('%s', (_, body, expected) => {
    expect(read(body).directives.map((d) => d.a)).toEqual(expected);
  });
});

describe("the notice of a city council's standing body", () => {
  // Markdown headings as a saved page writes them; the council's committees named alone.
  const NOTICE = ['Ngày 28 tháng 7 năm 2026, đồng chí Võ Văn Minh, Chủ tịch HĐND Thành phố Hồ Chí Minh chủ trì cuộc họp giao ban.', '',
    '### 4. Giao Ban Pháp chế', '', '- Chủ trì, phối hợp các Ban HĐND Thành phố rà soát các nghị quyết quy phạm pháp luật.', '',
    '### 5. Giao Ban Đô thị', '', '- Phối hợp Sở Xây dựng đẩy nhanh tiến độ lập quy hoạch.', '',
    '### 6. Giao Văn phòng Đoàn ĐBQH và HĐND Thành phố', '', '- Nghiên cứu, đề xuất mua sắm phương tiện thay thế.', ''].join('\n');

  test('each numbered heading that asks a committee heads its items; the committees carry the council and the city', () => {
    const r = extract({ text: NOTICE, published: '2026-07-29' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.coordinators.map((c) => c.name)])).toEqual([
      [['Ban Pháp chế Hội đồng nhân dân Thành phố Hồ Chí Minh'], ['Các Ban Hội đồng nhân dân Thành phố Hồ Chí Minh']],
      [['Ban Đô thị Hội đồng nhân dân Thành phố Hồ Chí Minh'], ['Sở Xây dựng Thành phố Hồ Chí Minh']],
      [['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân Thành phố Hồ Chí Minh'], []],
    ]);
  });
});

describe('a committee that "giao:" a numbered list', () => {
  test('the committee issues (it is no doer); "Đối với <matter>:" labels an item whose doers follow the colon', () => {
    const text = ['Theo đó, thực hiện Thông báo số 244/TB-VPCP về kết luận của Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Nghệ An, Ủy ban nhân dân tỉnh giao:', '',
      '1. Đối với các nhiệm vụ, giải pháp trọng tâm trong thời gian tới: Các sở, ban, ngành, UBND các huyện, thành phố, thị xã tham mưu UBND tỉnh thực hiện tốt các nhiệm vụ.', '',
      '2. Đối với Sở Kế hoạch và Đầu tư: tổng hợp các kiến nghị của tỉnh.', ''].join('\n');
    const r = extract({ text, published: '2022-08-20' });
    expect(r.directives.map((d) => d.assignees.map((a) => a.name))).toEqual([
      ['Các sở, ngành tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Nghệ An'],
      ['Sở Kế hoạch và Đầu tư tỉnh Nghệ An'],
    ]);
  });
});

describe('partners separated by ";"', () => {
  test('the lead\'s partners run on over ";" to the task: one directive, one list of partners', () => {
    const text = 'Giao Sở Giao thông vận tải chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban Quản lý khu kinh tế tỉnh; UBND các huyện: Đakrông, Hải Lăng nghiên cứu đề xuất của doanh nghiệp, báo cáo UBND tỉnh Quảng Trị trước ngày 10/7/2024.';
    const r = extract({ text, published: '2024-06-20' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.coordinators.map((c) => c.name), d.deadline?.date ?? null])).toEqual([[
      ['Sở Giao thông vận tải tỉnh Quảng Trị'],
      ['Sở Kế hoạch và Đầu tư tỉnh Quảng Trị', 'Sở Xây dựng tỉnh Quảng Trị', 'Ban Quản lý khu kinh tế tỉnh Quảng Trị', 'Ủy ban nhân dân huyện Đakrông', 'Ủy ban nhân dân huyện Hải Lăng'],
      '2024-07-10',
    ]]);
  });
});

describe("a plan's table of tasks", () => {
  // Each numbered task, then its lead, partners and term on lines of their own.
  const PLAN = [
    'KẾ HOẠCH',
    'Triển khai Luật Đất đai năm 2024 trên địa bàn tỉnh Nghệ An',
    'Nghệ An, ngày 5 tháng 3 năm 2024',
    'II. NỘI DUNG',
    '1. Tổ chức hội nghị quán triệt Luật Đất đai',
    '- Cơ quan chủ trì: Sở Tài nguyên và Môi trường.',
    '- Cơ quan phối hợp: Sở Tư pháp, UBND các huyện, thành phố, thị xã.',
    '- Thời gian thực hiện: Quý III/2024.',
    '2. Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành',
    '- Đơn vị chủ trì: Sở Tư pháp.',
    '- Thời gian hoàn thành: trước ngày 30/6/2024.',
  ].join('\n');

  test('a lead line with no task above it is no task either', () => {
    const r = extract({ text: 'KẾ HOẠCH\nNghệ An, ngày 5 tháng 3 năm 2024\nTổng kết 10 năm thi hành Luật Đất đai.\n- Cơ quan chủ trì: Sở Tài nguyên và Môi trường.\n', published: '2024-03-05' });
    expect(r.directives.filter((d) => d.text.includes('Cơ quan chủ trì'))).toEqual([]);
  });

  test('the lead, partners and term lines belong to the task above them and are no tasks', () => {
    const r = extract({ text: PLAN, published: '2024-03-05' });
    expect(r.directives.map((d) => [d.text, d.assignees.map((a) => a.name), d.coordinators.map((a) => a.name), d.deadline?.date ?? null])).toEqual([
      ['1. Tổ chức hội nghị quán triệt Luật Đất đai', ['Sở Tài nguyên và Môi trường tỉnh Nghệ An'], ['Sở Tư pháp tỉnh Nghệ An', 'Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Nghệ An'], '2024-09-30'],
      ['2. Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành', ['Sở Tư pháp tỉnh Nghệ An'], [], '2024-06-30'],
    ]);
  });
});
