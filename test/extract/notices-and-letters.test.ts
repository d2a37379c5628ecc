// Official letters and notices as the press reports them, on passages of our own: the units of a
// named body as partners, leaders standing for their bodies, the same task set twice with other
// dates, and verbs of discipline that open a task.
import { extract } from '../../src/extract/pipeline';

const OPENING = 'Sáng 14/10/2024, Thủ tướng Phạm Minh Chính chủ trì hội nghị.\n';

function read(body: string, lead = OPENING) {
  return extract({ text: lead + body, published: '2024-10-14' }).directives.map((d) => ({
    text: d.text, a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name), due: d.deadline?.date ?? null,
  }));
}

describe('parties', () => {
  test.each<[string, string, string[], string[]]>([
    ['the units of a named body are that body as a partner',
      'Bộ Quốc phòng phối hợp với các cơ quan chức năng của Bộ Công an điều tra các vụ tai nạn.', ['Bộ Quốc phòng'], ['Bộ Công an']],
    ['"các đơn vị trực thuộc Bộ X" likewise',
      'Bộ Y tế phối hợp với các đơn vị trực thuộc Bộ Quốc phòng triển khai bệnh viện dã chiến.', ['Bộ Y tế'], ['Bộ Quốc phòng']],
    ['"các lãnh đạo cơ quan, địa phương": leaders stand for their bodies, the agencies are generic',
      'Thủ tướng yêu cầu các lãnh đạo cơ quan, địa phương phải gương mẫu chấp hành pháp luật.', ['Các địa phương'], []],
    ['a name of one word whose second syllable is in lower case ("Vụ Pháp chế")',
      'Bộ trưởng yêu cầu Vụ Pháp chế hoàn thiện dự thảo thông tư.', ['Vụ Pháp chế'], []],
    ['a ministry\'s party caucus is a body of its own',
      'Thủ tướng giao Ban cán sự đảng Bộ Tài chính chỉ đạo xây dựng đề án.', ['Ban cán sự đảng Bộ Tài chính'], []],
    ['the manner of the coordination before "với" ("phối hợp chặt chẽ, hiệu quả với …")',
      'Thủ tướng yêu cầu Bộ Y tế chủ trì, phối hợp chặt chẽ, hiệu quả với các bộ, ngành, địa phương bảo đảm đủ vaccine.', ['Bộ Y tế'], ['Các bộ, ngành', 'Các địa phương']],
    ['a ministry by the short name the press uses, as of the report\'s date',
      'Thủ tướng giao Bộ Nông nghiệp khẩn trương hướng dẫn các địa phương.', ['Bộ Nông nghiệp và Phát triển nông thôn'], []],
    ['after "và", unnamed member organisations, then named groups',
      'Phó Thủ tướng đề nghị Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, các bộ, ngành tăng cường tuyên truyền.', ['Mặt trận Tổ quốc Việt Nam', 'Các bộ, ngành'], []],
    ['a commune\'s party organisation is a body', 'Bí thư Tỉnh ủy nhắc nhở Đảng bộ xã Nguyễn Việt Khái phải tính toán lại việc xây dựng.', ['Đảng bộ xã Nguyễn Việt Khái'], []],
    ['partners after "tham gia cùng với" (dev REVISIONS, d007)',
      'Phó Thủ tướng đề nghị các tập đoàn, doanh nghiệp chủ động tham gia cùng với Bộ Công Thương xây dựng cơ chế mua bán điện.', [], ['Bộ Công Thương']],
    ['provinces counted, not named ("UBND 4 tỉnh"), are the localities',
      'Bộ Công thương, UBND 4 tỉnh khẩn trương thực hiện các nhiệm vụ được giao.', ['Bộ Công Thương', 'Các địa phương'], []],
    ['"Bộ X phải phối hợp với Bộ Y chỉ đạo …": a modal before "phối hợp" keeps X the lead',
      'Đồng thời, Bộ Nông nghiệp và Phát triển nông thôn phải phối hợp với Bộ Y tế chỉ đạo các địa phương kiểm tra hải sản.', ['Bộ Nông nghiệp và Phát triển nông thôn'], ['Bộ Y tế']],
    ['a generic partner alone is never listed',
      'Bộ Y tế phối hợp với các cơ quan chức năng kiểm tra an toàn thực phẩm.', ['Bộ Y tế'], []],
    ['the chairs of the provinces listed after a colon stand for those provinces\' committees',
      'Thủ tướng yêu cầu Chủ tịch UBND các tỉnh: Nghệ An, Hà Tĩnh và Quảng Trị chủ động sơ tán dân.',
      ['Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'Ủy ban nhân dân tỉnh Quảng Trị'], []],
    ['"các tỉnh, thành phố" followed by their names, without a colon',
      'Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố Quảng Ninh, Hải Phòng khẩn trương gia cố đê điều.',
      ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Ủy ban nhân dân thành phố Hải Phòng'], []],
    ['a range of provinces is the localities; those it singles out are named as well',
      'Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố từ Thanh Hóa đến Quảng Ngãi, trong đó trọng tâm là các tỉnh: Nghệ An, Hà Tĩnh khẩn trương khắc phục hậu quả mưa lũ.',
      ['Các địa phương', 'Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Hà Tĩnh'], []],
    ['"các bộ, cơ quan trung ương và địa phương" names both national groups',
      'Thủ tướng đề nghị các bộ, cơ quan trung ương và địa phương có tỷ lệ giải ngân thấp phải kiểm điểm trách nhiệm.', ['Các bộ, ngành', 'Các địa phương'], []],
    ['"cho ý kiến" after the doers is their task (a notice asks their opinion)',
      'Bộ Quốc phòng, Bộ Công an cho ý kiến về yêu cầu bảo đảm quốc phòng đối với các khu vực biển.', ['Bộ Quốc phòng', 'Bộ Công an'], []],
    ['where a group\'s members are ("ven biển") sits between the group and its task',
      'Ủy ban nhân dân các tỉnh, thành phố ven biển phối hợp với Bộ Công Thương trong quá trình khảo sát.', ['Các địa phương'], ['Bộ Công Thương']],
    ['a force named by its kind is stepped over; the partners after it are read',
      'Công an tỉnh Lâm Đồng phối hợp chặt chẽ với lực lượng kiểm lâm, chính quyền địa phương tuần tra bảo vệ rừng.', ['Công an tỉnh Lâm Đồng'], ['Các địa phương']],
    ['an enterprise\'s number is part of its name, and so is the rest after it',
      'Bộ Y tế phối hợp với Công ty Cổ phần 28 Quảng Ngãi xét nghiệm cho toàn bộ công nhân.', ['Bộ Y tế'], ['Công ty Cổ phần 28 Quảng Ngãi']],
    ['an enterprise known by its number alone, and one named with its ministry',
      'Tổng công ty 36 phối hợp với Công ty 189 Bộ Quốc phòng khẩn trương hoàn thành gói thầu.', ['Tổng công ty 36'], ['Công ty 189 Bộ Quốc phòng']],
    ['the provinces of a region named together are the localities',
      'Các tỉnh Đồng bằng sông Cửu Long có trách nhiệm chủ động tích trữ nước ngọt.', ['Các địa phương'], []],
    ['also with "vùng" and the committees',
      'UBND các tỉnh vùng Tây Nguyên khẩn trương rà soát diện tích cây trồng bị hạn.', ['Các địa phương'], []],
    ['"miền núi phía Bắc" likewise, before a modal',
      'Các địa phương miền núi phía Bắc cần chủ động phương án ứng phó sạt lở đất.', ['Các địa phương'], []],
    ['the committees of every province, unnamed, stay the localities',
      'Thủ tướng yêu cầu UBND các tỉnh, thành phố chủ động sơ tán dân khỏi vùng nguy hiểm.', ['Các địa phương'], []],
  ])('%s', (_, body, a, c) => {
    expect(read(body).map((d) => [d.a, d.c])).toEqual([[a, c]]);
  });
});

describe('a task in its own field', () => {
  test('press outlets keep their names as written; the doers of a field\'s task are not the next sentence\'s', () => {
    const body = 'Bộ trưởng yêu cầu Vụ Pháp chế hoàn thiện đề án.\n'
      + 'Trong công tác truyền thông, các đơn vị như Báo Dân trí, Tạp chí Tổ chức nhà nước và Lao động, cần tiếp tục lan tỏa thông tin.\n'
      + 'Ngoài ra, Bộ trưởng cũng lưu ý việc chuẩn bị tốt cho đại hội chi bộ.\n';
    expect(read(body, 'Sáng 14/10/2024, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì hội nghị.\n').map((d) => d.a)).toEqual([
      ['Vụ Pháp chế'],
      ['Báo Dân trí', 'Tạp chí Tổ chức nhà nước và Lao động'],
      [],
    ]);
  });
});

describe('the same task twice', () => {
  test('a lead task repeated later with another deadline is another task', () => {
    const lead = 'Chiều 14/10/2024, UBND tỉnh Khánh Hòa có văn bản về quy hoạch sử dụng đất.\n';
    const body = 'UBND tỉnh yêu cầu UBND các huyện hoàn thiện quy hoạch; gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28-10.\n'
      + 'Riêng UBND huyện Khánh Sơn hoàn thiện quy hoạch; gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 25-10.\n';
    expect(read(body, lead).map((d) => d.due)).toEqual([null, '2024-10-28', null, '2024-10-25']);
  });
});

describe('verbs that open a task', () => {
  test('a prohibition sentence after an instruction goes on with its doer', () => {
    const r = read('Thủ tướng yêu cầu Bộ Y tế quán triệt cán bộ chấp hành nghiêm quy định. Không đùn đẩy trách nhiệm giữa các đơn vị.\n');
    expect(r.map((d) => d.a)).toEqual([['Bộ Y tế'], ['Bộ Y tế']]);
  });

  test.each([
    ['Kiểm điểm, xử lý nghiêm cán bộ vi phạm.'],
    ['Cung ứng đủ thuốc, vật tư y tế cho các cơ sở điều trị.'],
    ['Sửa chữa các tuyến đường bị hư hỏng sau mưa lũ.'],
    // A prohibition addressed to the doers is a duty to refrain.
    ['Không sử dụng xe công đi lễ hội, trừ trường hợp được phân công nhiệm vụ.'],
    ['Không can thiệp vào quá trình xử lý vi phạm của cơ quan chức năng.'],
  ])('%s', (item) => {
    const r = read(`Thủ tướng yêu cầu Bộ Y tế:\n- ${item}\n`);
    expect(r.map((d) => d.a)).toEqual([['Bộ Y tế']]);
  });
});

describe('a conclusion\'s tasks, read in place', () => {
  test('a ";" before "số <number>/<sign>" goes on a list of documents; the task after it is one of its own', () => {
    const r = read('Thủ tướng kết luận như sau:\n2. Bộ Tài chính thực hiện nghiêm các ý kiến chỉ đạo tại các Thông báo số 09/TB-VPCP ngày 11 tháng 01 năm 2024; số 328/TB-VPCP ngày 16 tháng 7 năm 2024; chủ trì, phối hợp với Bộ Tư pháp hoàn thiện dự thảo Đề án trước ngày 20 tháng 10 năm 2024.\n');
    expect(r.map((d) => [d.text.slice(0, 20), d.a, d.c, d.due])).toEqual([
      ['2. Bộ Tài chính thực', ['Bộ Tài chính'], [], null],
      ['chủ trì, phối hợp vớ', ['Bộ Tài chính'], ['Bộ Tư pháp'], '2024-10-20'],
    ]);
  });
  test.each([
    // Two agencies told to agree on a matter before the draft goes up.
    ['Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn thống nhất về nội dung này tại dự thảo Đề án trước khi trình Thủ tướng Chính phủ.', ['Bộ Tài chính', 'Bộ Nông nghiệp và Phát triển nông thôn']],
    ['Bộ Công Thương thống nhất với Bộ Tài chính phương án giá điện.', ['Bộ Công Thương']],
  ])('%s', (body, assignees) => {
    expect(read(body + '\n').map((d) => d.a)).toEqual([assignees]);
  });
  test('"nỗ lực" after ";" opens a task of its own, as "phấn đấu" does', () => {
    const r = read('Thủ tướng yêu cầu các bộ, ngành:\n- Thực hiện ngay các biện pháp hỗ trợ doanh nghiệp; nỗ lực phấn đấu cao nhất thực hiện các mục tiêu năm 2024.\n');
    expect(r.map((d) => [d.text.slice(0, 12), d.a])).toEqual([['- Thực hiện ', ['Các bộ, ngành']], ['nỗ lực phấn ', ['Các bộ, ngành']]]);
  });
});

describe('a task restated', () => {
  test('a caption that says the task of the body again in other words is annotated once, the fuller', () => {
    const body = 'Bộ Y tế đề nghị các địa phương tiếp tục triển khai tiêm chủng phòng COVID-19 "thần tốc hơn nữa" cho mọi đối tượng.\n'
      + 'Bộ Y tế đề nghị các địa phương tiếp tục triển khai tiêm vaccine "thần tốc hơn nữa".\n';
    expect(read(body).map((d) => d.text)).toEqual(['Bộ Y tế đề nghị các địa phương tiếp tục triển khai tiêm chủng phòng COVID-19 "thần tốc hơn nữa" cho mọi đối tượng']);
  });

  test('the next sentence of the same paragraph is another task, however many words they share', () => {
    const body = 'Bộ Kế hoạch và Đầu tư chủ trì kiểm tra, giám sát tình hình thực hiện kế hoạch đầu tư vốn năm 2025. Báo cáo Chính phủ tình hình thực hiện kế hoạch đầu tư vốn năm 2025.\n';
    expect(read(body)).toHaveLength(2);
  });

  test('"Tương tự, … cũng giao …" is a second task like the first, not the first again', () => {
    const lead = 'UBND TP.HCM giao Sở Giao thông vận tải chủ trì, phối hợp với Sở Tài chính, Công an Thành phố nghiên cứu, tham mưu UBND Thành phố triển khai đầy đủ nội dung của nghị quyết về thu phí lòng đường.\n\n';
    const body = 'Tương tự, UBND TP.HCM cũng giao Sở Giao thông vận tải chủ trì, phối hợp với các đơn vị liên quan nghiên cứu, tham mưu UBND Thành phố triển khai đầy đủ nội dung của nghị quyết về vận tải hành khách công cộng.\n';
    expect(read(body, lead).map((d) => d.a)).toEqual([['Sở Giao thông vận tải Thành phố Hồ Chí Minh'], ['Sở Giao thông vận tải Thành phố Hồ Chí Minh']]);
  });

  test('a short task inside a longer one of the same doers is a task of its own', () => {
    const body = 'Bộ Y tế yêu cầu các địa phương:\n- Thường xuyên theo dõi, kiểm tra, đôn đốc công tác tiêm chủng.\n- Thường xuyên theo dõi, kiểm tra, đôn đốc công tác tiêm chủng tại các trạm y tế xã, báo cáo kết quả hằng tuần về Bộ Y tế và đề xuất xử lý vướng mắc.\n';
    expect(read(body)).toHaveLength(2);
  });
});

describe('every level', () => {
  test('"Ủy ban nhân dân các cấp" are the localities', () => {
    expect(read('Ủy ban nhân dân các cấp thực hiện nghiêm Nghị quyết số 128/NQ-CP của Chính phủ.\n').map((d) => d.a)).toEqual([['Các địa phương']]);
  });
});

describe('some of the districts', () => {
  const LEAD = 'Sáng 14/9/2024, UBND tỉnh Quảng Trị có công điện về ứng phó bão.\n';
  test.each<[string, string[]]>([
    ['Các huyện ven biển và huyện đảo Cồn Cỏ hướng dẫn tàu thuyền vào nơi tránh trú.', ['Ủy ban nhân dân các huyện, thành phố tỉnh Quảng Trị', 'Ủy ban nhân dân huyện Cồn Cỏ']],
    ['UBND các huyện miền núi khẩn trương rà soát các khu dân cư có nguy cơ sạt lở.', ['Ủy ban nhân dân các huyện, thành phố tỉnh Quảng Trị']],
  ])('%s', (body, expected) => {
    expect(read(`${body}\n`, LEAD).map((d) => d.a)).toEqual([expected]);
  });
});

describe('"không cần thiết" is no negated duty', () => {
  test('"cắt giảm chi không cần thiết" is a task ("unnecessary", not "no need to")', () => {
    const body = 'Thủ tướng chỉ đạo các bộ, ngành tăng cường kỷ luật hành chính; tiết kiệm, chống lãng phí, cắt giảm chi không cần thiết.\n';
    expect(read(body).map((d) => d.a)).toEqual([['Các bộ, ngành'], ['Các bộ, ngành']]);
  });
});

describe('not an instruction', () => {
  test.each([
    ['Chỉ thị', 'Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành nghiêm túc triển khai thực hiện Chỉ thị này./.'],
    ['Thông báo', 'Đề nghị các bộ, ngành khẩn trương triển khai thực hiện Thông báo này.'],
    ['Quyết định', 'Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.'],
    ['letter', 'Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực hiện./.'],
  ])('the closing formula asks to carry out the %s itself', (_, closing) => {
    expect(read(`Thủ tướng yêu cầu Bộ Y tế theo dõi chặt chẽ tình hình dịch bệnh.\n${closing}\n`).map((d) => d.a)).toEqual([['Bộ Y tế']]);
  });

  test('outside a list, a bare "Yêu cầu X …" after a task asks X; the doer before does not direct it', () => {
    const body = 'Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế bảo đảm đủ thuốc.\nYêu cầu Sở Tài chính bố trí kinh phí mua thuốc.\n';
    expect(read(body, 'Sáng 12/12/2023, Hội đồng nhân dân tỉnh Quảng Nam họp phiên bế mạc.\n').map((d) => d.a.map((x) => x.replace(/ tỉnh Quảng Nam$/u, ''))))
      // (The committee asked to direct the Sở it names hands it the task.)
      .toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });

  test('a body\'s standing duties as its founding decision lists them are no tasks; an instruction after them is', () => {
    const body = 'Theo quyết định thành lập, Ban Chỉ đạo có nhiệm vụ, quyền hạn sau:\n1. Nghiên cứu, đề xuất với Thủ tướng các chủ trương lớn.\n2. Chỉ đạo, đôn đốc các bộ, ngành triển khai các giải pháp.\n'
      + 'Thủ tướng yêu cầu Bộ Tài chính khẩn trương trình phương án xử lý.\n';
    expect(read(body).map((d) => d.a)).toEqual([['Bộ Tài chính']]);
  });

  test.each([
    ['praise', 'Đánh giá cao sự nỗ lực của Bộ Công Thương, Tập đoàn Điện lực Việt Nam trong thời gian qua.'],
    ['acknowledgement', 'Ghi nhận, biểu dương các địa phương đã tích cực triển khai công tác giải phóng mặt bằng.'],
    ['welcome', 'Hoan nghênh tinh thần trách nhiệm của các nhà thầu.'],
  ])('a conclusion\'s item of %s gives no task; the task item after it does', (_, item) => {
    const body = `Thủ tướng kết luận như sau:\n1. ${item}\n2. Bộ Công Thương khẩn trương hoàn thiện hồ sơ dự án.\n`;
    expect(read(body).map((d) => d.a)).toEqual([['Bộ Công Thương']]);
  });

  test('agreeing with a ministry\'s proposal decides on it; no task is given', () => {
    expect(read('Thủ tướng nhất trí với đề xuất của Bộ Nông nghiệp và Phát triển nông thôn cần ưu tiên bố trí vốn cho thủy lợi.\n')).toEqual([]);
  });
});

describe('the title of a part whose items name their doers', () => {
  test('"1. <task words>" with no final punctuation over "a) <doer>:" is a title; its items are the tasks', () => {
    const body = 'Thủ tướng yêu cầu các bộ, ngành thực hiện các nhiệm vụ sau:\n'
      + '1. Tháo gỡ khó khăn, tạo thuận lợi về tiếp cận vốn, tín dụng, thuế, thanh toán điện tử\n'
      + 'a) Ngân hàng Nhà nước Việt Nam:\n- Chỉ đạo các tổ chức tín dụng cân đối, đáp ứng đủ nhu cầu vốn.\n'
      + 'b) Bộ Tài chính trình Chính phủ ban hành Nghị định về gia hạn nộp thuế.\n';
    expect(read(body).map((d) => d.a)).toEqual([['Ngân hàng Nhà nước Việt Nam'], ['Bộ Tài chính']]);
  });
});

describe('a general department\'s letter', () => {
  const LETTER = ['TỔNG CỤC THUẾ', 'Số: 4800/TCT-TTr', 'Hà Nội, ngày 20 tháng 10 năm 2016',
    'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.',
    'Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện các nội dung sau:',
    '1. Tập trung rà soát, hoàn thành kế hoạch thanh tra năm 2016 trước ngày 15/12/2016.',
    '2. Các đoàn thanh tra, kiểm tra phải thực hiện đúng quy trình, không gây phiền hà cho doanh nghiệp.',
    '3. Các Cục Thuế rà soát lại kế hoạch thanh tra để bổ sung, điều chỉnh cho phù hợp.',
    '4. Kết thúc năm 2016, có tổng kết công tác thanh tra trên địa bàn.',
    'Nơi nhận:', '- Như trên;', '- Lưu: VT, TTr.', 'KT. TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'Nguyễn Văn Ninh', ''].join('\n');

  test('the deputy who signs is an official; the body issues; unnamed inspection teams are no party', () => {
    const r = extract({ text: LETTER, published: '2016-10-20' });
    expect(r.officials.map((o) => [o.name, o.titles])).toEqual([['Nguyễn Văn Ninh', ['Phó Tổng cục trưởng']]]);
    expect(r.directives.map((d) => [d.assigner?.name ?? null, d.assignees.map((a) => a.name), d.deadline?.date ?? null])).toEqual([
      [null, ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'], '2016-12-15'],
      [null, [], null],
      // "các Cục Thuế" alone are the addressees, the branches of every province.
      [null, ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'], null],
      // "Kết thúc năm 2016, …": by the end of the year.
      [null, ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'], '2016-12-31'],
    ]);
  });
});

describe('"Cục Thuế" in the general department\'s letters', () => {
  test.each<[string, string, string[]]>([
    ['a bare "Cục Thuế" is the department of every province', 'Tổng cục Thuế đề nghị Cục Thuế tăng cường quản lý thuế đối với thương mại điện tử.',
      ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']],
    ['in a text about one province\'s department, it is that one, as read',
      'Tổng cục Thuế làm việc với Cục Thuế tỉnh Bình Dương.\nTổng cục Thuế đề nghị Cục Thuế tăng cường quản lý thuế đối với thương mại điện tử.', ['Cục Thuế']],
    ['without the general department, "Cục Thuế" is the national body of 2025', 'Bộ Tài chính đề nghị Cục Thuế tăng cường quản lý thuế đối với thương mại điện tử.', ['Cục Thuế']],
  ])('%s', (_, text, assignees) => {
    const r = extract({ text, published: '2022-11-29' });
    expect(r.directives.map((d) => d.assignees.map((a) => a.name))).toEqual([assignees]);
  });
});

describe('the general department\'s notice that hands each matter of an agreement to a unit', () => {
  // ("Cục thuế có liên quan": whichever branches the matter concerns, a generic partner as "các
  // đơn vị liên quan" is; FORMAT.md lists none.)
  test('"Đối với nội dung …: “…” - giao Cục X chủ trì, phối hợp với các Vụ, đơn vị, Cục thuế có liên quan …"', () => {
    const text = ['Tổng cục Thuế phân công nhiệm vụ triển khai Bản Thỏa thuận hợp tác như sau:', '',
      '2.5. Đối với nội dung phối hợp tại điểm 5 Mục III Bản Thỏa thuận: “Phối hợp trong công tác chuyển đổi số.” - giao Cục CNTT chủ trì, phối hợp với các Vụ, đơn vị, Cục thuế có liên quan triển khai thực hiện.', ''].join('\n');
    const r = extract({ text, published: '2022-01-10' });
    expect(r.directives.map((d) => [d.assignees.map((a) => a.name), d.coordinators.map((c) => c.name)])).toEqual([
      [['Cục Công nghệ thông tin'], []],
    ]);
  });
});

describe('a ministry\'s letter to the provinces\' chairs', () => {
  test('"Chủ tịch UBND tỉnh, thành phố <qualifier>" are the localities; "… triển khai ngay một số nội dung:" only introduces the items', () => {
    const body = 'Bộ Nông nghiệp và Phát triển nông thôn đề nghị các đồng chí Chủ tịch Ủy ban nhân dân tỉnh, thành phố nuôi cá tra vùng Đồng bằng sông Cửu Long quan tâm chỉ đạo các cơ quan chuyên môn triển khai ngay một số nội dung:\n'
      + '(1) Quản lý chặt chẽ điều kiện sản xuất giống cá tra.\n';
    expect(read(body).map((d) => [d.text.slice(0, 20), d.a])).toEqual([['(1) Quản lý chặt chẽ', ['Các địa phương']]]);
  });

  test('"đề nghị <chairs> chỉ đạo Sở X:" introduces the items, which are the chairs\' tasks; a prohibition opening a sentence is a rule', () => {
    const body = 'Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Sở Y tế:\n'
      + '1. Tăng cường kiểm tra điều kiện kinh doanh thuốc trên địa bàn.\n2. Xử lý nghiêm các cơ sở vi phạm.\n'
      + 'Nghiêm cấm các hành vi kinh doanh thuốc không rõ nguồn gốc.\n';
    expect(read(body).map((d) => [d.text.slice(0, 20), d.a])).toEqual([
      ['1. Tăng cường kiểm t', ['Các địa phương']],
      ['2. Xử lý nghiêm các ', ['Các địa phương']],
    ]);
  });
});

describe('a letter conveying a leader\'s opinions', () => {
  const LETTER = 'Xét đề nghị của Bộ Kế hoạch và Đầu tư (Công văn số 7454/BKHĐT-PTDN ngày 12 tháng 9 năm 2017), ý kiến của Bộ Tài chính (Công văn số 13436/BTC-TCDN ngày 06 tháng 10 năm 2017), Phó Thủ tướng Vương Đình Huệ có ý kiến như sau:\n'
    + '1. Việc sắp xếp doanh nghiệp nhà nước có vai trò quan trọng trong tái cơ cấu nền kinh tế.\n'
    + '2. Bộ Kế hoạch và Đầu tư hoàn thiện Đề án, trình Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2017.\n';

  test('"<leader> có ý kiến như sau:" after long grounds: the leader gives the items; a statement of context is no task', () => {
    const r = extract({ text: LETTER, published: '2017-11-02' });
    expect(r.directives.map((d) => [d.assigner?.name ?? null, d.assignees.map((a) => a.name), d.deadline?.date ?? null]))
      .toEqual([['Vương Đình Huệ', ['Bộ Kế hoạch và Đầu tư'], '2017-12-31']]);
  });
});

describe('an introduction, then a paragraph per task', () => {
  test('unmarked paragraphs after "yêu cầu <doers>:" are its items until one that states no task; after it, an opener continues the last task', () => {
    const body = 'Công điện nêu rõ, Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:\n\n'
      + 'Tiếp tục thực hiện nghiêm Nghị quyết số 128/NQ-CP của Chính phủ.\n\n'
      + 'Bộ Y tế hướng dẫn các địa phương tổ chức tiêm vắc xin cho trẻ em.\n\n'
      + 'Theo thống kê, cả nước đã tiêm hơn 200 triệu liều vắc xin.\n\n'
      + 'Tăng cường tuyên truyền cho người dân.\n';
    expect(read(body).map((d) => [d.text, d.a])).toEqual([
      ['Tiếp tục thực hiện nghiêm Nghị quyết số 128/NQ-CP của Chính phủ', ['Các bộ, ngành', 'Các địa phương']],
      ['Bộ Y tế hướng dẫn các địa phương tổ chức tiêm vắc xin cho trẻ em', ['Bộ Y tế']],
      ['Tăng cường tuyên truyền cho người dân', ['Bộ Y tế']],
    ]);
  });
});

describe('groups of leaders', () => {
  test.each<[string, string[]]>([
    ['Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát các dự án.', ['Các bộ, ngành', 'Các địa phương']],
    ['Thủ tướng đề nghị đồng chí Bí thư Tỉnh ủy, Thành ủy và Chủ tịch UBND các tỉnh, thành phố chỉ đạo tiêm vaccine.', ['Các địa phương']],
    ['Chủ tịch UBND tỉnh thành phố trực thuộc Trung ương tổ chức tiêm vaccine cho trẻ em.', ['Các địa phương']],
    // FORMAT.md: "các cấp, các ngành" are the ministries; "các cơ quan, đơn vị" are generic, "địa phương" the group.
    ['Thủ tướng yêu cầu các cấp, các ngành tập trung phòng, chống dịch.', ['Các bộ, ngành']],
    ['Thủ tướng yêu cầu các cơ quan, đơn vị, địa phương tập trung phòng, chống dịch.', ['Các địa phương']],
    ['Thủ tướng yêu cầu các Bộ trưởng, Chủ tịch UBND các tỉnh, thành phố tập trung chỉ đạo giải ngân.', ['Các bộ, ngành', 'Các địa phương']],
    // "dự thảo" after a doer is its task; the "giao" of the drafted document assigns nothing here.
    ['Bộ Kế hoạch và Đầu tư dự thảo văn bản giao nhiệm vụ trình Thủ tướng Chính phủ.', ['Bộ Kế hoạch và Đầu tư']],
    // A list of doers after the task verb of a monitor is one list, not a new doer after the comma.
    ['Văn phòng Chính phủ theo dõi, đôn đốc các bộ, địa phương thực hiện nghiêm Công điện này.', ['Văn phòng Chính phủ']],
    // With no province in the report, the Prime Minister's "Chủ tịch UBND tỉnh" is every province's.
    ['Thủ tướng yêu cầu Chủ tịch UBND tỉnh chỉ đạo quyết liệt công tác giải ngân.', ['Các địa phương']],
  ])('%s', (body, expected) => {
    expect(read(`${body}\n`).map((d) => d.a)).toEqual([expected]);
  });
});

describe('a province in a person\'s name', () => {
  test('"Phó Thủ tướng Nguyễn Hòa Bình" names no province Hòa Bình: "UBND tỉnh" stays every province\'s', () => {
    const lead = 'Chiều 3/7/2025, Thủ tướng Phạm Minh Chính chủ trì cuộc họp. Cùng dự có Phó Thủ tướng Thường trực Nguyễn Hòa Bình.\n';
    expect(read('Thủ tướng yêu cầu Chủ tịch UBND tỉnh chỉ đạo quyết liệt công tác giải ngân.\n', lead).map((d) => d.a)).toEqual([['Các địa phương']]);
  });
});

describe('unnamed doers right after the verb', () => {
  test('"yêu cầu các cấp, ngành, địa phương, đơn vị thực hiện …" is one list of doers, not a new doer after "các cấp"', () => {
    const body = 'Ban Chỉ đạo phòng, chống dịch tỉnh Thái Bình yêu cầu các cấp, ngành, địa phương, đơn vị thực hiện hiệu quả đợt cao điểm làm sạch dịch.\n';
    // A provincial board's "các cấp, ngành" are the province's departments and sectors.
    expect(read(body, 'Sáng 9/2/2022, UBND tỉnh Thái Bình họp.\n').map((d) => d.a)).toEqual([['Các sở, ngành tỉnh Thái Bình', 'Các địa phương']]);
  });
});

describe('a subject matter before the doer', () => {
  test('"Đối với <matter that lists names>, <doer> phải …": the comma after the matter is the one a doer follows', () => {
    const body = 'Đối với các dự án chậm tiến độ như Long Thành, Mỹ Thuận, Cần Thơ, Bộ Giao thông vận tải phải kiểm điểm trách nhiệm.\n';
    expect(read(body).map((d) => d.a)).toEqual([['Bộ Giao thông vận tải']]);
  });
});

describe('coordination', () => {
  test('a task with a coordination of its own, even with generic partners, does not take the partners of the task before', () => {
    const body = 'Thủ tướng yêu cầu Bộ Y tế chủ trì, phối hợp với Bộ Công an bảo đảm đủ vaccine.\nChủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra giá thuốc.\n';
    expect(read(body).map((d) => [d.a, d.c])).toEqual([[['Bộ Y tế'], ['Bộ Công an']], [['Bộ Y tế'], []]]);
  });
});

describe('a photo\'s caption naming an official', () => {
  test('"- Thủ tướng Phạm Minh Chính" between two tasks is no list heading and does not break the instruction', () => {
    const body = 'Thủ tướng yêu cầu Bộ Y tế:\n\nTiếp tục hoàn thiện hướng dẫn điều trị tại nhà.\n\n- Thủ tướng Phạm Minh Chính\n\nTiếp tục phối hợp với Bộ Giáo dục và Đào tạo cập nhật các hướng dẫn.\n';
    expect(read(body).map((d) => [d.a, d.c])).toEqual([[['Bộ Y tế'], []], [['Bộ Y tế'], ['Bộ Giáo dục và Đào tạo']]]);
  });
});

describe('dispatches told by the press', () => {
  test('"đã ký ban hành Công điện … yêu cầu …": the signer instructs', () => {
    const text = 'Phó Thủ tướng Chính phủ Trần Hồng Hà đã ký ban hành Công điện 469 yêu cầu các bộ, ngành, địa phương tháo gỡ khó khăn cho thị trường bất động sản.';
    const ds = extract({ text, published: '2024-10-14' }).directives;
    expect(ds.map((d) => [d.assignees.map((x) => x.name), d.assigner?.name])).toEqual([[['Các bộ, ngành', 'Các địa phương'], 'Trần Hồng Hà']]);
  });
  test('"các bộ liên quan" are the ministries as a group', () => {
    expect(read('Thủ tướng yêu cầu các bộ liên quan rà soát quy định về đấu giá đất.\n').map((d) => d.a)).toEqual([['Các bộ, ngành']]);
  });
  test('a second date after "song" tells what happened by then: no second task', () => {
    const ds = read('Thủ tướng yêu cầu các bộ, ngành, địa phương trước ngày 20/10 phải báo cáo tình hình giải quyết vướng mắc, kiến nghị doanh nghiệp song đến ngày 22/10 mới chỉ có ba địa phương báo cáo.\n');
    expect(ds.map((d) => d.due)).toEqual(['2024-10-20']);
  });
});

test('"BTL Quân khu 3, 4, 5": commands of one kind told apart by their numbers', () => {
  expect(read('Bộ Quốc phòng yêu cầu BTL Quân khu 3, 4, 5; Quân chủng Hải quân duy trì lực lượng sẵn sàng cứu hộ.\n').map((d) => d.a))
    .toEqual([['Bộ Tư lệnh Quân khu 3', 'Bộ Tư lệnh Quân khu 4', 'Bộ Tư lệnh Quân khu 5', 'Quân chủng Hải quân']]);
});

describe('a numbered line that gives only a lead and its partners', () => {
  // A dispatch's items as a scan leaves them: a blank line between paragraphs, a page's number
  // between two items, a blank line inside a sentence, a document's date after a damaged number.
  const DISPATCH = ['Để tăng cường quản lý thương mại điện tử, Thủ tướng Chính phủ yêu cầu:', '',
    '1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan', '',
    'a) Rà soát các văn bản quy phạm pháp luật về thương mại điện tử để kịp thời đề xuất sửa đổi,', 'bổ sung.', '',
    'b) Tổng kết tình hình thực hiện Kế hoạch phát triển thương mại điện tử giai đoạn 2021-2025.', '', '',
    '--- PAGE BREAK ---', '', '2', '',
    'c) Tăng cường công tác cảnh báo, hướng dẫn người tiêu dùng qua các sàn giao dịch.', '',
    '2. Bộ Công an chủ tri, phối hợp với Bộ Thông tin và Truyền thông thực hiện các nhiệm vụ sau', '',
    'a) Thúc đẩy cung cấp dịch vụ xác thực điện tử cho các sàn thương mại điện tử, tránh thất thu', 'thuế.', '',
    '3. Bộ Quốc phòng tiếp tục chỉ đạo các đơn vị chức năng tăng cường các', '',
    'biện pháp bảo vệ chủ quyền quốc gia trên không gian mạng.', '',
    '4. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan tiếp tục triển khai hiệu quả Công điện', 'số 889/CĐ- -TTg',
    'ngày 01 tháng 10 năm 2022 của Thủ tướng Chính phủ về quản lý thuế; Công điện số 56/CĐ-TTg ngay 06 tháng 6 năm 2024 của',
    'Thủ tướng Chính phủ về quản lý nhà nước trong lĩnh vực này.', ''].join('\n');

  test('it heads the lettered items under it, which take its lead and partners; it is no task itself', () => {
    expect(read(DISPATCH, '').map((d) => [d.text.slice(0, 12), d.a, d.c, d.due])).toEqual([
      ['a) Rà soát c', ['Bộ Công Thương'], ['Các bộ, ngành'], null],
      ['b) Tổng kết ', ['Bộ Công Thương'], ['Các bộ, ngành'], null],
      // A page's number between two items leaves the heading in force.
      ['c) Tăng cườn', ['Bộ Công Thương'], ['Các bộ, ngành'], null],
      // "chủ tri" (a scan's lost mark) and "thực hiện các nhiệm vụ sau" without its colon.
      ['a) Thúc đẩy ', ['Bộ Công an'], ['Bộ Thông tin và Truyền thông'], null],
      // A blank line after "các" is inside the sentence.
      ['3. Bộ Quốc p', ['Bộ Quốc phòng'], [], null],
      // The dates after the documents' numbers are theirs; the documents are one task's matter.
      ['4. Bộ Tài ch', ['Bộ Tài chính'], ['Các bộ, ngành'], null],
    ]);
    expect(read(DISPATCH, '')[4].text).toContain('bảo vệ chủ quyền');
  });

  test('a line that states a task of its own after the partners is a task, not a heading', () => {
    const body = 'Thủ tướng yêu cầu:\n1. Bộ Y tế chủ trì, phối hợp với Bộ Tài chính rà soát giá thuốc\na) Báo cáo Thủ tướng trong tháng 9.\n';
    expect(read(body, '').map((d) => [d.text.slice(0, 10), d.a, d.c])[0]).toEqual(['1. Bộ Y tế', ['Bộ Y tế'], ['Bộ Tài chính']]);
  });
});

describe('a letter\'s parts that are no tasks', () => {
  test('the addressees after "Kính gửi:" and a heading of items with no final punctuation', () => {
    const text = 'Kính gửi:\n- Các Sở, ban, ngành thuộc UBND tỉnh;\n- Công an tỉnh;\n- Thuế tỉnh Lào Cai.\n\n'
      + 'Để tăng cường quản lý khoáng sản, Chủ tịch Ủy ban nhân dân tỉnh Lào Cai yêu cầu:\n1. Trách nhiệm chung của các cơ quan, đơn vị\n'
      + '- Thực hiện thanh tra, kiểm tra có trọng tâm, trọng điểm.\n2. Công an tỉnh\n- Điều tra, xử lý nghiêm các vụ khai thác trái phép.\n';
    expect(read(text, '').map((d) => [d.text.slice(0, 24), d.a])).toEqual([
      ['- Thực hiện thanh tra, k', []],
      ['- Điều tra, xử lý nghiêm', ['Công an tỉnh Lào Cai']],
    ]);
  });
});

describe('a dispatch as the press tells it', () => {
  const LEAD = 'Hà Nội, ngày 30/12/2025.\n';
  const doers = (body: string) => extract({ text: LEAD + body, published: '2025-12-30' }).directives.map((d) => [d.text, d.assignees.map((x) => x.name)]);

  test('whom the dispatch is sent to is no task', () => {
    expect(doers('Công điện gửi Bí thư và Chủ tịch UBND các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng; các bộ trưởng: Quốc phòng, Công an; Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.')).toEqual([]);
  });

  test('"Công điện nêu rõ, trường hợp …, <doers> phải …": the condition, then the duty', () => {
    expect(doers('Công điện nêu rõ, trường hợp có khó khăn vượt quá thẩm quyền, Chủ tịch UBND tỉnh, thành phố phải báo cáo ngay với Thủ tướng.')).toEqual([
      ['Công điện nêu rõ, trường hợp có khó khăn vượt quá thẩm quyền, Chủ tịch UBND tỉnh, thành phố phải báo cáo ngay với Thủ tướng', ['Các địa phương']],
    ]);
  });
});

describe('a letter that forwards a document for handling', () => {
  const LEAD = 'Ngày 9/5/2022, Văn phòng Chính phủ ban hành văn bản gửi Bộ Y tế.\n';
  const doers = (body: string) => extract({ text: LEAD + body, published: '2022-05-10' }).directives.map((d) => d.assignees.map((x) => x.name));

  test.each<[string, string, string[][]]>([
    ['"chuyển <document> đến <body> để nghiên cứu xử lý": the body handles it',
      'Thực hiện ý kiến chỉ đạo của Thủ tướng, Văn phòng Chính phủ chuyển Báo cáo số 386/2022/TTĐT của Cổng Thông tin điện tử Chính phủ đến Bộ Y tế để nghiên cứu xử lý.', [['Bộ Y tế']]],
    ['a file sent on before ("đã chuyển") is told, not asked', 'Công an huyện đã chuyển hồ sơ đến Viện kiểm sát nhân dân huyện để xử lý.', []],
    ['"chuyển đổi" is another verb', 'Văn phòng Chính phủ chuyển đổi hệ thống quản lý văn bản đến hết năm 2022.', []],
  ])('%s', (_, body, expected) => {
    expect(doers(body)).toEqual(expected);
  });
});
