// Shapes of official notices and letters, on passages of our own: a heading that only says "carry
// out:" over its items, the effect a task should have ("Qua đó …"), prohibitions in a list of
// tasks, a difficulty met before the task it calls for, a branch named only as "concerned", and
// a picture's note. Each row states the directives found, or that none is.
import { extract } from '../../src/extract/pipeline';
import { normalizeText } from '../../src/extract/document/normalize';

function read(text: string, published = '2024-05-10') {
  const r = extract({ text, published });
  return r.directives.map((d) => ({ text: d.text, a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name) }));
}

/** A table of passages, each with the assignees of every directive found in it, in order. */
function doersTable(rows: [string, string, string[][]][]) {
  test.each(rows)('%s', (_, text, want) => {
    expect(read(text).map((d) => d.a)).toEqual(want);
  });
}

describe('a heading that only says to carry out what follows', () => {
  const heading = 'Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện:';
  test('over numbered items, the items are the tasks and the heading is none', () => {
    const r = read(`${heading}\n\n1. Huy động nguồn nhân lực cho công tác thanh tra.\n\n2. Tăng cường kiểm tra hoàn thuế.\n`);
    expect(r.map((d) => d.text)).toEqual(['1. Huy động nguồn nhân lực cho công tác thanh tra', '2. Tăng cường kiểm tra hoàn thuế']);
    expect(r.map((d) => d.a)).toEqual([['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'], ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']]);
  });

  test('with no item after it (the excerpt stops), the heading is the task', () => {
    expect(read(heading)).toHaveLength(1);
  });

  test('"… phải tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:" only introduces its items', () => {
    const r = read('Phó Thủ tướng yêu cầu các bộ, ngành, địa phương phải tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:\n\nThứ nhất, tiếp tục hoàn thiện thể chế.\n\nThứ hai, tăng cường kiểm tra.\n');
    expect(r.map((d) => d.text)).toEqual(['Thứ nhất, tiếp tục hoàn thiện thể chế', 'Thứ hai, tăng cường kiểm tra']);
    expect(r.map((d) => d.a)).toEqual([['Các bộ, ngành', 'Các địa phương'], ['Các bộ, ngành', 'Các địa phương']]);
  });

  test('a heading with a task of its own before the colon stays a directive', () => {
    const r = read('Thủ tướng yêu cầu Bộ Tài chính rà soát toàn bộ các khoản chi thường xuyên năm 2024, cụ thể:\n\n- Cắt giảm chi hội nghị.\n');
    expect(r.map((d) => d.text)).toEqual(['Thủ tướng yêu cầu Bộ Tài chính rà soát toàn bộ các khoản chi thường xuyên năm 2024, cụ thể', '- Cắt giảm chi hội nghị']);
  });
});

describe('the effect a task should have', () => {
  test.each<[string, string, number]>([
    ['"Qua đó" and a bare verb: what the task achieves, no task of its own',
      'Thủ tướng yêu cầu Bộ Tài chính tăng cường thanh tra giá chuyển nhượng. Qua đó hạn chế tình trạng khiếu nại kéo dài của người nộp thuế.', 1],
    ['"Nhờ đó, góp phần …" likewise', 'Giao Sở Y tế kiểm tra các cơ sở bán lẻ thuốc. Nhờ đó, góp phần ổn định thị trường thuốc.', 1],
    ['"Qua đó" with doers and a duty is an instruction', 'Thủ tướng yêu cầu Bộ Tài chính tăng cường thanh tra. Qua đó, các địa phương cần rà soát lại quy trình.', 2],
  ])('%s', (_, text, n) => {
    expect(read(text)).toHaveLength(n);
  });

  test('said inside an item\'s own paragraph, it does not end the list: the next item keeps the list\'s doers', () => {
    const r = read('Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện:\n\n'
      + '1. Tập trung thanh tra người nộp thuế có rủi ro cao.\n\n'
      + '- Tăng cường thanh tra giá chuyển nhượng. Qua đó hạn chế tình trạng khiếu nại kéo dài của người nộp thuế.\n\n'
      + '2. Tăng cường đôn đốc số thu nộp vào ngân sách nhà nước.\n');
    expect(r.map((d) => d.a)).toEqual([1, 2, 3].map(() => ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']));
  });

  test('nor does a report on someone else inside an item\'s paragraph', () => {
    const r = read('Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện:\n\n'
      + '1. Tập trung thanh tra người nộp thuế có rủi ro cao. Năm 2023, Cục Thuế tỉnh Long An đã hoàn thành 49% kế hoạch thanh tra.\n\n'
      + '2. Tăng cường đôn đốc số thu nộp vào ngân sách nhà nước.\n');
    expect(r.map((d) => d.a)).toEqual([1, 2].map(() => ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']));
  });
});

describe('prohibitions in a list of tasks', () => {
  test('"; không đùn đẩy, né tránh …" is a task of its own, inheriting the doers', () => {
    const r = read('Thủ tướng yêu cầu các bộ, ngành: tăng cường kiểm tra dự án; không để phát sinh sai phạm mới; không đùn đẩy, né tránh trách nhiệm giải quyết vướng mắc.');
    expect(r.map((d) => d.text)).toEqual([
      'Thủ tướng yêu cầu các bộ, ngành: tăng cường kiểm tra dự án', 'không để phát sinh sai phạm mới', 'không đùn đẩy, né tránh trách nhiệm giải quyết vướng mắc']);
    expect(r.map((d) => d.a)).toEqual([['Các bộ, ngành'], ['Các bộ, ngành'], ['Các bộ, ngành']]);
  });

  test('a statement that something is not so after ";" stays in its clause', () => {
    const r = read('Thủ tướng yêu cầu các bộ, ngành tăng cường kiểm tra dự án; không có trường hợp nào được miễn.');
    expect(r).toHaveLength(1);
  });
});

describe('a difficulty met, then the task', () => {
  test.each<[string, string]>([
    ['without "nếu" and without a comma', 'Các bộ, ngành triển khai quyết liệt các nhiệm vụ nêu trên; trong quá trình thực hiện, có khó khăn vướng mắc kịp thời gửi báo cáo tới Bộ Tài chính để tổng hợp.'],
    ['with "thì"', 'Các bộ, ngành triển khai quyết liệt các nhiệm vụ nêu trên. Có khó khăn, vướng mắc thì báo cáo Thủ tướng Chính phủ.'],
  ])('%s: a second directive of the same doers', (_, text) => {
    const r = read(text);
    expect(r.map((d) => d.a)).toEqual([['Các bộ, ngành'], ['Các bộ, ngành']]);
  });
});

describe('a branch named only as concerned', () => {
  test.each<[string, string, string[]]>([
    ['"các Vụ, đơn vị, Cục thuế có liên quan": no partner named',
      'Giao Cục Thuế doanh nghiệp lớn chủ trì, phối hợp với các Vụ, đơn vị, Cục thuế có liên quan triển khai thực hiện nội dung này.', []],
    ['a named partner before the concerned branches stays',
      'Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và Kho bạc Nhà nước có liên quan báo cáo UBND tỉnh.', ['Sở Xây dựng']],
    ['a branch with its place is named', 'Giao Sở Tài chính chủ trì, phối hợp với Cục Thuế tỉnh Bình Định báo cáo UBND tỉnh.', ['Cục Thuế tỉnh Bình Định']],
  ])('%s', (_, text, partners) => {
    expect(read(text)[0].c).toEqual(partners);
  });
});

describe('a number of ministries or provinces, unnamed', () => {
  test.each<[string, string, string[]]>([
    ['"11 Bộ, cơ quan" are ministries', 'Chính phủ yêu cầu 11 Bộ, cơ quan tập trung nguồn lực, khẩn trương hoàn thiện các đề án.', ['Các bộ, ngành']],
    ['"12 tỉnh" are localities', 'Thủ tướng yêu cầu 12 tỉnh khẩn trương giải ngân vốn đầu tư công.', ['Các địa phương']],
    ['"3 bộ, ngành, địa phương" are both', 'Thủ tướng yêu cầu 3 bộ, ngành, địa phương khẩn trương báo cáo.', ['Các bộ, ngành', 'Các địa phương']],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual([assignees]);
  });

  test('"5 bộ hồ sơ" counts sets of papers, no ministries', () => {
    expect(read('Thủ tướng yêu cầu Bộ Xây dựng ban hành 5 bộ hồ sơ mẫu.').map((d) => d.a)).toEqual([['Bộ Xây dựng']]);
  });
});

describe('a letter and its addressees', () => {
  doersTable([
    ['a ministry\'s letter asks the city it is sent to', 'Bộ Xây dựng có văn bản gửi UBND TP Hà Nội đề nghị báo cáo về những tồn tại ở các dự án tái định cư.', [['Ủy ban nhân dân thành phố Hà Nội']]],
    ['a letter to the Prime Minister proposes', 'Bộ Xây dựng có văn bản gửi Thủ tướng Chính phủ đề nghị ban hành nghị quyết về nhà ở xã hội.', []],
    ['a department\'s letter to its province proposes', 'Sở Xây dựng có văn bản gửi UBND tỉnh đề nghị phê duyệt quy hoạch.', []],
    ['the province\'s letter to a department asks it', 'UBND tỉnh có văn bản gửi Sở Xây dựng đề nghị báo cáo về những tồn tại.', [['Sở Xây dựng']]],
    ['a ministry\'s own offices and public-service units are no localities',
      'Bộ Xây dựng yêu cầu các đơn vị hành chính, sự nghiệp thuộc bộ thực hiện nghiêm các giải pháp kiềm chế lạm phát.', [[]]],
  ]);
});

describe('a heading over what was achieved', () => {
  test.each<[string, string, number]>([
    ['the items under "Những thành tựu đã đạt được" report, they are no tasks',
      'Phó Thủ tướng giao Bộ Công Thương đẩy nhanh đàm phán hợp đồng mua bán điện.\n\nNhững thành tựu đã đạt được\n\n• Hoàn thành thi công cải tạo nâng cấp cầu cảng\n\n• Thi công xong bồn chứa khí\n', 1],
    ['"Kết quả đạt được:" likewise', 'Kết quả đạt được:\n\n- Hoàn thành giải phóng mặt bằng 95% diện tích.\n\n- Đưa vào vận hành hai tổ máy.\n', 0],
    ['a heading of tasks keeps its items', 'Phó Thủ tướng giao Bộ Công Thương đẩy nhanh đàm phán hợp đồng mua bán điện.\n\nNhiệm vụ thời gian tới\n\n• Hoàn thành thi công cải tạo nâng cấp cầu cảng trong tháng 12/2025\n', 2],
  ])('%s', (_, text, n) => {
    expect(read(text)).toHaveLength(n);
  });
});

describe('";" inside a clause that is not between tasks', () => {
  test.each<[string, string, string[]]>([
    ['after "như:", the examples a clause names stay in it',
      'Chủ tịch UBND huyện đề nghị các địa phương tập trung giải quyết các nhiệm vụ trọng tâm như: công tác cấp giấy chứng nhận; công tác đo đạc đất lâm nghiệp; quản lý đất công ích.',
      ['Chủ tịch UBND huyện đề nghị các địa phương tập trung giải quyết các nhiệm vụ trọng tâm như: công tác cấp giấy chứng nhận; công tác đo đạc đất lâm nghiệp; quản lý đất công ích']],
    ['an ellipsis closes the examples; a ";" after it separates tasks again',
      'Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành quan tâm bồi dưỡng nghiệp vụ, nhất là những lĩnh vực còn yếu như: công nghệ thông tin, tài chính, đất đai,..., sử dụng hiệu quả nguồn nhân lực; tiếp tục luân chuyển cán bộ về cấp xã.',
      ['Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành quan tâm bồi dưỡng nghiệp vụ, nhất là những lĩnh vực còn yếu như: công nghệ thông tin, tài chính, đất đai,..., sử dụng hiệu quả nguồn nhân lực',
        'tiếp tục luân chuyển cán bộ về cấp xã']],
    ['"; trong đó" with the speaker\'s own instruction verb is a clause of its own',
      'Chủ tịch UBND huyện đề nghị các địa phương tham gia góp ý các giải pháp; trong đó đồng chí chỉ đạo tập trung giải quyết các tồn tại về đất đai.',
      ['Chủ tịch UBND huyện đề nghị các địa phương tham gia góp ý các giải pháp', 'trong đó đồng chí chỉ đạo tập trung giải quyết các tồn tại về đất đai']],
    ['"; trong đó" with no instruction of its own stays the elaboration',
      'Chủ tịch UBND huyện đề nghị các địa phương tháo gỡ vướng mắc; trong đó chú trọng giải quyết các tồn tại về đất đai.',
      ['Chủ tịch UBND huyện đề nghị các địa phương tháo gỡ vướng mắc; trong đó chú trọng giải quyết các tồn tại về đất đai']],
  ])('%s', (_, text, tasks) => {
    expect(read(text).map((d) => d.text)).toEqual(tasks);
  });
});

describe('a page cut after one ";"', () => {
  test('the last line, cut mid-word after one ";", is body text; the province that directs a department hands it the task', () => {
    const text = 'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk yêu cầu lãnh đạo các xã, phường tập trung ứng phó với mưa lũ.\n\nTỉnh chỉ đạo Sở Y tế hỗ trợ ngay thuốc, vật tư cho các địa phương; tham mưu cho tỉnh phân bổ ngay số gạo cứu trợ c';
    expect(read(text, '2025-11-21').map((d) => d.a)).toEqual([['Ủy ban nhân dân các phường, xã tỉnh Đắk Lắk'], ['Sở Y tế tỉnh Đắk Lắk'], ['Sở Y tế tỉnh Đắk Lắk']]);
  });

  test('a headline of its own, without ";", is still a headline', () => {
    expect(read('Đắk Lắk tập trung khắc phục hậu quả mưa lũ\n\nChủ tịch Ủy ban nhân dân tỉnh Đắk Lắk yêu cầu các sở tập trung ứng phó với mưa lũ.', '2025-11-21')).toHaveLength(1);
  });
});

describe('district-level doers as the text lists them', () => {
  test.each<[string, string, string[], string[]]>([
    ['"huyện, thị xã, thành phố": the towns stay in the label', 'Chủ tịch UBND tỉnh Quảng Ninh yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo triển khai ngay các biện pháp.',
      ['Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Quảng Ninh'], []],
    ['"huyện, thành phố" as before', 'Chủ tịch UBND tỉnh Quảng Ninh yêu cầu UBND các huyện, thành phố báo cáo kết quả.', ['Ủy ban nhân dân các huyện, thành phố tỉnh Quảng Ninh'], []],
    ['the district military command named in lower case', 'Chủ tịch UBND tỉnh Quảng Ninh yêu cầu UBND các huyện phối hợp với Ban Chỉ huy quân sự tổ chức di dời dân.',
      ['Ủy ban nhân dân các huyện, thành phố tỉnh Quảng Ninh'], ['Ban Chỉ huy quân sự']],
    ['"chỉ đạo yêu cầu" with no joint: the doers follow the second verb', 'UBND tỉnh Quảng Ninh chỉ đạo yêu cầu Sở Xây dựng khẩn trương hoàn thiện hồ sơ.',
      ['Sở Xây dựng tỉnh Quảng Ninh'], []],
  ])('%s', (_, text, assignees, partners) => {
    expect(read(text).map((d) => [d.a, d.c])).toEqual([[assignees, partners]]);
  });
});

describe('national speech shapes', () => {
  doersTable([
    ['"Do vậy, <doers> cần …" after a statement', 'Tăng trưởng là mục tiêu hàng đầu. Do vậy, các bộ ngành, địa phương cần thúc đẩy tăng trưởng nhanh và bền vững.', [['Các bộ, ngành', 'Các địa phương']]],
    ['"không chỉ … mà còn phải …" is a duty', 'Thủ tướng yêu cầu các bộ đẩy mạnh cải cách. Các cơ quan không chỉ lắng nghe phản ánh mà còn phải nói thật, làm thật.', [['Các bộ, ngành'], []]],
    ['"không chỉ … mà còn …" with no duty tells what is done', 'Thủ tướng yêu cầu các bộ đẩy mạnh cải cách. Các địa phương không chỉ báo cáo mà còn đề xuất giải pháp.', [['Các bộ, ngành']]],
    ['a province written bare before its duty is the doer', 'Thủ tướng yêu cầu các bộ, ngành đổi mới. Quảng Ninh cần tiếp tục phát huy vai trò đầu tàu.', [['Các bộ, ngành'], ['Quảng Ninh']]],
    ['"Riêng <province>, …" names the doer', 'Thủ tướng yêu cầu các bộ, ngành đổi mới. Riêng Hà Nội, khẩn trương cung ứng thuốc cho người dân.', [['Các bộ, ngành'], ['Hà Nội']]],
    ['its role may stand between it and the speaker', 'Thủ tướng yêu cầu các bộ, ngành đổi mới. Riêng Hà Nội với vai trò, vị thế đặc biệt quan trọng là Thủ đô, trung tâm chính trị - hành chính quốc gia, Thủ tướng yêu cầu phải đi đầu trong chuyển đổi số.',
      [['Các bộ, ngành'], ['Hà Nội']]],
    ['the press as doers, unnamed: the duty inherits no one', 'Phó Thủ tướng yêu cầu các bộ tăng cường quản lý báo chí. Các cơ quan báo chí, những người làm báo phải quán triệt tinh thần xây dựng nền báo chí cách mạng.',
      [['Các bộ, ngành'], []]],
    ['a province said to be something has no duty', 'Thủ tướng yêu cầu các bộ, ngành đổi mới. Nghệ An là tỉnh có diện tích lớn nhất.', [['Các bộ, ngành']]],
    ['the press\'s "P." and "X." before a unit\'s name are "phường" and "xã"', 'Theo đó, UBND P.Cao Lãnh được yêu cầu theo dõi sát diễn biến sạt lở. Giao UBND X.Tân Hòa cắm biển cảnh báo.',
      [['Ủy ban nhân dân phường Cao Lãnh'], ['Ủy ban nhân dân xã Tân Hòa']]],
    ['a scope between "yêu cầu" and its doers ("yêu cầu trong các phương án đề xuất, Bộ X phải …") keeps them one task',
      'Kết luận cuộc họp, Phó Thủ tướng yêu cầu trong các phương án đề xuất, Bộ Công Thương phải làm rõ các giải pháp về kỹ thuật, tài chính.', [['Bộ Công Thương']]],
    ['"Tuy nhiên, <doers> cần …": a contrast, then new doers', 'Thủ tướng yêu cầu Bộ Công Thương tăng cường kiểm tra thị trường. Tuy nhiên, các bộ, ngành, địa phương cần triển khai kế hoạch chống buôn lậu.',
      [['Bộ Công Thương'], ['Các bộ, ngành', 'Các địa phương']]],
    ['also with a connector and the speaker between', 'Thủ tướng yêu cầu Bộ Công Thương tăng cường kiểm tra. Tuy nhiên, trước mắt theo Thủ tướng, các bộ, ngành, địa phương cần triển khai kế hoạch chống buôn lậu.',
      [['Bộ Công Thương'], ['Các bộ, ngành', 'Các địa phương']]],
    ['"Tuy nhiên, cần …" after a report goes on with the report', 'Tại cuộc họp, đại diện các sở, ngành đánh giá việc triển khai Trung tâm điều hành. Tuy nhiên, cần kiểm tra rà soát lại hệ thống dữ liệu.', []],
    ['enforcement forces named by their kind are unnamed doers', 'Thủ tướng yêu cầu Bộ Công Thương tăng cường kiểm tra thị trường. Đồng thời, các lực lượng thực thi cần tiếp tục phối hợp chặt chẽ.',
      [['Bộ Công Thương'], []]],
    ['an ellipsis after the comma before "đồng thời" still splits the task', 'Phó Thủ tướng yêu cầu Bộ Công Thương làm rõ các giải pháp về kỹ thuật, tài chính, pháp lý,... đồng thời phải căn cứ vào thực tế để đề xuất phương án cuối cùng.',
      [['Bộ Công Thương'], ['Bộ Công Thương']]],
  ]);

  test('a page saved inside a database string: its escapes are line breaks and quotes', () => {
    const text = 'Thủ tướng yêu cầu Bộ Y tế bảo đảm đủ thuốc.\\r\\n\\r\\n\\"Khẩn trương hoàn thành việc mua sắm thuốc trong tháng 6/2024\\", Thủ tướng nhấn mạnh.\\r\\n';
    // (As the CLI and ingest read a file: normalized first.)
    const r = extract({ text: normalizeText(text).text, published: '2024-05-10' }).directives;
    expect(r.map((d) => [d.assignees.map((a) => a.name), d.deadline?.date ?? null])).toEqual([[['Bộ Y tế'], null], [['Bộ Y tế'], '2024-06-30']]);
  });

});

describe('a picture\'s note', () => {
  test.each<[string]>([['(Hình từ Internet)'], ['(Hình minh họa)'], ['(Ảnh minh hoạ)']])('a line ending "%s" repeats the body', (note) => {
    const r = read(`Thủ tướng yêu cầu Bộ Tài chính rà soát các dự án có vướng mắc.\n\n*Thủ tướng yêu cầu tháo gỡ ngay cho các dự án tồn đọng kéo dài ${note}*\n`);
    expect(r).toHaveLength(1);
  });
});

describe('provincial meeting shapes', () => {
  test.each<[string, string, number]>([
    ['what the committee agreed with the investor will be done is a decision taken',
      'Đối với GPMB lăng mộ, thống nhất với chủ trương của huyện; lưu ý, để bảo đảm tiến độ, UBND tỉnh thống nhất với nhà đầu tư sẽ ứng trước kinh phí để huyện chủ động chi trả.', 0],
    ['two bodies told to agree still have a task', 'Bộ Tài chính thống nhất với Bộ Xây dựng về nội dung này trước ngày 30/6.', 1],
    ['the news of a meeting held, who chaired it between its dateline and the body, is no task',
      'Chiều 26/7, dưới sự chủ trì của đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh, UBND tỉnh tổ chức phiên họp thường kỳ tháng 7/2022.', 0],
    ['"đáp ứng … yêu cầu phát triển …": what is to be met, no instruction', 'Đồng chí Chủ tịch UBND tỉnh ghi nhận tinh thần lao động của công nhân, nhằm sớm hoàn thành dự án, đáp ứng kỳ vọng của nhân dân và yêu cầu phát triển hạ tầng đô thị của tỉnh.', 0],
    ['"Muốn vậy, phải …" goes on with the instruction before it',
      'Chủ tịch UBND tỉnh yêu cầu huyện Phú Tân kiểm soát tốt việc nuôi tôm. Muốn vậy, phải tăng cường kiểm tra, giám sát và chỉ cấp phép cho những hộ bảo đảm điều kiện.', 2],
    ['a second verb after the opener\'s comma lists verbs: the ";" clause is a task of its own',
      'UBND tỉnh chỉ đạo các ngành triển khai tốt việc tiết kiệm nước; tuyên truyền, định hướng cho người dân về cơ cấu cây trồng phù hợp với tình hình có thể hạn hán.', 2],
    ['how many tasks were given is a statistic', 'Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ cho các sở, ban, ngành, địa phương; trong đó có 181 nhiệm vụ quá hạn.', 0],
    ['the count after the parties ("giao các bộ, cơ quan, địa phương 9.831 nhiệm vụ") is a statistic too',
      'Từ đầu năm đến ngày 20/10, Chính phủ, Thủ tướng Chính phủ giao các bộ, cơ quan, địa phương 9.831 nhiệm vụ, trong đó có 1.173 nhiệm vụ trọng tâm.', 0],
    ['a numbered document issued is news of it', 'Chính phủ ban hành Nghị quyết số 86/NQ-CP ngày 4/11/2025 về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025.', 0],
    ['a ministry asked to issue a numbered circular has a task', 'Thủ tướng yêu cầu Bộ Tài chính ban hành Thông tư số 12/2025/TT-BTC sửa đổi trong tháng 6/2025.', 1],
    ['a task given with a number in it is still one', 'UBND tỉnh giao Sở Xây dựng hoàn thành 500 căn nhà ở xã hội trong năm 2024.', 1],
    ['an average of what the rule asks is a statistic', 'Chủ tịch UBND tỉnh yêu cầu UBND huyện Phú Tân tăng cường tiếp công dân. Bình quân lãnh đạo cấp huyện, xã phải tiếp công dân mỗi tháng một lần theo quy định.', 1],
    ['"đã đi kiểm tra thực tế, chỉ đạo công tác …" tells what the official did', 'Sáng ngày 11/9, đồng chí Trần Quốc Toản, Chủ tịch HĐND tỉnh đã đi kiểm tra thực tế, chỉ đạo công tác ứng phó với mưa, lũ tại một số địa phương.', 0],
    ['"Xác định rõ, <matter> cần …" frames a statement', 'Thủ tướng đề nghị các bộ tập trung hoàn thiện thể chế. Xác định rõ, chuyển đổi số cần sự tham gia của cả hệ thống chính trị.', 1],
  ])('%s', (_, text, n) => {
    expect(read(text)).toHaveLength(n);
  });

  test('the year of what is forecast is no deadline; a term after it is', () => {
    const due = (text: string) => extract({ text, published: '2018-11-10' }).directives.map((d) => d.deadline?.date ?? null);
    expect(due('UBND tỉnh chỉ đạo các ngành triển khai tốt việc tích nước các hồ chứa để chủ động trước dự báo tình hình khô, hạn trong năm 2019.')).toEqual([null]);
    expect(due('Bộ Công Thương xây dựng kịch bản ứng phó với nguy cơ thiếu điện, hoàn thành trong tháng 5/2019.')).toEqual(['2019-05-31']);
  });
});

describe('a provincial letter: its addressees, its speaker and its term', () => {
  const heading = 'Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:';
  test('departments named by whom they belong to ("thuộc tỉnh") are the departments; the item\'s doers carry on to its next sentence', () => {
    const r = read(`Kính gửi: Các sở, ban, ngành thuộc tỉnh.\n\n${heading}\n\n1. Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh tổ chức nghiên cứu, cụ thể hóa các mục tiêu của Chương trình. Căn cứ theo chức năng, nhiệm vụ có trách nhiệm chỉ đạo kiểm tra, giám sát.\n`);
    expect(r.map((d) => d.a)).toEqual([1, 2].map(() => ['Các sở, ngành', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']));
  });

  test.each<[string]>([['Chủ tịch Ủy ban nhân dân tỉnh'], ['Phó Chủ tịch Ủy ban nhân dân tỉnh'], ['Chủ tịch UBND thành phố'], ['Chủ tịch UBND quận']])(
    '"%s" speaks: the items it gives name no doer, not the committee', (speaker) => {
      const r = read(`${speaker} chỉ đạo như sau:\n\n1. Tăng cường công tác tuyên truyền.\n\n2. Đẩy mạnh kiểm tra.\n`);
      expect(r.map((d) => d.a)).toEqual([[], []]);
    });

  test('"Thời gian hoàn thành xong trước ngày …" on its own is the term of the task before it', () => {
    const r = extract({ text: '2. Giao Sở Nông nghiệp và Môi trường chủ trì xây dựng dự thảo Kế hoạch, bảo đảm đúng quy định của pháp luật. Thời gian hoàn thành xong trước ngày 05/10/2026.', published: '2026-09-15' });
    expect(r.directives.map((d) => d.deadline?.date ?? null)).toEqual(['2026-10-05']);
  });
});

describe('a province named bare as the one who instructs', () => {
  doersTable([
    ['"Hà Nội yêu cầu …" with no doer: an instruction of the city, no assignee', 'Hà Nội yêu cầu khẩn trương đưa vào hoạt động các cơ sở thu dung.', [[]]],
    ['"Lãnh đạo Hà Nội yêu cầu …": its leaders, the same', 'Lãnh đạo Hà Nội yêu cầu khẩn trương đưa vào hoạt động các cơ sở thu dung.', [[]]],
    ['"Đà Nẵng giao Sở …": the department named is the doer', 'Đà Nẵng giao Sở Kế hoạch và Đầu tư làm đầu mối thực hiện các thủ tục.', [['Sở Kế hoạch và Đầu tư']]],
    ['a province asking a ministry for help is a request, not an instruction', 'UBND tỉnh Nghệ An đề nghị Bộ Y tế hỗ trợ thêm vắc xin cho tỉnh.', []],
    ['likewise written bare', 'Nghệ An đề nghị Bộ Y tế hỗ trợ thêm vắc xin cho tỉnh.', []],
    ['the province\'s own military command is not a ministry: the committee asks it', 'UBND tỉnh đề nghị Bộ Chỉ huy Quân sự tỉnh bố trí lực lượng ứng trực.', [['Bộ Chỉ huy Quân sự tỉnh']]],
    ['inside a longer subject the place is no speaker', 'Người dân Hà Nội yêu cầu làm rõ vụ việc.', []],
  ]);

  test('"Cùng đó, …" goes on with the task before it', () => {
    const r = read('Ông Chu Ngọc Anh yêu cầu Sở Y tế chủ trì, tăng cường điều phối. Cùng đó, xây dựng kế hoạch xét nghiệm tầm soát cho học sinh và giáo viên.');
    expect(r.map((d) => d.a)).toEqual([['Sở Y tế'], ['Sở Y tế']]);
  });
});

describe('who is advised, and bodies named by their role', () => {
  doersTable([
    ['an official who agrees to advise the Prime Minister to assign a task gives none',
      'Phó Thủ tướng cũng nhất trí báo cáo Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp Bộ Tài chính trình Chính phủ xem xét.', []],
    ['the official who assigns the report to the Prime Minister still assigns it',
      'Phó Thủ tướng giao Bộ Tài chính báo cáo Thủ tướng Chính phủ trước ngày 15/6.', [['Bộ Tài chính']]],
    ['"Cơ quan điều tra nhận định, …" is what the investigators found, not a body with a task "điều tra"',
      'Cơ quan điều tra nhận định, các nạn nhân tử vong do ngạt khí từ máy phát điện.', []],
    ['the investigators told to act have a task, with no agency listed', 'Cơ quan điều tra khẩn trương làm rõ nguyên nhân vụ việc.', [[]]],
    ['"phải đã gặp khó khăn": "đã" right after the modal tells what happened', 'Công văn nêu rõ, các tháng đầu năm 2018, ngành hàng cá tra phải đã gặp một số khó khăn như giá giảm.', []],
    ['the letter quoted with a duty still gives it', 'Công văn nêu rõ, các địa phương phải khẩn trương rà soát diện tích nuôi.', [['Các địa phương']]],
    ['a ";" clause of the forest holders is theirs: it does not inherit the localities',
      'Phó Chủ tịch UBND tỉnh đề nghị các địa phương tăng cường bảo vệ rừng. Tăng cường kiểm tra việc sử dụng lửa trong rừng; các đơn vị chủ rừng tổ chức rà soát phương án phòng cháy.',
      [['Các địa phương'], ['Các địa phương'], []]],
  ]);
});

describe('the post with its province, unnamed where it instructs', () => {
  test('"Chủ tịch UBND tỉnh Quảng Trị giao …" is the chairman the report names: assigner and chair', () => {
    const r = extract({ text: 'Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết, dự án có ý nghĩa lớn.\n\nChủ tịch UBND tỉnh Quảng Trị giao Sở Tài chính rà soát kinh phí phát sinh.', published: '2024-05-30' });
    expect(r.directives.map((d) => [d.assigner?.name ?? null, d.assignees.map((a) => a.name)])).toEqual([['Võ Văn Hưng', ['Sở Tài chính tỉnh Quảng Trị']]]);
    expect(r.meeting.chairs.map((c) => c.name)).toEqual(['Võ Văn Hưng']);
  });

  test('directing with no one named, the post keeps no task of its own', () => {
    expect(read('Chủ tịch UBND tỉnh Quảng Trị chỉ đạo tăng cường kiểm tra việc khai thác cát.').map((d) => d.a)).toEqual([[]]);
  });
});

describe('an account of who reported what, and the press\'s ministry abbreviations', () => {
  doersTable([
    ['after "Tại cuộc họp, X báo cáo về …", "; Y báo cáo …" goes on telling what was reported',
      'Tại cuộc họp, Ban Quản lý các Khu công nghiệp báo cáo về việc xin chủ trương đầu tư một số dự án; Tập đoàn Khải Hoàn báo cáo phương án đầu tư Khu đô thị biển.', []],
    ['a report with a term of its own is still a task', 'Tại cuộc họp, Ban Quản lý các Khu công nghiệp báo cáo về việc xin chủ trương đầu tư một số dự án; Sở Xây dựng báo cáo UBND tỉnh trước ngày 15/6.', [['Sở Xây dựng']]],
    ['"Bộ GT-VT", "Bộ KH-ĐT", "Bộ LĐ-TB-XH": the ministries, as the press abbreviates them',
      'Thủ tướng giao Bộ GT-VT, Bộ KH-ĐT và Bộ LĐ-TB-XH rà soát kinh phí của dự án.', [['Bộ Giao thông vận tải', 'Bộ Kế hoạch và Đầu tư', 'Bộ Lao động - Thương binh và Xã hội']]],
  ]);
});

describe('posts that stand for their body, and a time before the duty', () => {
  doersTable([
    ['"phân công Phó Chủ tịch Chuyên trách Ủy ban …": the committee', 'Thủ tướng phân công Phó Chủ tịch Chuyên trách Ủy ban An toàn giao thông Quốc gia tới hiện trường để chỉ đạo khắc phục hậu quả.', [['Ủy ban An toàn giao thông Quốc gia']]],
    ['"Phó Trưởng ban Thường trực Ban Chỉ đạo …" likewise', 'Thủ tướng giao Phó Trưởng ban Thường trực Ban Chỉ đạo phòng thủ dân sự quốc gia theo dõi công tác cứu nạn.', [['Ban Chỉ đạo phòng thủ dân sự quốc gia']]],
    ['"<doer> sau đó phải …": the time between the doer and the duty', 'Thủ tướng yêu cầu Bộ Y tế cứu chữa người bị thương. Bộ Công an sau đó phải tổ chức điều tra nguyên nhân vụ tai nạn.', [['Bộ Y tế'], ['Bộ Công an']]],
  ]);
});

describe('a purpose before the doers of a list', () => {
  const items = '\n\na) Tăng cường thực hiện số hóa, làm giàu cơ sở dữ liệu.\n\nb) Tiếp tục rà soát, hoàn thiện các quy định pháp luật.\n';
  test.each<[string, string]>([
    ['"Để …, <doers> cần … sau đây:" gives its doers to the items', 'Để thúc đẩy kết nối dữ liệu, các bộ, ngành cần tập trung triển khai các nhiệm vụ trọng tâm sau đây:'],
    ['"thương mại điện tử" in the purpose is no dispatch ("điện")', 'Để thúc đẩy kết nối, chia sẻ dữ liệu giữa các bộ, ngành, phục vụ phát triển thương mại điện tử, thời gian tới, các bộ, ngành cần tập trung triển khai các nhiệm vụ trọng tâm sau đây:'],
  ])('%s', (_, heading) => {
    expect(read(`Thủ tướng có ý kiến chỉ đạo như sau:\n\n${heading}${items}`).map((d) => d.a)).toEqual([['Các bộ, ngành'], ['Các bộ, ngành']]);
  });

  test('an instruction verb after the purpose is the clause\'s own', () => {
    expect(read('Để phát triển nhân lực, nâng cao chất lượng đào tạo, Thủ tướng yêu cầu Bộ Giáo dục và Đào tạo rà soát chương trình.').map((d) => d.a)).toEqual([['Bộ Giáo dục và Đào tạo']]);
  });
});

describe('unnamed doers of a trade, and a scanned dash', () => {
  doersTable([
    ['"Các cơ sở sản xuất trang thiết bị y tế phải …": doers no agency stands for; the localities are not inherited',
      'Thủ tướng yêu cầu các địa phương tăng cường kiểm tra. Các cơ sở sản xuất trang thiết bị y tế phải bảo đảm chất lượng.', [['Các địa phương'], []]],
    ['"Các doanh nghiệp sản xuất … phải …" likewise', 'Thủ tướng yêu cầu các địa phương tăng cường kiểm tra. Các doanh nghiệp sản xuất khẩu trang phải bảo đảm chất lượng.', [['Các địa phương'], []]],
    ['"đơn vị này phải …" still points back to the doer named before',
      'Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra công trình. Ngoài ra, đơn vị này phải đánh giá hồ sơ thiết kế.', [['Sở Xây dựng'], ['Sở Xây dựng']]],
    ['"~ …" and "_ …" are a scanned list\'s dashes: items of the heading\'s doer',
      'Bộ Thông tin và Truyền thông:\n\n_ Tiếp tục nâng cấp nền tảng chia sẻ dữ liệu;\n\n~ Chủ trì rà soát, đề xuất nâng cao chất lượng nguồn nhân lực.', [['Bộ Thông tin và Truyền thông'], ['Bộ Thông tin và Truyền thông']]],
  ]);
});

describe('a quotation with its speaker after it', () => {
  doersTable([
    ['"“…,” Thủ tướng lưu ý.": the comma inside the closing quotation mark',
      'Thủ tướng giao Bộ Y tế chủ trì công tác xét nghiệm. “Tăng cường việc cung cấp túi thuốc cho các bệnh nhân,” Thủ tướng lưu ý.', [['Bộ Y tế'], ['Bộ Y tế']]],
    ['"… lãnh đạo thành phố lưu ý thêm.": a city\'s leaders, and an adverb after the verb',
      'Ông Chu Ngọc Anh yêu cầu Sở Y tế chủ trì công tác xét nghiệm. “Sở chủ trì, chỉ đạo tăng cường việc cung cấp túi thuốc cho các bệnh nhân,” lãnh đạo thành phố lưu ý thêm.', [['Sở Y tế'], ['Sở Y tế']]],
  ]);
});

describe('partners of the one the work is sent to', () => {
  test('"… gửi Bộ X để chủ trì, phối hợp với …": the partners are Bộ X\'s, not the doer\'s', () => {
    const r = read('Thủ tướng yêu cầu tỉnh Tây Ninh phải lập đề án theo quy định, gửi Bộ Giao thông vận tải để chủ trì, phối hợp với các bộ, cơ quan liên quan thẩm định.');
    expect(r.map((d) => [d.a, d.c])).toEqual([[['Tây Ninh'], []]]);
  });

  test('the doer\'s own partners before it stay', () => {
    const r = read('Thủ tướng giao Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp xây dựng nghị định, gửi Bộ Tư pháp thẩm định.');
    expect(r.map((d) => [d.a, d.c])).toEqual([[['Bộ Tài chính'], ['Bộ Tư pháp']]]);
  });
});
