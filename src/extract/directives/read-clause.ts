// The instruction pass for one clause: does it ask someone to do something, and who is named?
// It never asks who spoke: a clause is read as one of four shapes, each a row of
// instruction-cues.ts, with the negative evidence that cancels it:
//   cue      "<speaker> giao / yêu cầu / đề nghị <parties> <task>"      (clause/read-cue.ts)
//   subject  "<parties> phải / cần / khẩn trương / <task verb> …"     (clause/read-subject.ts)
//   opener   "<task verb> …" (a bare imperative: a task of the instruction before it)
//   duty     "… phải / cần …" with no named doer (a task of the instruction before it)
// Whether an opener or a duty is a directive is the discourse pass's call (find-directives.ts).
import type { ClauseEnv, ClauseReading } from './clause/clause-reading';
import type { Token } from '../document/tokens';
import { dutyAt, endsWithColon, hasWord, inCapitals, introducesOnly, negativeIn } from './clause/clause-predicates';
import { rolesIn } from './clause/clause-roles';
import { clauseStart, pastLeadingTime } from './clause/clause-start';
import { readCue } from './clause/read-cue';
import { readForwarding } from './clause/read-forwarding';
import { readSpeech } from './clause/read-speech';
import { readSubject } from './clause/read-subject';
import { readTopic } from './clause/read-topic';
import { officialBefore, trailingAttribution } from './clause/speaker-before';
import { APPRAISALS, ATTRIBUTED, CUES, EARLIER, LESSON, MODALS, OPENERS, NEW_SUBJECT, PRONOUNS, PROHIBITIONS, RESULTS, RULE_CITED, RULE_STATED, set, TITLE_FIRST } from './clause/phrase-sets';
import { readParties } from './read-parties';
import { APPRAISAL_OPENERS, CONTINUATION_CONNECTORS, EARLIER_EVENTS, PROHIBITION_OPENERS, RESULT_OPENERS, TASK_OPENERS } from '../lexicon/instruction-cues';
import { RULE_CITATIONS, RULE_STATEMENTS } from '../lexicon/clause-frames';

// How far after "theo quy định tại" the "thì" of a cited provision may come.
const RULE_CITATION_REACH = 30;
import { ATTRIBUTED_REQUEST, OBLIGATION_MARKERS } from '../lexicon/verbs';

export type { ClauseEnv, ClauseReading, ClauseShape } from './clause/clause-reading';

// The grounds an official text cites: another's instruction or a document, carried out.
const GROUNDS = set(['thực hiện chỉ đạo của', 'thực hiện ý kiến chỉ đạo của', 'thực hiện sự chỉ đạo của', 'triển khai chỉ đạo của',
  'thực hiện công văn số', 'thực hiện kết luận của', 'thực hiện thông báo số', 'thực hiện thông báo kết luận', 'thực hiện chỉ thị số', 'thực hiện công điện số']);

/** Grounds at k with nothing after them but what the cited documents are about: no speaker, doer
 * or instruction verb after any comma (the verbs of "về việc rà soát, kiểm tra …" are its subject). */
function groundsOnly(env: ClauseEnv, k: number, b: number): boolean {
  const { tokens } = env;
  if (GROUNDS.matchAt(tokens, k, b) < 0) return false;
  for (let x = k + 1; x < b; x++) {
    if (tokens[x].text !== ',') continue;
    if (readParties(tokens, x + 1, env).parties.length || CUES.matchAt(tokens, x + 1, b) > 0) return false;
    if (env.occurrences.some((o) => o.chain.start >= tokens[x].end && o.chain.start <= tokens[Math.min(b - 1, x + 3)].start)) return false;
  }
  return true;
}

// "Theo chỉ đạo của <official>, <doers> …": the official instructs the doers.
const DIRECTED_BY = 'cue.directed-by';
// How many words a post may take when it speaks unnamed ("Theo Bí thư Thành ủy, …").
const POST_WORDS = 6;

/** The official named in tokens [from, to), else the post written there ("Bí thư Thành ủy") when
 * it is at most `postWords` words, else null. */
function officialOrPost(env: ClauseEnv, from: number, to: number, postWords: number): string | null {
  const { tokens } = env;
  if (to <= from) return null;
  const post = to - from <= postWords && tokens[from].cap && TITLE_FIRST.has(tokens[from].l) ? env.text.slice(tokens[from].start, tokens[to - 1].end) : null;
  return officialBefore(env, from, to) ?? post;
}

// ", vì vậy <doers> cần …" inside a clause: the duty that follows from what the clause stated.
const CONSEQUENCE = set(['vì vậy', 'vì thế', 'do đó', 'do vậy', 'bởi vậy', 'cho nên']);
const CONSEQUENCE_DUTY = 'cue.consequence-duty';

/** The token after a consequence connective that follows a comma in [k, b), else -1. */
function consequenceAt(env: ClauseEnv, k: number, b: number): number {
  const { tokens } = env;
  for (let c = k + 1; c < b; c++) {
    if (tokens[c - 1].text !== ',') continue;
    const e = CONSEQUENCE.matchAt(tokens, c, b);
    if (e > 0) return tokens[e]?.text === ',' ? e + 1 : e;
  }
  return -1;
}

const DOCUMENT_SAYS = 'cue.document-says';
const LETTER_ADDRESSEES = 'neg.letter-addressees';
// The documents the press quotes, and what they are said to do before their content.
const QUOTED_DOCUMENTS = set(['thông báo', 'thông báo kết luận', 'công điện', 'chỉ thị', 'kết luận', 'văn bản', 'công văn', 'quyết định', 'kế hoạch', 'nghị quyết', 'chỉ thị này', 'công điện này', 'thông báo này', 'văn bản này', 'công văn này']);
const DOCUMENT_SAY_VERBS = set(['nêu rõ', 'nêu', 'chỉ rõ', 'nhấn mạnh', 'cho biết', 'khẳng định', 'ghi rõ', 'xác định']);

/** Where the content starts after "(Theo) <document> (<number>) (nêu rõ)," at k, else -1. */
function documentSaysEnd(env: ClauseEnv, k: number, b: number): number {
  const { tokens } = env;
  let x = tokens[k]?.l === 'theo' ? k + 1 : k;
  const doc = QUOTED_DOCUMENTS.matchAt(tokens, x, b);
  if (doc < 0) return -1;
  x = doc;
  // ("Thông báo số 312/TB-VPCP nêu rõ, …": the number the press gives.)
  if (tokens[x]?.l === 'số') { x++; while (x < b && x < doc + 8 && tokens[x].text !== ',' && tokens[x].text !== ':' && DOCUMENT_SAY_VERBS.matchAt(tokens, x, b) < 0) x++; }
  const verb = DOCUMENT_SAY_VERBS.matchAt(tokens, x, b);
  if (verb > 0) x = verb;
  else if (tokens[k]?.l !== 'theo') return -1;
  if (tokens[x]?.text !== ',' && tokens[x]?.text !== ':') return -1;
  return hasWord(tokens, x + 1, b) ? x + 1 : -1;
}

// ("Xác định rõ, chuyển đổi số toàn diện cần sự tham gia …": after the comma a matter and what
// it needs or is; "Tuyên truyền, định hướng cho người dân …" lists a second verb instead.)
const STATING = new Set(['cần', 'phải', 'là']);
const AVERAGES = set(['bình quân', 'trung bình']);

function statesAfter(tokens: readonly Token[], from: number, b: number): boolean {
  // ("nhất là", "đó là" elaborate.)
  for (let x = from + 1; x < b; x++) if (STATING.has(tokens[x].l) && tokens[x - 1].l !== 'nhất' && tokens[x - 1].l !== 'đó') return true;
  return false;
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
  // "Kính gửi: - Các Sở, ban, ngành; - Công an tỉnh; …": a letter's addressees, listed; no task.
  // (Only with the addressees below it: "Kính gửi: Cục Thuế …." on one line names the one addressee.)
  if (tokens[k]?.l === 'kính' && tokens[k + 1]?.l === 'gửi' && tokens[k + 2]?.text === ':' && !hasWord(tokens, k + 3, b)) {
    out.shape = 'cue'; out.opensList = true; out.listOnly = true; out.addresseeList = true; ruleIds.push(LETTER_ADDRESSEES);
    return out;
  }
  // "Từ kinh nghiệm trong nước, quốc tế … cho thấy, cần phải …": a lesson drawn opens a topic of
  // its own; it inherits no doers.
  if (LESSON.matchAt(tokens, k, b) > 0) { out.newTopic = true; ruleIds.push('discourse.new-topic'); }
  // "Trước đó, …": an earlier event is told.
  const earlier = EARLIER.matchAt(tokens, a, b);
  if (earlier > 0 && tokens[earlier]?.text === ',') { out.negative = EARLIER_EVENTS.id; return out; }
  // "Bình quân lãnh đạo cấp huyện, xã phải tiếp công dân mỗi tháng một lần …": an average, what the
  // rule asks of each, told to count what was done; a statistic.
  const average = AVERAGES.matchAt(tokens, a, b);
  if (average > 0 && !tokens[average]?.cap) { out.negative = 'neg.statistic'; return out; }
  // "Qua đó hạn chế …", "Góp phần …": the effect of the task before, with no doer of its own.
  const result = RESULTS.matchAt(tokens, a, b);
  const effect = result > 0 && tokens[result]?.text === ',' ? result + 1 : result;
  if (result > 0 && (OPENERS.matchAt(tokens, effect, b) > 0 || /^(?:góp|phần)$/u.test(tokens[result - 1]?.l ?? ''))) { out.negative = RESULT_OPENERS.id; return out; }
  // "2. Về lĩnh vực Văn hóa - Xã hội:": a label with nothing after it.
  if (!hasWord(tokens, k, b)) { out.negative = 'neg.label'; return out; }
  // "Thực hiện chỉ đạo của Ban Thường vụ … tại Công văn số 327-CV/ĐU … về việc rà soát …." with no
  // instruction of its own after it: the grounds of what the next sentence gives.
  if (groundsOnly(env, k, b)) { out.negative = 'neg.grounds-only'; return out; }
  // "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …": a part title written in capitals names a part, not a task.
  if (inCapitals(tokens, k, b)) { out.negative = 'neg.caps-heading'; return out; }
  // "Sẽ có một nghị quyết …": what will happen is a forecast, not a task.
  if (tokens[k]?.l === 'sẽ') { out.negative = 'neg.forecast'; return out; }
  // "Theo quy định hiện hành, công an cấp huyện chịu trách nhiệm …": the law as it stands, told
  // as background; no one is instructed, and the instruction before is over.
  const rule = RULE_STATED.matchAt(tokens, k, b);
  if (rule > 0 && (tokens[rule]?.text === ',' || tokens[rule]?.l === 'thì')) { out.negative = RULE_STATEMENTS.id; out.namesDoer = true; return out; }
  // "Theo quy định tại Điều 46 Nghị định số 06 năm 2021 thì UBND tỉnh …": what the provision says.
  const cited = RULE_CITED.matchAt(tokens, k, b);
  if (cited > 0 && tokens.slice(cited, Math.min(b, cited + RULE_CITATION_REACH)).some((t) => t.l === 'thì')) { out.negative = RULE_CITATIONS.id; out.namesDoer = true; return out; }
  // "Theo Thủ tướng, …": what follows is the official's instruction.
  if (tokens[k]?.l === 'theo') {
    const comma = tokens.findIndex((t, i) => i > k && i < k + 10 && t.text === ',');
    // ("Theo Bí thư Thành ủy, …": a post, whoever holds it.)
    const phrase = officialOrPost(env, k + 1, comma, POST_WORDS);
    if (phrase) { out.speakerPhrase = phrase; out.speech = true; ruleIds.push('cue.according-to'); k = comma + 1; }
    // "Theo chỉ đạo của Chủ tịch UBND huyện, UBND các xã phối hợp …": the official's instruction,
    // its doers after the comma.
    else if (tokens[k + 1]?.l === 'chỉ' && tokens[k + 2]?.l === 'đạo' && tokens[k + 3]?.l === 'của') {
      const far = tokens.findIndex((t, i) => i > k + 3 && i < k + 16 && t.text === ',');
      const by = officialOrPost(env, k + 4, far, Infinity);
      const doers = by ? readParties(tokens, far + 1, env) : null;
      if (by && doers && doers.parties.length) { out.speakerPhrase = by; out.speech = true; ruleIds.push(DIRECTED_BY); k = far + 1; }
    }
  }
  // "Thông báo nêu rõ, Bộ Xây dựng khẩn trương …", "Theo Công điện, các địa phương …": the document
  // the press quotes speaks for the one who gave it; its instruction follows the comma.
  const quoted = documentSaysEnd(env, k, b);
  // ("Công điện nêu rõ, trường hợp có khó khăn …, Chủ tịch UBND tỉnh phải …": a condition after it.)
  if (quoted > 0) { out.speech = true; ruleIds.push(DOCUMENT_SAYS); k = clauseStart(env, quoted, b).k; }
  k = readTopic(env, out, k, b);
  // Shape 1: an instruction verb with a speaker (or nothing) before it.
  if (readCue(env, out, k, b)) return out;
  if (readForwarding(env, out, k, b)) return out;
  // An official's speech ("Thủ tướng nhấn mạnh, …", "ông nêu rõ …"): what follows in the
  // sentence is read for tasks, the official is their assigner.
  k = readSpeech(env, out, k, b);
  if (k < 0) return out;
  if (out.speech) k = pastLeadingTime(env, k, b);
  // "Chủ tịch UBND tỉnh kết luận như sau: Giao các sở, ngành …": the speech's own instruction verb
  // after its label; the official who speaks gives it.
  if (out.speech) {
    const speaker = out.speakerPhrase;
    const speechRules = out.ruleIds.length;
    if (readCue(env, out, k, b)) {
      if (!out.speakerPhrase) out.speakerPhrase = speaker;
      out.speech = true;
      return out;
    }
    out.ruleIds.length = speechRules;
  }
  // Shape 2: named doers as the subject.
  if (readSubject(env, out, k, b)) return out;
  // "Theo Chủ tịch UBND tỉnh, quý I/2020 là thời điểm Tết …, vì vậy các ngành, địa phương cần
  // …": the grounds first, then the consequence that names its doers and their duty.
  const consequence = consequenceAt(env, k, b);
  if (consequence > 0) {
    const before = ruleIds.length;
    if (readSubject(env, out, consequence, b)) { ruleIds.push(CONSEQUENCE_DUTY); return out; }
    ruleIds.length = before;
  }
  // "…, theo yêu cầu của Thủ tướng": the task of the clause was required by the official.
  for (let c = k; c < b; c++) {
    const e = ATTRIBUTED.matchAt(tokens, c, b);
    if (e < 0) continue;
    let end = e;
    while (end < b && tokens[end].word) end++;
    // "… là yêu cầu của Thủ tướng với Bộ Thông tin và Truyền thông, …": those it is asked of.
    const to = tokens.findIndex((t, x) => x > e && x < end && t.l === 'với');
    const phrase = officialBefore(env, e, to > 0 ? (tokens[to - 1]?.l === 'đối' ? to - 1 : to) : end);
    // ("Đó là chỉ đạo của …": "là" needs a task before it, not a pronoun for the headline.)
    if (phrase && tokens[c].l === 'là' && OPENERS.matchAt(tokens, k, c) < 0) continue;
    if (phrase) {
      out.shape = 'duty'; out.speech = true; out.speakerPhrase = phrase; out.taskStart = k; ruleIds.push(ATTRIBUTED_REQUEST.id);
      const asked = to > 0 ? readParties(tokens, to + 1, env).parties : [];
      if (asked.length) { out.assignees = asked; out.namesDoer = true; }
      return out;
    }
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
    // ("không đùn đẩy, né tránh trách nhiệm": a prohibition lists the acts it forbids.)
    const framing = comma >= 0 && tokens[k].l !== 'không' && (NEW_SUBJECT.matchAt(tokens, after, b) > 0 || PRONOUNS.matchAt(tokens, after, b) > 0
      || (comma <= 1 && OPENERS.matchAt(tokens, after, b) < 0 && MODALS.matchAt(tokens, after, b) < 0 && statesAfter(tokens, after, b)));
    if (!framing) return bare('opener', TASK_OPENERS.id);
  }
  if (dutyAt(tokens, k, b)) return bare('duty', OBLIGATION_MARKERS.id);
  return out;
}
