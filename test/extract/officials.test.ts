// Officials: title chains before and after names, honorifics, list lines; never photographers,
// reporters or places.
import { extract } from '../../src/extract/pipeline';

const officials = (text: string) => extract({ text, published: '2024-07-19' }).officials.map((o) => ({ name: o.name, titles: o.titles }));

describe('officials with their titles', () => {
  test.each<[string, string, { name: string; titles: string[] }[]]>([
    ['party title first, then the state title, then the name',
      'Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chủ trì hội nghị.',
      [{ name: 'Nguyễn Hòa Bình', titles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Thường trực Chính phủ'] }]],
    ['rank before the name, titles after a dash',
      'Cùng dự có Đại tướng Tô Lâm - Ủy viên Bộ Chính trị, Bộ trưởng Công an.',
      [{ name: 'Tô Lâm', titles: ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Công an'] }]],
    ['title after the name, cut at the verb',
      'Ngày 19/7, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban quốc gia về chuyển đổi số đã chủ trì hội nghị.',
      [{ name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ', 'Chủ tịch Ủy ban quốc gia về chuyển đổi số'] }]],
    ['honorific and a list line',
      'Cùng dự có các đồng chí:\n- Nguyễn Văn Nên - Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM;\n- đồng chí Phan Văn Mãi.',
      [{ name: 'Nguyễn Văn Nên', titles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy TP.HCM'] }, { name: 'Phan Văn Mãi', titles: [] }]],
    ['plural title before a colon',
      'Cùng dự có các Phó Thủ tướng: Trần Hồng Hà, Lê Minh Khái.',
      [{ name: 'Trần Hồng Hà', titles: ['Phó Thủ tướng'] }, { name: 'Lê Minh Khái', titles: ['Phó Thủ tướng'] }]],
    ['a title shared by names joined by "và" is each name\'s alone',
      'Sáng 5/8, hai Phó Thủ tướng Lê Minh Khái và Vũ Đức Đam đã chủ trì họp với Bộ Y tế.',
      [{ name: 'Lê Minh Khái', titles: ['Phó Thủ tướng'] }, { name: 'Vũ Đức Đam', titles: ['Phó Thủ tướng'] }]],
    ['a comma between the post and the name of an official who then speaks',
      'Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết, dự án là khát vọng của nhân dân trong tỉnh.',
      [{ name: 'Võ Văn Hưng', titles: ['Chủ tịch UBND tỉnh Quảng Trị'] }]],
    ['province before the name is a place, not part of the name',
      'Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái phát biểu.',
      [{ name: 'Trần Hồng Thái', titles: ['Chủ tịch UBND tỉnh Lâm Đồng'] }]],
    ['a comma inside the ministry\'s name does not cut the title; four-syllable names',
      'Dự có Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Tiến Đình Đông; Bộ trưởng Bộ Tài nguyên và Môi trường Bùi Việt Lợi.',
      [{ name: 'Trịnh Tiến Đình Đông', titles: ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'] }, { name: 'Bùi Việt Lợi', titles: ['Bộ trưởng Bộ Tài nguyên và Môi trường'] }]],
    ['an aside in brackets between the title and the name belongs to the title',
      'Phó Cục trưởng Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn) Phan Thị Thanh Hằng phát biểu.',
      [{ name: 'Phan Thị Thanh Hằng', titles: ['Phó Cục trưởng Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn)'] }]],
    ['a verb after a title ends it: the title is not the next person\'s',
      'Chủ tịch Quốc hội đề nghị Tổng Thư ký Quốc hội Bùi Văn Cường tiếp thu ý kiến.',
      [{ name: 'Bùi Văn Cường', titles: ['Tổng Thư ký Quốc hội'] }]],
    ['after an honorific, a rarer surname opens the name',
      'Đồng chí Ngọc Kim Nam – Chủ tịch UBND huyện chủ trì hội nghị.',
      [{ name: 'Ngọc Kim Nam', titles: ['Chủ tịch UBND huyện'] }]],
    ['"COVID-19" and "phòng, chống" inside a body\'s name do not cut its title',
      'Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Thái Bình Nguyễn Khắc Thận phát biểu.',
      [{ name: 'Nguyễn Khắc Thận', titles: ['Chủ tịch UBND tỉnh', 'Trưởng ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Thái Bình'] }]],
    ['a member of the provincial party committee, in an attendance list',
      'Tham dự có các đồng chí: Mai Văn Huỳnh - Phó Chủ tịch UBND tỉnh; Lê Hồng Thắm - Tỉnh ủy viên, Phó trưởng Ban Dân vận Tỉnh ủy.',
      [{ name: 'Mai Văn Huỳnh', titles: ['Phó Chủ tịch UBND tỉnh'] }, { name: 'Lê Hồng Thắm', titles: ['Tỉnh ủy viên', 'Phó trưởng Ban Dân vận Tỉnh ủy'] }]],
    ['the signer a legal portal\'s "Người ký:" field names, with no post',
      'Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2018\nSố hiệu:124/NQ-CP\nNgười ký:Nguyễn Xuân Phúc\nNgày ban hành:06/10/2018\n',
      [{ name: 'Nguyễn Xuân Phúc', titles: [] }]],
    ['title right before the name after a verb',
      'Thủ tướng phân công Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo.',
      [{ name: 'Trần Hồng Hà', titles: ['Phó Thủ tướng'] }]],
    ['a title before the next person\'s name is that person\'s, not the one before the comma',
      'Tiếp thu ý kiến chỉ đạo của Phó Tổng cục trưởng Lưu Mạnh Tưởng, Cục trưởng Cục Thuế XNK Lê Như Quỳnh hứa sẽ nỗ lực.',
      [{ name: 'Lưu Mạnh Tưởng', titles: ['Phó Tổng cục trưởng'] }, { name: 'Lê Như Quỳnh', titles: ['Cục trưởng Cục Thuế XNK'] }]],
    ['a list of attendees, each with the title before the name',
      'Dự họp có Bộ trưởng Bộ Tài chính Hồ Đức Phớc, Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Thị Hồng, Thứ trưởng Bộ Công an Nguyễn Duy Ngọc.',
      [{ name: 'Hồ Đức Phớc', titles: ['Bộ trưởng Bộ Tài chính'] }, { name: 'Nguyễn Thị Hồng', titles: ['Thống đốc Ngân hàng Nhà nước Việt Nam'] },
        { name: 'Nguyễn Duy Ngọc', titles: ['Thứ trưởng Bộ Công an'] }]],
    ['a place of two syllables before the comma is no official',
      'Để xử lý vướng mắc ở dự án cảng Lý Sơn, Chủ tịch UBND tỉnh Đặng Văn Minh yêu cầu huyện khẩn trương xử lý.',
      [{ name: 'Đặng Văn Minh', titles: ['Chủ tịch UBND tỉnh'] }]],
  ])('%s', (_name, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  test('minister titles attach the person to the ministry', () => {
    const r = extract({ text: 'Đại tướng Tô Lâm - Ủy viên Bộ Chính trị, Bộ trưởng Công an phát biểu.', published: null });
    expect(r.officials[0].agencies).toEqual(['Bộ Chính trị', 'Bộ Công an']);
  });
});

describe('not officials', () => {
  test.each([
    ['a photographer in a caption', 'Toàn cảnh Hội nghị (Ảnh: Đoàn Bắc).'],
    ['a reporter byline', 'Thủ tướng yêu cầu rà soát.\nNguyễn Hương'],
    ['a name with neither title nor honorific', 'Anh Nguyễn Văn Nam làm thủ tục trên VNeID.'],
    ['places that look like names', 'Sáu địa phương thí điểm gồm Hà Nội, Quảng Ninh, Lâm Đồng.'],
    ['a historical figure', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.'],
    // Folded, "Trưởng" is the surname Trương, "Làm" is Lâm and "Tổng" is Tống.
    ['title and verb words that fold to surnames', 'Phó Chủ tịch UBND kiêm Trưởng Ban An toàn giao thông tỉnh dự họp. Làm việc với Thành ủy, đoàn đã thống nhất.'],
    ['a post or a body after an honorific', 'Các đồng chí Ban Chỉ đạo và đồng chí Phó Chủ tịch UBND tỉnh dự họp.'],
    ['a place after "TX"', 'Các vụ việc diễn ra trên địa bàn TX An Nhơn được ông chỉ đạo xử lý.'],
    ['citizens a leader visits, named with "ông" or "bà"', 'Chủ tịch UBND tỉnh đã đến thăm hỏi, động viên bà Đinh Thị Lan (thương binh) và hộ gia đình ông Trần Văn Bình.'],
    ['a citizen whose letter or complaint is answered', 'Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường trả lời đơn của bà Nguyễn Thị Thắng; giải quyết khiếu nại của ông Lê Văn Tám.'],
  ])('%s', (_name, text) => {
    expect(officials(text).filter((o) => o.name !== 'Phạm Minh Chính')).toEqual([]);
  });
});
