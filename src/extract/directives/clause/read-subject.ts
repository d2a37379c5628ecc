// Shape 2, "subject": "<parties> phải / cần / khẩn trương / <task verb> …", a heading that names
// the doer of the items below ("1. Bộ Nông nghiệp và Môi trường:"), and "Bộ" alone standing for the
// ministry just named.
import { envWith, readParties, unnamedDoersEnd } from '../read-parties';
import { isGroupLike } from '../committee-hands-over';
import type { Token } from '../../document/tokens';
import type { ClauseEnv, ClauseReading } from './clause-reading';
import { closingFormula, endsWithColon, hasWord, inSpans, negativeIn } from './clause-predicates';
import { rolesIn } from './clause-roles';
import { COORD, FOLLOW, GENERIC, INTRO, ISSUED, MODALS, MONITOR, NAMED_DUTY, NARRATIVE, OBLIGATION, OPENERS, set, URGENT } from './phrase-sets';

// How many words of their trade unnamed doers may take before their duty, and the words that
// point back to doers named before ("đơn vị này").
const TRADE_WORDS = 8;
const POINTING = new Set(['này', 'đó', 'trên', 'ấy', 'kia']);
// Times between a doer and its duty ("… sau đó phải …", "… trước mắt cần …").
const TIME_BETWEEN = set(['sau đó', 'ngay sau đó', 'tiếp đó', 'trước mắt', 'từ nay', 'ngay sau hội nghị', 'sau hội nghị']);
// "<doer> là lực lượng nòng cốt, <task>": what the doer is in the task, before it.
const ROLE_NOUNS = set(['lực lượng', 'cơ quan', 'đơn vị', 'ngành']);
const ROLE_REACH = 12;
const ROLE_BEFORE_TASK = 'cue.role-before-task';

// "Ngày 19/8, UBND huyện tổ chức phiên họp thường kỳ tháng 8": the news of the meeting itself,
// its date before the body, is no task (a task to hold one has no dateline before its doer).
const HOLDS = set(['tổ chức phiên họp', 'tổ chức hội nghị', 'tổ chức cuộc họp', 'tổ chức họp', 'tổ chức buổi làm việc', 'tổ chức lễ']);
const DATELINE_BEFORE = /^(?:date \S+ )?(?:Ngày|Sáng|Chiều|Tối|Trưa)(?: ngày| nay| qua)? \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*,\s*$/u;
// ("Ngày 18/02, UBND tỉnh tổ chức tiếp công dân định kỳ", "Sáng 5/3, Sở Y tế triển khai …": after
// a dateline, a body's plain verb tells what it did that day; only a duty — "phải", "cần", "khẩn
// trương", "có trách nhiệm" — would make it a task.)
const MORE_DUTIES = set(['khẩn trương', 'có nhiệm vụ', 'được yêu cầu', 'được đề nghị', 'được phân công']);

function eventHeld(env: ClauseEnv, k: number, j: number, b: number): string | null {
  const { tokens } = env;
  if (HOLDS.matchAt(tokens, j, b) < 0 && (OBLIGATION.matchAt(tokens, j, b) > 0 || MORE_DUTIES.matchAt(tokens, j, b) > 0)) return null;
  // (The words before the doer, from the clause's start: "Ngày 19/8, ".)
  let a = k;
  while (a > 0 && tokens[a - 1].text !== '.' && k - a < 40) a--;
  const before = env.text.slice(tokens[a].start, tokens[k].start);
  return DATELINE_BEFORE.test(before) || (HOLDS.matchAt(tokens, j, b) > 0 && DATELINE_CHAIRED.test(before)) ? 'neg.event-held' : null;
}
// ("Chiều 26/7, dưới sự chủ trì của đồng chí X - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh, UBND tỉnh
// tổ chức phiên họp …": who chaired may stand between the dateline and the body.)
const DATELINE_CHAIRED = /^(?:date \S+ )?(?:Ngày|Sáng|Chiều|Tối|Trưa)(?: ngày| nay| qua)? \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*,\s*dưới sự chủ trì của [^.;:]*,\s*$/u;

// Words after a subject that tell of time or truth ("đã", "sẽ", "là"): never a relative clause.
const ASPECT = new Set(['đã', 'đang', 'vừa', 'mới', 'từng', 'là', 'có', 'còn', 'chưa', 'vẫn', 'được', 'không', 'sẽ', 'cho', 'đề', 'kiến']);
// How many words a relative clause between the doers and their "phải / cần" may take.
const RELATIVE_WORDS = 6;
const RELATIVE_DUTY = 'cue.relative-duty';
const DUTY_WORDS = set(['phải', 'cần']);

/** The "phải / cần" within a few words after `from`, with no punctuation between, else -1. */
function relativeDutyAt(tokens: readonly Token[], from: number, b: number): number {
  for (let x = from; x < Math.min(b, from + RELATIVE_WORDS); x++) {
    if (!tokens[x].word) return -1;
    if (DUTY_WORDS.matchAt(tokens, x, b) > 0) return tokens[x - 1]?.l === 'không' ? -1 : x;
  }
  return -1;
}

const GROUP_QUALIFIER = 'cue.group-qualifier';
const TERM_BEFORE_TASK = 'cue.term-before-task';
// What a doer is, said in apposition after it.
const APPOSITIONS = set(['cơ quan thường trực', 'cơ quan chủ trì', 'cơ quan đầu mối', 'cơ quan tham mưu', 'cơ quan chuyên môn', 'cơ quan chủ quản',
  'thường trực Ban Chỉ đạo', 'cơ quan thường trực của', 'đơn vị đầu mối', 'đơn vị chủ trì']);
const APPOSITION_WORDS = 14;
const APPOSITION_BEFORE_TASK = 'cue.apposition-before-task';
// A qualifier of a group says where its members are or what befell them: "ven biển", "miền núi
// phía Bắc", "vùng Đồng bằng sông Cửu Long", "bị ảnh hưởng của bão".
const QUALIFIER_FIRST = new Set(['ven', 'miền', 'vùng', 'biên', 'trọng', 'khu', 'phía', 'bị', 'chịu', 'nằm', 'giáp', 'trong']);
const QUALIFIER_WORDS = 6;

/** After a group, where its task starts past a qualifier of where or what ("ven biển"), else -1. */
function groupQualifierEnd(tokens: readonly Token[], j: number, b: number): number {
  if (!tokens[j]?.word || tokens[j].cap || !QUALIFIER_FIRST.has(tokens[j].l)) return -1;
  for (let n = 1; n <= QUALIFIER_WORDS && j + n < b; n++) {
    const w = tokens[j + n - 1];
    if (!w.word || /\d/u.test(w.text) || MODALS.matchAt(tokens, j + n - 1, b) > 0 || OPENERS.matchAt(tokens, j + n - 1, b) > 0 || NARRATIVE.matchAt(tokens, j + n - 1, b) > 0) return -1;
    if (!tokens[j + n].cap && (MODALS.matchAt(tokens, j + n, b) > 0 || OPENERS.matchAt(tokens, j + n, b) > 0)) return j + n;
  }
  return -1;
}

// The duty of a body to carry something out, before what it is.
const RESPONSIBLE = set(['có trách nhiệm', 'chịu trách nhiệm']);
import { NARRATIVE_AFTER_SUBJECT, SUBJECT_MODALS } from '../../lexicon/instruction-cues';

/** "… có trách nhiệm (tổ chức) thực hiện Nghị quyết.": the duty to carry out the document itself. */
function closingDuty(tokens: readonly Token[], from: number, b: number): string | null {
  for (let x = from; x < b; x++) {
    const e = RESPONSIBLE.matchAt(tokens, x, b);
    if (e > 0) return closingFormula(tokens, e, b);
  }
  return null;
}

/** Reads named or unnamed doers as the subject at token k: true when the clause's reading is complete. */
const POINTED_KINDS = set(['địa phương', 'đơn vị', 'tỉnh', 'tỉnh, thành phố', 'tỉnh, thành', 'huyện', 'xã', 'bộ', 'bộ, ngành', 'sở', 'sở, ngành', 'cơ quan', 'cơ quan, đơn vị', 'ngành']);
const POINTERS = set(['này', 'nêu trên', 'trên', 'kể trên']);

/** Where the duty starts after "(Những / Các) <kind> này / nêu trên" at k, before a modal, else -1. */
function pointedDoersEnd(tokens: readonly Token[], k: number, b: number): number {
  if (tokens[k]?.l !== 'những' && tokens[k]?.l !== 'các') return -1;
  const kind = POINTED_KINDS.matchAt(tokens, k + 1, b);
  const pointer = kind > 0 ? POINTERS.matchAt(tokens, kind, b) : -1;
  if (pointer < 0) return -1;
  const j = tokens[pointer]?.l === 'cũng' ? pointer + 1 : pointer;
  return OBLIGATION.matchAt(tokens, j, b) > 0 || MORE_DUTIES.matchAt(tokens, j, b) > 0 || MODALS.matchAt(tokens, j, b) > 0 ? pointer : -1;
}

// How far a province's role, said after it ("với vai trò là Thủ đô, …"), may run to its duty.
const ROLE_OF_PLACE_WORDS = 16;

/** A bare province at k followed by its duty ("phải / cần …"), or by its role and a comma before
 * the duty: the province read and where the duty starts, else null. */
function bareProvinceDuty(env: ClauseEnv, k: number, b: number): { read: ReturnType<typeof readParties>; duty: number } | null {
  const { tokens } = env;
  const read = readParties(tokens, k, envWith(env, 'bareProvince'));
  if (read.parties.length !== 1 || read.parties[0].kind === 'group' || read.parties[0].name.includes(' tỉnh ')) return null;
  if (OBLIGATION.matchAt(tokens, read.end, b) > 0) return { read, duty: read.end };
  if (tokens[read.end]?.l !== 'với') return null;
  for (let x = read.end + 1; x < Math.min(b - 1, read.end + ROLE_OF_PLACE_WORDS); x++) {
    if (tokens[x].text === ',') return OBLIGATION.matchAt(tokens, x + 1, b) > 0 ? { read, duty: x + 1 } : null;
  }
  return null;
}

/** After "không chỉ", the "phải / cần" of "mà (còn) phải / cần", else -1. */
function butAlsoDutyAt(tokens: readonly Token[], from: number, b: number): number {
  for (let x = from; x < Math.min(b - 1, from + 16); x++) {
    if (tokens[x].l !== 'mà') continue;
    const y = tokens[x + 1]?.l === 'còn' ? x + 2 : x + 1;
    return DUTY_WORDS.matchAt(tokens, y, b) > 0 ? y : -1;
  }
  return -1;
}

const NUMBERED_DOCUMENTS = set(['nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'công điện', 'công văn', 'thông tư', 'kế hoạch', 'thông báo', 'văn bản']);

/** "(vừa) ban hành <document> số 86/NQ-CP" at j: a numbered document already issued. */
function numberedDocumentIssued(tokens: readonly Token[], j: number, b: number): boolean {
  let x = j;
  if (tokens[x]?.l === 'vừa' || tokens[x]?.l === 'đã') x++;
  if (tokens[x]?.l !== 'ban' || tokens[x + 1]?.l !== 'hành') return false;
  const doc = NUMBERED_DOCUMENTS.matchAt(tokens, x + 2, b);
  if (doc < 0) return false;
  const n = tokens[doc]?.l === 'số' ? doc + 1 : doc;
  return /^\d+$/u.test(tokens[n]?.text ?? '') && tokens[n + 1]?.text === '/';
}

// The longest remark in brackets stepped over between a doer and its task, in tokens.
const BRACKET_WORDS = 20;

export function readSubject(env: ClauseEnv, out: ClauseReading, k: number, b: number): boolean {
  const { tokens } = env;
  const { ruleIds } = out;
  // "Bộ Công an sớm hoàn thiện …. Bộ cùng các đơn vị liên quan sửa quy định …": "Bộ" alone is the
  // ministry just named (the discourse pass resolves it).
  // ("Sở chủ trì, phối hợp …" after "… yêu cầu Sở Y tế …": the department, likewise.)
  if ((tokens[k]?.text === 'Bộ' || tokens[k]?.text === 'Sở') && !tokens[k + 1]?.cap) {
    let j = k + 1;
    // ("Mặt khác, Bộ này cũng chủ trì …": the same ministry, pointed at.)
    if (tokens[j]?.l === 'này') j++;
    if (tokens[j]?.l === 'cũng') j++;
    if (tokens[j]?.l === 'cùng' || tokens[j]?.l === 'phối') {
      const partner = GENERIC.matchAt(tokens, tokens[j].l === 'cùng' ? j + 1 : COORD.matchAt(tokens, j, b), b);
      if (partner > 0) j = partner;
    }
    if (MODALS.matchAt(tokens, j, b) > 0 || OPENERS.matchAt(tokens, j, b) > 0) {
      out.shape = 'subject'; out.anaphor = tokens[k].text === 'Bộ' ? 'ministry' : 'department'; out.taskStart = k + 1;
      ruleIds.push(SUBJECT_MODALS.id);
      out.negative = negativeIn(tokens, j, b);
      return true;
    }
  }
  // "UBND các tỉnh Thanh Hóa, Nghệ An … khắc phục hậu quả mưa lũ. Những địa phương này phải phục
  // hồi sản xuất …": the doers named just before, pointed at (the discourse pass resolves them).
  const pointed = pointedDoersEnd(tokens, k, b);
  if (pointed > 0) {
    out.shape = 'subject'; out.anaphor = 'previous'; out.taskStart = pointed;
    ruleIds.push(SUBJECT_MODALS.id);
    out.negative = negativeIn(tokens, pointed, b);
    return true;
  }
  let read = readParties(tokens, k, env);
  // "Hà Nội phải tiên phong …", "Riêng Hà Nội với vai trò là Thủ đô, phải đi đầu …": a province
  // written bare, the subject of a duty, is the province as doer.
  const provinceDuty = !read.parties.length && tokens[k]?.cap ? bareProvinceDuty(env, k, b) : null;
  if (provinceDuty) read = provinceDuty.read;
  // (Unnamed doers, "Các phòng, ban chuyên môn huyện", with the level they belong to.)
  // (Not a party committee, "cấp ủy đảng phải lãnh đạo", nor the press: read as before.)
  let generic = read.parties.length ? -1 : GENERIC.matchAt(tokens, k, b);
  // ("Các cơ quan báo chí, những người làm báo phải …": the longer of the two readings.)
  if (!read.parties.length) {
    const unnamed = unnamedDoersEnd(tokens, k, b);
    if (unnamed > generic && !tokens.slice(k, unnamed).some((t) => /^(?:ủy|uỷ|đảng)$/u.test(t.l))) generic = unnamed;
  }
  if (generic > 0 && !tokens[generic]?.cap && /^(?:huyện|tỉnh|xã|phường|quận)$/u.test(tokens[generic]?.l ?? '')) generic++;
  if (read.parties.length || generic > 0) {
    let j = provinceDuty ? provinceDuty.duty : read.parties.length ? read.end : generic;
    // "Các cơ sở sản xuất trang thiết bị y tế phải …": unnamed doers, what they make or do, then
    // their duty (a modal of obligation only: the words between may be verbs of their trade).
    if (!read.parties.length && generic > 0 && MODALS.matchAt(tokens, j, b) < 0) {
      // (Not past a word that points back, "đơn vị này phải …": the doers named before.)
      for (let x = j; x < Math.min(b, j + TRADE_WORDS) && tokens[x].word && !tokens[x].cap && !POINTING.has(tokens[x].l); x++) {
        if (OBLIGATION.matchAt(tokens, x, b) > 0) { j = x; break; }
      }
    }
    // "Bộ trưởng Giao thông vận tải Trần Hồng Minh được giao …": the minister's name after the
    // post that stands for the ministry.
    // (Only before a duty: "Thứ trưởng Bộ Nội vụ Lê Văn Thanh tham gia góp ý" is a caption.)
    const named = read.parties.length ? env.occurrences.find((o) => o.nameSpan.start === tokens[j]?.start) : undefined;
    if (named) {
      let x = j;
      while (x < b && tokens[x].end <= named.nameSpan.end) x++;
      if (NAMED_DUTY.matchAt(tokens, x, b) > 0) j = x;
    }
    // "Các đơn vị thuộc Sở Nông nghiệp … chủ động …": unnamed units of a named body stay unnamed.
    if (!read.parties.length && /^(?:thuộc|của)$/u.test(tokens[j]?.l ?? '')) {
      const owner = readParties(tokens, j + 1, env);
      if (owner.parties.length) j = owner.end;
    }
    // "Bộ Kế hoạch và Đầu tư, cơ quan thường trực Tiểu ban kinh tế – xã hội nghiên cứu …": what the
    // doer is, in apposition, before its task.
    // (The list reader steps over an unnamed "cơ quan" after the comma: look from the comma.)
    const appositionAt = tokens[j]?.text === ',' ? j + 1 : tokens[j - 3]?.text === ',' && tokens[j - 2]?.l === 'cơ' && tokens[j - 1]?.l === 'quan' ? j - 2 : -1;
    const apposition = read.parties.length && appositionAt > 0 ? APPOSITIONS.matchAt(tokens, appositionAt, b) : -1;
    if (apposition > 0) {
      for (let x = apposition; x < Math.min(b, appositionAt + APPOSITION_WORDS); x++) {
        if (tokens[x].text === ',' || tokens[x].text === ';') break;
        if (!tokens[x].cap && (MODALS.matchAt(tokens, x, b) > 0 || OPENERS.matchAt(tokens, x, b) > 0)) { j = x; ruleIds.push(APPOSITION_BEFORE_TASK); break; }
      }
    }
    // "Chủ tịch UBND các xã, phường, đặc khu (đặc biệt các địa phương ven biển) tổ chức …": a
    // remark in brackets between the doers and their task.
    if (read.parties.length && tokens[j]?.text === '(') {
      let x = j + 1;
      while (x < b && x < j + BRACKET_WORDS && tokens[x].text !== ')' && tokens[x].text !== '(') x++;
      if (tokens[x]?.text === ')' && (MODALS.matchAt(tokens, x + 1, b) > 0 || OPENERS.matchAt(tokens, x + 1, b) > 0) && !tokens[x + 1].cap) j = x + 1;
    }
    // "Sở Kế hoạch và Đầu tư chậm nhất ngày 20/11 phải tham mưu …": the term between the doer and
    // its modal or task verb.
    if (read.parties.length && j < b && inSpans(tokens[j], env.deadlineSpans)) {
      let x = j;
      while (x < b && inSpans(tokens[x], env.deadlineSpans)) x++;
      if (tokens[x]?.text === ',') x++;
      if (MODALS.matchAt(tokens, x, b) > 0 || OPENERS.matchAt(tokens, x, b) > 0) { j = x; ruleIds.push(TERM_BEFORE_TASK); }
    }
    // "Lãnh đạo tỉnh sau đó phải chủ trì …": when, between the doer and its modal or task verb.
    const when = read.parties.length ? TIME_BETWEEN.matchAt(tokens, j, b) : -1;
    if (when > 0 && (MODALS.matchAt(tokens, when, b) > 0 || OPENERS.matchAt(tokens, when, b) > 0)) j = when;
    // "Ủy ban nhân dân các tỉnh, thành phố ven biển phối hợp …", "các địa phương miền núi cần …":
    // a few words after a group say which of its members are meant, before their task.
    if (read.parties.some(isGroupLike)) {
      const task = groupQualifierEnd(tokens, j, b);
      if (task > 0) { j = task; ruleIds.push(GROUP_QUALIFIER); }
    }
    // ("Sở Y tế cần có phương án …": a modal stepped over here still makes the duty.)
    let modal = false;
    while (j < b && (tokens[j].text === ',' || FOLLOW.matchAt(tokens, j, b) > 0) && tokens[j].text !== ':') {
      if (MODALS.matchAt(tokens, j, b) > 0) modal = true;
      j = tokens[j].text === ',' ? j + 1 : FOLLOW.matchAt(tokens, j, b);
    }
    // "Chủ tịch Ủy ban nhân dân các tỉnh … nơi có trồng sầu riêng:": which of them, then the list.
    if (read.parties.length && /^(?:nơi|ở)$/u.test(tokens[j]?.l ?? '') && !tokens.slice(j + 1, b).some((_, x) => MODALS.matchAt(tokens, j + 1 + x, b) > 0 || OPENERS.matchAt(tokens, j + 1 + x, b) > 0)) {
      j = tokens[b - 1]?.text === ':' ? b - 1 : b;
    }
    // "Các đơn vị liên quan: Công an tỉnh, Sở X, …, tập trung …": the generic label's colon names
    // the doers, then their task.
    if (!read.parties.length && j < b && tokens[j].text === ':' && readParties(tokens, j + 1, env).parties.length && readSubject(env, out, j + 1, b) && out.shape === 'subject') {
      ruleIds.push('cue.label-names-doers');
      return true;
    }
    if (j < b && tokens[j].text === ':') {
      // "1. Bộ Nông nghiệp và Môi trường:" — the heading of its tasks.
      out.shape = 'subject'; out.assignees = read.parties; out.namesDoer = true; out.opensList = !hasWord(tokens, j + 1, b); out.listOnly = out.opensList; out.taskStart = j + 1;
      ruleIds.push('cue.subject-heading');
      return true;
    }
    // "UBND các tỉnh có dự án đi qua chủ động …": "có" opens a relative clause before the task.
    let relative = false;
    // "Công an tỉnh là lực lượng nòng cốt, chủ trì …", "Vụ X là đơn vị đầu mối, chịu trách nhiệm …":
    // the doer's role, then its task after the comma.
    const role = read.parties.length && tokens[j]?.l === 'là' ? ROLE_NOUNS.matchAt(tokens, j + 1, b) : -1;
    if (role > 0) {
      for (let x = role; x < Math.min(b - 1, role + ROLE_REACH); x++) {
        if (tokens[x].text !== ',') continue;
        if (MODALS.matchAt(tokens, x + 1, b) > 0 || OPENERS.matchAt(tokens, x + 1, b) > 0) { relative = true; j = x + 1; ruleIds.push(ROLE_BEFORE_TASK); }
        break;
      }
    }
    if (tokens[j]?.l === 'sẽ' && /^(?:chịu|phải|chủ|được|có)$/u.test(tokens[j + 1]?.l ?? '') && MODALS.matchAt(tokens, j + 1, b) > 0) j++; // "sẽ chịu trách nhiệm"
    // ("… cũng có công điện gửi các sở": a document the doer issued, a report of it.)
    if (tokens[j]?.l === 'có' && tokens[j + 1]?.l !== 'thể' && ISSUED.matchAt(tokens, j + 1, b) < 0) {
      for (let x = j + 2; x < Math.min(b, j + 8); x++) if (MODALS.matchAt(tokens, x, b) > 0) { relative = true; j = x; break; }
    }
    // "Các Bộ … đến nay chưa có báo cáo …, khẩn trương gửi báo cáo …": what the doers have not
    // done describes which of them are meant; the task follows the comma.
    if (!relative && /^(?:đến|chưa)$/u.test(tokens[j]?.l ?? '') && (tokens[j].l !== 'đến' || tokens[j + 1]?.l === 'nay')) {
      for (let x = j + 2; x < b - 1; x++) {
        const urgent = tokens[x].text === ',' ? URGENT.matchAt(tokens, x + 1, b) : -1;
        if (urgent > 0 && tokens[urgent]?.l !== 'được') { relative = true; j = x + 1; ruleIds.push('cue.relative-description'); break; }
      }
    }
    // "Các địa phương tổ chức lễ hội phải có kế hoạch …": a verb phrase before "phải / cần" says
    // which of the doers are meant (those that hold festivals); the duty follows it.
    if (!relative && !modal && NARRATIVE.matchAt(tokens, j, b) > 0 && !ASPECT.has(tokens[j].l)) {
      const duty = relativeDutyAt(tokens, NARRATIVE.matchAt(tokens, j, b), b);
      if (duty > 0) { relative = true; j = duty; ruleIds.push(RELATIVE_DUTY); }
    }
    // "Các cơ quan không chỉ lắng nghe phản ánh mà còn phải nói thật, làm thật": "not only … but
    // must also …", the duty after "mà còn".
    const notOnly = !relative && !modal && tokens[j]?.l === 'không' && tokens[j + 1]?.l === 'chỉ' ? butAlsoDutyAt(tokens, j + 2, b) : -1;
    if (notOnly > 0) { relative = true; j = notOnly; ruleIds.push('cue.not-only-but-must'); }
    if (!relative && !modal && NARRATIVE.matchAt(tokens, j, b) > 0 && !(MODALS.matchAt(tokens, j, b) > NARRATIVE.matchAt(tokens, j, b))) {
      // "huyện Vân Canh đề nghị tỉnh hỗ trợ …" proposes; what follows may go on proposing.
      out.negative = /^(?:đề|kiến)$/u.test(tokens[j].l) && /^(?:nghị|xuất)$/u.test(tokens[j + 1]?.l ?? '') ? 'neg.proposal' : NARRATIVE_AFTER_SUBJECT.id;
      out.namesDoer = read.parties.length > 0; // a report about someone else: the instruction is over
      return true;
    }
    // "Chính phủ ban hành Nghị quyết số 86/NQ-CP ngày 4/11/2025 về …": a document with its number
    // is issued already; the news tells of it.
    if (!modal && !relative && numberedDocumentIssued(tokens, j, b)) { out.negative = NARRATIVE_AFTER_SUBJECT.id; out.namesDoer = read.parties.length > 0; return true; }
    const verbEnd = Math.max(MODALS.matchAt(tokens, j, b), OPENERS.matchAt(tokens, j, b), modal && tokens[j]?.word ? j : -1);
    // "Các đơn vị thi công đã hoàn thành …": the task word names which doers (the builders), and
    // "đã / đang / vừa" after it tells what they did.
    if (verbEnd > 0 && !modal && !relative && /^(?:đã|đang|vừa)$/u.test(tokens[verbEnd]?.l ?? '')) {
      out.negative = NARRATIVE_AFTER_SUBJECT.id; out.namesDoer = read.parties.length > 0; return true;
    }
    // "…, UBND, Ủy ban MTTQ thành phố trình.": a verb ending the clause closes a relative clause
    // ("[the reports that] … present"); a task says what is to be done.
    if (verbEnd > 0 && !hasWord(tokens, verbEnd, b) && tokens[b - 1]?.text !== ':') { out.negative = 'neg.no-task-words'; return true; }
    if (verbEnd > 0) {
      out.shape = 'subject';
      out.assignees = read.parties;
      out.namesDoer = true;
      out.taskStart = read.parties.length ? read.end : generic;
      ruleIds.push(SUBJECT_MODALS.id);
      // "Giám đốc các sở … có trách nhiệm thực hiện Nghị quyết.": a resolution's closing article.
      out.negative = negativeIn(tokens, j, b) ?? closingDuty(tokens, out.taskStart, b) ?? eventHeld(env, k, j, b);
      Object.assign(out, rolesIn(env, j, b, out.assignees));
      out.monitors = MONITOR.matchAt(tokens, j, b) > 0;
      // "thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" —
      // the doer's tasks follow as a list; the introduction is no task of its own.
      if (endsWithColon(tokens, b)) {
        out.opensList = true;
        out.listOnly = tokens.slice(j, b).some((_, x) => INTRO.matchAt(tokens, j + x, b) > 0 && /^(?:sau|như)$/u.test(tokens[j + x].l));
      }
      return true;
    }
    // (A line that only names an official, "- Thủ tướng Phạm Minh Chính", is a photo's caption.)
    if (read.parties.length && (endsWithColon(tokens, b) || (tokens.slice(j, b).every((t) => !t.word) && read.parties.some((p) => p.kind !== 'official')))) {
      // "1. Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:" — a heading too.
      out.shape = 'subject'; out.assignees = read.parties; out.namesDoer = true; out.opensList = true; out.listOnly = true;
      ruleIds.push('cue.subject-heading');
      return true;
    }
    if (read.parties.length) return true;
  }
  return false;
}
