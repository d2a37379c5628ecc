// The vocabulary of what frames a clause before or around its task: the words read-clause.ts tests
// to tell a document's title, the law as it stands, an allocation or a reported document from an
// instruction. Rows as in instruction-cues.ts; phrases are compared in lower case with diacritics.
import type { Cue } from './verbs';

/** The duties given to a minister named after the post ("Bộ trưởng Bộ X Nguyễn Văn A được giao …"). */
export const NAMED_DUTIES: Cue = {
  id: 'cue.named-duty',
  phrases: ['được giao', 'được yêu cầu', 'được đề nghị', 'được phân công', 'cần', 'phải', 'có trách nhiệm', 'chịu trách nhiệm', 'khẩn trương', 'chủ trì'],
  reason: 'After a post and the name of its holder, a duty makes the post\'s body the doer; any other verb ("… tham gia góp ý") is a caption or a report.',
};

/** What "giao" hands out when it allocates rather than instructs. */
export const ALLOCATED_THINGS: Cue = {
  id: 'cue.allocates',
  phrases: ['chi tiết', 'kế hoạch vốn', 'vốn', 'chỉ tiêu', 'danh mục', 'dự toán', 'biên chế', 'đất', 'mặt bằng'],
  reason: '"Bộ trưởng Bộ X giao chi tiết danh mục dự án …": "giao" allocates; the one who allocates does the task.',
};

/** "chỉ đạo về việc / về công tác …": what an instruction or a document is about. */
export const INSTRUCTION_TOPICS: Cue = {
  id: 'neg.document-topic',
  phrases: ['việc', 'công tác', 'tình hình', 'vấn đề', 'các vấn đề', 'nội dung', 'các nội dung', 'một số nội dung', 'một số vấn đề'],
  reason: 'After "chỉ đạo về", the subject of a document as its title gives it, not a task; what it asks comes after.',
};

/** What opens a clause before its speaker: a purpose, a condition, grounds, a time. */
export const CLAUSE_LEADS: Cue = {
  id: 'cue.clause-lead',
  phrases: ['để', 'nhằm', 'khi', 'nếu', 'trước', 'sau', 'theo', 'thực hiện', 'căn cứ', 'về', 'đối với', 'với', 'tại', 'trong', 'ngày', 'sáng', 'chiều', 'phát biểu'],
  reason: 'A clause that opens with these and ends on ", <speaker> <verb>:" introduces a list; it is no lead with its speaker last.',
};

/** "Theo quy định tại Điều 46 Nghị định số 06 … thì UBND tỉnh …": the provision cited, then "thì" and what it says. */
export const RULE_CITATIONS: Cue = {
  id: 'neg.rule-cited',
  phrases: ['theo quy định tại', 'theo quy định của', 'căn cứ quy định tại'],
  reason: 'A provision cited and then what it says ("… thì …") is the law told as background, not an instruction.',
};

/** "Theo quy định hiện hành, …": the law as it stands. */
export const RULE_STATEMENTS: Cue = {
  id: 'neg.rule-stated',
  phrases: ['theo quy định hiện hành', 'theo quy định hiện nay', 'theo quy định của pháp luật hiện hành', 'theo các quy định hiện hành'],
  reason: 'The law as it stands, told as background: no one is instructed, and the instruction before is over.',
};

/** What a body "có" or "ban hành" when it issued a document: "có công điện / công văn … gửi". */
export const ISSUED_DOCUMENTS: Cue = {
  id: 'cue.issued-document',
  phrases: ['công điện', 'công văn', 'văn bản', 'thông báo', 'chỉ thị', 'kế hoạch', 'quyết định', 'tờ trình', 'báo cáo'],
  reason: '"Sở X có Công văn 450/… đề nghị …": the body issued a document that asks; "… cũng có công điện gửi …" reports one.',
};

/** The verbs of issuing a document, before its kind. */
export const ISSUING_VERBS: Cue = {
  id: 'cue.issuing',
  phrases: ['có', 'ban hành', 'gửi', 'vừa có', 'đã có', 'vừa ban hành', 'đã ban hành', 'ra', 'đã ra', 'vừa ra', 'phát đi', 'đã phát đi',
    'vừa phát đi'],
  reason: 'With a document\'s kind and number after them, the issuer named before them instructs through it.',
};

// "theo chức năng, nhiệm vụ được giao", "trong phạm vi chức năng, quyền hạn của mình": the
// mandate a doer acts within, every order of its nouns, with or without what closes it.
const SCOPE_OPENERS = ['theo', 'theo đúng', 'trong phạm vi', 'căn cứ', 'căn cứ vào', 'trên cơ sở'];
const SCOPE_NOUNS = ['chức năng', 'nhiệm vụ', 'quyền hạn', 'thẩm quyền'];
const SCOPE_CLOSERS = ['', ' được giao', ' của mình', ' được giao của mình', ' của đơn vị', ' của từng đơn vị', ' được phân công'];

function scopeLists(nouns: readonly string[], longest: number): string[] {
  if (longest === 0) return [];
  const out: string[] = [];
  for (const n of nouns) {
    out.push(n);
    for (const rest of scopeLists(nouns.filter((m) => m !== n), longest - 1)) out.push(`${n}, ${rest}`, `${n} ${rest}`, `${n} và ${rest}`);
  }
  return out;
}

/** After a doer, the mandate it acts within: the doer's name goes on past it to the predicate. */
export const MANDATE_SCOPES: Cue = {
  id: 'frame.mandate-scope',
  phrases: SCOPE_OPENERS.flatMap((o) => scopeLists(SCOPE_NOUNS, 3).flatMap((l) => SCOPE_CLOSERS.map((c) => `${o} ${l}${c}`))),
  reason: '"Công an tỉnh, Sở X trong phạm vi chức năng, quyền hạn của mình, tập trung …": the mandate the doers act within, not a part of the task.',
};
