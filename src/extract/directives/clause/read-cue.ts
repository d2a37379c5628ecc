// Shape 1, "cue": "<speaker> giao / yêu cầu / đề nghị <parties> <task>". The instruction verb may
// have an official, a signer, a body or nothing before it; the doers, a list, a proposal or an
// allocation come after it.
import { envWith, readParties, unnamedDoersEnd } from '../read-parties';
import type { Token } from '../../document/tokens';
import type { PartyRef } from '../../types';
import { findAgency } from '../../lexicon/gazetteer';
import type { ClauseEnv, ClauseReading } from './clause-reading';
import {
  closingFormula, directedEnd, directsOnly, dutyAt, endsWithColon, hasWord, inSpans, introducesOnly, negativeIn, nominalTask, opensNewTopic, summaryOnly,
} from './clause-predicates';
import { rolesIn } from './clause-roles';
import { pastLeadingTime } from './clause-start';
import { addresseesBefore, letterToSuperior, advisedBefore, bodyBefore, coordinatedSpeaker, documentBefore, judgedBefore, leaderSpeaks, officialBefore, saidBefore, signerBefore } from './speaker-before';
import {
  ALLOCATED, AUDIENCE, CUES, FOLLOW, GENERIC, GIAO_COMPOUNDS, INTRO, MODALS, MONITOR, NARRATIVE_ASPECT, NOUNISH, OPENERS, SCOPE_OPENERS, SUBJ_ADV, SUMMARY, SUPERIOR, TOPIC_NOUNS, URGES, CONCEDES,
} from './phrase-sets';
import { ALLOCATED_THINGS, INSTRUCTION_TOPICS } from '../../lexicon/clause-frames';
import { CONCESSIONS, INSTRUCTION_VERBS, JUDGED_THEN_ASKED, LETTER_SENDS, NARRATIVE_AFTER_SUBJECT } from '../../lexicon/instruction-cues';
import { COMMITTEE_HANDS_OVER, committeeHandsOver, isGroupLike } from '../committee-hands-over';
import { OBLIGATION_MARKERS } from '../../lexicon/verbs';
import { DRAFT, framesSpeaker, NEWS_OF_INSTRUCTION, newsAspectAt, newsOfInstruction } from './cue-frames';
import { joinedWords } from '../../document/joined-words';

/** "Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân thành phố Đà Nẵng": a province's committee. */
const PROVINCE_COMMITTEE = /^Ủy ban nhân dân (?:tỉnh|thành phố)\b/u;

/** "Nghệ An", "Thành phố Hà Nội": a province or centrally-run city as a party. */
function isProvince(p: PartyRef): boolean {
  const kind = findAgency(p.name)?.kind;
  return kind === 'province' || kind === 'city';
}

/** "Bộ Y tế", "Bộ Công an": a ministry of the Government (not a province's "Bộ Chỉ huy Quân sự tỉnh"). */
function isNationalMinistry(p: PartyRef): boolean {
  return /^Bộ /u.test(p.name) && !/^Bộ (?:Chỉ huy|đội)/u.test(p.name) && !/ (?:tỉnh|thành phố) /u.test(p.name);
}

/** A body named after the task verb that opens its clause is the task's object. */
export const OBJECT_OF_TASK = 'role.object-of-task';

/** Two instruction verbs joined ("chỉ đạo, giao …", "giao nhiệm vụ và phân công cho …"). */
const JOINED_CUES = 'cue.joined-verbs';

/** A lead that announces the tasks after it ("… thực hiện một số nội dung."). */
export const ANNOUNCES_TASKS = 'cue.announces-tasks';

/** Does a task verb opening the clause, or its part after a colon, in [k, c) take the party list
 * that ends at c, within two words, as its object? */
function objectOfOpener(env: ClauseEnv, k: number, c: number): boolean {
  const { tokens } = env;
  if (tokens[c - 1]?.text === ',') return false;
  for (let v = k; v < c; v++) {
    if (v > k && tokens[v - 1].text !== ':') continue;
    const o = OPENERS.matchAt(tokens, v, c);
    // ("Phối hợp với Sở X chỉ đạo …": the partner, read as such by the roles.)
    if (o < 0 || tokens[v].l === 'phối') continue;
    for (let s = o; s <= Math.min(o + 2, c - 1); s++) {
      const read = readParties(tokens, s, env);
      if (read.parties.length && read.end === c) return true;
    }
  }
  return false;
}

/** A task verb or a modal after the first comma past token e, before b. */
function taskAfterComma(tokens: readonly Token[], e: number, b: number): boolean {
  let x = e;
  while (x < b && tokens[x].text !== ',') x++;
  for (; x < b; x++) if (OPENERS.matchAt(tokens, x, b) > 0 || MODALS.matchAt(tokens, x, b) > 0) return true;
  return false;
}

/** "chỉ đạo các ngành, các địa phương trong tỉnh tập trung thực hiện tốt một số vấn đề sau:": past
 * the directed parties (and what places them) to what they are to do, else `from`. */
function pastDirected(env: ClauseEnv, from: number, b: number): number {
  const { tokens } = env;
  const directed = directedEnd(env, from);
  if (directed < 0) return from;
  let x = directed;
  while (x < b && (tokens[x].text === ',' || FOLLOW.matchAt(tokens, x, b) > 0 || GENERIC.matchAt(tokens, x, b) > 0 || (tokens[x].l === 'và' && GENERIC.matchAt(tokens, x + 1, b) > 0))) {
    x = tokens[x].text === ',' ? x + 1 : tokens[x].l === 'và' ? x + 1 : Math.max(FOLLOW.matchAt(tokens, x, b), GENERIC.matchAt(tokens, x, b));
  }
  if (tokens[x]?.l === 'trong' && /^(?:tỉnh|huyện|thành|xã)$/u.test(tokens[x + 1]?.l ?? '')) x += tokens[x + 1].l === 'thành' ? 3 : 2;
  return x;
}

/** An instruction verb told as done ("đã yêu cầu", "đã chỉ đạo") earlier in the sentence, in the
 * clause just before token k (no ";" or ":" between). */
function toldBefore(tokens: readonly Token[], k: number): boolean {
  for (let x = k - 1; x > 0; x--) {
    if (tokens[x].text === ';' || tokens[x].text === ':') return false;
    if (CUES.matchAt(tokens, x, k) > 0 && NARRATIVE_ASPECT.has(tokens[x - 1].l)) return true;
  }
  return false;
}

/** "đã <a few words>, <verb at c>": the verb ends a list of acts told as done. */
function toldInList(tokens: readonly Token[], k: number, c: number): boolean {
  if (tokens[c - 1]?.text !== ',') return false;
  for (let x = c - 2; x >= Math.max(k, c - 9); x--) {
    if (!tokens[x].word || tokens[x].cap) return false;
    if (tokens[x].l === 'đã') return true;
  }
  return false;
}

/** Reads an instruction verb in tokens [k, b): true when the clause's reading is complete. */
export function readCue(env: ClauseEnv, out: ClauseReading, k: number, b: number): boolean {
  const { tokens } = env;
  const { ruleIds } = out;
  for (let c = k; c < b; c++) {
    let e = CUES.matchAt(tokens, c, b);
    // "… ban hành công văn đôn đốc Sở Tài chính …": the document urges; it names who must act.
    if (e < 0 && c > k && URGES.matchAt(tokens, c, b) > 0 && documentBefore(tokens, k, c) < c) e = URGES.matchAt(tokens, c, b);
    if (e < 0) continue;
    if (c > k && tokens[c].cap) continue; // "Ban Chỉ đạo", "Giao thông": part of a name
    // "Mặc dù … đã ban hành nhiều văn bản chỉ đạo, …": inside a concession, background.
    // (Commas may list its subjects, "Mặc dù Tỉnh ủy, UBND tỉnh … đã chỉ đạo": a told act is still inside.)
    if (c > k && CONCEDES.matchAt(tokens, k, c) > 0 && (!tokens.slice(k, c).some((t) => t.text === ',') || tokens.slice(k, c).some((t) => NARRATIVE_ASPECT.has(t.l)))) {
      ruleIds.push(CONCESSIONS.id); continue;
    }
    // "UBND tỉnh vừa yêu cầu …", "Sở X đã đề nghị các đơn vị …": the news of a body's instruction
    // (an official's "đã giao" recalls an earlier one, below). Else "đã / vừa" make it a report.
    const aspect = newsAspectAt(tokens, k, c);
    // "UBND huyện đã yêu cầu các đơn vị kiểm điểm, đồng thời yêu cầu chủ đầu tư tháo dỡ …": a
    // clause joined to a told instruction goes on telling it.
    if (c === k && out.connector && toldBefore(tokens, k)) { out.negative = 'neg.told-instruction'; return true; }
    if (!aspect && NOUNISH.endingAt(tokens, Math.max(k, c - 3), c) >= 0) continue;
    // "… đáp ứng kỳ vọng của nhân dân và yêu cầu phát triển hạ tầng …": what is to be met, a noun.
    if (!aspect && meetsBefore(tokens, k, c)) continue;
    const sc = aspect ? c - 1 : c;
    if (aspect && !newsOfInstruction(env, k, sc, aspect, officialBefore(env, k, sc) !== null)) continue;
    // "Đồng chí Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban sáng 09/11/2018": where the instruction
    // was given, a caption's words; no task follows in the clause.
    // (The event's own words may read as a task, "buổi làm việc": only what follows a comma counts.)
    if (tokens[e]?.l === 'tại' && !endsWithColon(tokens, b) && !taskAfterComma(tokens, e, b)) {
      out.negative = 'neg.where-given'; out.speakerPhrase = c > k ? officialBefore(env, k, c) : null; return true;
    }
    // "thông báo chỉ đạo của Thủ tướng …": whose instruction, a noun; the verb may come later.
    if (tokens[e]?.l === 'của') continue;
    // "giao thông", "giao ban", "giao lưu" …: compounds of "giao", not the verb (capitalised "Ban …" is a body).
    if (tokens[c].l === 'giao' && tokens[e]?.word && !tokens[e].cap && GIAO_COMPOUNDS.has(tokens[e].l)) continue;
    let speakerPhrase = c > k ? officialBefore(env, k, sc) ?? signerBefore(env, k, c) ?? coordinatedSpeaker(env, k, c) ?? saidBefore(env, k, c) : null;
    // "Tham mưu UBND tỉnh chỉ đạo …", "báo cáo Bộ trưởng giao …": the body before the verb is the
    // one advised; the clause's task is the advice, read as an imperative below.
    if (c > k && advisedBefore(env, k, c)) continue;
    // "(đồng thời) phối hợp với Bộ Xây dựng tiếp tục kêu gọi, vận động nhân dân …": a clause that
    // opens on a task verb goes on with its task; a cue verb inside it is part of that task, and
    // the body before the verb is a partner, not a speaker.
    // (Only with no comma between: "Nhằm chấn chỉnh …, Chủ tịch UBND thành phố yêu cầu …" gives
    // the instruction after its purpose.)
    if (c > k && !speakerPhrase && OPENERS.matchAt(tokens, k, b) > 0 && OPENERS.matchAt(tokens, k, b) <= c && !tokens[k].cap
      && !tokens.slice(k, c).some((t) => t.text === ',')) continue;
    let body = c > k && !speakerPhrase ? bodyBefore(env, k, sc) : null;
    // "Chủ tịch UBND tỉnh phê bình Sở Tài chính … và yêu cầu …": the speaker judges, then asks.
    const judged = c > k && !speakerPhrase && !body ? judgedBefore(env, k, c) : null;
    if (judged) {
      speakerPhrase = judged.phrase;
      if (!speakerPhrase) body = { body: true, parties: [] };
    }
    if (aspect) ruleIds.push(NEWS_OF_INSTRUCTION);
    // "Triển khai hiệu quả Tổ công tác đặc trách chỉ đạo, rà soát …": a body after a task verb
    // that opens the clause is what the task is about (its object), not the one who directs.
    if (body && !body.body && objectOfOpener(env, k, c)) { ruleIds.push(OBJECT_OF_TASK); continue; }
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
    const verb = joinedWords(tokens, c, e, 'l');
    // "Công điện … điện:" is a cue only before its colon; "Giao nhiệm vụ cụ thể, …" opens a report.
    if (verb === 'điện' && tokens[e]?.text !== ':') continue;
    // "Giao nhiệm vụ cụ thể, …", "Chỉ đạo tại hội nghị, …": a framing phrase, not the instruction.
    // ("Đề nghị cán bộ, công chức xã chấp hành …": unnamed doers with a comma of their own are doers.)
    if (atStart && !speakerPhrase && !body && tokens.slice(e, e + 6).some((t) => t.text === ',') && !readParties(tokens, e, env).parties.length && unnamedDoersEnd(tokens, e, b) < 0) continue;
    if (tokens[e]?.l === 'số') continue; // "Chỉ thị số 05/CT-TTg": a document, not an instruction
    // "… có ý kiến chỉ đạo như sau: Giao …": the speech that opens its own tasks (read-speech.ts).
    if (tokens[c - 1]?.l === 'kiến' && tokens[c - 2]?.l === 'ý' && tokens[e]?.l === 'như' && tokens[e + 1]?.l === 'sau' && tokens[e + 2]?.text === ':' && hasWord(tokens, e + 3, b)) continue;
    // "UBND tỉnh chỉ đạo như sau: Yêu cầu Giám đốc các sở …": the label of the instruction that
    // follows its colon; that instruction is read, the speaker before the label gives it.
    if (tokens[e]?.l === 'như' && tokens[e + 1]?.l === 'sau' && tokens[e + 2]?.text === ':' && CUES.matchAt(tokens, e + 3, b) > 0) {
      const rules = ruleIds.length;
      if (readCue(env, out, e + 3, b)) {
        if (!out.speakerPhrase) out.speakerPhrase = speakerPhrase;
        ruleIds.push('cue.labelled-instruction');
        return true;
      }
      ruleIds.length = rules;
    }
    // "Chủ tịch UBND TP phân công nhiệm vụ của Chủ tịch và các Phó Chủ tịch": the leaders' duties
    // shared out among themselves, a decision on who handles what; no one is given a task.
    if (verb === 'phân công' && tokens[e]?.l === 'nhiệm' && tokens[e + 1]?.l === 'vụ' && (tokens[e + 2]?.l === 'của' || tokens[e + 2]?.l === 'các')) {
      out.negative = 'neg.duties-shared-out'; out.speakerPhrase = speakerPhrase; return true;
    }
    // "Đồng chí X chỉ đạo nhiều nội dung liên quan đến …": a summary of what follows, no task.
    if (SUMMARY.matchAt(tokens, e, b) > 0 && !endsWithColon(tokens, b)) { out.negative = 'neg.summary'; out.speakerPhrase = speakerPhrase; return true; }
    let j = e;
    for (let guard = 0; guard < 12 && j < b; guard++) {
      if (tokens[j].text === ',' || tokens[j].l === 'cho' || tokens[j].l === 'đối' || tokens[j].l === 'với' || tokens[j].l === 'tất' || tokens[j].l === 'cả') { j++; continue; }
      // "Ông yêu cầu đến tháng 6, tất cả lãnh đạo …": the deadline sits before the doers.
      if (inSpans(tokens[j], env.deadlineSpans)) {
        let x = j;
        while (x < b && inSpans(tokens[x], env.deadlineSpans)) x++;
        if (tokens[x]?.text === ',') { j = x + 1; continue; }
      }
      // ("Ông lưu ý, trong năm 2021 Cục Thuế XNK cần …", "… thời gian tới các sở cần …": no comma.)
      const past = pastLeadingTime(env, j, b);
      if (past > j) { j = past; continue; }
      // "chỉ đạo, giao Bộ Tài chính …", "giao nhiệm vụ và phân công cho Bộ X …": a second
      // instruction verb joined to the first; the doers follow it.
      // ("UBND tỉnh chỉ đạo yêu cầu Giám đốc Ban QLDA …": "chỉ đạo" then "yêu cầu" with no joint.)
      const bare = j === e && /^(?:chỉ đạo)$/u.test(verb) && /^(?:yêu|giao)$/u.test(tokens[j].l) ? j : -1;
      const joined = tokens[j].l === 'và' ? j + 1 : j > e && tokens[j - 1].text === ',' ? j : bare;
      const second = joined > 0 && !tokens[joined]?.cap ? CUES.matchAt(tokens, joined, b) : -1;
      if (second > 0 && tokens[second]?.text !== ':') { j = second; ruleIds.push(JOINED_CUES); continue; }
      break;
    }
    // "chỉ đạo: Bộ X chủ trì …", "yêu cầu: Các phòng, ban chuyên môn huyện … tích cực tham mưu …"
    if (tokens[j]?.text === ':' && j + 1 < b && (readParties(tokens, j + 1, env).parties.length || unnamedDoersEnd(tokens, j + 1, b) > 0)) j++;
    else if (tokens[j]?.text === ':') {
      out.shape = 'cue'; out.speakerPhrase = speakerPhrase; out.opensList = !hasWord(tokens, j + 1, b); out.listOnly = out.opensList; out.taskStart = j + 1;
      if (verb === 'điện') out.addresseeList = true;
      ruleIds.push(INSTRUCTION_VERBS.id);
      // ("Bộ Công Thương chỉ đạo:" directs its own units, the doer; "… Ủy ban nhân dân tỉnh giao:" issues.)
      if (body && !body.body && /^(?:chỉ đạo|đôn đốc)$/u.test(verb)) out.assignees = body.parties;
      return true;
    }
    // "đề nghị các đại biểu thảo luận …": the meeting's participants are asked for views, not tasks.
    if (AUDIENCE.matchAt(tokens, j, b) > 0) { out.negative = 'neg.audience'; return true; }
    // "… ký văn bản chỉ đạo về việc bảo đảm …": the subject of a document, as its title gives it;
    // what the document asks, and of whom, comes after.
    if (tokens[j]?.l === 'về' && TOPIC_NOUNS.matchAt(tokens, j + 1, b) > 0) { out.negative = INSTRUCTION_TOPICS.id; out.speakerPhrase = speakerPhrase; return true; }
    // "Bộ trưởng Bộ Kế hoạch và Đầu tư giao chi tiết danh mục dự án … cho từng bộ": "giao" that
    // allocates; the one who allocates is the doer.
    if (verb === 'giao' && ALLOCATED.matchAt(tokens, j, b) > 0 && c > k) {
      const doer = readParties(tokens, k, env);
      if (doer.parties.length && doer.end <= c) {
        out.shape = 'subject'; out.assignees = doer.parties; out.namesDoer = true; out.taskStart = c;
        ruleIds.push(ALLOCATED_THINGS.id);
        out.negative = negativeIn(tokens, c, b);
        return true;
      }
    }
    // ("Thủ tướng đề nghị Quảng Trị tập trung …": a province named bare after the verb is the doer.)
    let read = readParties(tokens, j, envWith(env, 'bareProvince'));
    // "chỉ đạo, với mục tiêu tăng trưởng ít nhất 8%, các bộ, ngành, địa phương phải …": the
    // doers come after an inserted adverbial, also one that names its scope without a comma
    // before it ("yêu cầu trong các phương án đề xuất, Bộ Công Thương phải làm rõ …").
    const scoped = SCOPE_OPENERS.has(tokens[e]?.l ?? '');
    if (!read.parties.length && ((e < j && tokens[e]?.text === ',') || scoped)) {
      const comma = tokens.findIndex((t, x) => x > j && x < j + 30 && x < b && t.text === ',');
      const later = comma > 0 ? readParties(tokens, comma + 1, env) : null;
      if (later && later.parties.length && (MODALS.matchAt(tokens, later.end, b) > 0 || OPENERS.matchAt(tokens, later.end, b) > 0)) {
        // (From j: a term stepped over before it, "đề nghị, trong tháng 8, …", stays the task's.)
        out.aside = { start: tokens[j].start, end: tokens[comma].end };
        read = later; j = comma + 1;
      }
    }
    // "Giao nhiệm vụ cho các bộ ngành, Thủ tướng yêu cầu Bộ X …": a framing phrase; the official
    // after its comma gives the instruction.
    if (atStart && !speakerPhrase && !body && read.parties.length && framesSpeaker(env, j, read.end, b)) continue;
    let generic = -1;
    if (!read.parties.length) generic = unnamedDoersEnd(tokens, j, b);
    // "… đã có nhiều văn bản chỉ đạo, các Bộ, cơ quan, địa phương đã nỗ lực …": after the verb's
    // comma the parties are the subject of what they did, a report; no one is instructed.
    if (tokens[e]?.text === ',' && read.parties.length && /^(?:đã|đang)$/u.test(tokens[read.end]?.l ?? '')) {
      out.negative = NARRATIVE_AFTER_SUBJECT.id; out.speakerPhrase = speakerPhrase; return true;
    }
    let named = read.parties.filter((p) => p.name !== 'Thủ tướng Chính phủ');
    // "(HĐND) đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp …", "… chỉ đạo Công an
    // tỉnh:": a people's committee asked to direct a body it names hands that body the task.
    if (/^(?:đề nghị|yêu cầu|giao)$/u.test(verb) && tokens[read.end]?.l === 'chỉ' && tokens[read.end + 1]?.l === 'đạo') {
      const directed = readParties(tokens, read.end + 2, env);
      if (committeeHandsOver(named, directed.parties)) {
        named = directed.parties; read = directed; j = directed.end; ruleIds.push(COMMITTEE_HANDS_OVER);
      }
    }
    // "Bộ Xây dựng vừa có văn bản gửi Sở Xây dựng các tỉnh … yêu cầu báo cáo …": the addressees of
    // the letter are asked.
    if (!named.length && /^(?:yêu cầu|đề nghị)/.test(verb)) {
      if (/^(?:đề nghị|kiến nghị)/.test(verb) && letterToSuperior(env, k, c)) { out.negative = 'neg.proposal'; return true; }
      const addressees = addresseesBefore(env, k, c);
      if (addressees.length) { named = addressees; ruleIds.push(LETTER_SENDS.id); }
    }
    if (!named.length && judged) { named = judged.parties; ruleIds.push(JUDGED_THEN_ASKED.id); }
    // "… đồng chí X đã đi kiểm tra thực tế, chỉ đạo công tác ứng phó …": the verb joins a list of
    // what the official did, told with "đã"; with no one named after it, no task is given.
    if (!named.length && generic < 0 && toldInList(tokens, k, c)) { out.negative = 'neg.told-instruction'; out.speakerPhrase = speakerPhrase; return true; }
    if (body) body.parties = body.parties.filter((p) => p.name !== 'Thủ tướng Chính phủ' && p.name !== 'Chính phủ');
    // A ministry "đề nghị" its superiors: a proposal, not an instruction. The National Assembly,
    // the Party and the Government instruct when they "đề nghị".
    const superior = body?.parties.some((p) => SUPERIOR.test(p.name)) ?? false;
    // A district or a department "đề nghị" its province: a proposal too.
    const lower = body?.parties.some((p) => /^(?:Ủy ban nhân dân (?:huyện|quận|thị xã|thành phố) |Sở )/u.test(p.name)) ?? false;
    // ("Bộ Xây dựng có văn bản gửi UBND TP Hà Nội đề nghị báo cáo …": the letter's addressees are
    // the ones asked, as those named after the verb would be.)
    const asked = read.parties.length ? read.parties : named;
    const toProvince = asked.some((p) => PROVINCE_COMMITTEE.test(p.name) || (env.province !== null && p.name === env.province.name));
    // ("UBND tỉnh Nghệ An đề nghị Bộ Y tế hỗ trợ …", "Hà Nội đề nghị Bộ Công an …": a province asks
    // a ministry for what it needs; a request to the centre, not an instruction.)
    const provincial = body?.parties.some((p) => PROVINCE_COMMITTEE.test(p.name) || isProvince(p)) ?? false;
    // ("Sở X đề nghị các cơ quan, đơn vị cùng phối hợp …" asks units, unnamed: no proposal.)
    if (body && !body.body && (!superior || lower) && /^(?:đề nghị|kiến nghị)/.test(verb) && GENERIC.matchAt(tokens, j, b) < 0
      && (asked.length === 0 || asked.some((p) => /^(?:Thủ tướng Chính phủ|Chính phủ|Quốc hội)$/u.test(p.name)) || (lower && toProvince))) {
      out.negative = 'neg.proposal'; return true;
    }
    if (body && !body.body && provincial && /^(?:đề nghị|kiến nghị)/.test(verb) && asked.some(isNationalMinistry)) {
      out.negative = 'neg.proposal'; return true;
    }
    // "Ủy ban Thường vụ Quốc hội (UBTVQH) đề nghị dự thảo đưa ra 2 phương án …": a body's comment on
    // a draft, whoever the body, is what it proposed (FORMAT.md, not directives).
    if (body && !body.body && !named.length && /^(?:đề nghị|kiến nghị)/.test(verb) && DRAFT.matchAt(tokens, j, b) > 0) {
      out.negative = 'neg.proposal'; return true;
    }
    // "Phó Giám đốc Sở Y tế … đề nghị cần kiểm tra …": an official below the leaders of the
    // meeting recommends to no one in particular; a proposal, not an instruction.
    if (speakerPhrase && /^(?:đề nghị|kiến nghị)$/u.test(verb) && tokens[e]?.l === 'cần' && !read.parties.length && !leaderSpeaks(env, speakerPhrase, k, c)) {
      out.negative = 'neg.recommendation'; return true;
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
    // ("Tỉnh chỉ đạo Sở Y tế hỗ trợ ngay thuốc …": the province, as its committee.)
    const committee = body?.parties.some((p) => /^Ủy ban nhân dân|^Chính phủ$/u.test(p.name) || (env.province !== null && p.name === env.province.name)) ?? false;
    // A ministry directs its own units; a people's committee directing "các sở, ngành" (a group)
    // keeps the task, but one directing a named department hands it over.
    const groupOnly = named.length > 0 && named.every(isGroupLike);
    // "UBND tỉnh Lâm Đồng có văn bản chỉ đạo các sở ngành …": a body that issued a document is
    // the issuer, and the parties it directs do the task.
    // ("… vừa có công văn chỉ đạo …", "… ban hành công văn (số 3018/UBND-KTN) chỉ đạo …" likewise.)
    const issuedDocument = tokens.slice(k, c).some((t, x) => t.l === 'bản' && tokens[k + x - 1]?.l === 'văn') || documentBefore(tokens, k, c) < c;
    // ("UBND Thành phố vừa chỉ đạo các sở, ngành …": news of the committee's instruction to them.)
    const directsOwn = body && verb === 'chỉ đạo' && body.parties.length > 0 && !((issuedDocument || aspect) && named.length) && (!committee || groupOnly || !named.length);
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
        return true;
      }
      out.shape = 'none'; out.ruleIds.pop(); out.speech = true; out.speakerPhrase = speakerPhrase; return true;
    }
    // "**7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố**" over its tasks: a heading that
    // names who is asked; what they are asked follows below.
    if (named.length && tokens[b]?.text !== ';' && tokens.slice(read.end, b).every((t) => !t.word && /^[*_.]+$/u.test(t.text))) {
      out.shape = 'cue'; out.speakerPhrase = speakerPhrase; out.assignees = named; out.namesDoer = true; out.opensList = true; out.listOnly = true; out.taskStart = read.end;
      ruleIds.push('cue.heading-asks');
      return true;
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
      out.listOnly = words <= 3 || INTRO.matchAt(tokens, taskFrom, b) > 0 || introducesOnly(tokens, taskFrom, b) || directsOnly(env, taskFrom, b)
        || introducesOnly(tokens, pastDirected(env, taskFrom, b), b);
      // "Đề nghị UBND tỉnh chỉ đạo:": the bodies the items name are directed; the doer is the one asked.
      out.directsList = words <= 3 && named.length > 0 && /^(?:chỉ đạo|đôn đốc)$/u.test(tokens.slice(taskFrom, b).filter((t) => t.word).map((t) => t.l).join(' '));
    }
    out.negative = negativeIn(tokens, taskFrom, b) ?? closingFormula(tokens, taskFrom, b);
    // "Bộ Xây dựng đề nghị UBND tỉnh Phú Thọ nghiên cứu, thực hiện một số nội dung.": the lead
    // announces the tasks that follow; it is none itself, and they are its doers'.
    if (!out.negative && summaryOnly(tokens, taskFrom, b)) { out.opensList = true; out.listOnly = true; ruleIds.push(ANNOUNCES_TASKS); }
    Object.assign(out, rolesIn(env, taskFrom, b, out.assignees));
    // "Bộ X phối hợp với Bộ Y chỉ đạo …": the partner named before the verb coordinates.
    if (directsOwn && body?.partners) out.coordinators = [...body.partners.filter((p) => !out.coordinators.some((c) => c.name === p.name)), ...out.coordinators];
    out.monitors = MONITOR.matchAt(tokens, taskFrom, b) > 0;
    return true;
  }
  return false;
}

// How far back "đáp ứng" may stand before the noun "yêu cầu" it governs.
const MEETS_REACH = 8;

/** Is the cue at c the object of an "đáp ứng" a few words before it, with no comma between? */
function meetsBefore(tokens: readonly Token[], k: number, c: number): boolean {
  for (let x = c - 1; x > k && x >= c - MEETS_REACH; x--) {
    if (tokens[x].text === ',' || tokens[x].text === ';' || tokens[x].text === ':') return false;
    if (tokens[x].l === 'ứng' && tokens[x - 1]?.l === 'đáp') return true;
  }
  return false;
}
