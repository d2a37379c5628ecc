// Directive vocabulary as data: each entry has an id (recorded on the mentions it produces) and
// the linguistic reason it is there. Phrases are compared after folding.

export interface Cue {
  id: string;
  phrases: string[];
  reason: string;
}

/** Verbs by which an official gives an instruction: "Thủ tướng giao / yêu cầu / đề nghị …". */
export const ASSIGN_VERBS: Cue = {
  id: 'verb.assign',
  phrases: ['giao nhiệm vụ cho', 'giao cho', 'giao', 'yêu cầu', 'đề nghị', 'chỉ đạo', 'phân công', 'chỉ thị', 'kêu gọi', 'đề xuất giao'],
  reason: 'The object of these verbs, when their subject is an official, is the party that must act.',
};

/** Adverbs that may sit between the official and the verb ("Ông đồng thời chỉ đạo"). */
export const SUBJECT_ADVERBS: Cue = {
  id: 'adverb.subject',
  phrases: ['đồng thời', 'cũng', 'tiếp tục', 'còn', 'đã', 'cơ bản', 'tiếp đó', 'sau đó', 'trước mắt', 'có văn bản', 'đã có văn bản',
    'vừa có văn bản', 'ban hành văn bản', 'có ý kiến', 'đã có ý kiến',
    // ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo giao Chủ tịch UBND thành phố …": the verb after the noun.)
    'có ý kiến chỉ đạo', 'đã có ý kiến chỉ đạo', 'vừa có ý kiến chỉ đạo',
    // ("Thủ tướng vừa có công điện khẩn yêu cầu …": the dispatch is how the instruction was given.)
    'có công điện', 'vừa có công điện', 'đã có công điện', 'có công điện khẩn', 'vừa có công điện khẩn', 'đã có công điện khẩn',
    'vừa gửi công điện', 'vừa gửi công điện khẩn', 'có công văn', 'vừa có công văn', 'đã có công văn'],
  reason: 'Adverbs between the official and the instruction verb ("Ông đồng thời chỉ đạo") do not change who instructs.',
};

/** Obligation markers after an actor: "Các địa phương phải …", "các bộ, ngành cần …". */
export const OBLIGATION_MARKERS: Cue = {
  id: 'marker.obligation',
  phrases: ['cần phải', 'phải', 'cần', 'có trách nhiệm', 'chịu trách nhiệm', 'được giao'],
  reason: 'An actor followed by an obligation marker is told to do the following task.',
};

/** Markers that turn an obligation into something else: permission, negation, passive need. */
export const NON_OBLIGATION_AFTER: Cue = {
  id: 'marker.not-obligation-after',
  phrases: ['được', 'sự', 'thiết', 'trọng', 'có thể'],
  reason: 'After "phải/cần": passive need ("cần được"), noun ("cần sự"), "cần thiết" — no task is given.',
};
export const NON_OBLIGATION_BEFORE: Cue = {
  id: 'marker.not-obligation-before',
  phrases: ['không', 'chưa', 'chẳng', 'có thể', 'không nhất thiết', 'yêu cầu là', 'đòi hỏi'],
  reason: 'Before "phải/cần": negation ("không phải"), permission ("có thể"), or a requirement on a thing ("yêu cầu là phải").',
};

/** Verbs that open a follow-up instruction sentence and continue the previous directive. */
export const IMPERATIVE_OPENERS: Cue = {
  id: 'opener.imperative',
  phrases: [
    'khẩn trương', 'đẩy mạnh', 'nâng cao', 'tăng cường', 'tập trung', 'tiếp tục', 'hoàn thiện', 'xây dựng', 'triển khai',
    'rà soát', 'nghiên cứu', 'chủ động', 'quyết liệt', 'ưu tiên', 'phấn đấu', 'bảo đảm', 'đảm bảo', 'thực hiện', 'kiên quyết',
    'sớm', 'phát huy', 'thúc đẩy', 'hoàn thành', 'đôn đốc', 'kịp thời', 'tổ chức', 'xử lý', 'nghiêm túc', 'khắc phục',
    'cắt giảm', 'đổi mới', 'phát triển', 'tuyên truyền', 'giải quyết', 'ban hành', 'chuẩn bị', 'bố trí', 'không để', 'quan tâm',
    'huy động', 'tháo gỡ', 'đơn giản hóa', 'số hóa', 'kết nối', 'chấn chỉnh', 'siết chặt', 'rà soát', 'cải thiện', 'tích cực',
    'chú trọng', 'đề cao', 'nghiên cứu', 'tham mưu', 'hướng dẫn', 'theo dõi', 'phối hợp', 'chỉ đạo', 'sửa đổi', 'bổ sung', 'tổng kết',
  ],
  reason: 'A sentence that opens with a bare action verb after a directive is a further task of the same instruction.',
};

/** Aspect words right after a subject that make the clause a report of fact, not a task. */
export const FACT_ASPECT: Cue = {
  id: 'aspect.fact',
  phrases: ['thông báo', 'đã', 'đang', 'vừa', 'mới', 'từng', 'đạt', 'là', 'có', 'còn', 'chưa', 'vẫn', 'được', 'với', 'của', 'tại', 'cho biết', 'báo cáo', 'đề nghị', 'kiến nghị', 'đề xuất', 'ghi nhận', 'cho rằng',
    'thông tin', 'dự kiến', 'ước tính', 'nêu', 'trình bày', 'phản ánh', 'nhận định', 'khẳng định', 'tham dự', 'dự', 'có mặt', 'phát biểu',
    'chia sẻ', 'nhận', 'bày tỏ', 'cảm ơn', 'thống nhất', 'nhất trí', 'đồng ý', 'tổ chức hội nghị', 'công bố'],
  reason: 'Aspect and reporting words right after a subject make the clause a report of fact ("Bộ X đã …"), not a task.',
};

/** Adverbs allowed between a subject agency and its verb. */
export const CLAUSE_ADVERBS: Cue = {
  id: 'adverb.clause',
  phrases: ['cần phải', 'phải', 'cần', 'khẩn trương', 'chủ động', 'tiếp tục', 'cũng', 'sớm', 'tập trung', 'nghiêm túc', 'kịp thời', 'quyết liệt', 'đều', 'tích cực'],
  reason: 'Urgency and manner adverbs between a subject agency and its verb ("Bộ X khẩn trương …").',
};

/** "X chủ trì" marks the lead; "phối hợp (với)" the coordinators. */
export const LEAD_MARKER: Cue = { id: 'role.lead', phrases: ['chủ trì'], reason: '"Bộ X chủ trì" names the lead agency (cơ quan chủ trì).' };
export const COORDINATE_MARKER: Cue = {
  id: 'role.coordinate',
  phrases: ['phối hợp chặt chẽ với', 'phối hợp với', 'phối hợp cùng', 'phối hợp', 'kết hợp chặt chẽ với', 'kết hợp với', 'tham gia cùng với', 'cùng với'],
  reason: 'The parties after "phối hợp (với)", "kết hợp với" or "(tham gia) cùng với" are coordinating agencies.',
};
export const RECIPIENT_MARKER: Cue = {
  id: 'role.recipient',
  phrases: ['báo cáo', 'trình', 'tham mưu cho', 'đề xuất với'],
  reason: '"báo cáo / trình Thủ tướng" names the recipient of a deliverable, not an assignee.',
};
export const MONITOR_MARKER: Cue = {
  id: 'role.monitor',
  phrases: ['đôn đốc', 'theo dõi', 'giám sát', 'kiểm tra'],
  reason: '"đôn đốc / theo dõi" asks the subject to monitor others; it is still the party the task is given to.',
};

/** "theo yêu cầu / theo chỉ đạo của <official>" attributes a sentence's task to that official. */
export const ATTRIBUTED_REQUEST: Cue = {
  id: 'marker.attributed-request',
  phrases: ['theo yêu cầu của', 'theo chỉ đạo của', 'theo đề nghị của', 'là yêu cầu của', 'là chỉ đạo của', 'là đề nghị của'],
  reason: 'The task of the sentence was required by the named official ("Tăng cường tuyên truyền … là yêu cầu của Thủ tướng với Bộ X": of Bộ X).',
};

const COMMITTEE_HEADS = ['Chủ tịch', 'Phó Chủ tịch'].flatMap((head) => ['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân']
  .flatMap((body) => ['tỉnh', 'thành phố', 'Thành phố', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường']
    .map((level) => `${head} ${body} ${level}`)));

/** References to an official by role or pronoun, resolved through coreference. */
export const OFFICIAL_PRONOUNS: Cue = {
  id: 'coref.pronoun',
  phrases: ['người đứng đầu Chính phủ', 'lãnh đạo Chính phủ', 'Thủ tướng Chính phủ', 'Phó Thủ tướng Thường trực Chính phủ', 'Phó Thủ tướng Chính phủ',
    'Phó Thủ tướng Thường trực', 'Phó Thủ tướng', 'Thủ tướng', 'ông', 'bà', 'đồng chí', 'Chủ tịch UBND tỉnh', 'Chủ tịch', 'Bộ trưởng',
    'người đứng đầu chính quyền tỉnh', 'người đứng đầu chính quyền thành phố', 'người đứng đầu tỉnh', 'người đứng đầu ngành',
    'người đứng đầu UBND tỉnh', 'lãnh đạo tỉnh', 'lãnh đạo UBND tỉnh', 'lãnh đạo thành phố', 'lãnh đạo UBND thành phố', 'lãnh đạo huyện', 'lãnh đạo UBND huyện', 'Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch', 'Giám đốc Sở', 'Bí thư Tỉnh ủy', 'Bí thư',
    // A district's and a city's Party leaders, unnamed ("đồng chí Phó Bí thư Thường trực Huyện ủy cũng giao …").
    'Bí thư Huyện ủy', 'Bí thư Thành ủy', 'Bí thư Quận ủy', 'Bí thư Thị ủy', 'Bí thư Đảng ủy', 'Thường trực Huyện ủy', 'Thường trực Tỉnh ủy', 'Thường trực Thành ủy',
    // The head of a people's committee at any level, with the committee's name short or in full
    // ("Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:", "Chủ tịch UBND thành phố chỉ đạo …").
    ...COMMITTEE_HEADS,
    'Công điện', 'Chỉ thị', 'Thông báo kết luận', 'Kết luận', 'Văn bản'],
  reason: 'Reports name the chair once and then refer to him by role or pronoun; a dispatch or conclusion ("Công điện yêu cầu …") speaks for its signer.',
};

/** Verbs of speech whose subject is the speaker of the surrounding quotation or instruction. */
// Verbs of instruction only: a minister who "cho biết" (reports) does not become the speaker
// whose instructions follow.
export const SPEECH_VERBS: Cue = {
  id: 'verb.speech',
  phrases: ['chỉ đạo', 'quán triệt', 'nhấn mạnh', 'yêu cầu', 'đề nghị', 'lưu ý', 'khẳng định', 'kết luận', 'giao', 'có ý kiến như sau', 'có ý kiến chỉ đạo'],
  reason: 'Verbs of instruction whose subject becomes the speaker of what follows; reporting verbs ("cho biết") are not among them.',
};

/** Meeting words. */
export const MEETING_WORDS: readonly { phrase: string; kind: 'PHIEN_HOP' | 'HOI_NGHI' | 'CUOC_HOP' | 'BUOI_LAM_VIEC' | 'KY_HOP' }[] = [
  { phrase: 'phiên họp', kind: 'PHIEN_HOP' },
  { phrase: 'hội nghị', kind: 'HOI_NGHI' },
  { phrase: 'cuộc họp', kind: 'CUOC_HOP' },
  { phrase: 'buổi làm việc', kind: 'BUOI_LAM_VIEC' },
  { phrase: 'kỳ họp', kind: 'KY_HOP' },
  { phrase: 'hội thảo', kind: 'HOI_NGHI' },
  { phrase: 'diễn đàn', kind: 'HOI_NGHI' },
];
