// The vocabulary of the instruction pass, as rows with an id and a reason. The directive finder
// (src/extract/directives/) never tests a word in code: it asks whether a row's phrases match and
// records the row's id on what it produces, so `extract --explain` shows why a clause is a task.
// Phrases are compared in lower case with their diacritics ("cần" must, "cán" is another word).
import type { Cue } from './verbs';

/** Verbs by which someone gives an instruction to the parties that follow them. */
export const INSTRUCTION_VERBS: Cue = {
  id: 'cue.instruct',
  phrases: ['giao nhiệm vụ cho', 'giao trách nhiệm cho', 'giao nhiệm vụ', 'giao trách nhiệm', 'giao cho', 'giao', 'yêu cầu', 'đề nghị', 'chỉ đạo', 'phân công', 'chỉ thị',
    'kêu gọi', 'lưu ý', 'nhắc nhở', 'nhắc', 'đề nghị với', 'yêu cầu đối với', 'điện', 'chỉ đạo giao', 'yêu cầu và giao'],
  reason: '"<speaker> giao / yêu cầu / đề nghị / chỉ đạo <party> <task>": the classic shapes of an assignment.',
};

/** A noun reading of an instruction verb: "theo yêu cầu", "các yêu cầu", "sự chỉ đạo". */
export const NOUN_BEFORE_CUE: Cue = {
  id: 'neg.cue-as-noun',
  phrases: ['theo', 'các', 'những', 'sự', 'đáp ứng', 'khi có', 'có', 'là', 'đúng', 'của', 'về', 'công tác', 'ban', 'được', 'đã được',
    'nhiệm vụ được', 'việc', 'nội dung', 'tinh thần', 'đã', 'từng', 'vừa', 'ý kiến',
    // "(dự / soạn) thảo văn bản giao nhiệm vụ": the draft is a document that assigns, later.
    'thảo văn bản', 'thảo quyết định',
    // "đã ký quyết định phân công nhiệm vụ …": a decision taken, named by what it does.
    'quyết định', 'ký quyết định'],
  reason: 'After these words "yêu cầu / chỉ đạo / giao" is a noun or a report of an earlier act, not an instruction given here.',
};

/** Markers after a subject that make its clause a task: obligation, urgency, a lead role. */
export const SUBJECT_MODALS: Cue = {
  id: 'cue.subject-modal',
  phrases: ['cần phải', 'phải', 'cần', 'có trách nhiệm', 'có nhiệm vụ', 'chịu trách nhiệm', 'được giao', 'được yêu cầu', 'được đề nghị', 'được chỉ đạo', 'được phân công', 'khẩn trương', 'chủ động', 'tập trung',
    'tiếp tục', 'sớm', 'nghiêm túc', 'kịp thời', 'quyết liệt', 'tích cực', 'chủ trì', 'khẩn cấp', 'thường xuyên', 'cần tập trung',
    // ("Bộ Quốc phòng, Bộ Công an cho ý kiến về …": a notice's item asks the ministries' opinion.)
    'cho ý kiến',
    'nghiên cứu', 'phối hợp', 'tham mưu', 'theo chức năng', 'căn cứ', 'trên cơ sở', 'chỉ đạo', 'rà soát', 'bố trí', 'hướng dẫn',
    'xây dựng', 'triển khai', 'tổ chức', 'thực hiện', 'kiểm tra', 'đôn đốc', 'theo dõi', 'lập', 'hoàn thiện', 'hoàn thành', 'nắm',
    'đẩy mạnh', 'tăng cường', 'bảo đảm', 'đảm bảo', 'xử lý', 'trình', 'ban hành', 'cân đối', 'chuẩn bị', 'giải quyết', 'khắc phục',
    'huy động', 'thanh tra', 'điều tra', 'xác minh', 'làm rõ', 'quản lý', 'cung cấp', 'đề xuất', 'báo cáo', 'kiện toàn', 'sắp xếp',
    'vận hành', 'cập nhật', 'tuyên truyền', 'rà soát lại', 'khảo sát', 'đánh giá', 'tổng hợp', 'thẩm định', 'phê duyệt', 'chịu',
    'ưu tiên', 'dành', 'quan tâm', 'phát huy', 'nâng cao', 'lựa chọn', 'đầu tư', 'hỗ trợ', 'giám sát', 'cử', 'thành lập',
    'công bố', 'tháo gỡ', 'chấn chỉnh', 'siết chặt', 'kiên quyết', 'phấn đấu', 'thúc đẩy', 'đổi mới', 'cắt giảm',
    'tiết kiệm', 'ứng dụng', 'kết nối', 'số hóa', 'di dời', 'sơ tán', 'ứng phó', 'phòng chống', 'phòng, chống', 'chống', 'ngăn chặn', 'kiểm soát',
    'duy trì', 'bổ sung', 'sửa đổi', 'điều chỉnh', 'thu hồi', 'quán triệt', 'phổ biến', 'vận động', 'chăm lo', 'giữ', 'đưa',
    'làm việc với', 'hoàn chỉnh', 'chủ động phối hợp', 'khẩn trương phối hợp', 'nghiêm', 'mở rộng', 'tạo điều kiện', 'bám sát',
    'lãnh đạo', 'tiếp thu', 'thống nhất với', 'thống nhất về', 'gửi', 'điều hành', 'điều phối', 'sẵn sàng', 'phân bổ', 'giải ngân', 'thống kê', 'phân loại', 'xem xét', 'tìm', 'sử dụng', 'cấp', 'xác định',
    // (Only after a doer: opening a sentence, "Dự thảo Nghị định …" is the draft itself.)
    'dự thảo', 'soạn thảo'],
  reason: 'A named doer followed by an obligation, an urgency adverb or a task verb is told to do what follows.',
};

/** Words right after a subject that make the clause a report of fact, a proposal or a forecast. */
export const NARRATIVE_AFTER_SUBJECT: Cue = {
  id: 'neg.narrative',
  phrases: ['đã', 'đang', 'vừa', 'mới', 'từng', 'đạt', 'là', 'có', 'còn', 'chưa', 'vẫn', 'được', 'cho biết', 'báo cáo cho biết',
    'đề nghị', 'kiến nghị', 'đề xuất', 'ghi nhận', 'cho rằng', 'dự kiến', 'ước tính', 'nêu', 'trình bày', 'phản ánh', 'nhận định',
    'khẳng định', 'tham dự', 'dự', 'có mặt', 'phát biểu', 'chia sẻ', 'nhận', 'bày tỏ', 'cảm ơn', 'thống nhất', 'nhất trí', 'đồng ý',
    'tổ chức hội nghị', 'tổ chức lễ', 'không', 'sẽ', 'mong muốn', 'hy vọng', 'trao', 'tặng', 'tiếp nhận', 'xin', 'lên tiếng',
    'thông báo', 'thông tin', 'ban hành văn bản', 'chủ trì phiên họp', 'chủ trì hội nghị', 'chủ trì cuộc họp', 'chủ trì buổi làm việc',
    'chủ trì cuộc làm việc', 'chủ trì họp', 'chủ trì buổi họp', 'chủ trì hội thảo', 'chủ trì lễ', 'chủ trì tọa đàm', 'làm việc với',
    // ("Phó Chủ tịch UBND tỉnh chủ trì tiếp công dân": the official received citizens that day.)
    'chủ trì tiếp công dân', 'chủ trì buổi tiếp công dân', 'chủ trì phiên tiếp công dân', 'chủ trì tiếp dân', 'chủ trì đoàn công tác',
    'chủ trì đoàn kiểm tra', 'chủ trì đoàn giám sát', 'chủ trì buổi gặp mặt', 'chủ trì buổi đối thoại', 'chủ trì đối thoại', 'tiếp công dân',
    'ban hành thông báo', 'ban hành công văn', 'ban hành chỉ thị', 'ban hành quyết định', 'ban hành kế hoạch', 'ban hành công điện',
    'có thông báo', 'ra thông báo', 'gửi công văn', 'có công văn',
    'tiếp', 'thăm', 'kiểm tra thực tế', 'đi kiểm tra', 'khảo sát thực tế', 'dẫn đầu', 'vừa ban hành', 'vừa có', 'có văn bản', 'đánh giá cao', 'tiếp tục là', 'gồm', 'bao gồm'],
  reason: 'After a subject, these words report what it did, proposed or expects ("Bộ X đã …", "Bộ X đề xuất …"): no task is given.',
};

/** Phrases anywhere before the predicate that make a clause a wish, a permission or a forecast. */
export const NOT_A_TASK: Cue = {
  id: 'neg.not-task',
  phrases: ['mong muốn', 'hy vọng', 'có thể', 'không phải', 'dự kiến hoàn thành', 'dự kiến', 'chưa cần', 'không cần', 'ước tính',
    'ước đạt', 'để biết', 'biết, thực hiện', 'biết và thực hiện', 'cho biết', 'được biết',
    'nhất trí với đề xuất', 'nhất trí với kiến nghị', 'đồng ý với đề xuất', 'đồng ý với kiến nghị', 'thống nhất với đề xuất',
    'chịu trách nhiệm thi hành'],
  reason: 'Wishes, permissions, negated duties, forecasts, agreeing with a proposal and the closing formulas "để … biết, thực hiện", "… chịu trách nhiệm thi hành Quyết định này" give no task (FORMAT.md: what someone proposed, decisions taken, the closing formula).',
};

/** Openers of a sentence that tells what happened before the meeting or the notice. */
export const EARLIER_EVENTS: Cue = {
  id: 'neg.earlier',
  phrases: ['trước đó', 'trước đây', 'thời gian qua', 'thời gian vừa qua', 'vừa qua', 'năm qua', 'những năm qua',
    'một tháng sau', 'hai tháng sau', 'vài tháng sau', 'một tuần sau', 'vài ngày sau', 'năm ngoái', 'tháng trước', 'năm trước'],
  reason: '"Trước đó, Thường trực Tỉnh ủy đã có ý kiến giao …", "Một tháng sau, Thủ tướng yêu cầu …" report an earlier instruction, not one given here (decisions already taken are not directives).',
};

/** "… có văn bản gửi A, B yêu cầu …": the verb after which a letter's addressees are named. */
export const LETTER_SENDS: Cue = {
  id: 'role.letter-addressees',
  phrases: ['gửi tới', 'gửi đến', 'gửi'],
  reason: 'The addressees of a letter that "yêu cầu / đề nghị" are the ones asked to act.',
};

/** Connectors that open a sentence continuing the instruction before it. */
export const CONTINUATION_CONNECTORS: Cue = {
  id: 'cue.continuation',
  phrases: ['đồng thời', 'cùng với đó', 'cùng đó', 'kèm theo đó', 'bên cạnh đó', 'ngoài ra', 'trên cơ sở đó', 'theo đó', 'trong đó', 'trong số đó', 'trọng tâm là', 'trong đó trọng tâm là', 'hằng năm', 'hàng năm', 'hằng quý', 'hàng quý', 'hằng tháng', 'hàng tháng', 'mặt khác', 'tiếp đó',
    'sau đó', 'đặc biệt', 'riêng', 'trước mắt', 'về lâu dài', 'cụ thể', 'cụ thể là', 'cụ thể như', 'ngay sau hội nghị này', 'ngay sau hội nghị',
    'ngay sau cuộc họp', 'thời gian tới', 'trong thời gian tới', 'từ nay đến cuối năm', 'để làm được điều đó', 'để làm được việc này',
    'muốn vậy', 'muốn thế', 'muốn làm được điều đó', 'muốn làm được như vậy', 'để làm được như vậy', 'để làm được điều này',
    'tiếp theo', 'bên cạnh', 'hơn nữa', 'song song đó', 'song song với đó', 'trong quá trình thực hiện', 'quá trình thực hiện',
    'từ đó', 'vì vậy', 'do đó', 'vì thế', 'do vậy', 'bởi vậy', 'chính vì vậy', 'chính vì thế', 'vì lẽ đó', 'vậy nên', 'qua đó', 'nhân dịp này', 'trước hết', 'đối với các nhiệm vụ còn lại', 'trong khi đó',
    'song song với việc này', 'cùng với việc đó', 'tương tự', 'tương tự như vậy', 'cũng với thời hạn trên', 'cùng với thời hạn trên',
    'cũng với thời hạn nêu trên', 'cùng thời hạn trên'],
  reason: 'A sentence opened by these words goes on with the instruction before it and inherits its doers (FORMAT.md).',
};

/** "Với Bộ X, …" / "Đối với Bộ X, …": the topic names the doer of what follows. */
export const TOPIC_MARKERS: Cue = {
  id: 'cue.topic',
  phrases: ['riêng đối với', 'riêng với', 'đối với', 'với', 'về phía', 'riêng', 'về'],
  reason: 'FORMAT.md: "Với Bộ X, …" / "Đối với Bộ X, …" makes Bộ X the assignee of what follows.',
};

/** Verbs that open an imperative clause: the task of an instruction given just before. */
export const TASK_OPENERS: Cue = {
  id: 'cue.imperative',
  phrases: [
    'khẩn trương', 'đẩy mạnh', 'nâng cao', 'tăng cường', 'tập trung', 'tiếp tục', 'hoàn thiện', 'xây dựng', 'triển khai', 'rà soát', 'rà lại',
    'nghiên cứu', 'chủ động', 'quyết liệt', 'ưu tiên', 'phấn đấu', 'nỗ lực', 'bảo đảm', 'đảm bảo', 'thực hiện', 'kiên quyết', 'sớm', 'phát huy',
    'thúc đẩy', 'hoàn thành', 'đôn đốc', 'kịp thời', 'tổ chức', 'xử lý', 'nghiêm túc', 'khắc phục', 'cắt giảm', 'đổi mới',
    'tuyên truyền', 'giải quyết', 'ban hành', 'chuẩn bị', 'bố trí', 'không để', 'quan tâm',
    // Prohibitions given as tasks in a list: "…; không đùn đẩy, né tránh trách nhiệm; …".
    // (An exhortation, "không được chủ quan, lơ là", is none.)
    'không đùn đẩy', 'không né tránh', 'không chờ', 'không trông chờ', 'không ỷ lại',
    'không để lọt', 'không gây', 'không làm phát sinh', 'không tổ chức', 'không sử dụng', 'không hợp thức hóa', 'không bỏ sót', 'huy động', 'tháo gỡ', 'đơn giản hóa',
    'số hóa', 'kết nối', 'chấn chỉnh', 'siết chặt', 'cải thiện', 'tích cực', 'chú trọng', 'đề cao', 'tham mưu', 'hướng dẫn',
    'theo dõi', 'phối hợp', 'chỉ đạo', 'sửa đổi', 'bổ sung', 'tổng kết', 'kiểm tra', 'giám sát', 'thanh tra', 'điều tra', 'xác minh',
    'làm rõ', 'chủ trì', 'cân đối', 'lập', 'trình', 'báo cáo', 'đề xuất', 'cung cấp', 'công bố', 'thông tin', 'hỗ trợ', 'cập nhật',
    'quản lý', 'kiện toàn', 'sắp xếp', 'phổ biến', 'quán triệt', 'vận động', 'nắm', 'nắm chắc', 'nắm bắt', 'bám sát', 'căn cứ',
    'thường xuyên', 'nghiêm', 'tuyệt đối', 'kiên trì', 'chăm lo', 'dành', 'đầu tư', 'mở rộng', 'phát triển', 'ứng dụng', 'thu hồi',
    'kiểm soát', 'ngăn chặn', 'ngăn ngừa', 'phòng ngừa', 'phòng chống', 'phòng, chống', 'phòng tránh', 'chống', 'ứng phó', 'sơ tán', 'di dời', 'cứu hộ', 'duy trì', 'giữ vững',
    'đánh giá', 'tổng hợp', 'thống kê', 'phân loại', 'điều chỉnh', 'thẩm định', 'phê duyệt', 'lựa chọn', 'thành lập', 'cử',
    'tạo điều kiện', 'đưa', 'giữ', 'gắn', 'lồng ghép', 'phân công', 'phân bổ', 'giải ngân', 'tiết kiệm', 'chống lãng phí',
    'xem xét', 'tiếp thu', 'hoàn chỉnh', 'cụ thể hóa', 'thể chế hóa', 'rút kinh nghiệm', 'vận hành', 'khai thác', 'sử dụng',
    'tiến hành', 'tìm', 'nhanh chóng', 'gấp rút', 'tranh thủ', 'tận dụng', 'tham gia', 'lắng nghe', 'đối thoại',
    'tiếp xúc', 'xác định', 'hạn chế', 'tạm dừng', 'dừng', 'đình chỉ', 'đình hoãn', 'tạm hoãn', 'hoãn', 'chấm dứt', 'công khai', 'minh bạch',
    'làm tốt', 'làm việc', 'phục vụ', 'đồng hành', 'chia sẻ', 'thăm hỏi', 'động viên', 'khen thưởng', 'nhân rộng', 'tổ chức lại',
    'có giải pháp', 'có phương án', 'có kế hoạch', 'có biện pháp', 'đề ra', 'xác lập', 'thiết lập', 'hoàn tất', 'đáp ứng',
    'gửi', 'mời', 'lấy ý kiến', 'tổ chức thực hiện', 'phát động', 'đầu tư xây dựng', 'phân cấp', 'phân quyền', 'cải cách',
    'cấp', 'bồi thường', 'giải phóng', 'thi công', 'đẩy nhanh', 'kêu gọi', 'cương quyết', 'tiếp nhận', 'không được để', 'tạo', 'phân tích', 'kiểm thử', 'thí điểm', 'đào tạo', 'tập huấn', 'truy xuất',
    'bảo vệ', 'khuyến khích', 'vận động', 'hướng tới', 'sửa', 'kết hợp', 'kết hợp chặt chẽ',
    'cung ứng', 'sửa chữa', 'khôi phục', 'gia cố', 'nạo vét', 'nâng cấp', 'bàn giao', 'giảm thiểu', 'tăng tốc', 'rút ngắn',
    'kiểm điểm', 'khoanh vùng', 'truy vết', 'khuyến cáo', 'kỷ luật', 'xử lý kỷ luật',
    'lãnh đạo triển khai', 'lãnh đạo, chỉ đạo', 'lãnh đạo thực hiện', 'lãnh đạo tổ chức',
    'tăng thời lượng', 'tăng tần suất', 'đưa tin', 'mở chuyên mục', 'mở chuyên trang',
    // Actions of administration, works, health and order, as provincial and national texts give them.
    // Prohibitions addressed to the doers: a duty to refrain ("Không sử dụng xe công đi lễ hội").
    // ("không được chủ quan, lơ là", "tuyệt đối không được …": an exhortation, not one of them.)
    'không sử dụng', 'không tổ chức', 'không đùn đẩy', 'không né tránh', 'không tự ý', 'không can thiệp',
    'truyền cảm hứng', 'lan tỏa', 'lan toả', 'bình ổn', 'nêu cao', 'sẵn sàng', 'sơ kết', 'truy quét', 'đấu tranh', 'lập danh sách', 'cứu trợ',
    'kích hoạt', 'củng cố', 'tuân thủ', 'chuẩn hóa', 'nghiệm thu', 'quyết toán', 'chi trả', 'thanh toán', 'ký kết', 'khảo sát',
    'điều phối', 'điều hành', 'điều tiết', 'dự trữ', 'bảo dưỡng', 'duy tu', 'loại bỏ', 'lắp đặt', 'trang bị', 'mua sắm',
    'tinh giản', 'phục hồi', 'tái cơ cấu', 'tái cấu trúc', 'tìm kiếm', 'thu hút', 'xúc tiến', 'quảng bá',
    'bảo tồn', 'tôn tạo', 'cách ly', 'tiêu hủy', 'khử trùng', 'tiêu độc', 'kê khai', 'thu gom', 'giải tỏa',
    'cưỡng chế', 'thu thập', 'cơ cấu lại', 'bảo quản', 'đo đạc', 'hoàn trả', 'điều động', 'bồi dưỡng',
    'giúp người dân', 'giúp đỡ', 'thông báo rộng rãi', 'thông báo công khai', 'làm chủ đầu tư',
  ],
  reason: 'A clause that opens with a bare action verb, after an instruction or in its list of tasks, is a task of that instruction. (A prohibition opening a sentence, "Nghiêm cấm các hành vi …", states a rule: not listed.)',
};

/** Openers that praise or acknowledge: "Đánh giá cao …", "Ghi nhận, biểu dương …". */
export const APPRAISAL_OPENERS: Cue = {
  id: 'neg.appraisal',
  phrases: ['đánh giá cao', 'đánh giá tích cực', 'ghi nhận', 'biểu dương', 'hoan nghênh', 'cảm ơn', 'chúc mừng', 'khen ngợi', 'trân trọng', 'đánh giá đúng'],
  reason: 'The first items of a conclusion praise or acknowledge what was done ("1. Đánh giá cao sự nỗ lực của Bộ X …"): an appraisal, not a task.',
};

/** "Chủ tịch UBND tỉnh phê bình Giám đốc Sở Tài chính chậm trễ … và yêu cầu khẩn trương báo cáo":
 * the party praised or reprimanded is the one the instruction joined to it by "và" asks. */
export const JUDGED_THEN_ASKED: Cue = {
  id: 'role.judged-then-asked',
  phrases: ['nghiêm khắc phê bình', 'phê bình', 'khiển trách', 'biểu dương', 'khen ngợi', 'đánh giá cao', 'hoan nghênh', 'ghi nhận'],
  reason: 'A speaker who judges a party and then "yêu cầu / đề nghị / giao" with no party of its own asks the party judged.',
};

/** "UBND tỉnh ban hành công văn đôn đốc Sở Tài chính phải báo cáo …": verbs that instruct only
 * as what a document does; elsewhere "Bộ X đôn đốc các địa phương …" is Bộ X's own task. */
export const DOCUMENT_URGES: Cue = {
  id: 'cue.document-urges',
  phrases: ['đôn đốc', 'nhắc nhở', 'hướng dẫn'],
  reason: 'A document that "đôn đốc / nhắc nhở / hướng dẫn" a party asks that party to act; the issuer keeps no task.',
};

/** "Mặc dù Tỉnh ủy, UBND tỉnh đã ban hành nhiều văn bản chỉ đạo, …": a concession, background
 * to what follows; an instruction verb inside it, before its first comma, gives no task. */
export const CONCESSIONS: Cue = {
  id: 'neg.concession',
  phrases: ['mặc dù', 'mặc dầu', 'tuy rằng', 'dù rằng', 'dù', 'tuy'],
  reason: 'What a concession grants ("Mặc dù … đã chỉ đạo, …") is told as background; the instruction, if any, comes after its comma.',
};

/** "Qua đó hạn chế tình trạng khiếu nại …": the effect the task before it should have. */
export const RESULT_OPENERS: Cue = {
  id: 'neg.result',
  phrases: ['qua đó', 'nhờ đó', 'nhờ vậy', 'từ đó góp phần', 'qua đó góp phần', 'góp phần'],
  reason: 'A sentence opened by "Qua đó / Nhờ đó" with a bare verb tells what the instruction before it should achieve, not a task of its own; with a doer and a duty ("Qua đó, các sở cần …") it is read as any other.',
};

/** A prohibition opening a sentence: "Nghiêm cấm các hành vi: …". */
export const PROHIBITION_OPENERS: Cue = {
  id: 'neg.prohibition',
  phrases: ['nghiêm cấm', 'cấm'],
  reason: 'A prohibition opening a sentence ("Nghiêm cấm các hành vi đổ chất thải …") states a rule for everyone, not a task given to a doer (dev DOUBTS, d033).',
};

/** "… như sau:", "các nhiệm vụ sau:": the tasks of an instruction follow as a list. */
export const LIST_INTRODUCERS: Cue = {
  id: 'cue.list-intro',
  phrases: ['như sau', 'sau đây', 'cụ thể sau', 'sau', 'cụ thể như sau', 'một số nội dung sau', 'các nội dung sau', 'những nội dung sau',
    'các nhiệm vụ sau', 'những nhiệm vụ sau', 'nhiệm vụ sau', 'một số nhiệm vụ sau', 'các việc sau', 'những việc sau'],
  reason: 'An instruction that ends in "… như sau:" introduces its tasks as the list items after it.',
};

/** Bodies that instruct others: their "yêu cầu / giao / đề nghị" gives tasks, with no named assigner. */
export const ISSUING_BODIES: Cue = {
  id: 'speaker.body',
  phrases: ['Chính phủ', 'Thủ tướng Chính phủ', 'Thường trực Chính phủ', 'Văn phòng Chính phủ', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh',
    'UBND thành phố', 'Ủy ban nhân dân thành phố', 'UBND TP', 'TP', 'thành phố', 'tỉnh', 'Tỉnh ủy', 'Thành ủy', 'Ban Thường vụ Tỉnh ủy',
    'Ban Thường vụ Thành ủy', 'Thường trực Tỉnh ủy', 'Thường trực Thành ủy', 'Ban Chỉ đạo', 'Ban chỉ đạo', 'Tổ công tác', 'Bộ Chính trị',
    'Ban Bí thư', 'Công điện', 'Chỉ thị', 'Thông báo', 'Kết luận', 'văn bản', 'Văn bản', 'công văn', 'Công văn', 'Kế hoạch', 'Quyết định',
    'Nghị quyết', 'Ủy ban Thường vụ Quốc hội', 'Hội nghị', 'hội nghị', 'cuộc họp', 'Đoàn kiểm tra', 'đoàn công tác', 'Đoàn công tác',
    'Bộ', 'UBND huyện', 'Ủy ban nhân dân huyện', 'UBND', 'Ủy ban nhân dân', 'Sở', 'Ban Thường vụ'],
  reason: 'A government body, a steering committee or a document ("Công điện yêu cầu …") instructs: the assigner is null unless an official signs.',
};

/** Generic doers that are not parties but do not stop an instruction: "các đơn vị", "cơ quan chức năng". */
export const GENERIC_DOERS: Cue = {
  id: 'party.generic',
  phrases: ['các cơ quan liên quan', 'các cơ quan, đơn vị liên quan', 'các đơn vị liên quan', 'cơ quan chức năng', 'các cơ quan chức năng',
    // The builders of a project: doers, but no agency the conventions list.
    'các chủ đầu tư, nhà thầu', 'chủ đầu tư, nhà thầu', 'các chủ đầu tư', 'các nhà thầu', 'chủ đầu tư và nhà thầu', 'các nhà đầu tư',
    'các cơ quan, đơn vị', 'các đơn vị chức năng', 'các đơn vị', 'đơn vị', 'các cơ quan', 'cơ quan', 'các lực lượng chức năng',
    'lực lượng chức năng', 'các ngành chức năng', 'ngành chức năng', 'các đơn vị có liên quan', 'các cơ quan có liên quan',
    'các cơ quan, đơn vị có liên quan', 'các ngành liên quan', 'các bên liên quan', 'các bên', 'các chủ thể',
    'cán bộ, công chức', 'chúng ta', 'các cấp', 'các cơ quan, tổ chức', 'các tổ chức', 'tổ chức, cá nhân', 'các tổ chức, cá nhân',
    'các Ủy ban có liên quan', 'các Ủy ban liên quan', 'các cơ quan hữu quan', 'cơ quan hữu quan', 'các cơ quan của Quốc hội',
    'hệ thống ngân hàng', 'các ngân hàng', 'các tổ chức tín dụng', 'tổ chức tín dụng', 'các hiệp hội', 'các hiệp hội doanh nghiệp',
    'doanh nghiệp', 'các doanh nghiệp', 'các tập đoàn, doanh nghiệp', 'các tập đoàn, tổng công ty', 'các tập đoàn', 'tập đoàn, doanh nghiệp', 'người dân', 'nhân dân', 'các chủ đầu tư', 'chủ đầu tư', 'nhà đầu tư', 'các nhà đầu tư',
    'mỗi cán bộ', 'từng cán bộ', 'đội ngũ cán bộ', 'các cơ quan báo chí', 'cơ quan báo chí', 'các thành viên', 'thành viên Ban Chỉ đạo',
    'các thành viên Ban Chỉ đạo', 'các đơn vị trực thuộc', 'đơn vị trực thuộc', 'các phòng', 'phòng chuyên môn', 'các phòng chuyên môn', 'các cơ quan chuyên môn', 'cơ quan chuyên môn',
    'các đoàn thanh tra, kiểm tra', 'mỗi đoàn thanh tra, kiểm tra', 'mỗi đoàn thanh tra', 'từng đoàn thanh tra', 'các đoàn thanh tra', 'đoàn thanh tra', 'các đoàn kiểm tra', 'đoàn kiểm tra', 'các đoàn công tác', 'đoàn công tác',
    'ngành', 'toàn ngành', 'cả hệ thống chính trị', 'hệ thống chính trị', 'các cơ quan trong hệ thống chính trị', 'nhân dân và doanh nghiệp', 'người dân và doanh nghiệp', 'người đứng đầu các cơ quan, đơn vị',
    'thủ trưởng các cơ quan, đơn vị', 'lãnh đạo các cơ quan, đơn vị', 'người đứng đầu cơ quan, đơn vị', 'người đứng đầu',
    'các tổ chức thành viên', 'tổ chức thành viên', 'các tổ chức chính trị - xã hội', 'các tổ chức chính trị-xã hội',
    // An investigating body named by its role ("Cơ quan điều tra nhận định, …": not "Cơ quan" with
    // a task "điều tra"), and the holders of forest land.
    'cơ quan điều tra', 'các cơ quan điều tra', 'cơ quan cảnh sát điều tra', 'cơ quan an ninh điều tra', 'cơ quan tiến hành tố tụng', 'các cơ quan tiến hành tố tụng',
    'các đơn vị chủ rừng', 'các chủ rừng', 'chủ rừng',
    // Establishments of a trade, unnamed ("Các cơ sở sản xuất trang thiết bị y tế phải …").
    'các cơ sở sản xuất', 'các cơ sở kinh doanh', 'các cơ sở sản xuất, kinh doanh'],
  reason: 'FORMAT.md: generic partners and doers ("các cơ quan liên quan", "cơ quan chức năng") are never listed, yet the clause is a task.',
};
