// Discourse and party rules of the directive finder on passages of our own, written in the shapes
// of national and provincial reports: topics named by a bare province, lists of provinces,
// clause connectors inside a sentence, advice to a superior, a committee that instructs, quiet
// sentences inside an instruction, honorifics before a body, the province named only bare.
import { extract } from '../../src/extract/pipeline';

interface Row {
  has: string;
  a: string[];
  c?: string[];
}

function directives(text: string) {
  return extract({ text, published: '2025-06-05' }).directives.map((d) => ({
    text: d.text, a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name),
  }));
}

function check(text: string, expected: Row[]) {
  const got = directives(text);
  expect(got.map((g) => ({ a: g.a, c: g.c }))).toEqual(expected.map((e) => ({ a: e.a, c: e.c ?? [] })));
  got.forEach((g, i) => expect(g.text).toContain(expected[i].has));
}

const NATIONAL = 'Chiều 10/9/2024, Thủ tướng Phạm Minh Chính chủ trì cuộc họp trực tuyến với các tỉnh về khắc phục hậu quả bão số 3.\n\n';
const PROVINCIAL = 'Sáng 5/6/2025, Chủ tịch UBND tỉnh Lâm Đồng chủ trì cuộc họp về công tác thanh tra.\n\n';

describe('national reports', () => {
  test.each<[string, string, Row[]]>([
    ['a topic may name the province bare; it gives the doer of the task after the speech verb',
      'Với Bắc Giang, Thủ tướng cho rằng tình hình lũ còn phức tạp; cần nắm chắc tình hình, rà soát hệ thống đê điều.',
      [{ has: 'cần nắm chắc tình hình', a: ['Bắc Giang'] }]],
    ['a province after "tỉnh X," is a doer too',
      'Thủ tướng yêu cầu tỉnh Bắc Giang, Yên Bái khẩn trương khắc phục hậu quả mưa lũ.',
      [{ has: 'khắc phục hậu quả', a: ['Bắc Giang', 'Yên Bái'] }]],
    ['", đồng thời <task>" is a task of its own with the same doer',
      'Thủ tướng giao Bộ Y tế chủ trì xây dựng đề án phòng dịch, đồng thời tổ chức hội nghị quán triệt tới các địa phương.',
      [{ has: 'xây dựng đề án', a: ['Bộ Y tế'] }, { has: 'tổ chức hội nghị', a: ['Bộ Y tế'] }]],
    ['", từ đó <verb>" is the purpose of the same task, not a new one',
      'Thủ tướng giao Bộ Tài chính rà soát các nguồn vốn, từ đó xác định các dự án ưu tiên.',
      [{ has: 'rà soát các nguồn vốn', a: ['Bộ Tài chính'] }]],
    ['a clause after ";" with a deadline of its own is a task of its own',
      'Các địa phương phải hoàn thành sửa chữa nhà ở bị hư hỏng trước ngày 31/12/2024; nhà bị sập đổ được xây dựng lại, hoàn thành trước ngày 31/01/2025.',
      [{ has: 'sửa chữa nhà ở', a: ['Các địa phương'] }, { has: 'xây dựng lại', a: ['Các địa phương'] }]],
    ['a numbered item with no doer does not take the doer of the item before',
      'Thủ tướng yêu cầu:\n\n1. Bộ Y tế chỉ đạo xử lý môi trường sau lũ.\n\n2. Khẩn trương khôi phục sản xuất nông nghiệp.',
      [{ has: 'xử lý môi trường', a: ['Bộ Y tế'] }, { has: 'khôi phục sản xuất', a: [] }]],
    ['after a named subject\'s task, ", các địa phương <task>" is a task of the group',
      'Bộ Quốc phòng huy động lực lượng hỗ trợ Nhân dân dọn dẹp nhà cửa, các địa phương bố trí nơi ăn ở cho lực lượng tham gia.',
      [{ has: 'huy động lực lượng', a: ['Bộ Quốc phòng'] }, { has: 'bố trí nơi ăn ở', a: ['Các địa phương'] }]],
    ['"Thứ nhất, …", "Thứ hai, …" number the tasks of the list the instruction introduced',
      'Phó Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ trọng tâm sau:\n\nThứ nhất, tiếp tục quán triệt các chỉ đạo của Chính phủ.\n\nThứ hai, kiên quyết xử lý nghiêm các vi phạm.',
      [{ has: 'tiếp tục quán triệt', a: ['Các bộ, ngành', 'Các địa phương'] }, { has: 'kiên quyết xử lý', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['"các Bộ quản lý ngành, lĩnh vực" are the ministries',
      'Chính phủ yêu cầu các Bộ quản lý ngành, lĩnh vực quyết liệt thực hiện các giải pháp tháo gỡ khó khăn.',
      [{ has: 'tháo gỡ khó khăn', a: ['Các bộ, ngành'] }]],
    ['"nhấn mạnh việc <task>" names a task as a noun',
      'Thủ tướng nhấn mạnh việc cương quyết thay cán bộ không hoàn thành nhiệm vụ.',
      [{ has: 'cương quyết thay cán bộ', a: [] }]],
    ['a date inside an adverbial set off before the doers is the goal\'s, not the task\'s',
      'Người đứng đầu Chính phủ chỉ đạo, với mục tiêu tăng trưởng ít nhất 8% trong năm 2025, các bộ, ngành, địa phương phải có các chỉ tiêu tăng trưởng mới.',
      [{ has: 'chỉ tiêu tăng trưởng mới', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['a speaker named again in full opens a new item: nothing is inherited',
      'Thủ tướng giao Bộ Nội vụ hoàn thiện đề án sắp xếp bộ máy.\n\nThủ tướng Phạm Minh Chính yêu cầu thực hiện nghiêm Công điện số 280/CĐ-TTg về tiết kiệm chi thường xuyên.',
      [{ has: 'hoàn thiện đề án', a: ['Bộ Nội vụ'] }, { has: 'thực hiện nghiêm Công điện', a: [] }]],
    ['"Thủ tướng yêu cầu" without a name goes on with the doers before',
      'Thủ tướng giao Bộ Nội vụ hoàn thiện đề án sắp xếp bộ máy.\n\nThủ tướng yêu cầu báo cáo kết quả trước ngày 30/9/2024.',
      [{ has: 'hoàn thiện đề án', a: ['Bộ Nội vụ'] }, { has: 'báo cáo kết quả', a: ['Bộ Nội vụ'] }]],
    ['the banking system is named as a sector, not a party',
      'Thủ tướng đề nghị hệ thống ngân hàng, tài chính, bảo hiểm rà soát thiệt hại của người dân.',
      [{ has: 'rà soát thiệt hại', a: [] }]],
    ['a forecast "Sẽ có …" is no task',
      'Sẽ có một nghị quyết của Bộ Chính trị về chuyển đổi số, kết hợp với việc thực hiện Đề án 06.',
      []],
    ['"ngành công thương" in lower case is the ministry of the sector',
      'Thủ tướng giao Bộ Nông nghiệp và Môi trường phối hợp với ngành công thương và các địa phương chỉ đạo vận hành an toàn các hồ chứa.',
      [{ has: 'vận hành an toàn', a: ['Bộ Nông nghiệp và Môi trường'], c: ['Bộ Công Thương', 'Các địa phương'] }]],
    ['sectors listed after one "ngành" are each their ministry',
      'Phó Thủ tướng yêu cầu ngành giáo dục, y tế có kịch bản điều chỉnh giá dịch vụ trong tháng 6.',
      [{ has: 'kịch bản điều chỉnh giá', a: ['Bộ Giáo dục và Đào tạo', 'Bộ Y tế'] }]],
    ['a condition before the doer ("Khi …, Nếu …, Sau khi …,") is stepped over; the doer after it acts',
      'Khi xảy ra sự cố, Bộ Công Thương chủ trì khắc phục ngay.\nNếu phát hiện sai phạm, các địa phương phải báo cáo Thủ tướng ngay.\nTrong trường hợp cần thiết, Bộ Y tế chủ động đề xuất biện pháp phòng dịch.',
      [{ has: 'khắc phục ngay', a: ['Bộ Công Thương'] }, { has: 'báo cáo Thủ tướng ngay', a: ['Các địa phương'] }, { has: 'đề xuất biện pháp', a: ['Bộ Y tế'] }]],
    ['an unnamed doer after a condition is a new doer: the next imperative inherits no one',
      'Thủ tướng yêu cầu các địa phương rà soát cán bộ vi phạm.\nKhi có thông báo của cơ quan chức năng về việc cán bộ, công chức vi phạm, cơ quan quản lý phải xử lý nghiêm.\nXem xét trách nhiệm của người đứng đầu cơ quan có nhiều người vi phạm.',
      [{ has: 'rà soát cán bộ', a: ['Các địa phương'] }, { has: 'cơ quan quản lý phải', a: [] }, { has: 'Xem xét trách nhiệm', a: [] }]],
    ['a theme set before the doer ("Với Chủ đề là “…”,") is stepped over; the year after it is the deadline',
      'Với Chủ đề là “Hoàn thiện thể chế, số hóa, kết nối, chia sẻ dữ liệu phục vụ Chính phủ số, kinh tế số, xã hội số”, năm 2024, các bộ, ngành, địa phương cần tập trung thực hiện tốt nhiệm vụ trong phạm vi quyền hạn của mình.',
      [{ has: 'phạm vi quyền hạn', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['the procuracy and the courts named by their kind, after "các cơ quan", are partners',
      'Thủ tướng yêu cầu Bộ Công an khẩn trương điều tra, phối hợp với các cơ quan Viện kiểm sát, Tòa án xử lý nghiêm theo quy định.',
      [{ has: 'khẩn trương điều tra', a: ['Bộ Công an'], c: ['Viện kiểm sát nhân dân', 'Tòa án nhân dân'] }]],
    ['a ministry\'s name cut short by a typo is still that ministry, and the list goes on after it',
      'Thủ tướng giao Bộ Công Thương phối hợp chặt chẽ với Bộ Nông nghiệp và Phát triển nông, Bộ Ngoại giao trong đàm phán mở cửa thị trường.',
      [{ has: 'đàm phán mở cửa', a: ['Bộ Công Thương'], c: ['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Ngoại giao'] }]],
    ['unnamed bodies and the public around a group are stepped over; the group is the doer',
      'Các cơ quan trong hệ thống chính trị, các bộ, ngành, các cấp, nhân dân và doanh nghiệp giữ vững bản lĩnh, tuyệt đối không chủ quan trong phòng chống dịch.',
      [{ has: 'giữ vững bản lĩnh', a: ['Các bộ, ngành'] }]],
    ['a lesson drawn ("Từ kinh nghiệm … cho thấy, cần phải …") opens a topic of its own: no doer is inherited',
      'Thủ tướng yêu cầu các bộ, ngành giữ vững bản lĩnh trong phòng chống dịch.\n\nTừ kinh nghiệm trong nước, quốc tế thời gian qua cho ta thấy, cần phải tập trung lãnh đạo, chỉ đạo chiến dịch tiêm chủng.',
      [{ has: 'giữ vững bản lĩnh', a: ['Các bộ, ngành'] }, { has: 'cần phải tập trung', a: [] }]],
    ['the instruction after a condition keeps its speaker and doers',
      'Sau khi nghe ý kiến của các thành viên, Thủ tướng yêu cầu các bộ, ngành tập trung tháo gỡ vướng mắc.',
      [{ has: 'tháo gỡ vướng mắc', a: ['Các bộ, ngành'] }]],
    ['a sector opening the sentence, capitalised, is its ministry too, with a long name in full',
      'Thủ tướng yêu cầu các địa phương rà soát hồ chứa.\nNgành Nông nghiệp và Phát triển nông thôn chủ động kiểm tra an toàn hồ đập.',
      [{ has: 'rà soát hồ chứa', a: ['Các địa phương'] }, { has: 'kiểm tra an toàn hồ đập', a: ['Bộ Nông nghiệp và Phát triển nông thôn'] }]],
    ['"lưu ý, <subject> cần …": the duty after the note is the instruction, and a following one goes on',
      'Phó Thủ tướng lưu ý, "Luật cần có quy định về trình tự điều chỉnh quy hoạch khoáng sản".\n\nNgoài ra, Luật phải quy định cơ chế phân bổ ngân sách cho điều tra cơ bản.',
      [{ has: 'cần có quy định', a: [] }, { has: 'phải quy định cơ chế', a: [] }]],
    ['a time before the doer after a speech verb, with no comma: a date phrase or a time ahead',
      'Bộ trưởng cũng lưu ý, trong năm 2025 Cục Thuế XNK cần đẩy mạnh công tác đôn đốc thu nợ.\n\nBộ trưởng nhấn mạnh, thời gian tới Sở Y tế cần rà soát các cơ sở khám bệnh.',
      [{ has: 'đẩy mạnh công tác đôn đốc', a: ['Cục Thuế xuất nhập khẩu'] }, { has: 'rà soát các cơ sở', a: ['Sở Y tế'] }]],
    ['after "ngay sau hội nghị," unnamed doers ("các cấp ủy, tổ chức đảng") are asked: the task inherits no one',
      'Bộ trưởng yêu cầu Sở Y tế rà soát các cơ sở khám bệnh.\n\nBộ trưởng cũng yêu cầu, ngay sau hội nghị, các cấp ủy, tổ chức đảng khẩn trương quán triệt nghị quyết.',
      [{ has: 'rà soát các cơ sở', a: ['Sở Y tế'] }, { has: 'khẩn trương quán triệt', a: [] }]],
    ['what the doers have not done picks them out; the task follows the comma',
      'Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đến nay chưa có báo cáo, khẩn trương gửi báo cáo về Bộ Tài chính trước ngày 30/11/2024.',
      [{ has: 'khẩn trương gửi báo cáo', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['"Về tổ chức thực hiện: …" labels the part; the doer after it is read',
      'Về tổ chức thực hiện: Các địa phương tổ chức họp phân công rõ trách nhiệm của từng lực lượng.',
      [{ has: 'tổ chức họp phân công', a: ['Các địa phương'] }]],
    ['the people the task helps are not a list of doers: the group after them starts its own task',
      'Bộ Quốc phòng, Bộ Công an huy động lực lượng tối đa hỗ trợ Nhân dân, các địa phương hỗ trợ bố trí nơi ăn ở cho lực lượng tham gia.',
      [{ has: 'huy động lực lượng', a: ['Bộ Quốc phòng', 'Bộ Công an'] }, { has: 'bố trí nơi ăn ở', a: ['Các địa phương'] }]],
    ['a draft named after a task verb ("hoàn thiện dự kiến chương trình") is no forecast; unnamed committees are generic',
      'Chủ tịch Quốc hội đề nghị Tổng Thư ký Quốc hội hoàn thiện dự kiến chương trình kỳ họp.\n\nChủ tịch Quốc hội đề nghị các Ủy ban có liên quan phối hợp chặt chẽ với Chính phủ hoàn chỉnh các dự án luật.',
      [{ has: 'hoàn thiện dự kiến chương trình', a: ['Tổng Thư ký Quốc hội'] }, { has: 'hoàn chỉnh các dự án luật', a: [], c: ['Chính phủ'] }]],
    ['"Trong công tác …," names the field; "các đơn vị như X" names X; a listed body inside a name',
      'Trong công tác truyền thông, các đơn vị như Cổng thông tin điện tử Bộ Nội vụ cần tiếp tục đăng tải kịp thời các chủ trương mới.',
      [{ has: 'đăng tải kịp thời', a: ['Cổng thông tin điện tử Bộ Nội vụ'] }]],
    ['three tasks with their own dates in one clause are three directives',
      'Thủ tướng yêu cầu Bộ Xây dựng hoàn thành 3.000 km cao tốc trong năm 2025, khai thác nhà ga T3 vào ngày 30/4/2025, cơ bản hoàn thành sân bay Long Thành trong năm 2025.',
      [{ has: '3.000 km cao tốc', a: ['Bộ Xây dựng'] }, { has: 'nhà ga T3', a: ['Bộ Xây dựng'] }, { has: 'sân bay Long Thành', a: ['Bộ Xây dựng'] }]],
    ['the addressees of a letter ("gửi A; các B … yêu cầu …") are asked, and "hạn cuối là ngày …" is the term',
      'Bộ Xây dựng vừa có văn bản gửi Sở Xây dựng các tỉnh và TP trực thuộc trung ương; các Sở Quy hoạch - Kiến trúc Hà Nội yêu cầu báo cáo tình hình quản lý quy hoạch, hạn cuối là ngày 25/9/2024.',
      [{ has: 'yêu cầu báo cáo', a: ['Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương', 'Sở Quy hoạch - Kiến trúc Hà Nội'] }]],
    ['"giao trách nhiệm" without "cho" names the doer',
      'Thủ tướng giao trách nhiệm Bộ Lao động-Thương binh và Xã hội hướng dẫn công tác xóa nhà tạm.',
      [{ has: 'hướng dẫn công tác', a: ['Bộ Lao động - Thương binh và Xã hội'] }]],
    ['the standard addressees of a Công điện are both groups; the list introduced in a ";" clause keeps them',
      'Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quán triệt nghiêm Công điện; trong đó, tập trung thực hiện các nhiệm vụ trọng tâm sau:\n\n+ Rà soát toàn diện các dự án tồn đọng.',
      [{ has: 'quán triệt nghiêm', a: ['Các bộ, ngành', 'Các địa phương'] }, { has: 'Rà soát toàn diện', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['a minister named by the ministry\'s name alone stands for the ministry',
      'Thủ tướng đề nghị Bộ trưởng Tài nguyên và Môi trường xem xét kỹ việc cấp phép dự án.',
      [{ has: 'xem xét kỹ', a: ['Bộ Tài nguyên và Môi trường'] }]],
    ['"- <parties>; <parties>:" heads the "+" items below it; a part label is no task',
      'Thủ tướng yêu cầu:\n\n1. Về xử lý các dự án tồn đọng:\n\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n\n+ Rà soát toàn diện các dự án tồn đọng.\n\n+ Thành lập Tổ công tác tháo gỡ vướng mắc.',
      [{ has: 'Rà soát toàn diện', a: ['Các bộ, ngành', 'Các địa phương'] }, { has: 'Thành lập Tổ công tác', a: ['Các bộ, ngành', 'Các địa phương'] }]],
    ['a heading that says which of the doers ("… nơi có trồng sầu riêng") gives them to the items below',
      'Thủ tướng yêu cầu:\n\n5. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương nơi có trồng sầu riêng\n\n- Rà soát, điều chỉnh kế hoạch phát triển vùng trồng.',
      [{ has: 'Rà soát, điều chỉnh', a: ['Các địa phương'] }]],
    ['a bold numbered heading "**2.** Bộ X" gives its doer to the lettered items',
      'Thủ tướng yêu cầu:\n\n**2.** Ngân hàng Nhà nước Việt Nam\n\na) Thực hiện chính sách tiền tệ chủ động, linh hoạt.',
      [{ has: 'chính sách tiền tệ', a: ['Ngân hàng Nhà nước Việt Nam'] }]],
    ['provinces counted, not named ("Đối với 4 tỉnh, …"), are the localities; "cơ quan trực thuộc Chính phủ" the ministries',
      'Đối với 4 tỉnh, Thủ tướng yêu cầu hoàn thành dứt điểm việc chi trả bồi thường.\n\nThủ tướng yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ tập trung tháo gỡ vướng mắc.',
      [{ has: 'chi trả bồi thường', a: ['Các địa phương'] }, { has: 'tháo gỡ vướng mắc', a: ['Các bộ, ngành'] }]],
    ['"không được để …" forbids something to happen: a task; "phải được tiến hành" an obligation in the passive',
      'Thủ tướng giao Bộ Tài nguyên và Môi trường giám sát chặt chẽ việc xả thải của nhà máy.\n\nThủ tướng cũng nêu rõ không được để nhà máy vi phạm lần thứ hai. Cùng với đó, công tác kiểm tra định kỳ phải được tiến hành nghiêm túc.',
      [{ has: 'giám sát chặt chẽ', a: ['Bộ Tài nguyên và Môi trường'] }, { has: 'không được để', a: ['Bộ Tài nguyên và Môi trường'] }, { has: 'kiểm tra định kỳ', a: ['Bộ Tài nguyên và Môi trường'] }]],
    ['the outlet\'s tag ("VOV.VN - …") is stepped over; "Về <topic>, Thủ tướng nhấn mạnh …" opens a new topic',
      'Thủ tướng giao Bộ Nội vụ hoàn thiện đề án sắp xếp bộ máy.\n\nVOV.VN - Về bài học kinh nghiệm, Thủ tướng nhấn mạnh cần bám sát thực tiễn, phản ứng chính sách nhanh.',
      [{ has: 'hoàn thiện đề án', a: ['Bộ Nội vụ'] }, { has: 'cần bám sát thực tiễn', a: [] }]],
    ['generic enterprises are no party: the request has no assignee',
      'Thủ tướng đề nghị các tập đoàn, doanh nghiệp chủ động tham gia đầu tư hạ tầng năng lượng.',
      [{ has: 'tham gia đầu tư', a: [] }]],
  ])('%s', (_name, body, expected) => check(NATIONAL + body, expected));
});

describe('a ministry\'s own meeting', () => {
  test('the ministry its minister heads is never its own assignee; verbs joined to "phối hợp" share its partners', () => {
    const text = 'Sáng 2/4/2025, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì hội nghị giao ban tháng 3.\n\n'
      + 'Bộ trưởng yêu cầu Bộ Nội vụ cần phối hợp, hỗ trợ và hướng dẫn các bộ, ngành điều chỉnh vị trí việc làm.';
    expect(directives(text).map((d) => ({ a: d.a, c: d.c }))).toEqual([{ a: [], c: ['Các bộ, ngành'] }]);
  });
});

describe('provincial reports', () => {
  test.each<[string, string, Row[]]>([
    ['"tham mưu UBND tỉnh chỉ đạo …": the committee is advised; the department keeps the task',
      'Giao Thanh tra tỉnh tổ chức thanh tra việc quản lý quy hoạch xây dựng. Thanh tra tỉnh tham mưu UBND tỉnh chỉ đạo xử lý các sai phạm.',
      [{ has: 'tổ chức thanh tra', a: ['Thanh tra tỉnh Lâm Đồng'] }, { has: 'chỉ đạo xử lý', a: ['Thanh tra tỉnh Lâm Đồng'] }]],
    ['a committee that requires unnamed bodies keeps no task itself',
      'Chủ tịch UBND tỉnh yêu cầu các cơ quan chức năng phải làm tốt công tác tuyên truyền.',
      [{ has: 'làm tốt công tác tuyên truyền', a: [] }]],
    ['a quiet sentence between two tasks does not stop the instruction',
      'Giao Thanh tra tỉnh thanh tra việc cấp phép xây dựng. Thời kỳ thanh tra từ ngày 01/01/2020 đến ngày 31/12/2024.\n\nTổ chức tập huấn về phương pháp thanh tra cho các địa phương.',
      [{ has: 'thanh tra việc cấp phép', a: ['Thanh tra tỉnh Lâm Đồng'] }, { has: 'Tổ chức tập huấn', a: ['Thanh tra tỉnh Lâm Đồng'] }]],
    ['a sentence naming someone else does stop it',
      'Giao Thanh tra tỉnh thanh tra việc cấp phép xây dựng. Sở Xây dựng đã báo cáo kết quả cấp phép năm 2024.\n\nTổ chức tập huấn về phương pháp thanh tra cho các địa phương.',
      [{ has: 'thanh tra việc cấp phép', a: ['Thanh tra tỉnh Lâm Đồng'] }]],
    ['an earlier instruction told with "Trước đó," is not a directive',
      'Giao Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể. Trước đó, Thường trực Tỉnh ủy đã có ý kiến giao Ban cán sự đảng UBND tỉnh chỉ đạo xử lý vụ việc; báo cáo kết quả về Thường trực Tỉnh ủy.',
      [{ has: 'kiểm tra an toàn thực phẩm', a: ['Sở Y tế tỉnh Lâm Đồng'] }]],
    ['a sentence that only gives the due date dates the tasks before it',
      'Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm; báo cáo UBND tỉnh kết quả kiểm tra. Hoàn thành trước ngày 20/6/2025.',
      [{ has: 'kiểm tra an toàn thực phẩm', a: ['Sở Y tế tỉnh Lâm Đồng'] }, { has: 'báo cáo UBND tỉnh', a: ['Sở Y tế tỉnh Lâm Đồng'] }]],
    ['"chính quyền cấp huyện, cấp xã" are the committees of those levels',
      'Phó Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh, chính quyền cấp huyện, cấp xã phải khẩn trương xây dựng kế hoạch.',
      [{ has: 'xây dựng kế hoạch', a: ['Các sở, ngành tỉnh Lâm Đồng', 'Ủy ban nhân dân các huyện, thành phố tỉnh Lâm Đồng', 'Ủy ban nhân dân các phường, xã tỉnh Lâm Đồng'] }]],
    ['addressees separated by ";" after "Giao" are one list of doers',
      'Giao các sở, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố báo cáo tình hình giải ngân vốn đầu tư công.',
      [{ has: 'báo cáo tình hình giải ngân', a: ['Các sở, ngành tỉnh Lâm Đồng', 'Ủy ban nhân dân các huyện, thành phố tỉnh Lâm Đồng'] }]],
    ['a list of tasks goes on past a quiet paragraph the page broke off an item',
      'Giám đốc Sở yêu cầu Thanh tra tỉnh thực hiện một số công việc như sau:\n\n1/ Tổ chức tập huấn nghiệp vụ thanh tra.\n\nkế hoạch năm 2025.\n\n2/ Quán triệt cán bộ tuân thủ quy trình thanh tra.',
      [{ has: 'Tổ chức tập huấn', a: ['Thanh tra tỉnh Lâm Đồng'] }, { has: 'Quán triệt cán bộ', a: ['Thanh tra tỉnh Lâm Đồng'] }]],
    ['"UBND TP. X" in province X is the committee of the provincial city',
      'Chủ tịch UBND tỉnh yêu cầu UBND TP. Đà Lạt tập trung giải phóng mặt bằng dự án.',
      [{ has: 'giải phóng mặt bằng', a: ['Ủy ban nhân dân thành phố Đà Lạt'] }]],
    ['"các sở, ngành liên quan của tỉnh" still names the departments',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành liên quan của tỉnh hỗ trợ tháo gỡ vướng mắc cho dự án.',
      [{ has: 'tháo gỡ vướng mắc', a: ['Các sở, ngành tỉnh Lâm Đồng'] }]],
    ['a body that issued a document is the issuer; the parties it directs do the task',
      'UBND tỉnh Lâm Đồng có văn bản chỉ đạo các sở ngành, các huyện, TP Đà Lạt rà soát các khu vực có nguy cơ sạt lở.',
      [{ has: 'rà soát các khu vực', a: ['Các sở, ngành tỉnh Lâm Đồng', 'Ủy ban nhân dân các huyện, thành phố tỉnh Lâm Đồng'] }]],
    ['a district named as the doer is its people\'s committee; "người đứng đầu chính quyền tỉnh" speaks',
      'Người đứng đầu chính quyền tỉnh cũng yêu cầu huyện Lạc Dương tập trung giải quyết dứt điểm các phần việc còn tồn đọng.',
      [{ has: 'giải quyết dứt điểm', a: ['Ủy ban nhân dân huyện Lạc Dương'] }]],
    ['a company named as partner, its "CP" spelled out',
      'Giao UBND huyện Lạc Dương phối hợp với Công ty CP Becamex Lâm Đồng giải phóng mặt bằng khu công nghiệp.',
      [{ has: 'giải phóng mặt bằng', a: ['Ủy ban nhân dân huyện Lạc Dương'], c: ['Công ty Cổ phần Becamex Lâm Đồng'] }]],
    ['a body that "giao" unnamed units issues the task and keeps none; "TP. X" of a province is not the province',
      'Để chuẩn bị cho kỳ họp, lãnh đạo HĐND TP. Thái Nguyên giao nhiệm vụ cho các cơ quan, đơn vị chuyên môn chuẩn bị các tài liệu trình kỳ họp.',
      [{ has: 'chuẩn bị các tài liệu', a: [] }]],
    ['"các đồng chí Ban Chỉ đạo": the steering committee named by its head word alone',
      'Phó Chủ tịch UBND tỉnh đề nghị các đồng chí Ban Chỉ đạo bám sát nhiệm vụ được phân công, bảo đảm tiến độ dự án.',
      [{ has: 'bám sát nhiệm vụ', a: ['Ban Chỉ đạo'] }]],
    ['a second post between the committee and its province ("Chủ tịch UBND kiêm Trưởng Ban … tỉnh X")',
      'Thủ tướng yêu cầu Chủ tịch Ủy ban nhân dân kiêm Trưởng Ban An toàn giao thông tỉnh Sơn La khẩn trương chỉ đạo cứu chữa người bị nạn.',
      [{ has: 'cứu chữa người bị nạn', a: ['Ủy ban nhân dân tỉnh Sơn La'] }]],
    ['the closing formula of a letter ("… nghiêm túc triển khai thực hiện.") adds no task',
      'Giao Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\nUBND tỉnh yêu cầu Giám đốc các sở, ngành nghiêm túc triển khai thực hiện.',
      [{ has: 'kiểm tra an toàn thực phẩm', a: ['Sở Y tế tỉnh Lâm Đồng'] }]],
    ['"Các cấp ủy, chính quyền" are the localities',
      'Các cấp ủy, chính quyền tăng cường lãnh đạo, vận động nhân dân bảo vệ giá trị văn hóa.',
      [{ has: 'vận động nhân dân', a: ['Các địa phương'] }]],
    ['unnamed units of a named body stay unnamed, and their task is a directive',
      'Các đơn vị thuộc Sở Nông nghiệp và Môi trường theo chức năng, nhiệm vụ được giao chủ động triển khai kế hoạch phòng, chống dịch bệnh.',
      [{ has: 'triển khai kế hoạch', a: [] }]],
    ['after the province\'s departments a sector in lower case is the province\'s own, not the ministry',
      'Giao các sở, ngành, đặc biệt là ngành nông nghiệp tăng cường kiểm tra giống thủy sản.',
      [{ has: 'kiểm tra giống thủy sản', a: ['Các sở, ngành tỉnh Lâm Đồng'] }]],
    // (A committee that directs a department it names hands it the task, as "UBND tỉnh chỉ đạo Sở
    // Xây dựng chủ trì …" does in a report.)
    ['"- Chỉ đạo Sở X:" heading "+" tasks under a committee: the department does them',
      'HĐND tỉnh đề nghị UBND tỉnh:\n\n- Chỉ đạo Sở Nông nghiệp và Môi trường:\n\n+ Khẩn trương sửa chữa hồ chứa nước thủy lợi.',
      [{ has: 'sửa chữa hồ chứa', a: ['Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng'] }]],
    ['a district that "đề nghị" its province proposes, and a bare "Đề nghị" after it goes on proposing',
      'Dịp này, huyện Lạc Dương đề nghị tỉnh hỗ trợ kêu gọi các nhà đầu tư. Đề nghị UBND tỉnh chỉ đạo Sở Xây dựng mở rộng mạng lưới cấp nước sạch.',
      []],
    ['"- Chỉ đạo Sở X …" under a committee\'s heading: the department does the task',
      'HĐND tỉnh đề nghị UBND tỉnh:\n\n- Chỉ đạo Sở Tài nguyên và Môi trường thường xuyên kiểm tra, đôn đốc các huyện lập kế hoạch sử dụng đất.',
      [{ has: 'thường xuyên kiểm tra', a: ['Sở Tài nguyên và Môi trường tỉnh Lâm Đồng'] }]],
    ['"- Chỉ đạo các phòng chuyên môn …" under a committee\'s heading: its own units, the committee does it',
      'HĐND tỉnh đề nghị UBND huyện Lạc Dương:\n\n- Chỉ đạo các phòng chuyên môn kiểm tra việc lập kế hoạch sử dụng đất.',
      [{ has: 'kiểm tra việc lập kế hoạch', a: ['Ủy ban nhân dân huyện Lạc Dương'] }]],
    ['in a report about one district, "huyện" alone is its committee; "Đối với công tác …," is a subject matter',
      'Chủ tịch UBND tỉnh làm việc với huyện Lạc Dương.\n\nĐối với công tác sắp xếp đơn vị hành chính, huyện cần rà soát lại nhân sự.',
      [{ has: 'rà soát lại nhân sự', a: ['Ủy ban nhân dân huyện Lạc Dương'] }]],
    ['"chỉ đạo nhiều nội dung …" summarises what follows and is no task',
      'Đồng chí Chủ tịch UBND tỉnh chỉ đạo nhiều nội dung liên quan đến phát triển kinh tế - xã hội của tỉnh.',
      []],
    ['"Các tỉnh …" unnamed are the localities',
      'Các tỉnh tiếp tục thực hiện các chính sách an sinh xã hội cho người dân.',
      [{ has: 'chính sách an sinh', a: ['Các địa phương'] }]],
    ['councils and boards named by their level ("Thường trực Hội đồng nhân dân tỉnh", "Ban Quản lý các Khu công nghiệp tỉnh")',
      'Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện. Giao Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp xử lý nước thải.',
      [{ has: 'giám sát việc thực hiện', a: ['Thường trực Hội đồng nhân dân tỉnh Lâm Đồng'] }, { has: 'xử lý nước thải', a: ['Ban Quản lý các Khu công nghiệp tỉnh Lâm Đồng'] }]],
    ['an official who is the subject of a first verb gives the instruction joined to it by "và"',
      'Trước thực trạng giám sát còn lỏng lẻo, Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái bày tỏ quan ngại và yêu cầu Sở Nông nghiệp và Môi trường làm rõ nguyên nhân.',
      [{ has: 'làm rõ nguyên nhân', a: ['Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng'] }]],
    ['"các Ban QLDA chuyên ngành tỉnh": a plural kind of provincial board, its abbreviation spelled out',
      'Giao các sở, ngành tỉnh; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình giải ngân vốn đầu tư công.',
      [{ has: 'báo cáo tình hình giải ngân', a: ['Các sở, ngành tỉnh Lâm Đồng', 'Các Ban quản lý dự án chuyên ngành tỉnh Lâm Đồng'] }]],
    ['paragraphs with no marker under a numbered heading are its body',
      'UBND tỉnh yêu cầu các cơ quan thực hiện như sau:\n\n3. Sở Tài chính\n\n- Cân đối kinh phí bảo vệ rừng.\n\n4. Công an tỉnh\n\nChỉ đạo lực lượng Công an xã tăng cường tuần tra, kiểm soát.',
      [{ has: 'Cân đối kinh phí', a: ['Sở Tài chính tỉnh Lâm Đồng'] }, { has: 'tăng cường tuần tra', a: ['Công an tỉnh Lâm Đồng'] }]],
    ['"Cấp ủy, chính quyền tỉnh" are the province\'s party committee and people\'s committee',
      'Cấp ủy, chính quyền tỉnh phải xác định việc sắp xếp bộ máy là nhiệm vụ trọng tâm.',
      [{ has: 'sắp xếp bộ máy', a: ['Tỉnh ủy Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng'] }]],
    ['"kết hợp với" names a coordinator',
      'Giao Sở Nội vụ kết hợp với Sở Tài chính rà soát lại số lượng biên chế.',
      [{ has: 'rà soát lại số lượng biên chế', a: ['Sở Nội vụ tỉnh Lâm Đồng'], c: ['Sở Tài chính tỉnh Lâm Đồng'] }]],
    ['an honorific before a body, and "UBND" spelled out inside its name',
      'Chủ tịch UBND tỉnh yêu cầu từng đồng chí trong Ban Thường vụ Đảng ủy UBND tỉnh phải nêu cao tinh thần trách nhiệm.',
      [{ has: 'nêu cao tinh thần trách nhiệm', a: ['Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Lâm Đồng'] }]],
  ])('%s', (_name, body, expected) => check(PROVINCIAL + body, expected));

  test('the due date of "Hoàn thành trước …" goes on each task before it', () => {
    const text = PROVINCIAL + 'Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm; báo cáo UBND tỉnh kết quả kiểm tra. Hoàn thành trước ngày 20/6/2025.';
    expect(extract({ text, published: '2025-06-05' }).directives.map((d) => d.deadline?.date ?? null)).toEqual(['2025-06-20', '2025-06-20']);
  });
  test('a provincial report that names its province only bare still suffixes its departments', () => {
    const text = 'Sáng 5/6, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\nGiao Sở Xây dựng rà soát các dự án nhà ở xã hội, vì mục tiêu phát triển của Quảng Trị.';
    expect(directives(text).map((d) => d.a)).toEqual([['Sở Xây dựng tỉnh Quảng Trị']]);
  });
  test('two provinces named bare leave the department without a suffix', () => {
    const text = 'Sáng 5/6, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\nGiao Sở Xây dựng rà soát tuyến đường nối Quảng Trị với Thừa Thiên Huế.';
    expect(directives(text).map((d) => d.a)).toEqual([['Sở Xây dựng']]);
  });
});

describe('groups written with or without "các", people as a topic, a duty after "vì vậy", more task verbs', () => {
  test.each<[string, string, Row[]]>([
    ['"Thủ trưởng các cơ quan ngang bộ" is the ministries group as "Thủ trưởng cơ quan ngang bộ" is',
      'Thủ tướng đề nghị Bộ trưởng, Thủ trưởng các cơ quan ngang bộ chỉ đạo rà soát các văn bản hướng dẫn.',
      [{ has: 'rà soát các văn bản hướng dẫn', a: ['Các bộ, ngành'] }]],
    ['"Bộ trưởng Bộ X" stays the ministry: the group\'s optional "các" is only before "cơ quan"',
      'Thủ tướng yêu cầu Bộ trưởng Bộ Công Thương khẩn trương báo cáo phương án cung ứng điện.',
      [{ has: 'báo cáo phương án cung ứng điện', a: ['Bộ Công Thương'] }]],
    ['people as the matter before the speaker are the unnamed doers: no agency is inherited',
      'Thủ tướng giao Bộ Nội vụ rà soát quy chế văn hóa công sở. Đối với cán bộ, công chức, Thủ tướng yêu cầu phải chấp hành nghiêm giờ giấc làm việc.',
      [{ has: 'rà soát quy chế', a: ['Bộ Nội vụ'] }, { has: 'chấp hành nghiêm giờ giấc', a: [] }]],
    ['"đồng thời phối hợp với X tiếp tục kêu gọi …": a cue verb inside the task; X is a partner, not a speaker',
      'Thủ tướng yêu cầu UBND các tỉnh khẩn trương sửa chữa nhà ở. Đồng thời phối hợp với Mặt trận Tổ quốc Việt Nam tiếp tục kêu gọi, vận động nhân dân.',
      [{ has: 'sửa chữa nhà ở', a: ['Các địa phương'] }, { has: 'tiếp tục kêu gọi', a: ['Các địa phương'], c: ['Mặt trận Tổ quốc Việt Nam'] }]],
    ['what the doer is, in apposition after a comma, sits before its task',
      'Bộ Kế hoạch và Đầu tư, cơ quan thường trực Tiểu ban kinh tế – xã hội nghiên cứu xác định các chuyên đề cần tổng kết.',
      [{ has: 'xác định các chuyên đề', a: ['Bộ Kế hoạch và Đầu tư'] }]],
    ['"cụ thể hóa …" after ";" is a task verb, not the connector "cụ thể"; "truyền cảm hứng …" opens a task too',
      'Thủ tướng yêu cầu các bộ, ngành rà soát quy chế làm việc; cụ thể hóa trách nhiệm của người đứng đầu; truyền cảm hứng khởi nghiệp tới các doanh nhân.',
      [{ has: 'rà soát quy chế', a: ['Các bộ, ngành'] }, { has: 'cụ thể hóa trách nhiệm', a: ['Các bộ, ngành'] }, { has: 'truyền cảm hứng', a: ['Các bộ, ngành'] }]],
    ['a long matter, then unnamed doers with their duty: no agency is inherited',
      'Thủ tướng giao Bộ Công Thương kiểm tra thị trường xăng dầu. Đối với các mặt hàng xăng dầu, khoáng sản, thuốc lá, đường cát, phân bón, hàng giả ảnh hưởng đến sức khỏe người dân…, các lực lượng chức năng cần xác lập chuyên án để điều tra.',
      [{ has: 'kiểm tra thị trường', a: ['Bộ Công Thương'] }, { has: 'xác lập chuyên án', a: [] }]],
    ['"bình ổn …" and "nêu cao …" after ";" are tasks of their own with the same doer',
      'Thủ tướng yêu cầu Bộ Công Thương kiểm soát thị trường xăng dầu; bình ổn giá các mặt hàng thiết yếu; nêu cao trách nhiệm của người đứng đầu.',
      [{ has: 'kiểm soát thị trường', a: ['Bộ Công Thương'] }, { has: 'bình ổn giá', a: ['Bộ Công Thương'] }, { has: 'nêu cao trách nhiệm', a: ['Bộ Công Thương'] }]],
  ])('%s', (_name, body, expected) => check(NATIONAL + body, expected));

  test.each<[string, string, Row[]]>([
    ['heads joined before the bodies they head ("Giám đốc, Thủ trưởng các sở, ban, ngành")',
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố quản lý chặt chẽ lễ hội.',
      [{ has: 'quản lý chặt chẽ lễ hội', a: ['Các sở, ngành tỉnh Lâm Đồng', 'Ủy ban nhân dân các huyện, thành phố tỉnh Lâm Đồng'] }]],
    ['"UBND tỉnh chỉ đạo như sau: Yêu cầu …" labels the instruction after its colon: the committee is no doer',
      'UBND tỉnh chỉ đạo như sau: Yêu cầu Giám đốc các sở, ngành chỉ đạo quán triệt các quy định về tổ chức lễ hội.',
      [{ has: 'quán triệt các quy định', a: ['Các sở, ngành tỉnh Lâm Đồng'] }]],
    ['a verb phrase between the doers and "phải" says which of them are meant',
      'Các địa phương tổ chức lễ hội phải có phương án bảo đảm an ninh trật tự.',
      [{ has: 'phương án bảo đảm an ninh', a: ['Các địa phương'] }]],
    ['a committee asked to direct a body it names hands that body the task',
      'Hội đồng nhân dân tỉnh đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính hoàn tất thủ tục thanh toán kinh phí bồi thường.',
      [{ has: 'hoàn tất thủ tục thanh toán', a: ['Bộ Chỉ huy Quân sự tỉnh Lâm Đồng'], c: ['Sở Tài chính tỉnh Lâm Đồng'] }]],
    ['a committee that directs the departments as a group keeps the task',
      'Hội đồng nhân dân tỉnh đề nghị UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính.',
      [{ has: 'rà soát thủ tục hành chính', a: ['Ủy ban nhân dân tỉnh Lâm Đồng'] }]],
    ['a national park is a body that takes tasks',
      'Vườn quốc gia Bidoup Núi Bà chủ động rà soát diện tích rừng đặc dụng.',
      [{ has: 'rà soát diện tích rừng', a: ['Vườn quốc gia Bidoup Núi Bà'] }]],
    ['after what the official said, ", vì vậy <doers> cần …" is the doers\' duty',
      'Theo Chủ tịch UBND tỉnh, mùa khô năm nay đến sớm, vì vậy các ngành, địa phương cần chủ động phương án phòng cháy rừng.',
      [{ has: 'chủ động phương án phòng cháy rừng', a: ['Các sở, ngành tỉnh Lâm Đồng', 'Các địa phương'] }]],
  ])('%s', (_name, body, expected) => check(PROVINCIAL + body, expected));

  test('a provincial leader\'s "ngành tài nguyên môi trường" (no "và") is the province\'s Sở', () => {
    const text = 'Chiều 4/4/2019, Chủ tịch UBND tỉnh Quảng Nam chủ trì cuộc họp về môi trường.\n\n'
      + 'Chủ tịch UBND tỉnh yêu cầu ngành tài nguyên môi trường rà soát quy hoạch bãi chôn lấp rác.\n\n'
      + 'Theo Chủ tịch UBND tỉnh, ngành tài nguyên môi trường cần tăng cường hậu kiểm các dự án.';
    expect(extract({ text, published: '2019-04-05' }).directives.map((d) => d.assignees.map((a) => a.name)))
      .toEqual([['Sở Tài nguyên và Môi trường tỉnh Quảng Nam'], ['Sở Tài nguyên và Môi trường tỉnh Quảng Nam']]);
  });
});
