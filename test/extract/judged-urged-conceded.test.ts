// Provincial news shapes, on passages of our own: a party reprimanded or praised and then asked,
// a letter that urges ("có văn bản đôn đốc"), addressees split by ";" after "yêu cầu:", a
// concession told as background, a statement about a matter, a page cut mid-sentence, and a city
// that became province-level only in 2025. Each row states who is asked, or that nothing is.
import { extract } from '../../src/extract/pipeline';

function read(text: string, published = '2024-05-10') {
  const r = extract({ text, published });
  return r.directives.map((d) => ({ text: d.text, a: d.assignees.map((x) => x.name), due: d.deadline?.date ?? null }));
}

describe('a party judged, then asked', () => {
  test.each<[string, string, string[][]]>([
    ['reprimanded, then asked with no party of its own: the one reprimanded acts',
      'Chủ tịch UBND tỉnh Quảng Ngãi phê bình Sở Giao thông vận tải chậm giải ngân và yêu cầu khẩn trương hoàn thành trước ngày 30/6.',
      [['Sở Giao thông vận tải tỉnh Quảng Ngãi']]],
    ['a body reprimands a district committee',
      'UBND tỉnh Quảng Ngãi phê bình UBND huyện Sơn Tịnh và yêu cầu kiểm điểm trách nhiệm của các tập thể, cá nhân liên quan.',
      [['Ủy ban nhân dân huyện Sơn Tịnh']]],
    ['praised, then another party named: that party acts',
      'Thủ tướng biểu dương Bộ Y tế đã nỗ lực và đề nghị Bộ Tài chính bố trí kinh phí cho chương trình tiêm chủng.',
      [['Bộ Tài chính']]],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });

  test('the reprimand\'s deadline stays on the task', () => {
    const r = read('Chủ tịch UBND tỉnh Quảng Ngãi phê bình Sở Giao thông vận tải chậm giải ngân và yêu cầu khẩn trương hoàn thành trước ngày 30/6.');
    expect(r[0].due).toBe('2024-06-30');
  });
});

describe('a speech verb then the instruction', () => {
  test('"“…”, Thủ tướng nói, yêu cầu …": the official who spoke asks, unnamed builders do', () => {
    const r = read('“Chỉ bàn làm, không bàn lùi”, Thủ tướng nói, yêu cầu chủ đầu tư và nhà thầu tổ chức thi công ba ca để hoàn thành dự án.');
    expect(r.map((d) => d.a)).toEqual([[]]);
  });
});

describe('"đã" after a speech verb', () => {
  test.each<[string, string, number]>([
    ['a duty about a plan already agreed is still the duty', 'Phó Thủ tướng kết luận phải bố trí vốn hoàn trả theo đúng kế hoạch đã cam kết với nhà đầu tư.', 1],
    ['what was done, told after the speech verb, is no task', 'Thủ tướng khẳng định các bộ đã nỗ lực, cần phát huy hơn nữa.', 0],
  ])('%s', (_, text, n) => {
    expect(read(text)).toHaveLength(n);
  });
});

describe('a topic, then its speaker', () => {
  test.each<[string, string, string[][]]>([
    ['"Đối với Sở X, UBND TP yêu cầu …": the list of the topic stops before the body that speaks',
      'Đối với Sở Xây dựng, UBND TP. Hải Phòng yêu cầu phải kiểm tra việc xử lý vi phạm trật tự xây dựng.', [['Sở Xây dựng thành phố Hải Phòng']]],
    ['two departments in the topic, an official speaking',
      'Đối với Sở Xây dựng, Sở Tài chính, Chủ tịch UBND tỉnh yêu cầu khẩn trương kiểm tra.', [['Sở Xây dựng', 'Sở Tài chính']]],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });

  test('"Giao UBND huyện yêu cầu chủ đầu tư …": the district committee is asked, not the issuer', () => {
    const r = read('UBND TP. Hải Phòng phê bình UBND huyện Thủy Nguyên về việc buông lỏng quản lý. Giao UBND huyện yêu cầu chủ đầu tư tự phá dỡ công trình sai phép.');
    expect(r.map((d) => d.a)).toEqual([['Ủy ban nhân dân huyện Thủy Nguyên']]);
  });
});

describe('commune leaders and remarks in brackets', () => {
  test.each<[string, string, string[][]]>([
    ['"Lãnh đạo xã, phường phải …": two commune units need no "các"',
      'Lãnh đạo xã, phường phải cung cấp khẩn cấp lương thực, nước uống cho người dân.', [['Ủy ban nhân dân các phường, xã']]],
    ['a remark in brackets between the doers and their task',
      'Chủ tịch UBND các xã, phường (đặc biệt các địa phương ven biển) tổ chức thông tin kịp thời đến người dân.', [['Ủy ban nhân dân các phường, xã']]],
    ['"Đình hoãn …" opens a task that inherits its doers',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành trực ban nghiêm túc.\nĐình hoãn các cuộc họp chưa thật sự cần thiết để tập trung ứng phó với bão.',
      [['Các sở, ngành'], ['Các sở, ngành']]],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });
});

describe('what was done, told', () => {
  test.each<[string, string, number]>([
    ['"Các đơn vị thi công đã hoàn thành …": the task word names the builders; "đã" tells what they did',
      'Các đơn vị thi công đã hoàn thành toàn bộ 468 vị trí móng cột.', 0],
    ['the same doers with a duty', 'Các đơn vị thi công phải hoàn thành trước ngày 19/8.', 1],
    ['"đã yêu cầu …, đồng thời yêu cầu …": the joined clause goes on telling the instruction',
      'Ông Nguyễn Văn Vi, Chủ tịch UBND huyện Thủy Nguyên, cho biết: UBND huyện đã yêu cầu các đơn vị, cá nhân liên quan tổ chức kiểm điểm, đồng thời yêu cầu chủ đầu tư tự tháo dỡ phần công trình vi phạm.', 0],
    ['"yêu cầu …, đồng thời yêu cầu …" given here: two tasks',
      'UBND huyện Thủy Nguyên yêu cầu các phòng chuyên môn tổ chức kiểm điểm, đồng thời yêu cầu chủ đầu tư tự tháo dỡ phần công trình vi phạm.', 2],
  ])('%s', (_, text, n) => {
    expect(read(text)).toHaveLength(n);
  });
});

describe('a damaged copy of a tax letter', () => {
  test('"Cục Thuê các tỉnh, thành phô trực thuộc …" is still the provincial tax departments', () => {
    const r = read('Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuê các tỉnh, thành phô trực thuộc Trung ương chỉ đạo thực hiện tốt công tác thanh tra.');
    expect(r.map((d) => d.a.map((n) => n.replace('Thuê', 'Thuế')))).toEqual([['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']]);
  });
});

describe('a letter that urges', () => {
  test.each<[string, string, string[][]]>([
    ['"có văn bản đôn đốc X": X must act',
      'UBND tỉnh Quảng Ngãi có văn bản đôn đốc UBND các huyện khẩn trương nộp hồ sơ trước ngày 20/5.', [['Ủy ban nhân dân các huyện, thành phố tỉnh Quảng Ngãi']]],
    ['"ban hành công văn đôn đốc X phải …"',
      'Ngày 9/5, UBND tỉnh Quảng Ngãi tiếp tục ban hành công văn đôn đốc Sở Xây dựng phải báo cáo trước ngày 15/5.', [['Sở Xây dựng tỉnh Quảng Ngãi']]],
    // Without a document, urging is the subject's own task.
    ['"Sở X đôn đốc các chủ đầu tư …" is Sở X\'s task',
      'Sở Tài chính tỉnh Quảng Ngãi đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân.', [['Sở Tài chính tỉnh Quảng Ngãi']]],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });
});

describe('addressees split by ";" after the verb\'s colon', () => {
  test.each<[string, string, string[]]>([
    ['heads of the departments, of the sectors and of the communes: one task',
      'Chủ tịch UBND tỉnh yêu cầu: Giám đốc các Sở; Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh; Chủ tịch UBND các xã, phường khẩn trương thống kê thiệt hại.',
      ['Các sở, ngành', 'Ủy ban nhân dân các phường, xã']],
    ['heads written with a slash',
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc/Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tập trung lực lượng sơ tán người dân.',
      ['Các sở, ngành', 'Ủy ban nhân dân các phường, xã']],
  ])('%s', (_, text, assignees) => {
    const r = read(text);
    expect(r).toHaveLength(1);
    expect(r[0].a).toEqual(assignees);
  });
});

describe('a concession is background', () => {
  test.each<[string, string, string[][]]>([
    ['what a concession grants gives no task',
      'Mặc dù UBND tỉnh, Sở Y tế đã nhiều lần chỉ đạo, tình trạng thiếu thuốc vẫn chưa được khắc phục.', []],
    ['the instruction after the concession\'s comma still counts',
      'Mặc dù còn nhiều khó khăn, Thủ tướng yêu cầu các bộ, ngành phấn đấu giải ngân hết vốn.', [['Các bộ, ngành']]],
  ])('%s', (_, text, assignees) => {
    expect(read(text).map((d) => d.a)).toEqual(assignees);
  });
});

describe('a matter stated, not a task', () => {
  test('"nhấn mạnh việc X là …" says what the matter is', () => {
    expect(read('Bộ trưởng nhấn mạnh việc sắp xếp bộ máy là yêu cầu cấp bách của cả hệ thống.')).toEqual([]);
  });
  test('"nhấn mạnh việc rà soát …" is still the task', () => {
    expect(read('Bộ trưởng nhấn mạnh việc rà soát, sắp xếp lại các đơn vị sự nghiệp trực thuộc Bộ.')).toHaveLength(1);
  });
});

describe('a page cut mid-sentence', () => {
  test('a last line of ";" clauses with no final stop is body text, not a headline', () => {
    const r = read('Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tiếp tục nghiên cứu phương án.\n\nBên cạnh đó, rà soát quỹ đất; lập kế hoạch chi tiết; lấy ý kiến các sở, ngành; đ');
    expect(r.map((d) => d.text)).toEqual([
      'Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tiếp tục nghiên cứu phương án',
      'Bên cạnh đó, rà soát quỹ đất', 'lập kế hoạch chi tiết', 'lấy ý kiến các sở, ngành',
    ]);
    expect(r.every((d) => d.a.join() === 'Sở Tài chính')).toBe(true);
  });
  test('a short line with no stop is still a headline', () => {
    expect(read('Sở Tài chính rà soát quỹ đất\n\nTheo báo cáo, quỹ đất còn nhiều.')).toEqual([]);
  });
});

describe('a city that became province-level in 2025', () => {
  const text = 'Sở Xây dựng tổ chức đánh giá các công trình kiến trúc cũ trên địa bàn TP. Huế.';
  test.each<[string, string]>([
    ['2017: a city of its province, which the text does not name', 'Sở Xây dựng'],
    ['2025: the centrally-run city', 'Sở Xây dựng thành phố Huế'],
  ])('%s', (when, name) => {
    expect(read(text, when.startsWith('2017') ? '2017-02-22' : '2025-03-02')[0].a).toEqual([name]);
  });
});
