// Lines whose shape says what they are before any clause is read: the introduction of a body's
// standing duties or of what a law lists, a line that only gives the term of the tasks before, a
// dispatch's address line, the recipients block, photo credits, page chrome, attendance, and a
// line without final punctuation that still states a task.
import type { Token } from '../document/tokens';

export const MANDATE_INTRO = /(?:(?:chức năng,\s*)?nhiệm vụ(?:,|\s+và)\s*quyền hạn|có (?:các |những )?nhiệm vụ(?: chủ yếu| cụ thể)?(?: như)? sau)[^:.]{0,80}:[\s*_]*$/iu;
// "Căn cứ tại Điều 12 Luật … thì các hành vi bị cấm … được quy định như sau:", "… bao gồm:": what
// a law lists (prohibited acts, principles, the activities a term covers), not tasks given here.
// (A dispatch quoted "có quy định như sau:" lists its tasks: only a law's article, or what "được
// quy định như sau:" in the passive, lists rules.)
export const LAW_LIST_INTRO = /(?:(?:Luật|Bộ luật|Nghị định|Thông tư|Hiến pháp)\b[^:]{0,120}(?:được )?quy định[^:]{0,100}?(?:như sau|sau đây)|được quy định (?:cụ thể )?(?:như sau|sau đây)|bao gồm|hành vi bị (?:nghiêm )?cấm|nguyên tắc cơ bản[^:]{0,60}|nguyên tắc[^:]{0,40}(?:như sau|gồm|là))[^:.]{0,60}:[\s*_]*$/u;
// "✅ Những thành tựu đã đạt được", "Kết quả đạt được:": a heading over what was achieved; its
// items ("• Hoàn thành thi công cải tạo cầu cảng …") report it, they are no tasks.
export const ACHIEVED_HEADING = /^[^\p{L}]*(?:(?:Những|Các|Một số)\s+)?(?:thành tựu|kết quả(?: nổi bật| chính| cụ thể)?|việc đã làm)(?:\s+(?:đã\s+)?(?:đạt được|làm được|nổi bật))?(?:\s+(?:trong|năm|của)\s[^:.;]{0,60})?[\s*_]*:?[\s*_]*$/iu;
export const TERM_LINE = /^[\s*_]*(?:[-+•–]\s*)?(?:Thời gian|Thời hạn)(?: hoàn thành(?: xong)?| thực hiện(?: xong)?| báo cáo(?: đề xuất| kết quả)?| gửi báo cáo(?: kết quả)?)?\s*(?::|là)?\s*(?:trước|chậm nhất|trong|đến hết|đến|ngày|quý|tháng|năm)[^.;:]{0,40}\.?[\s*_]*$/iu;
export const DISPATCH_ADDRESS = /^[\s*_]*[\p{Lu}\s]{4,}\s+điện\s*:[\s*_]*$/u;
// "Thủ tướng Chính phủ điện: Bộ Y tế; Bộ Giao thông vận tải; …" on one line: the addressees only.
export const DISPATCH_ADDRESSEES = /^[\s*_]*(?:Thủ tướng(?: Chính phủ)?|Chủ tịch (?:UBND|Ủy ban nhân dân)[^:;]{0,40}|(?:UBND|Ủy ban nhân dân)[^:;]{0,40}|Bộ trưởng[^:;]{0,40})\s+điện\s*:\s*\S/iu;
// "Công điện gửi Bí thư và Chủ tịch UBND các tỉnh …; các bộ trưởng: …": whom the document is sent
// to, told by the press; no task, unless an instruction verb follows in the sentence.
export const DOCUMENT_SENT_TO = /^[\s*_]*(?:Công điện|Công văn|Văn bản|Thông báo|Chỉ thị|Kế hoạch)(?: (?:này|khẩn|hỏa tốc))? (?:được )?gửi(?: đến| tới)?\s/u;
export const RECIPIENTS_BLOCK = /^\s*(?:\*{0,2}_?)?Nơi nhận\s*:?/u;
export const CAPTION_CREDIT = /^\s*(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh chụp màn hình|Nguồn ảnh)\s*:/u;
// Markdown links and images, rules and table rows that a saved page carries around the text.
// Links, images, rules, table rows, and a short marker framed by rules ("--- PAGE BREAK ---",
// "=== Trang 2 ===") that a PDF or OCR copy leaves between pages.
// ("* Mời quý độc giả theo dõi …", "Mời bạn đọc xem thêm …": an outlet's invitation to its pages.)
// (A line holding only a number, "2" or "- 2 -", is a page's number.)
export const PAGE_CHROME = /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$|^\s*!?\[[^\]]*\]\(|\]\(https?:|^\s*[-=_*]{3,}\s*$|^\s*\||^\s*[-=_*]{2,}\s*[\p{L}\d ]{1,24}?\s*[-=_*]{2,}\s*$|^[\s*•-]*Mời (?:quý )?(?:độc giả|bạn đọc|quý vị)\s/u;
export const ATTENDANCE = /^\s*(?:Dự|Tham dự|Cùng dự|Cùng tham dự|Có mặt|Tham gia)\s+(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|lễ|hội thảo|tọa đàm|chương trình|buổi|có|tại)/u;
export const CONCLUSION_OF = /(?:kết luận|ý kiến chỉ đạo|chỉ đạo|ý kiến)\s+của\s+/iu;
export const TASK_HEADING = /(?:\s|^)(?:phải|cần|khẩn trương|yêu cầu|giao|đề nghị|chủ động|tập trung)\s/u;

/** A line without final punctuation that still states a task ("Các bộ, ngành cần tập trung …"):
 * long enough to be a sentence cut at the end of the passage, and worded as a task. */
export function headingStatesTask(text: string, tokens: readonly Token[]): boolean {
  return tokens.filter((t) => t.word).length >= 8 && TASK_HEADING.test(text) && !/[“"]$/u.test(text.trim()) && !/^\s*(?:#|\*\*)/u.test(text);
}
// Parts of a plan whose items are no tasks: its funds and its grounds.
export const NON_TASK_PART = /(?:KINH PHÍ|NGUỒN VỐN|CĂN CỨ)/u;
