// The instruction pass for one clause: does it ask someone to do something, and who is named?
// It never asks who spoke: a clause is read as one of four shapes, each a row of
// instruction-cues.ts, with the negative evidence that cancels it:
//   cue      "<speaker> giao / yêu cầu / đề nghị <parties> <task>"
//   subject  "<parties> phải / cần / khẩn trương / <task verb> …"
//   opener   "<task verb> …" (a bare imperative: a task of the instruction before it)
//   duty     "… phải / cần …" with no named doer (a task of the instruction before it)
// Whether an opener or a duty is a directive is the discourse pass's call (find-directives.ts).
import type { PartyRef, Span } from '../types';
import type { Token } from '../document/tokens';
import { INNER_PUNCT, PhraseSet, matchWords } from '../document/tokens';
import type { OfficialOccurrence } from '../rules/officials';
import type { AgencyRow } from '../lexicon/agency-row';
import {
  CONTINUATION_CONNECTORS, EARLIER_EVENTS, GENERIC_DOERS, INSTRUCTION_VERBS, ISSUING_BODIES, LETTER_SENDS, LIST_INTRODUCERS, NARRATIVE_AFTER_SUBJECT, NOT_A_TASK,
  NOUN_BEFORE_CUE, SUBJECT_MODALS, TASK_OPENERS, TOPIC_MARKERS, APPRAISAL_OPENERS, PROHIBITION_OPENERS,
} from '../lexicon/instruction-cues';
import { ALLOCATED_THINGS, CLAUSE_LEADS, INSTRUCTION_TOPICS, ISSUED_DOCUMENTS, ISSUING_VERBS, NAMED_DUTIES, RULE_STATEMENTS } from '../lexicon/clause-frames';
import { ATTRIBUTED_REQUEST, MONITOR_MARKER, COORDINATE_MARKER, OBLIGATION_MARKERS, OFFICIAL_PRONOUNS, RECIPIENT_MARKER, SUBJECT_ADVERBS } from '../lexicon/verbs';
import { readParties, type PartyReadEnv } from './read-parties';
import { TITLE_HEADS } from '../lexicon/titles';

const set = (phrases: readonly string[]) => new PhraseSet(phrases);
const CUES = set(INSTRUCTION_VERBS.phrases);
const NOUNISH = set(NOUN_BEFORE_CUE.phrases);
const MODALS = set(SUBJECT_MODALS.phrases);
const NARRATIVE = set(NARRATIVE_AFTER_SUBJECT.phrases);
const NOT_TASK = set(NOT_A_TASK.phrases);
const CONNECTORS = set(CONTINUATION_CONNECTORS.phrases);
const TOPICS = set(TOPIC_MARKERS.phrases);
const EARLIER = set(EARLIER_EVENTS.phrases);
// ("Phòng, chống dịch …": a comma may sit inside an opener.)
const OPENERS = new PhraseSet(TASK_OPENERS.phrases, new Set([',']));
const APPRAISALS = set(APPRAISAL_OPENERS.phrases);
const PROHIBITIONS = set(PROHIBITION_OPENERS.phrases);
const INTRO = set(LIST_INTRODUCERS.phrases);
const BODIES = set(ISSUING_BODIES.phrases);
// Generic doers are written with commas inside ("các cơ quan, đơn vị"): matched across them.
const GENERIC = new PhraseSet(GENERIC_DOERS.phrases, INNER_PUNCT);
const PRONOUNS = set(OFFICIAL_PRONOUNS.phrases);
const SUBJ_ADV = set(SUBJECT_ADVERBS.phrases.filter((p) => p !== 'đã'));
const OBLIGATION = set(OBLIGATION_MARKERS.phrases);
const ATTRIBUTED = set(ATTRIBUTED_REQUEST.phrases);
const MONITOR = set(MONITOR_MARKER.phrases);
const COORD = set(COORDINATE_MARKER.phrases);
const RECIPIENT = set(RECIPIENT_MARKER.phrases);
const FOLLOW = set(['trực tiếp', 'liên quan', 'có liên quan', 'nêu trên', 'trực thuộc Trung ương', 'trên địa bàn', 'nói riêng', 'nói chung', 'theo chức năng, nhiệm vụ, thẩm quyền', 'theo chức năng, nhiệm vụ được giao', 'theo chức năng, nhiệm vụ', 'theo chức năng nhiệm vụ',
  'theo thẩm quyền', 'trong phạm vi chức năng, nhiệm vụ', 'căn cứ chức năng, nhiệm vụ', 'cũng', 'đều', 'cần', 'khẩn trương']);
const SPEECH = set(['nhấn mạnh', 'nêu rõ', 'cho rằng', 'chỉ rõ', 'nói rõ', 'lưu ý', 'kết luận', 'đưa ra kết luận', 'quán triệt', 'đề nghị', 'yêu cầu',
  'chỉ đạo', 'nhắc nhở', 'căn dặn', 'có ý kiến như sau', 'có ý kiến chỉ đạo']);
const NEW_SUBJECT = set(['hội nghị', 'phiên họp', 'cuộc họp', 'buổi làm việc', 'đoàn công tác', 'đoàn', 'các đại biểu', 'đại biểu']);
const SUPERIOR = /^(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương Đảng|Chính phủ|Thủ tướng Chính phủ|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Ban Thường vụ)/u;
const AUDIENCE = set(['các đại biểu', 'đại biểu', 'các nhà khoa học', 'các chuyên gia', 'các thành viên dự họp', 'các đồng chí dự họp']);
const ADVISED = set(['tham mưu cho', 'tham mưu', 'đề xuất', 'kiến nghị', 'báo cáo', 'trình', 'giúp']);
const GIAO_COMPOUNDS = new Set(['thông', 'ban', 'lưu', 'dịch', 'hàng', 'thương', 'nhận', 'tiếp', 'kết', 'thừa', 'hữu', 'tranh', 'chiến', 'diện', 'lộ', 'điểm', 'hảo', 'hoán', 'nộp']);
const ORDINALS = set(['thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'thứ chín', 'thứ mười',
  'một là', 'hai là', 'ba là', 'bốn là', 'năm là', 'sáu là', 'bảy là', 'tám là', 'chín là', 'mười là']);
const URGENT = set(['khẩn trương', 'phải', 'cần', 'sớm', 'kịp thời', 'nghiêm túc', 'chủ động', 'tập trung']);
const UNIT_WORDS = new Set(['huyện', 'quận', 'thị', 'tỉnh', 'thành', 'xã', 'phường']);
const FIELD = set(['công tác', 'lĩnh vực', 'quá trình', 'bối cảnh', 'việc']);
const SEND = set(LETTER_SENDS.phrases);
const SUMMARY = set(['nhiều nội dung', 'một số nội dung', 'nhiều vấn đề', 'một số vấn đề', 'nhiều nhiệm vụ quan trọng']);
const OUTLET_TAG = /^(?:\([^)\n]{1,30}\)|\p{Lu}{2,}(?:\.\p{Lu}{2,})+|\p{Lu}{2,4})\s*[-–—]\s+/u;
const BULLETS = new Set(['-', '+', '•', '*', '–', '—', '▪', '●', '◦']);

export type ClauseShape = 'cue' | 'subject' | 'opener' | 'duty' | 'none';

export interface ClauseReading {
  shape: ClauseShape;
  /** Parties named as doers (after the cue, or as subject); [] when none is named. */
  assignees: PartyRef[];
  /** The clause named its doer (a party, or a generic doer such as "các đơn vị"). */
  namesDoer: boolean;
  topic: PartyRef[] | null;
  coordinators: PartyRef[];
  recipients: PartyRef[];
  /** Official reference before the cue ("Thủ tướng", "ông", a name), or null. */
  speakerPhrase: string | null;
  /** "Bộ" alone as the subject: the ministry named last stands for it. */
  anaphor?: 'ministry';
  /** The instruction ends in ":" and its tasks follow. */
  opensList: boolean;
  /** An official's speech verb opens the clause ("Thủ tướng nhấn mạnh, …"): tasks may follow. */
  speech?: boolean;
  /** The task is to follow up on others ("theo dõi, đôn đốc"): the doers monitor too. */
  monitors?: boolean;
  /** Opened by a purpose or subject phrase ("Để …, Thủ tướng yêu cầu"): nothing is inherited. */
  newTopic?: boolean;
  /** The clause only introduces a list ("Thủ tướng yêu cầu:"): no task of its own. */
  listOnly?: boolean;
  /** "THỦ TƯỚNG CHÍNH PHỦ điện:": the items that follow are the dispatch's addressees. */
  addresseeList?: boolean;
  /** A bare "Chỉ đạo / Yêu cầu <party> …": the party is directed by the doer of the instruction. */
  directsOthers?: boolean;
  /** The cue is "yêu cầu". */
  asks?: boolean;
  /** Opened by its field ("Trong công tác truyền thông, …"): its doers are that field's, not the next sentence's. */
  fieldTopic?: boolean;
  /** The clause names its own coordination ("phối hợp với các cơ quan liên quan"), even with no party. */
  coordinates?: boolean;
  /** "Đề nghị UBND tỉnh chỉ đạo:": the list's items name bodies its doers direct. */
  directsList?: boolean;
  /** An adverbial set off by commas before the doers ("chỉ đạo, với mục tiêu … năm 2025, các bộ …"):
   * a date inside it belongs to the goal, not to the task. */
  aside?: Span;
  /** Opened by "Đồng thời", "Cùng với đó" … */
  connector: boolean;
  /** Why the clause is no task, when negative evidence fired. */
  negative: string | null;
  /** Token index where the task itself starts. */
  taskStart: number;
  ruleIds: string[];
}

export interface ClauseEnv extends PartyReadEnv {
  tokens: readonly Token[];
  text: string;
  occurrences: readonly OfficialOccurrence[];
  deadlineSpans: readonly Span[];
  province: AgencyRow | null;
}

const inSpans = (t: Token, spans: readonly Span[]) => spans.some((s) => t.start >= s.start && t.end <= s.end);

const LESSON = set(['từ kinh nghiệm', 'từ những kinh nghiệm', 'từ thực tiễn', 'từ bài học', 'từ những bài học', 'rút kinh nghiệm từ']);
// Conditions, and frames that say in what spirit or under what theme ("Với chủ đề là “…”, năm
// 2024, các bộ, ngành, địa phương cần …"): stepped over to the doer after them.
const CONDITIONS = set(['khi', 'ngay khi', 'sau khi', 'trước khi', 'nếu', 'trường hợp', 'trong trường hợp',
  'với chủ đề', 'với phương châm', 'với tinh thần', 'với quyết tâm', 'với mục tiêu',
  // ("Trên cơ sở báo cáo của các đơn vị, Sở X có nhiệm vụ …": the grounds, then the doer.)
  'trên cơ sở', 'căn cứ', 'căn cứ vào', 'dựa trên', 'thông qua']);
const CONDITION_REACH = 80;

/** After a condition opening at k, the first comma followed by a named or unnamed doer and its
 * task verb or modal: the index of that doer, else -1. */
function doerAfterCondition(env: ClauseEnv, k: number, b: number): number {
  const { tokens } = env;
  for (let c = k + 2; c < Math.min(b - 2, k + CONDITION_REACH); c++) {
    // (An instruction verb is the clause's own: "Sau khi nghe ý kiến …, Chủ tịch UBND tỉnh chỉ đạo …".)
    if (CUES.matchAt(tokens, c, b) > 0) return -1;
    if (tokens[c].text !== ',') continue;
    // (A date adverbial may come first: "…, năm 2024, các bộ, ngành … cần …"; it stays in the clause.)
    let x = c + 1;
    while (x < b && inSpans(tokens[x], env.deadlineSpans)) x++;
    if (x > c + 1 && tokens[x]?.text === ',') x++;
    const read = readParties(tokens, x, env);
    const end = read.parties.length ? read.end : GENERIC.matchAt(tokens, x, b);
    if (end > 0 && (MODALS.matchAt(tokens, end, b) > 0 || OPENERS.matchAt(tokens, end, b) > 0)) {
      // "… của các đơn vị, địa phương, Sở X có nhiệm vụ …": the condition's own last words may
      // read as parties; the doer is the last that still reads up to the verb.
      let doer = c + 1;
      // (Only where unnamed units end the words before the comma, "… của các đơn vị, …".)
      if (GENERIC.endingAt(tokens, k, c) < 0) return doer;
      for (let d = c + 1; d < end; d++) {
        if (tokens[d].text === ',' && readParties(tokens, d + 1, env).end === end) doer = d + 1;
      }
      return doer;
    }
  }
  return -1;
}

/** After a condition ("Khi …,", "Nếu …,") that holds no instruction verb, the first comma
 * followed by a task verb: the index of that verb, else -1. */
function taskAfterCondition(tokens: readonly Token[], k: number, b: number): number {
  for (let c = k + 2; c < Math.min(b - 2, k + CONDITION_REACH); c++) {
    if (CUES.matchAt(tokens, c, b) > 0) return -1;
    if (tokens[c].text === ',' && !tokens[c + 1]?.cap && OPENERS.matchAt(tokens, c + 1, b) > 0) return c + 1;
  }
  return -1;
}

/** Skips list markers, bullets, connectors, a condition before the doer and a leading deadline
 * adverbial. */
function clauseStart(env: ClauseEnv, a: number, b: number): { k: number; connector: boolean; field?: boolean } {
  const { tokens } = env;
  let k = a;
  let connector = false;
  let field = false;
  for (let guard = 0; guard < 16 && k < b; guard++) {
    const t = tokens[k];
    if (!t.word && (BULLETS.has(t.text) || t.text === ',' || t.text === '(' || t.text === '“' || t.text === '"' || t.text === '*' || t.text === ':')) { k++; continue; }
    if (tokens.slice(a, k).every((x) => !x.word) && t.word && /^(?:\d{1,2}|[a-zđ]|[IVX]{1,5})$/u.test(t.text) && tokens[k + 1] && /^[.)/]$/.test(tokens[k + 1].text)) { k += 2; continue; }
    if (t.word && /^\d{1,2}$/.test(t.text) && tokens[k + 1]?.text === '.' && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '')) { k += 3; continue; }
    // "VOV.VN - …", "(PV) - …", "ĐBP - …": the outlet's tag before the lead.
    if (k === a) {
      const tag = OUTLET_TAG.exec(env.text.slice(tokens[k].start, tokens[b - 1].end));
      if (tag) {
        const to = tokens[k].start + tag[0].length;
        let x = k;
        while (x < b && tokens[x].start < to) x++;
        if (x < b) { k = x; continue; }
      }
    }
    // "Trong công tác truyền thông, …": the field the task belongs to.
    if (tokens[k].l === 'trong' && FIELD.matchAt(tokens, k + 1, b) > 0) {
      let c = k + 1;
      while (c < Math.min(b, k + 10) && tokens[c].word) c++;
      if (tokens[c]?.text === ',' && c + 1 < b) { k = c + 1; field = true; continue; }
    }
    // "Về kinh phí: …", "Về tổ chức thực hiện: …": a label of the part of the list.
    if (tokens[k].l === 'về' && !connector) {
      let c = k + 1;
      while (c < Math.min(b, k + 14) && (tokens[c].word || tokens[c].text === ',' || tokens[c].text === '-')) c++;
      if (tokens[c]?.text === ':') { k = c + 1; continue; }
      // "1. Về lĩnh vực giao thông" on a line of its own: the label is all there is.
      if (c === b || (c === b - 1 && !tokens[c].word)) { k = b; break; }
    }
    const o = ORDINALS.matchAt(tokens, k, b);
    if (o > 0 && tokens.slice(a, k).every((x) => !x.word) && (tokens[o]?.text === ',' || tokens[o]?.text === ':')) { k = o + 1; continue; }
    const c = CONNECTORS.matchAt(tokens, k, b);
    if (c > 0 && (tokens[c]?.text === ',' || c === b || CONNECTORS.matchAt(tokens, c, b) > 0 || tokens[c]?.word)) { connector = true; k = c; continue; }
    // "Khi xảy ra sự cố, Bộ Công Thương chủ trì …", "Nếu phát hiện sai phạm, các địa phương phải
    // …": a condition before the doer; the clause is read from the doer on.
    if (CONDITIONS.matchAt(tokens, k, b) > 0) {
      const doer = doerAfterCondition(env, k, b);
      if (doer > 0) { k = doer; continue; }
      // "Khi xuất hiện ca bệnh bất thường, báo cáo ngay về …": a bare task after the condition.
      const task = taskAfterCondition(tokens, k, b);
      if (task > 0) { k = task; continue; }
    }
    if (inSpans(t, env.deadlineSpans)) {
      let j = k;
      while (j < b && inSpans(tokens[j], env.deadlineSpans)) j++;
      if (tokens[j]?.text === ',') { k = j + 1; continue; }
    }
    break;
  }
  return { k, connector, field };
}

const NAMED_DUTY = set(NAMED_DUTIES.phrases);
const ALLOCATED = set(ALLOCATED_THINGS.phrases);
const TOPIC_NOUNS = set(INSTRUCTION_TOPICS.phrases);
const LEADS = set(CLAUSE_LEADS.phrases);

/** ", Thủ tướng chỉ đạo." closing the clause [a, b): the comma and the official, else null. */
function trailingAttribution(env: ClauseEnv, a: number, b: number): { comma: number; phrase: string } | null {
  const { tokens } = env;
  let last = b;
  while (last > a && !tokens[last - 1].word) last--;
  // (Not "Để ứng phó với bão, Thủ tướng yêu cầu:", a purpose before the speaker and the list.)
  if (tokens.slice(last, b + 1).some((t) => t.text === ':') || LEADS.matchAt(tokens, a, b) > 0) return null;
  for (let c = last - 2; c > a + 2 && c >= last - 14; c--) {
    if (tokens[c].text !== ',') continue;
    if (!speakerThenCue(env, c + 1, last)) return null;
    let cue = c + 1;
    while (cue < last && CUES.matchAt(tokens, cue, last) !== last) cue++;
    if (cue >= last) return null;
    const phrase = officialBefore(env, c + 1, cue);
    return phrase ? { comma: c, phrase } : null;
  }
  return null;
}

/** An official named at token k and an instruction verb right after the name ("Thủ tướng giao",
 * "Phó Chủ tịch UBND tỉnh Nguyễn Văn A yêu cầu"). */
function speakerThenCue(env: ClauseEnv, k: number, b: number): boolean {
  const occ = env.occurrences.find((o) => o.chain.start === env.tokens[k].start || o.nameSpan.start === env.tokens[k].start);
  let c = k;
  if (occ) while (c < b && env.tokens[c].end <= Math.max(occ.chain.end, occ.nameSpan.end)) c++;
  else {
    const p = PRONOUNS.matchAt(env.tokens, k, b);
    if (p < 0) return false;
    c = p;
  }
  return c > k && CUES.matchAt(env.tokens, c, b) > 0;
}

/** An official named right before token e (adverbs and commas may sit between). */
function officialBefore(env: ClauseEnv, floor: number, e: number): string | null {
  const { tokens } = env;
  let end = e;
  for (let guard = 0; guard < 4; guard++) {
    const adv = SUBJ_ADV.endingAt(tokens, floor, end);
    if (adv >= 0) { end = adv; continue; }
    if (end - 1 >= floor && (tokens[end - 1].text === ',' || tokens[end - 1].text === '-')) { end--; continue; }
    break;
  }
  if (end <= floor) return null;
  const last = tokens[end - 1];
  const occ = env.occurrences.find((o) => o.chain.end === last.end || o.nameSpan.end === last.end);
  if (occ) return occ.name;
  // "ông Mười", "bà Thúy": an official known by a partial name keeps it (FORMAT.md).
  if (last.cap && end - 2 >= floor && /^(?:ông|bà)$/u.test(tokens[end - 2].l)) return env.text.slice(tokens[end - 2].start, last.end);
  const p = PRONOUNS.endingAt(tokens, floor, end);
  return p >= 0 ? env.text.slice(tokens[p].start, last.end) : null;
}

// "Thủ tướng Chính phủ đã ký Công điện số 86/CĐ-TTg yêu cầu …": the signer gives the instruction.
const SIGN = set(['ký', 'ban hành', 'ký ban hành']);
const DOCUMENTS = set(['Công điện', 'Chỉ thị', 'Thông báo', 'Quyết định', 'Công văn', 'văn bản', 'Văn bản', 'Kế hoạch', 'Nghị quyết']);
const RULE_STATED = set(RULE_STATEMENTS.phrases);
const ISSUED = set(ISSUED_DOCUMENTS.phrases);
function signerBefore(env: ClauseEnv, floor: number, c: number): string | null {
  const { tokens } = env;
  for (let x = c - 1; x > floor && x >= c - 20; x--) {
    if (SIGN.matchAt(tokens, x, c) < 0) continue;
    const doc = SIGN.matchAt(tokens, x, c);
    if (DOCUMENTS.matchAt(tokens, doc, c) < 0) continue;
    let e = x;
    if (tokens[e - 1]?.l === 'đã' || tokens[e - 1]?.l === 'vừa') e--;
    return officialBefore(env, floor, e);
  }
  return null;
}

/** "tham mưu UBND tỉnh | báo cáo Bộ trưởng" right before token c: the party before the verb is advised. */
function advisedBefore(env: ClauseEnv, floor: number, c: number): boolean {
  for (let x = floor; x < c; x++) {
    const e = ADVISED.matchAt(env.tokens, x, c);
    if (e > 0 && e < c && readParties(env.tokens, e, env).end === c) return true;
  }
  return false;
}

/** The parties after "gửi" that end right before the cue at c ("… gửi Sở X, Sở Y yêu cầu …"). */
function addresseesBefore(env: ClauseEnv, floor: number, c: number): PartyRef[] {
  const { tokens } = env;
  for (let x = c - 1; x >= floor; x--) {
    const e = SEND.matchAt(tokens, x, c);
    if (e < 0) continue;
    const read = readParties(tokens, e, env);
    let end = read.end;
    while (end < c && !tokens[end].word) end++;
    return end === c ? read.parties : [];
  }
  return [];
}

/** Does the phrase `words` start at some token in [from, to)? */
function phraseStartsIn(tokens: readonly Token[], from: number, to: number, words: readonly string[]): boolean {
  for (let i = from; i < to; i++) if (matchWords(tokens, i, words) > 0) return true;
  return false;
}

/** "Chủ tịch UBND tỉnh Nguyễn Tiến Hải bày tỏ quan ngại và yêu cầu …": the official who is the
 * subject of a first verb also gives the instruction joined to it by "và". */
function coordinatedSpeaker(env: ClauseEnv, floor: number, c: number): string | null {
  const { tokens } = env;
  if (tokens[c - 1]?.l !== 'và') return null;
  const occ = env.occurrences.find((o) => o.chain.start >= tokens[floor].start && o.nameSpan.end <= tokens[c - 1].start);
  if (!occ) {
    // "lãnh đạo UBND tỉnh chưa thông qua đồ án lần này và yêu cầu …": an official by post.
    // (Not after an approval, "Thủ tướng đồng ý về nguyên tắc và giao …": the decision on a proposal.)
    for (let p = c - 2; p > floor && p >= c - 10 && tokens[p].word && !tokens[p].cap; p--) {
      const phrase = officialBefore(env, floor, p);
      if (phrase) return phraseStartsIn(tokens, p - 1, c - 1, ['đồng', 'ý']) ? null : phrase;
    }
    return null;
  }
  // The words between the official and "và" are one predicate, not another subject.
  const between = tokens.filter((t) => t.start >= occ.nameSpan.end && t.end <= tokens[c - 1].start);
  return between.length > 0 && between.length <= 8 && between.every((t) => t.word && !t.cap) ? occ.name : null;
}

/** A body or document right before token e ("UBND tỉnh", "Công điện", "Bộ Tài chính"). */
function bodyBefore(env: ClauseEnv, floor: number, e: number): { body: boolean; parties: PartyRef[] } | null {
  const { tokens } = env;
  let end = documentBefore(tokens, floor, e);
  while (end - 1 >= floor && (SUBJ_ADV.endingAt(tokens, floor, end) >= 0 || tokens[end - 1].text === ',')) {
    const adv = SUBJ_ADV.endingAt(tokens, floor, end);
    end = adv >= 0 ? adv : end - 1;
  }
  if (end <= floor) return null;
  // An agency as subject: find a party list that ends exactly here. A people's committee or the
  // Government issues instructions (body); a ministry or department is a doer that may direct.
  for (let s = Math.max(floor, end - 14); s < end; s++) {
    if (!tokens[s].cap && !UNIT_WORDS.has(tokens[s].l)) continue; // "huyện Vân Canh đề nghị …"
    const read = readParties(tokens, s, env);
    if (read.end === end && read.parties.length) return { body: false, parties: read.parties };
  }
  if (BODIES.endingAt(tokens, floor, end) >= 0) return { body: true, parties: [] };
  return null;
}

// "Sở GTVT có Công văn 450/SGTVT-QLVTPT-NL đề nghị …": the document the body issued, by number.
const ISSUES = set(ISSUING_VERBS.phrases);
const DOCUMENT_REACH = 12;

/** The start of "có Công văn 450/SGTVT-…" ending right before token e, else e. */
function documentBefore(tokens: readonly Token[], floor: number, e: number): number {
  for (let x = e - 2; x >= Math.max(floor + 1, e - DOCUMENT_REACH); x--) {
    const doc = ISSUED.matchAt(tokens, x, e);
    const issues = doc < 0 ? -1 : ISSUES.endingAt(tokens, floor, x);
    if (issues < 0) continue;
    // Only a number or code after the document's kind: "Công văn 450/SGTVT-QLVTPT-NL", "số 12/UBND".
    if (tokens.slice(doc, e).every((t) => !t.word || t.l === 'số' || /\d/u.test(t.text) || t.text === t.text.toUpperCase())) return issues;
  }
  return e;
}

/** The partners after "phối hợp": "phối hợp với Bộ X", or "phối hợp, hỗ trợ và hướng dẫn các Bộ,
 * ngành" where verbs joined to "phối hợp" share its object. */
function partnersAfter(clauseEnv: ClauseEnv, c: number, b: number): { parties: PartyRef[]; end: number } {
  const env = { ...clauseEnv, partners: true };
  const { tokens } = env;
  // "phối hợp chặt chẽ, hiệu quả với các bộ, ngành": the manner before "với".
  let m = c;
  while (m < b && m < c + 8 && (MANNER.has(tokens[m].l) || tokens[m].text === ',' || tokens[m].l === 'và')) m++;
  if (m > c && tokens[m]?.l === 'với') c = m + 1;
  const read = readParties(tokens, c, env);
  if (read.parties.length || !(tokens[c]?.text === ',' || tokens[c]?.l === 'và')) return read;
  for (let j = c + 1; j < Math.min(b, c + 8); j++) {
    if (tokens[j].l !== 'và' && tokens[j].text !== ',') continue;
    const after = readParties(tokens, j + 1, env);
    if (after.parties.length) return after;
    const verb = OPENERS.matchAt(tokens, j + 1, b);
    if (verb < 0) break;
    const then = readParties(tokens, verb, env);
    if (then.parties.length) return then;
  }
  return read;
}

function rolesIn(env: ClauseEnv, from: number, b: number, assignees: readonly PartyRef[]): { coordinators: PartyRef[]; recipients: PartyRef[]; coordinates: boolean } {
  const coordinators: PartyRef[] = [];
  const recipients: PartyRef[] = [];
  const { tokens } = env;
  let coordinates = false;
  for (let k = from; k < b; k++) {
    // "Sở Xây dựng chủ trì, Sở Tài chính, Sở Giao thông vận tải phối hợp kiểm tra …" (or "chủ trì;"):
    // the parties between the lead's "chủ trì" and "phối hợp" are its partners.
    if (tokens[k].l === 'chủ' && tokens[k + 1]?.l === 'trì' && (tokens[k + 2]?.text === ',' || tokens[k + 2]?.text === ';')) {
      const between = readParties(tokens, k + 3, env);
      const after = between.parties.length ? COORD.matchAt(tokens, between.end, b) : -1;
      if (after > 0 && tokens[between.end]?.l === 'phối') {
        for (const p of between.parties) if (!coordinators.some((x) => x.name === p.name) && !assignees.some((x) => x.name === p.name)) coordinators.push(p);
        k = after - 1;
        continue;
      }
    }
    const c = COORD.matchAt(tokens, k, b);
    if (c > 0) {
      // ("cùng với" names partners only when parties follow; "phối hợp" is a coordination anyway.)
      if (tokens[k].l === 'phối' || tokens[k].l === 'kết') coordinates = true;
      const read = partnersAfter(env, c, b);
      for (const p of read.parties) if (!coordinators.some((x) => x.name === p.name) && !assignees.some((x) => x.name === p.name)) coordinators.push(p);
      k = Math.max(k, read.end - 1);
      continue;
    }
    const r = RECIPIENT.matchAt(tokens, k, b);
    if (r > 0) {
      const read = readParties(tokens, r, { ...env, recipients: true });
      for (const p of read.parties) if (!recipients.some((x) => x.name === p.name)) recipients.push(p);
      k = Math.max(k, read.end - 1);
    }
  }
  return { coordinators, recipients, coordinates };
}

function negativeIn(tokens: readonly Token[], k: number, b: number): string | null {
  for (let j = k; j < Math.min(b, k + 14); j++) {
    if (NOT_TASK.matchAt(tokens, j, b) < 0) continue;
    // "các biện pháp có thể": a possible means, not a permission; only a leading "có thể" permits.
    if (tokens[j].l === 'có' && tokens[j + 1]?.l === 'thể' && j > k + 1) continue;
    // "hoàn thiện dự kiến chương trình kỳ họp": a draft named after a task verb is no forecast.
    if ((tokens[j].l === 'dự' || tokens[j].l === 'ước') && j > k + 1) continue;
    // "cắt giảm chi không cần thiết": "unnecessary", not "no need to".
    if (tokens[j].l === 'không' && tokens[j + 1]?.l === 'cần' && tokens[j + 2]?.l === 'thiết') continue;
    return NOT_A_TASK.id;
  }
  return null;
}

/** "phải / cần" that is a duty (not "cần thiết", "không phải", "phải chăng"). */
function dutyAt(tokens: readonly Token[], k: number, b: number): boolean {
  // "Sẽ có một nghị quyết …", "Dự kiến …": a forecast, whatever it says is needed.
  if (tokens[k]?.l === 'sẽ' || (tokens[k]?.l === 'dự' && tokens[k + 1]?.l === 'kiến')) return false;
  for (let j = k; j < Math.min(b, k + 16); j++) {
    const e = OBLIGATION.matchAt(tokens, j, b);
    if (e < 0) continue;
    const before = tokens[j - 1]?.l;
    if (before === 'không' || before === 'chưa' || before === 'có' || before === 'thể' || before === 'đâu') continue;
    const after = tokens[e]?.l;
    // "phải được tiến hành nghiêm" is an obligation in the passive; "cần được …" may be a wish.
    if (after === 'được' && tokens[j].l === 'phải' && tokens[e + 1]?.word && OPENERS.matchAt(tokens, e + 1, b) > 0) return true;
    if (after === 'thiết' || after === 'được' || after === 'sự' || after === 'chăng' || after === 'là' || (after === 'có' && tokens[e + 1]?.l === 'sự')) continue;
    return true;
  }
  return false;
}

// "Tổng cục Thuế yêu cầu các đồng chí Cục trưởng … nghiêm túc triển khai thực hiện.": the closing
// formula of an official letter asks to carry out the letter itself; it adds no task (FORMAT.md).
const CLOSING_WORDS = new Set(['nghiêm', 'túc', 'khẩn', 'trương', 'triển', 'khai', 'thực', 'hiện', 'tổ', 'chức', 'các', 'nội', 'dung',
  'trên', 'này', 'văn', 'bản', 'công', 'điện', 'theo', 'đúng', 'và', 'kịp', 'thời', 'biết', 'quy', 'định', 'tinh', 'thần',
  // "… thực hiện Chỉ thị / Thông báo / Kết luận / Nghị quyết / Kế hoạch này"
  'chỉ', 'thị', 'thông', 'báo', 'kết', 'luận', 'nghị', 'quyết', 'kế', 'hoạch',
  // "… đề nghị Chủ tịch UBND các tỉnh quan tâm chỉ đạo thực hiện./."
  'quan', 'tâm', 'đạo']);
function closingFormula(tokens: readonly Token[], from: number, b: number): string | null {
  const stop = tokens.findIndex((t, x) => x >= from && x < b && t.text === '.');
  const words = tokens.slice(from, stop > 0 ? stop : b).filter((t) => t.word);
  return words.length > 0 && words.length <= 10 && words.every((t) => CLOSING_WORDS.has(t.l)) && words.some((t) => t.l === 'hiện') ? 'neg.closing-formula' : null;
}

// "… chỉ đạo thủ trưởng các sở, ngành … tập trung triển khai thực hiện tốt một số nhiệm vụ.": the
// lead announces the tasks the body lists; it is no task of its own.
const SUMMARY_END = set(['một số nhiệm vụ', 'một số nhiệm vụ trọng tâm', 'một số nội dung', 'một số nội dung trọng tâm', 'nhiều nội dung', 'một số việc', 'nhiều nhiệm vụ']);
const SUMMARY_WORDS = 12;
const INTRO_WORDS = 32;
/** The words from `from` end on a summary ("… một số nhiệm vụ"), within `maxWords` syllables. */
function endsOnSummary(tokens: readonly Token[], from: number, b: number, maxWords: number): boolean {
  let end = b;
  while (end > from && !tokens[end - 1].word) end--;
  if (tokens.slice(from, end).filter((t) => t.word).length > maxWords) return false;
  return SUMMARY_END.endingAt(tokens, from, end) >= 0;
}

function summaryOnly(tokens: readonly Token[], from: number, b: number): string | null {
  return !endsWithColon(tokens, b) && endsOnSummary(tokens, from, b, SUMMARY_WORDS) ? 'neg.summary' : null;
}

/** "(lưu ý) việc chuẩn bị tốt …": "việc" then a task verb names a task. */
const NOMINAL_TASK = 'cue.nominal-task';
function nominalTask(tokens: readonly Token[], j: number, b: number): boolean {
  return tokens[j]?.l === 'việc' && (OPENERS.matchAt(tokens, j + 1, b) > 0 || MODALS.matchAt(tokens, j + 1, b) > 0);
}

/** "… đề nghị Chủ tịch UBND các tỉnh chỉ đạo Sở Nông nghiệp và PTNT:" — only who is directed
 * before the colon: the items are the tasks. */
function directsOnly(env: ClauseEnv, from: number, b: number): boolean {
  const { tokens } = env;
  if (tokens[from]?.l !== 'chỉ' || tokens[from + 1]?.l !== 'đạo') return false;
  const read = readParties(tokens, from + 2, env);
  return read.parties.length > 0 && tokens.slice(read.end, b).every((t) => !t.word);
}

/** "thực hiện một số công việc như sau:" — a few words and "như sau": the list is the task. */
function introducesOnly(tokens: readonly Token[], from: number, b: number): boolean {
  let words = 0;
  for (let x = from; x < b; x++) {
    if (INTRO.matchAt(tokens, x, b) > 0 && /^(?:như|sau)$/u.test(tokens[x].l)) return words <= 10; // syllables
    if (tokens[x].word) words++;
  }
  // "… triển khai ngay một số nội dung:": what follows the colon is the tasks.
  return endsWithColon(tokens, b) && endsOnSummary(tokens, from, b, INTRO_WORDS);
}

/** A purpose or subject phrase ("Để …,", "Về …,") before the official's verb at c. */
function opensNewTopic(tokens: readonly Token[], k: number, c: number): boolean {
  // ("Cho rằng càng kéo dài …, Phó Thủ tướng nhấn mạnh cần …": the reason for what follows.)
  return c > k && (tokens[k].l === 'để' || tokens[k].l === 'về' || (tokens[k].l === 'cho' && tokens[k + 1]?.l === 'rằng'));
}

function endsWithColon(tokens: readonly Token[], b: number): boolean {
  // ("Sở Y tế:**": the markers of bold text after the colon.)
  let e = b;
  while (e > 0 && /^[*_]+$/u.test(tokens[e - 1]?.text ?? '')) e--;
  return tokens[e - 1]?.text === ':' || (tokens[b]?.text === ':');
}

const NARRATIVE_ASPECT = new Set(['đã', 'vừa', 'đang', 'từng']);
// First words of the posts that give instructions ("Thủ tướng", "Phó Chủ tịch", "Bí thư", …).
const TITLE_FIRST = new Set(TITLE_HEADS.map((h) => h.head.split(' ')[0].toLowerCase()));
const HAS_LETTER = /\p{L}/u;

// Both run on every clause: they read the tokens in place rather than copy them.
function hasWord(tokens: readonly Token[], k: number, b: number): boolean {
  for (let i = k; i < b && i < tokens.length; i++) if (tokens[i].word) return true;
  return false;
}

/** At least two words with letters in tokens[k, b), and all of them in capitals. */
function inCapitals(tokens: readonly Token[], k: number, b: number): boolean {
  let words = 0;
  for (let i = k; i < b && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !HAS_LETTER.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 2;
}

const MANNER = new Set(['có', 'chặt', 'chẽ', 'hiệu', 'quả', 'thường', 'xuyên', 'đồng', 'bộ', 'nhịp', 'nhàng', 'tích', 'cực', 'kịp', 'thời', 'sát', 'sao', 'toàn', 'diện', 'hơn', 'nữa']);

// Posts that lead a meeting and instruct when they "đề nghị": the Prime Minister and deputies,
// chairs and vice-chairs, party secretaries, ministers.
const LEADER_TITLE = /^(?:Phó )?(?:Thủ tướng|Chủ tịch|Bí thư|Bộ trưởng|Tổng Bí thư)/iu;

/** Does an official with a leading post speak in tokens [k, c), named or by the post alone? */
function leaderSpeaks(env: ClauseEnv, phrase: string, k: number, c: number): boolean {
  if (LEADER_TITLE.test(phrase.replace(/^(?:đồng chí|ông|bà)\s+/iu, ''))) return true;
  const from = env.tokens[k].start;
  const to = env.tokens[c].start;
  return env.occurrences.some((o) => o.chain.end <= to && o.chain.end >= from && o.titles.some((t) => LEADER_TITLE.test(t)));
}

/** Reads tokens [a, b) of one clause. */
export function readClause(env: ClauseEnv, a: number, clauseEnd: number): ClauseReading {
  const { tokens } = env;
  // "Bộ X nghiên cứu sửa quy định … trong tháng 12, Thủ tướng chỉ đạo.": the press puts the
  // instruction first and the one who gave it last; the clause is read without them.
  const trailing = trailingAttribution(env, a, clauseEnd);
  const b = trailing ? trailing.comma : clauseEnd;
  const start = clauseStart(env, a, b);
  let k = start.k;
  const ruleIds: string[] = trailing ? ['cue.trailing-attribution'] : [];
  if (start.connector) ruleIds.push(CONTINUATION_CONNECTORS.id);
  if (start.field) ruleIds.push('discourse.field-topic');
  const out: ClauseReading = {
    shape: 'none', assignees: [], namesDoer: false, topic: null, coordinators: [], recipients: [], speakerPhrase: trailing?.phrase ?? null,
    opensList: false, connector: start.connector, negative: null, taskStart: k, ruleIds, fieldTopic: start.field,
  };
  // "Từ kinh nghiệm trong nước, quốc tế … cho thấy, cần phải …": a lesson drawn opens a topic of
  // its own; it inherits no doers.
  if (LESSON.matchAt(tokens, k, b) > 0) { out.newTopic = true; ruleIds.push('discourse.new-topic'); }
  // "Trước đó, …": an earlier event is told.
  const earlier = EARLIER.matchAt(tokens, a, b);
  if (earlier > 0 && tokens[earlier]?.text === ',') { out.negative = EARLIER_EVENTS.id; return out; }
  // "2. Về lĩnh vực Văn hóa - Xã hội:": a label with nothing after it.
  if (!hasWord(tokens, k, b)) { out.negative = 'neg.label'; return out; }
  // "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …": a part title written in capitals names a part, not a task.
  if (inCapitals(tokens, k, b)) { out.negative = 'neg.caps-heading'; return out; }
  // "Sẽ có một nghị quyết …": what will happen is a forecast, not a task.
  if (tokens[k]?.l === 'sẽ') { out.negative = 'neg.forecast'; return out; }
  // "Theo quy định hiện hành, công an cấp huyện chịu trách nhiệm …": the law as it stands, told
  // as background; no one is instructed, and the instruction before is over.
  const rule = RULE_STATED.matchAt(tokens, k, b);
  if (rule > 0 && (tokens[rule]?.text === ',' || tokens[rule]?.l === 'thì')) { out.negative = RULE_STATEMENTS.id; out.namesDoer = true; return out; }
  // "Theo Thủ tướng, …": what follows is the official's instruction.
  if (tokens[k]?.l === 'theo') {
    const comma = tokens.findIndex((t, i) => i > k && i < k + 10 && t.text === ',');
    // ("Theo Bí thư Thành ủy, …": a post, whoever holds it.)
    const post = comma > k + 1 && comma - k <= 7 && tokens[k + 1].cap && TITLE_FIRST.has(tokens[k + 1].l) ? env.text.slice(tokens[k + 1].start, tokens[comma - 1].end) : null;
    const phrase = comma > k + 1 ? officialBefore(env, k + 1, comma) ?? post : null;
    if (phrase) { out.speakerPhrase = phrase; out.speech = true; ruleIds.push('cue.according-to'); k = comma + 1; }
  }
  // Topic: "Với Bộ X, …" / "Đối với các địa phương, …"
  const topicEnd = TOPICS.matchAt(tokens, k, b);
  if (topicEnd > 0) {
    const read = readParties(tokens, topicEnd, { ...env, bareProvince: true });
    if (read.parties.length && (tokens[read.end]?.text === ',' || tokens[read.end]?.text === ':')) {
      out.topic = read.parties;
      ruleIds.push(TOPIC_MARKERS.id);
      k = read.end + 1;
      const again = clauseStart(env, k, b);
      k = again.k;
    } else if (!read.parties.length && /^(?:đối|riêng)$/u.test(tokens[k].l)) {
      // "Đối với công tác sắp xếp đơn vị hành chính, huyện cần …": a subject matter, not a doer;
      // the clause goes on after it.
      // "Đối với các huyện giải ngân thấp như Kông Chro, Ia Pa, Chủ tịch UBND huyện phải …": the
      // matter may list names; the comma after it is the one a doer or a task follows.
      let c = topicEnd;
      for (let guard = 0; guard < 4 && c < b; guard++) {
        const from = c;
        while (c < Math.min(b, from + 14) && tokens[c].word) c++;
        if (tokens[c]?.text !== ',' || c + 1 >= b) break;
        // "Đối với đề nghị nâng cấp cảng hàng không, Thủ tướng giao Bộ X …": the speaker and the
        // instruction follow the matter.
        if (speakerThenCue(env, c + 1, b)) {
          k = c + 1;
          ruleIds.push('cue.subject-matter');
          break;
        }
        // (A capital there is a name of the list: "…, Cần Thơ, Bộ Giao thông vận tải phải …".)
        const verbNext = !tokens[c + 1].cap && (MODALS.matchAt(tokens, c + 1, b) > 0 || OPENERS.matchAt(tokens, c + 1, b) > 0);
        if (readParties(tokens, c + 1, env).parties.length || verbNext) {
          k = clauseStart(env, c + 1, b).k;
          ruleIds.push('cue.subject-matter');
          break;
        }
        c++;
      }
    }
  }
  // Shape 1: an instruction verb with a speaker (or nothing) before it.
  for (let c = k; c < b; c++) {
    const e = CUES.matchAt(tokens, c, b);
    if (e < 0) continue;
    if (c > k && tokens[c].cap) continue; // "Ban Chỉ đạo", "Giao thông": part of a name
    if (NOUNISH.endingAt(tokens, Math.max(k, c - 3), c) >= 0) continue;
    // "thông báo chỉ đạo của Thủ tướng …": whose instruction, a noun; the verb may come later.
    if (tokens[e]?.l === 'của') continue;
    // "giao thông", "giao ban", "giao lưu" …: compounds of "giao", not the verb (capitalised "Ban …" is a body).
    if (tokens[c].l === 'giao' && tokens[e]?.word && !tokens[e].cap && GIAO_COMPOUNDS.has(tokens[e].l)) continue;
    let speakerPhrase = c > k ? officialBefore(env, k, c) ?? signerBefore(env, k, c) ?? coordinatedSpeaker(env, k, c) : null;
    // "Tham mưu UBND tỉnh chỉ đạo …", "báo cáo Bộ trưởng giao …": the body before the verb is the
    // one advised; the clause's task is the advice, read as an imperative below.
    if (c > k && advisedBefore(env, k, c)) continue;
    let body = c > k && !speakerPhrase ? bodyBefore(env, k, c) : null;
    // "Lãnh đạo UBND huyện chỉ đạo các ngành chuyên môn …": the body's leaders speak; they do
    // not hand themselves the task.
    if (body && !body.body && tokens[k]?.l === 'lãnh' && tokens[k + 1]?.l === 'đạo' && c - k <= 8) {
      speakerPhrase = env.text.slice(tokens[k].start, tokens[c - 1].end);
      body = null;
    }
    const atStart = c === k || (c - k <= 2 && tokens.slice(k, c).every((t) => !t.word || SUBJ_ADV.matchAt(tokens, k, c) > 0));
    // "Căn cứ …; tình hình thực hiện …, yêu cầu các sở, ngành …": the issuer of an official text is
    // left unsaid; after a comma the cue and the doers that follow it are the instruction.
    // A report of what was done ("… đã tập trung lãnh đạo, chỉ đạo UBND tỉnh …") is no instruction.
    const elided = !speakerPhrase && !body && !atStart && tokens[c - 1]?.text === ','
      && !tokens.slice(k, c).some((t) => NARRATIVE_ASPECT.has(t.l)) && readParties(tokens, e, env).parties.length > 0;
    if (!speakerPhrase && !body && !atStart && !elided) continue;
    if (elided) ruleIds.push('cue.elided-issuer');
    const verb = tokens.slice(c, e).map((t) => t.l).join(' ');
    // "Công điện … điện:" is a cue only before its colon; "Giao nhiệm vụ cụ thể, …" opens a report.
    if (verb === 'điện' && tokens[e]?.text !== ':') continue;
    // "Giao nhiệm vụ cụ thể, …", "Chỉ đạo tại hội nghị, …": a framing phrase, not the instruction.
    if (atStart && !speakerPhrase && !body && tokens.slice(e, e + 6).some((t) => t.text === ',') && !readParties(tokens, e, env).parties.length) continue;
    if (tokens[e]?.l === 'số') continue; // "Chỉ thị số 05/CT-TTg": a document, not an instruction
    // "Đồng chí X chỉ đạo nhiều nội dung liên quan đến …": a summary of what follows, no task.
    if (SUMMARY.matchAt(tokens, e, b) > 0 && !endsWithColon(tokens, b)) { out.negative = 'neg.summary'; out.speakerPhrase = speakerPhrase; return out; }
    let j = e;
    for (let guard = 0; guard < 12 && j < b; guard++) {
      if (tokens[j].text === ',' || tokens[j].l === 'cho' || tokens[j].l === 'đối' || tokens[j].l === 'với' || tokens[j].l === 'tất' || tokens[j].l === 'cả') { j++; continue; }
      // "Ông yêu cầu đến tháng 6, tất cả lãnh đạo …": the deadline sits before the doers.
      if (inSpans(tokens[j], env.deadlineSpans)) {
        let x = j;
        while (x < b && inSpans(tokens[x], env.deadlineSpans)) x++;
        if (tokens[x]?.text === ',') { j = x + 1; continue; }
      }
      break;
    }
    if (tokens[j]?.text === ':' && j + 1 < b && readParties(tokens, j + 1, env).parties.length) j++; // "chỉ đạo: Bộ X chủ trì …"
    else if (tokens[j]?.text === ':') {
      out.shape = 'cue'; out.speakerPhrase = speakerPhrase; out.opensList = !hasWord(tokens, j + 1, b); out.listOnly = out.opensList; out.taskStart = j + 1;
      if (verb === 'điện') out.addresseeList = true;
      ruleIds.push(INSTRUCTION_VERBS.id);
      if (body && !body.body) out.assignees = body.parties;
      return out;
    }
    // "đề nghị các đại biểu thảo luận …": the meeting's participants are asked for views, not tasks.
    if (AUDIENCE.matchAt(tokens, j, b) > 0) { out.negative = 'neg.audience'; return out; }
    // "… ký văn bản chỉ đạo về việc bảo đảm …": the subject of a document, as its title gives it;
    // what the document asks, and of whom, comes after.
    if (tokens[j]?.l === 'về' && TOPIC_NOUNS.matchAt(tokens, j + 1, b) > 0) { out.negative = INSTRUCTION_TOPICS.id; out.speakerPhrase = speakerPhrase; return out; }
    // "Bộ trưởng Bộ Kế hoạch và Đầu tư giao chi tiết danh mục dự án … cho từng bộ": "giao" that
    // allocates; the one who allocates is the doer.
    if (verb === 'giao' && ALLOCATED.matchAt(tokens, j, b) > 0 && c > k) {
      const doer = readParties(tokens, k, env);
      if (doer.parties.length && doer.end <= c) {
        out.shape = 'subject'; out.assignees = doer.parties; out.namesDoer = true; out.taskStart = c;
        ruleIds.push(ALLOCATED_THINGS.id);
        out.negative = negativeIn(tokens, c, b);
        return out;
      }
    }
    // ("Thủ tướng đề nghị Quảng Trị tập trung …": a province named bare after the verb is the doer.)
    let read = readParties(tokens, j, { ...env, bareProvince: true });
    // "chỉ đạo, với mục tiêu tăng trưởng ít nhất 8%, các bộ, ngành, địa phương phải …": the
    // doers come after an inserted adverbial.
    if (!read.parties.length && e < j && tokens[e]?.text === ',') {
      const comma = tokens.findIndex((t, x) => x > j && x < j + 30 && x < b && t.text === ',');
      const later = comma > 0 ? readParties(tokens, comma + 1, env) : null;
      if (later && later.parties.length && (MODALS.matchAt(tokens, later.end, b) > 0 || OPENERS.matchAt(tokens, later.end, b) > 0)) {
        out.aside = { start: tokens[e].start, end: tokens[comma].end };
        read = later; j = comma + 1;
      }
    }
    let generic = -1;
    if (!read.parties.length) generic = GENERIC.matchAt(tokens, j, b);
    let named = read.parties.filter((p) => p.name !== 'Thủ tướng Chính phủ');
    // "Bộ Xây dựng vừa có văn bản gửi Sở Xây dựng các tỉnh … yêu cầu báo cáo …": the addressees of
    // the letter are asked.
    if (!named.length && /^(?:yêu cầu|đề nghị)/.test(verb)) {
      const addressees = addresseesBefore(env, k, c);
      if (addressees.length) { named = addressees; ruleIds.push(LETTER_SENDS.id); }
    }
    if (body) body.parties = body.parties.filter((p) => p.name !== 'Thủ tướng Chính phủ' && p.name !== 'Chính phủ');
    // A ministry "đề nghị" its superiors: a proposal, not an instruction. The National Assembly,
    // the Party and the Government instruct when they "đề nghị".
    const superior = body?.parties.some((p) => SUPERIOR.test(p.name)) ?? false;
    // A district or a department "đề nghị" its province: a proposal too.
    const lower = body?.parties.some((p) => /^(?:Ủy ban nhân dân (?:huyện|quận|thị xã|thành phố) |Sở )/u.test(p.name)) ?? false;
    const toProvince = read.parties.some((p) => /^Ủy ban nhân dân (?:tỉnh|thành phố)\b/u.test(p.name) || (env.province !== null && p.name === env.province.name));
    // ("Sở X đề nghị các cơ quan, đơn vị cùng phối hợp …" asks units, unnamed: no proposal.)
    if (body && !body.body && (!superior || lower) && /^(?:đề nghị|kiến nghị)/.test(verb) && GENERIC.matchAt(tokens, j, b) < 0
      && (read.parties.length === 0 || read.parties.some((p) => /^(?:Thủ tướng Chính phủ|Chính phủ|Quốc hội)$/u.test(p.name)) || (lower && toProvince))) {
      out.negative = 'neg.proposal'; return out;
    }
    // "Phó Giám đốc Sở Y tế … đề nghị cần kiểm tra …": an official below the leaders of the
    // meeting recommends to no one in particular; a proposal, not an instruction.
    if (speakerPhrase && /^(?:đề nghị|kiến nghị)$/u.test(verb) && tokens[e]?.l === 'cần' && !read.parties.length && !leaderSpeaks(env, speakerPhrase, k, c)) {
      out.negative = 'neg.recommendation'; return out;
    }
    out.shape = 'cue';
    out.speakerPhrase = speakerPhrase;
    ruleIds.push(INSTRUCTION_VERBS.id);
    // "- Chỉ đạo Sở Tài nguyên và Môi trường: …" as a task of a list: whoever the list gives the
    // tasks to does the directing (the discourse pass decides whether there is such a doer).
    out.directsOthers = atStart && !speakerPhrase && !body && /^(?:chỉ đạo|đôn đốc|yêu cầu)$/u.test(verb);
    // Outside a list, a bare "Yêu cầu X …" is the issuer asking X, not the previous doer directing X.
    out.asks = verb === 'yêu cầu';
    // "Để phát triển nhân lực …, Thủ tướng yêu cầu …" / "Về an ninh, …": a new topic.
    if (opensNewTopic(tokens, k, c)) { out.newTopic = true; ruleIds.push('discourse.new-topic'); }
    // "Thủ tướng Phạm Minh Chính yêu cầu …": a speaker introduced again by full name opens a new
    // item (a digest, a new part of the report); "Thủ tướng yêu cầu …" goes on with the last one.
    else if (c > k && env.occurrences.some((o) => o.nameSpan.start >= tokens[k].start && o.nameSpan.end <= tokens[c].start)) { out.newTopic = true; ruleIds.push('discourse.speaker-named-again'); }
    const committee = body?.parties.some((p) => /^Ủy ban nhân dân|^Chính phủ$/u.test(p.name)) ?? false;
    // A ministry directs its own units; a people's committee directing "các sở, ngành" (a group)
    // keeps the task, but one directing a named department hands it over.
    const groupOnly = named.length > 0 && named.every((p) => p.kind === 'group' || /^Các |^Ủy ban nhân dân các /u.test(p.name));
    // "UBND tỉnh Lâm Đồng có văn bản chỉ đạo các sở ngành …": a body that issued a document is
    // the issuer, and the parties it directs do the task.
    const issuedDocument = tokens.slice(k, c).some((t, x) => t.l === 'bản' && tokens[k + x - 1]?.l === 'văn');
    const directsOwn = body && verb === 'chỉ đạo' && body.parties.length > 0 && !(issuedDocument && named.length) && (!committee || groupOnly || !named.length);
    if (directsOwn && body) {
      // "Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam …": the ministry's task is to direct.
      out.assignees = body.parties; out.namesDoer = true; ruleIds.push('role.directs-own-units');
    } else if (named.length) { out.assignees = named; out.namesDoer = true; }
    // (A body that "giao / yêu cầu" unnamed units issues the instruction: it keeps no task.)
    else if (body && !body.body && /^(?:chỉ đạo|đôn đốc)/.test(verb)) {
      // "Bộ Công Thương chỉ đạo các đơn vị …": the ministry is told to direct its own units.
      out.assignees = body.parties; out.namesDoer = true;
    } else if (generic > 0 && !(atStart && !speakerPhrase && !body)) out.namesDoer = true;
    // "lưu ý / kêu gọi / nhắc nhở" give a task only to a named doer or with a task verb after.
    if (/^(?:lưu ý|nhắc nhở|nhắc)$/.test(verb) && !named.length && MODALS.matchAt(tokens, j, b) < 0 && OPENERS.matchAt(tokens, j, b) < 0 && !nominalTask(tokens, j, b)) {
      // "Phó Thủ tướng lưu ý, Luật cần có quy định …": a duty after the note is the instruction.
      if (dutyAt(tokens, j, b)) {
        out.shape = 'duty'; out.speech = true; out.speakerPhrase = speakerPhrase; out.taskStart = j;
        ruleIds.push(OBLIGATION_MARKERS.id);
        out.negative = negativeIn(tokens, j, b);
        return out;
      }
      out.shape = 'none'; out.ruleIds.pop(); out.speech = true; out.speakerPhrase = speakerPhrase; return out;
    }
    // "**7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố**" over its tasks: a heading that
    // names who is asked; what they are asked follows below.
    if (named.length && tokens[b]?.text !== ';' && tokens.slice(read.end, b).every((t) => !t.word && /^[*_.]+$/u.test(t.text))) {
      out.shape = 'cue'; out.speakerPhrase = speakerPhrase; out.assignees = named; out.namesDoer = true; out.opensList = true; out.listOnly = true; out.taskStart = read.end;
      ruleIds.push('cue.heading-asks');
      return out;
    }
    let taskFrom = named.length ? read.end : generic > 0 ? generic : j;
    while (taskFrom < b && (tokens[taskFrom].text === ',' || FOLLOW.matchAt(tokens, taskFrom, b) > 0)) taskFrom = tokens[taskFrom].text === ',' ? taskFrom + 1 : FOLLOW.matchAt(tokens, taskFrom, b);
    out.taskStart = taskFrom;
    // "… yêu cầu các địa phương:" opens a list and is no task itself; "… tập trung chỉ đạo khắc
    // phục …, trong đó tập trung một số nhiệm vụ cụ thể sau:" is a task and opens a list.
    if (endsWithColon(tokens, b)) {
      out.opensList = true;
      let words = 0;
      for (let x = taskFrom; x < b; x++) if (tokens[x].word) words++;
      out.listOnly = words <= 3 || INTRO.matchAt(tokens, taskFrom, b) > 0 || introducesOnly(tokens, taskFrom, b) || directsOnly(env, taskFrom, b);
      // "Đề nghị UBND tỉnh chỉ đạo:": the bodies the items name are directed; the doer is the one asked.
      out.directsList = words <= 3 && named.length > 0 && /^(?:chỉ đạo|đôn đốc)$/u.test(tokens.slice(taskFrom, b).filter((t) => t.word).map((t) => t.l).join(' '));
    }
    out.negative = negativeIn(tokens, taskFrom, b) ?? closingFormula(tokens, taskFrom, b) ?? summaryOnly(tokens, taskFrom, b);
    Object.assign(out, rolesIn(env, taskFrom, b, out.assignees));
    out.monitors = MONITOR.matchAt(tokens, taskFrom, b) > 0;
    return out;
  }
  // An official's speech ("Thủ tướng nhấn mạnh, …", "ông nêu rõ …"): what follows in the
  // sentence is read for tasks, the official is their assigner.
  // (A heading ending in ":" may name its speaker after long grounds: "Xét đề nghị của Bộ X (Công
  // văn số …), ý kiến của …, Phó Thủ tướng Y có ý kiến như sau:".)
  const reach = endsWithColon(tokens, b) ? b : Math.min(b, k + 24);
  for (let c = k; c < reach; c++) {
    const e = SPEECH.matchAt(tokens, c, b);
    if (e < 0 || c === k) continue;
    const phrase = officialBefore(env, k, c);
    if (!phrase) continue;
    // "Thủ tướng khẳng định cả nước đã …": a report of what was done opens no tasks; nor does
    // "nhấn mạnh nhiệm vụ … rất nặng nề, với mục tiêu A; B; C": a list of goals.
    if (tokens.slice(e, b).some((t) => t.l === 'đã') || phraseStartsIn(tokens, e, b, ['mục', 'tiêu'])) { out.speakerPhrase = phrase; return out; }
    // "“…”, Thủ tướng nhấn mạnh.": the speech verb closes a quotation; it names the speaker only.
    if (tokens.slice(e, b).filter((t) => t.word).length < 3) {
      out.speakerPhrase = phrase;
      // "Phó Thủ tướng X có ý kiến như sau:": the speaker of the list of tasks that follows.
      if (endsWithColon(tokens, b)) { out.speech = true; out.opensList = true; out.listOnly = true; ruleIds.push('cue.speech-list'); return out; }
      break;
    }
    out.speech = true;
    out.speakerPhrase = phrase;
    ruleIds.push('cue.speech');
    // "Về bài học kinh nghiệm, Thủ tướng nhấn mạnh …", "Để …, Thủ tướng lưu ý …": a new topic.
    if (opensNewTopic(tokens, k, c)) { out.newTopic = true; ruleIds.push('discourse.new-topic'); }
    let j = e;
    while (j < b && (!tokens[j].word || tokens[j].l === 'rằng' || tokens[j].l === 'là')) j++;
    // "nhấn mạnh việc cương quyết thay cán bộ …": the task named as a noun.
    if (nominalTask(tokens, j, b)) { out.shape = 'opener'; out.taskStart = j + 1; ruleIds.push(NOMINAL_TASK); return out; }
    k = j;
    break;
  }
  // Shape 2: named doers as the subject.

  // "Bộ Công an sớm hoàn thiện …. Bộ cùng các đơn vị liên quan sửa quy định …": "Bộ" alone is the
  // ministry just named (the discourse pass resolves it).
  if (tokens[k]?.text === 'Bộ' && !tokens[k + 1]?.cap) {
    let j = k + 1;
    if (tokens[j]?.l === 'cùng' || tokens[j]?.l === 'phối') {
      const partner = GENERIC.matchAt(tokens, tokens[j].l === 'cùng' ? j + 1 : COORD.matchAt(tokens, j, b), b);
      if (partner > 0) j = partner;
    }
    if (MODALS.matchAt(tokens, j, b) > 0 || OPENERS.matchAt(tokens, j, b) > 0) {
      out.shape = 'subject'; out.anaphor = 'ministry'; out.taskStart = k + 1;
      ruleIds.push(SUBJECT_MODALS.id);
      out.negative = negativeIn(tokens, j, b);
      return out;
    }
  }
  const read = readParties(tokens, k, env);
  const generic = read.parties.length ? -1 : GENERIC.matchAt(tokens, k, b);
  if (read.parties.length || generic > 0) {
    let j = read.parties.length ? read.end : generic;
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
    while (j < b && (tokens[j].text === ',' || FOLLOW.matchAt(tokens, j, b) > 0) && tokens[j].text !== ':') j = tokens[j].text === ',' ? j + 1 : FOLLOW.matchAt(tokens, j, b);
    // "Chủ tịch Ủy ban nhân dân các tỉnh … nơi có trồng sầu riêng:": which of them, then the list.
    if (read.parties.length && /^(?:nơi|ở)$/u.test(tokens[j]?.l ?? '') && !tokens.slice(j + 1, b).some((_, x) => MODALS.matchAt(tokens, j + 1 + x, b) > 0 || OPENERS.matchAt(tokens, j + 1 + x, b) > 0)) {
      j = tokens[b - 1]?.text === ':' ? b - 1 : b;
    }
    if (j < b && tokens[j].text === ':') {
      // "1. Bộ Nông nghiệp và Môi trường:" — the heading of its tasks.
      out.shape = 'subject'; out.assignees = read.parties; out.namesDoer = true; out.opensList = !hasWord(tokens, j + 1, b); out.listOnly = out.opensList; out.taskStart = j + 1;
      ruleIds.push('cue.subject-heading');
      return out;
    }
    // "UBND các tỉnh có dự án đi qua chủ động …": "có" opens a relative clause before the task.
    let relative = false;
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
    if (!relative && NARRATIVE.matchAt(tokens, j, b) > 0 && !(MODALS.matchAt(tokens, j, b) > NARRATIVE.matchAt(tokens, j, b))) {
      // "huyện Vân Canh đề nghị tỉnh hỗ trợ …" proposes; what follows may go on proposing.
      out.negative = /^(?:đề|kiến)$/u.test(tokens[j].l) && /^(?:nghị|xuất)$/u.test(tokens[j + 1]?.l ?? '') ? 'neg.proposal' : NARRATIVE_AFTER_SUBJECT.id;
      out.namesDoer = read.parties.length > 0; // a report about someone else: the instruction is over
      return out;
    }
    const verbEnd = Math.max(MODALS.matchAt(tokens, j, b), OPENERS.matchAt(tokens, j, b));
    // "…, UBND, Ủy ban MTTQ thành phố trình.": a verb ending the clause closes a relative clause
    // ("[the reports that] … present"); a task says what is to be done.
    if (verbEnd > 0 && !hasWord(tokens, verbEnd, b) && tokens[b - 1]?.text !== ':') { out.negative = 'neg.no-task-words'; return out; }
    if (verbEnd > 0) {
      out.shape = 'subject';
      out.assignees = read.parties;
      out.namesDoer = true;
      out.taskStart = read.parties.length ? read.end : generic;
      ruleIds.push(SUBJECT_MODALS.id);
      out.negative = negativeIn(tokens, j, b);
      Object.assign(out, rolesIn(env, j, b, out.assignees));
      out.monitors = MONITOR.matchAt(tokens, j, b) > 0;
      // "thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" —
      // the doer's tasks follow as a list; the introduction is no task of its own.
      if (endsWithColon(tokens, b)) {
        out.opensList = true;
        out.listOnly = tokens.slice(j, b).some((_, x) => INTRO.matchAt(tokens, j + x, b) > 0 && /^(?:sau|như)$/u.test(tokens[j + x].l));
      }
      return out;
    }
    // (A line that only names an official, "- Thủ tướng Phạm Minh Chính", is a photo's caption.)
    if (read.parties.length && (endsWithColon(tokens, b) || (tokens.slice(j, b).every((t) => !t.word) && read.parties.some((p) => p.kind !== 'official')))) {
      // "1. Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:" — a heading too.
      out.shape = 'subject'; out.assignees = read.parties; out.namesDoer = true; out.opensList = true; out.listOnly = true;
      ruleIds.push('cue.subject-heading');
      return out;
    }
    if (read.parties.length) return out;
  }
  // "…, theo yêu cầu của Thủ tướng": the task of the clause was required by the official.
  for (let c = k; c < b; c++) {
    const e = ATTRIBUTED.matchAt(tokens, c, b);
    if (e < 0) continue;
    let end = e;
    while (end < b && tokens[end].word) end++;
    const phrase = officialBefore(env, e, end);
    if (phrase) { out.shape = 'duty'; out.speech = true; out.speakerPhrase = phrase; out.taskStart = k; ruleIds.push(ATTRIBUTED_REQUEST.id); return out; }
  }
  // Shapes 3 and 4: a bare imperative, or a duty with no named doer.
  const bare = (shape: 'opener' | 'duty', ruleId: string): ClauseReading => {
    out.shape = shape;
    ruleIds.push(ruleId);
    out.taskStart = k;
    // "…; trong đó, tập trung thực hiện các nhiệm vụ trọng tâm sau:": it only introduces a list.
    if (endsWithColon(tokens, b) && introducesOnly(tokens, k, b)) { out.opensList = true; out.listOnly = true; }
    out.negative = negativeIn(tokens, k, b);
    Object.assign(out, rolesIn(env, k, b, []));
    return out;
  };
  const opener = OPENERS.matchAt(tokens, k, b);
  if (APPRAISALS.matchAt(tokens, k, b) > 0) { ruleIds.push(APPRAISAL_OPENERS.id); return out; }
  if (PROHIBITIONS.matchAt(tokens, k, b) > 0) { ruleIds.push(PROHIBITION_OPENERS.id); return out; }
  if (opener > 0) {
    // "Xác định rõ, …" (no object before the comma) or "Tiếp tục chương trình, hội nghị nghe …"
    // (a new subject after it) frame a statement; "Tăng cường kỷ luật, kỷ cương …" lists objects.
    const comma = tokens.slice(opener, opener + 3).findIndex((t) => t.text === ',');
    const after = opener + comma + 1;
    const framing = comma >= 0 && (NEW_SUBJECT.matchAt(tokens, after, b) > 0 || PRONOUNS.matchAt(tokens, after, b) > 0
      || (comma <= 1 && OPENERS.matchAt(tokens, after, b) < 0 && MODALS.matchAt(tokens, after, b) < 0));
    if (!framing) return bare('opener', TASK_OPENERS.id);
  }
  if (dutyAt(tokens, k, b)) return bare('duty', OBLIGATION_MARKERS.id);
  return out;
}
