// Which deadline phrases of a clause are deadlines of its task. A date is a deadline when a
// temporal preposition governs it ("trong tháng 9", "đến cuối năm 2025", "trước ngày 30/6") or
// when it stands as an adverbial of its own ("Năm 2024, các bộ … cần …"). A date that qualifies
// a noun says which item is meant ("Nghị quyết phân bổ ngân sách năm 2024", "Quyết định số
// 422/QĐ-TTg, ngày 4/4/2022 của Thủ tướng") and is not a deadline; nor is a recurring date.
import type { DeadlineMention, Span } from '../types';
import { lower } from '../document/tokens';

// Compared with diacritics: "ngay" (at once) governs a date, "ngày" (day) does not.
const PREPOSITIONS = ['trong', 'đến', 'trước', 'chậm nhất', 'muộn nhất', 'hết', 'ngay', 'từ nay đến', 'kể từ', 'xong trước', 'vào', 'cuối', 'đầu', 'giữa', 'nội trong', 'trong dịp', 'ngay trong', 'tới'];
// "Kết thúc năm 2016, có tổng kết …": at the end of the period (two words before the date; the
// prepositions above are compared with the phrase itself and the one word before it).
const END_OF_PERIOD = 'kết thúc';

// The same few phrases ("trước ngày 30/6/2025", the word before a date) come back at every clause
// that a date may govern: each is lower-cased word by word once, not at every clause.
const GOVERNED = new Map<string, boolean>();
const MAX_GOVERNED = 2000;

function startsWithPreposition(phrase: string): boolean {
  let starts = GOVERNED.get(phrase);
  if (starts === undefined) {
    const l = phrase.split(/\s+/).map(lower).join(' ');
    starts = PREPOSITIONS.some((p) => l === p || l.startsWith(`${p} `));
    if (GOVERNED.size >= MAX_GOVERNED) GOVERNED.clear();
    GOVERNED.set(phrase, starts);
  }
  return starts;
}

function wordBefore(text: string, at: number, floor: number): string {
  const m = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(floor, at - 20), at));
  return m ? m[1] : '';
}

/** The two words before `at` ("kết thúc" of "Kết thúc năm 2016"). */
function twoWordsBefore(text: string, at: number, floor: number): string {
  const m = /([\p{L}]+\s+[\p{L}]+)\s*$/u.exec(text.slice(Math.max(floor, at - 30), at));
  return m ? m[1] : '';
}

function insideParentheses(text: string, span: Span, clause: Span): boolean {
  const before = text.slice(clause.start, span.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

const TIME_BEFORE = /(?:^|\s)(?:trước|đến|chậm nhất(?:\s+là)?|muộn nhất(?:\s+là)?|hạn)\s+\d{1,2}\s*(?:giờ|h|g)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,\s*$/iu;
const TERM_BEFORE = /(?:thời hạn|hạn cuối|hạn chót|thời gian hoàn thành|thời hạn hoàn thành|thời hạn báo cáo|thời gian báo cáo)(?:\s+(?:cuối cùng|nộp|gửi))?\s*(?:là|:)?\s*$/iu;

// "Chậm nhất ngày 15/11, Bộ X phải …": the limit word before a date the parser read without it
// belongs to the phrase, so that the phrase opens the clause as one adverbial.
const LIMIT_BEFORE = /(?:chậm|muộn)\s+nhất\s+(?:là\s+)?$/iu;

/** The deadline with a limit word written just before it ("chậm nhất", "muộn nhất là") taken in. */
export function withLimitWord(text: string, d: DeadlineMention): DeadlineMention {
  const m = LIMIT_BEFORE.exec(text.slice(Math.max(0, d.span.start - 20), d.span.start));
  if (!m) return d;
  const start = d.span.start - m[0].length;
  return { ...d, text: text.slice(start, d.span.end), span: { start, end: d.span.end } };
}

// "theo Đề án phát triển cây ăn quả chủ lực đến năm 2025", "Chiến lược … tầm nhìn đến năm 2045":
// a year a plan's name runs to is its horizon, not when the task is due.
// ("lập quy hoạch định hướng các khu công nghiệp … đến năm 2020": in lower case too.)
const PLAN_NOUN = /(?:[Đđ]ề án|[Cc]hiến lược|[Qq]uy hoạch|[Cc]hương trình|Kế hoạch|Dự án|Nghị quyết|tầm nhìn)\s[^,;:.()]{0,80}$/u;
const HORIZON = /^(?:đến|tới)\s+năm\s+\d{4}$/iu;

function horizonOfDocument(text: string, d: DeadlineMention, clause: Span): boolean {
  if (!HORIZON.test(d.text.trim()) && !/tầm nhìn\s*$/iu.test(text.slice(Math.max(clause.start, d.span.start - 12), d.span.start))) return false;
  return PLAN_NOUN.test(text.slice(Math.max(clause.start, d.span.start - 100), d.span.start));
}

// "Nhằm tận dụng cơ hội …, tránh bị thiếu hụt nguyên liệu vào các tháng cuối năm 2018, Bộ … đề
// nghị …": a date inside the purpose that opens the clause, before anyone instructs, is the goal's.
const PURPOSE_LEAD = /^[\s*_-]*(?:Nhằm|Để|Với mục tiêu|Hướng tới)\s/u;
const INSTRUCTS = /(?:^|\s)(?:giao|yêu cầu|đề nghị|chỉ đạo|phải|cần)(?=\s|$)/u;

// "Thực hiện chỉ đạo của Thủ tướng tại Công điện số 64/CĐ-TTg …, bảo đảm an toàn trong dịp Tết
// Nhâm Dần 2022, Bộ Y tế đề nghị …": the grounds that lead the clause, before its instruction.
const GROUNDS_LEAD = /^[\s*_'"“-]*(?:Thực hiện|Triển khai|Căn cứ|Theo)\s+(?:(?:ý kiến\s+)?chỉ đạo|ý kiến|Công điện|Chỉ thị|Kết luận|Nghị quyết|Quyết định|Thông báo|Kế hoạch|[Vv]ăn bản|Công văn)\s/u;

function inPurposeLead(text: string, d: DeadlineMention, clause: Span): boolean {
  const before = text.slice(clause.start, d.span.start);
  if (PURPOSE_LEAD.test(before)) return !INSTRUCTS.test(before);
  // (The lead's own "chỉ đạo" is its grounds, not the instruction.)
  const grounds = GROUNDS_LEAD.exec(before);
  return grounds !== null && !INSTRUCTS.test(before.slice(grounds[0].length)) && INSTRUCTS.test(text.slice(d.span.end, clause.end));
}

// "báo cáo kết quả tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017)": the date the
// text gives for the event the task is due at (FORMAT.md: an event → the event's date).
const EVENT_BEFORE = /(?:^|\s)(?:tại|trước|vào|trình)\s+(?:các\s+)?(?:[Kk]ỳ\s+họp|[Hh]ội\s+nghị|[Đđ]ại\s+hội|[Pp]hiên\s+họp)[^()]{0,60}\(\s*(?:dự\s+kiến\s+)?(?:(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|họp)\s+)?(?:vào\s+)?$/u;

// "trình phiên họp Chính phủ tháng 11/2019", "cho ý kiến tại phiên họp tháng 5 tới", "Phát biểu tại
// phiên họp thường kỳ tháng 2, …": the month is the session's name, not a date the text gives for
// it (FORMAT.md: an event without its date → null; the dev gold reads these so).
const SESSION_BEFORE = /(?:^|\s)(?:trình|tại|trước|vào|báo cáo)\s+(?:các\s+)?(?:[Pp]hiên\s+họp|[Kk]ỳ\s+họp|[Hh]ội\s+nghị)(?:\s+(?:Chính\s+phủ|thường\s+kỳ|thường\s+lệ|chuyên\s+đề|HĐND\s+tỉnh|Hội\s+đồng\s+nhân\s+dân\s+tỉnh|Quốc\s+hội|UBND\s+tỉnh))*\s+$/u;

const PERIOD_START_BEFORE = /(?:^|\s)từ\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*$/iu;

function sessionDate(text: string, d: DeadlineMention, clause: Span): boolean {
  return /^tháng\s/iu.test(d.text) && SESSION_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 60), d.span.start));
}

function eventDate(text: string, d: DeadlineMention, clause: Span): boolean {
  return EVENT_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 120), d.span.start));
}

// "Ngày 13/8, …", "Sáng 14/1, …", "Chiều ngày 6/2, …": a day standing alone at the head of a
// sentence is the news dateline, when the event happened; a day a task is due at is governed
// ("trước ngày 30/6", "chậm nhất ngày 15/11") or named as the term.
const OCCASION_DAY = /^(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:ngày\s+|hôm\s+)?|ngày\s+|hôm\s+)\d/iu;

// "… đánh giá sự hài lòng (Hoàn thành trước 15/11/2024)", "(báo cáo trước 15/10/2024)", "(thời hạn
// hoàn thành trong Quý IV/2024)": a term given in brackets after the task.
const BRACKET_TERM = /\(\s*(?:hoàn thành|báo cáo|thời hạn(?:\s+hoàn thành)?|thời gian hoàn thành|xong|trình)(?=\s)[^()]{0,24}$/iu;

function bracketedTerm(text: string, d: DeadlineMention, clause: Span): boolean {
  const before = text.slice(clause.start, d.span.start);
  if (!BRACKET_TERM.test(before)) return false;
  return startsWithPreposition(d.text) || startsWithPreposition(wordBefore(text, d.span.start, clause.start));
}

// "Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020", "xem xét không tổ chức
// kiểm tra định kỳ trong năm 2020": a period after a negated verb is how long to refrain, not
// when the task is due. ("không để thiếu hàng trong dịp Tết" is a duty of result: left to the rules.)
const NEGATED_BEFORE = /(?:^|\s)(?:không|chưa)\s+(?!để\s)(?:[^,;:()]{0,80}\s)?$/iu;

function refrainingSpan(text: string, d: DeadlineMention, clause: Span): boolean {
  const inside = /^trong\s/iu.test(d.text);
  const before = text.slice(Math.max(clause.start, d.span.start - 90), d.span.start);
  const pre = inside ? before : before.replace(/trong\s*$/iu, '');
  if (!inside && pre === before) return false;
  if (/dịp|Tết/u.test(d.text)) return false;
  const segment = pre.split(/[,;:()]/u).pop() ?? '';
  return NEGATED_BEFORE.test(` ${segment}`);
}

// "khi <subject> <verb …> (vào)": an event with its own subject; only "vào ngày" or a bare
// "ngày" after it dates the event ("báo cáo khi có kết quả, trước ngày …" stays a term).
const WHEN_EVENT_BEFORE = /(?:^|\s)khi\s+(?!có\s)[^,;:()]{4,80}\s(?:vào\s*)?$/iu;

const FORECAST_BEFORE = /(?:^|\s)(?:dự báo|nguy cơ)\s(?![^;:()]*\s(?:hoàn thành|xong|báo cáo|trình|gửi)\s)[^;:()]{0,60}$/iu;

export type DeadlineVerdict = { accepted: true; ruleId: string } | { accepted: false; reason: string };

/** Decides whether a deadline phrase inside `clause` is a deadline of the clause's task. */
export function judgeDeadline(text: string, d: DeadlineMention, clause: Span): DeadlineVerdict {
  if (d.recurring) return { accepted: false, reason: 'recurring date ("hằng năm")' };
  if (insideParentheses(text, d.span, clause)) {
    if (eventDate(text, d, clause)) return { accepted: true, ruleId: 'deadline.event-date' };
    if (bracketedTerm(text, d, clause)) return { accepted: true, ruleId: 'deadline.bracketed-term' };
    return { accepted: false, reason: 'inside parentheses' };
  }
  // "… từ ngày 1/1/2018 đến ngày 31/12/2021": the end of a period the task covers, not when it is due.
  if (/^đến\s/iu.test(d.text) && PERIOD_START_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 40), d.span.start))) {
    return { accepted: false, reason: 'the end of a period that starts before it ("từ ngày 1/1/2018 đến ngày 31/12/2021")' };
  }
  if (sessionDate(text, d, clause)) return { accepted: false, reason: 'the month that names a session ("trình phiên họp Chính phủ tháng 11/2019"), no date of it' };
  if (horizonOfDocument(text, d, clause)) return { accepted: false, reason: 'the horizon of a plan named before it ("Đề án … đến năm 2025")' };
  // "… đối với các dự án đã báo cáo Ban chỉ đạo trước ngày 25/3": the date says which projects.
  if (/(?:^|\s)đã\s[^,;:]{0,40}$/u.test(text.slice(Math.max(clause.start, d.span.start - 44), d.span.start))) {
    return { accepted: false, reason: 'qualifies what was done before it ("các dự án đã báo cáo trước ngày …")' };
  }
  // "… lưu ý vấn đề môi trường của Formosa khi công ty này khởi động lò đốt số 2 vào ngày 18/5/2018":
  // the day of an event that a "khi" clause tells, not a term for the task.
  if (/^(?:vào\s+)?ngày\s/iu.test(d.text) && WHEN_EVENT_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 90), d.span.start))) {
    return { accepted: false, reason: 'the day of an event a "khi" clause tells ("khi công ty khởi động lò đốt vào ngày 18/5/2018")' };
  }
  // "… để chủ động trước dự báo tình hình khô, hạn trong năm 2019": when the forecast event is, not
  // when the task is due.
  if (/^trong\s/iu.test(d.text) && FORECAST_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 70), d.span.start))) {
    return { accepted: false, reason: 'the time of what is forecast ("trước dự báo tình hình khô hạn trong năm 2019")' };
  }
  if (refrainingSpan(text, d, clause)) return { accepted: false, reason: 'how long to refrain from a negated act ("chưa thực hiện tăng giá trong quý I năm 2020")' };
  if (inPurposeLead(text, d, clause)) return { accepted: false, reason: 'inside the purpose that leads the clause ("Nhằm …, tránh thiếu hụt vào cuối năm 2018, Bộ … đề nghị …")' };
  if (startsWithPreposition(d.text) || startsWithPreposition(wordBefore(text, d.span.start, clause.start))
    || lower(twoWordsBefore(text, d.span.start, clause.start)).replace(/\s+/gu, ' ') === END_OF_PERIOD) {
    return { accepted: true, ruleId: 'deadline.governed' };
  }
  // "trước 14 giờ, ngày 05/12/2017": the hour the preposition governs, then the day after a comma.
  if (TIME_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 40), d.span.start))) return { accepted: true, ruleId: 'deadline.governed' };
  // "hạn cuối là ngày 25-8-2007", "thời hạn hoàn thành: ngày 30/6": the date is named as the term.
  if (TERM_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 40), d.span.start))) return { accepted: true, ruleId: 'deadline.term' };
  const before = text.slice(clause.start, d.span.start).trim();
  const after = text.slice(d.span.end, clause.end).trimStart();
  // ("… từ ngày 16-22/11/2025": a dash inside a range of days opens nothing.)
  const opensClause = before === '' || (/[,:“"(-]$/u.test(before) && !/\d\s*[-–]$/u.test(before)) || /^(?:[-+•]|[a-zđ]\)|\d+\.)$/u.test(before);
  if (opensClause && (after.startsWith(',') || after === '')) {
    if (OCCASION_DAY.test(d.text)) return { accepted: false, reason: 'the day the event of the sentence happened ("Ngày 13/8, Chủ tịch UBND tỉnh có văn bản …")' };
    return { accepted: true, ruleId: 'deadline.adverbial' };
  }
  return { accepted: false, reason: 'qualifies a noun (says which item is meant, not when)' };
}

// "Đợt 2: Đối với trường hợp nghỉ tinh giản trong quý II hồ sơ gửi trước ngày 15/02": a period
// inside the matter that opens the clause says which cases are meant; a date after it is due.
const MATTER_LEAD = /^[\s*_-]*(?:[^\s:]{1,12}\s*(?:\d+\s*)?[:.)]\s*)?(?:[Rr]iêng\s+)?(?:[Đđ]ối với|[Rr]iêng)\s[^,;:]*$/u;

/** The first accepted deadline inside the clause, or null. */
export function deadlineOfClause(text: string, deadlines: readonly DeadlineMention[], clause: Span): { deadline: DeadlineMention; ruleId: string } | null {
  // ("Đối với nhiệm vụ trong tháng 11.2019, Chủ tịch UBND huyện yêu cầu …" with no other date:
  // the matter's period says which tasks, none is due by it.)
  let afterMatter = false;
  for (const d of deadlines) {
    if (d.span.start < clause.start || d.span.end > clause.end) continue;
    const verdict = judgeDeadline(text, d, clause);
    if (!verdict.accepted) continue;
    if (afterMatter) return { deadline: d, ruleId: 'deadline.after-matter' };
    if (!MATTER_LEAD.test(text.slice(clause.start, d.span.start))) return { deadline: d, ruleId: verdict.ruleId };
    afterMatter = true;
  }
  return null;
}
