// The phrase sets the clause readers match, built once from the lexicon's rows
// (src/extract/lexicon) and the few short lists that only the clause readers use.
import { INNER_PUNCT, PhraseSet } from '../../document/tokens';
import {
  CONTINUATION_CONNECTORS, EARLIER_EVENTS, GENERIC_DOERS, INSTRUCTION_VERBS, ISSUING_BODIES, LETTER_SENDS, LIST_INTRODUCERS, NARRATIVE_AFTER_SUBJECT, NOT_A_TASK,
  NOUN_BEFORE_CUE, SUBJECT_MODALS, TASK_OPENERS, TOPIC_MARKERS, APPRAISAL_OPENERS, PROHIBITION_OPENERS, JUDGED_THEN_ASKED, DOCUMENT_URGES, CONCESSIONS, RESULT_OPENERS,
} from '../../lexicon/instruction-cues';
import { ALLOCATED_THINGS, MANDATE_SCOPES, CLAUSE_LEADS, INSTRUCTION_TOPICS, ISSUED_DOCUMENTS, ISSUING_VERBS, NAMED_DUTIES, RULE_CITATIONS, RULE_STATEMENTS } from '../../lexicon/clause-frames';
import { ATTRIBUTED_REQUEST, MONITOR_MARKER, COORDINATE_MARKER, OBLIGATION_MARKERS, OFFICIAL_PRONOUNS, RECIPIENT_MARKER, SUBJECT_ADVERBS } from '../../lexicon/verbs';
import { TITLE_HEADS } from '../../lexicon/titles';

export const set = (phrases: readonly string[]) => new PhraseSet(phrases);
export const CUES = set(INSTRUCTION_VERBS.phrases);
export const NOUNISH = set(NOUN_BEFORE_CUE.phrases);
export const MODALS = set(SUBJECT_MODALS.phrases);
export const NARRATIVE = set(NARRATIVE_AFTER_SUBJECT.phrases);
export const NOT_TASK = set(NOT_A_TASK.phrases);
export const CONNECTORS = set(CONTINUATION_CONNECTORS.phrases);
export const TOPICS = set(TOPIC_MARKERS.phrases);
export const EARLIER = set(EARLIER_EVENTS.phrases);
// ("Phòng, chống dịch …": a comma may sit inside an opener.)
export const OPENERS = new PhraseSet(TASK_OPENERS.phrases, new Set([',']));
export const APPRAISALS = set(APPRAISAL_OPENERS.phrases);
export const RESULTS = set(RESULT_OPENERS.phrases);
export const JUDGED = set(JUDGED_THEN_ASKED.phrases);
export const URGES = set(DOCUMENT_URGES.phrases);
export const CONCEDES = set(CONCESSIONS.phrases);
export const PROHIBITIONS = set(PROHIBITION_OPENERS.phrases);
export const INTRO = set(LIST_INTRODUCERS.phrases);
export const BODIES = set(ISSUING_BODIES.phrases);
// Generic doers are written with commas inside ("các cơ quan, đơn vị"): matched across them.
export const GENERIC = new PhraseSet(GENERIC_DOERS.phrases, INNER_PUNCT);
// Words that open an adverbial of scope between an instruction verb and its doers
// ("yêu cầu trong các phương án đề xuất, Bộ X phải …").
export const SCOPE_OPENERS: ReadonlySet<string> = new Set(['trong', 'đối', 'về', 'khi', 'với', 'tại', 'trên', 'sau', 'trước']);
export const PRONOUNS = set(OFFICIAL_PRONOUNS.phrases);
export const SUBJ_ADV = set(SUBJECT_ADVERBS.phrases.filter((p) => p !== 'đã'));
export const OBLIGATION = set(OBLIGATION_MARKERS.phrases);
export const ATTRIBUTED = set(ATTRIBUTED_REQUEST.phrases);
export const MONITOR = set(MONITOR_MARKER.phrases);
export const COORD = set(COORDINATE_MARKER.phrases);
export const RECIPIENT = set(RECIPIENT_MARKER.phrases);
// (The mandate's nouns are written with commas between them: matched across them.)
export const FOLLOW = new PhraseSet(['trực tiếp', 'liên quan', 'có liên quan', 'nêu trên', 'trực thuộc Trung ương', 'trên địa bàn', 'nói riêng', 'nói chung', ...MANDATE_SCOPES.phrases,
  'cũng', 'đều', 'cần', 'khẩn trương'], INNER_PUNCT);
export const SPEECH = set(['nhấn mạnh', 'nêu rõ', 'cho rằng', 'chỉ rõ', 'nói rõ', 'lưu ý', 'kết luận', 'đưa ra kết luận', 'quán triệt', 'đề nghị', 'yêu cầu',
  'chỉ đạo', 'nhắc nhở', 'căn dặn', 'có ý kiến như sau', 'có ý kiến chỉ đạo']);
export const NEW_SUBJECT = set(['hội nghị', 'phiên họp', 'cuộc họp', 'buổi làm việc', 'đoàn công tác', 'đoàn', 'các đại biểu', 'đại biểu']);
export const SUPERIOR = /^(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương Đảng|Chính phủ|Thủ tướng Chính phủ|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Ban Thường vụ)/u;
export const AUDIENCE = set(['các đại biểu', 'đại biểu', 'các nhà khoa học', 'các chuyên gia', 'các thành viên dự họp', 'các đồng chí dự họp']);
export const ADVISED = set(['tham mưu cho', 'tham mưu', 'đề xuất', 'kiến nghị', 'báo cáo', 'trình', 'giúp']);
export const GIAO_COMPOUNDS = new Set(['thông', 'ban', 'lưu', 'dịch', 'hàng', 'thương', 'nhận', 'tiếp', 'kết', 'thừa', 'hữu', 'tranh', 'chiến', 'diện', 'lộ', 'điểm', 'hảo', 'hoán', 'nộp']);
export const ORDINALS = set(['thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'thứ chín', 'thứ mười',
  'một là', 'hai là', 'ba là', 'bốn là', 'năm là', 'sáu là', 'bảy là', 'tám là', 'chín là', 'mười là']);
export const URGENT = set(['khẩn trương', 'phải', 'cần', 'sớm', 'kịp thời', 'nghiêm túc', 'chủ động', 'tập trung']);
export const UNIT_WORDS = new Set(['huyện', 'quận', 'thị', 'tỉnh', 'thành', 'xã', 'phường']);
export const FIELD = set(['công tác', 'lĩnh vực', 'quá trình', 'bối cảnh', 'việc']);
export const SEND = set(LETTER_SENDS.phrases);
export const SUMMARY = set(['nhiều nội dung', 'một số nội dung', 'nhiều vấn đề', 'một số vấn đề', 'nhiều nhiệm vụ quan trọng']);
export const OUTLET_TAG = /^(?:\([^)\n]{1,30}\)|\p{Lu}{2,}(?:\.\p{Lu}{2,})+|\p{Lu}{2,4})\s*[-–—]\s+/u;
export const BULLETS = new Set(['-', '+', '•', '*', '–', '—', '▪', '●', '◦', '~', '_']);
export const LESSON = set(['từ kinh nghiệm', 'từ những kinh nghiệm', 'từ thực tiễn', 'từ bài học', 'từ những bài học', 'rút kinh nghiệm từ']);
export const NAMED_DUTY = set(NAMED_DUTIES.phrases);
export const ALLOCATED = set(ALLOCATED_THINGS.phrases);
export const TOPIC_NOUNS = set(INSTRUCTION_TOPICS.phrases);
export const LEADS = set(CLAUSE_LEADS.phrases);
// "Thủ tướng Chính phủ đã ký Công điện số 86/CĐ-TTg yêu cầu …": the signer gives the instruction.
export const SIGN = set(['ký', 'ban hành', 'ký ban hành']);
export const DOCUMENTS = set(['Công điện', 'Chỉ thị', 'Thông báo', 'Quyết định', 'Công văn', 'văn bản', 'Văn bản', 'Kế hoạch', 'Nghị quyết']);
export const RULE_STATED = set(RULE_STATEMENTS.phrases);
export const RULE_CITED = set(RULE_CITATIONS.phrases);
export const ISSUED = set(ISSUED_DOCUMENTS.phrases);
// "Sở GTVT có Công văn 450/SGTVT-QLVTPT-NL đề nghị …": the document the body issued, by number.
export const ISSUES = set(ISSUING_VERBS.phrases);
export const NARRATIVE_ASPECT = new Set(['đã', 'vừa', 'đang', 'từng']);
// First words of the posts that give instructions ("Thủ tướng", "Phó Chủ tịch", "Bí thư", …).
export const TITLE_FIRST = new Set(TITLE_HEADS.map((h) => h.head.split(' ')[0].toLowerCase()));
