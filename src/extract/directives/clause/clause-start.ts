// Where a clause's reading starts: past list markers, bullets, an outlet's tag, connectors
// ("Đồng thời, …"), a field ("Trong công tác …, "), part labels ("Về kinh phí: …"), a condition
// before the doer ("Khi xảy ra sự cố, Bộ X chủ trì …") and a leading deadline adverbial.
import type { Token } from '../../document/tokens';
import { readParties, unnamedDoersEnd } from '../read-parties';
import type { ClauseEnv } from './clause-reading';
import { inSpans } from './clause-predicates';
import { officialBefore } from './speaker-before';
import { BULLETS, CONNECTORS, CUES, FIELD, GENERIC, MODALS, OBLIGATION, OPENERS, ORDINALS, OUTLET_TAG, SPEECH, set } from './phrase-sets';

const CONTRAST = set(['tuy nhiên', 'tuy vậy', 'song']);
const PROPOSALS_CONSIDERED = ['xét đề nghị', 'xét đề xuất', 'xét báo cáo', 'xét tờ trình', 'xét kiến nghị', 'theo đề nghị', 'theo đề xuất', 'theo tờ trình', 'theo kiến nghị'];

// Conditions, and frames that say in what spirit or under what theme ("Với chủ đề là “…”, năm
// 2024, các bộ, ngành, địa phương cần …"): stepped over to the doer after them.
const CONDITIONS = set(['khi', 'ngay khi', 'sau khi', 'trước khi', 'nếu', 'trường hợp', 'trong trường hợp', 'trong quá trình',
  'với chủ đề', 'với phương châm', 'với tinh thần', 'với quyết tâm', 'với mục tiêu',
  // ("Trên cơ sở báo cáo của các đơn vị, Sở X có nhiệm vụ …": the grounds, then the doer.)
  'trên cơ sở', 'căn cứ', 'căn cứ vào', 'dựa trên', 'thông qua',
  // ("Xét đề nghị của Bộ Y tế tại văn bản số …, Phó Thủ tướng có ý kiến như sau: …": what the
  // official answers, then the official.)
  ...PROPOSALS_CONSIDERED, 'theo báo cáo']);
// The proposal an official's answer considers: an official may speak after it (all of them but
// "theo báo cáo", which only leads a condition).
const CONSIDERED = set(PROPOSALS_CONSIDERED);
const CONDITION_REACH = 80;
const DIFFICULTIES = set(['có khó khăn vướng mắc', 'có khó khăn, vướng mắc', 'có vướng mắc, khó khăn', 'có khó khăn', 'có vướng mắc', 'có vướng mắc phát sinh',
  'có khó khăn, vướng mắc phát sinh', 'phát sinh khó khăn, vướng mắc', 'phát sinh vướng mắc', 'có vấn đề phát sinh', 'có phát sinh vướng mắc']);
// What those heard at a meeting did: they report, present or propose; they are not told to.
const REPORTED = set(['báo cáo', 'trình bày', 'phát biểu', 'đề xuất', 'kiến nghị', 'tham luận', 'giải trình']);

// How many words an official's post and name before a speech verb may take.
const SPEAKER_REACH = 10;

/** Does an official speak ("đồng chí Bí thư Thành ủy kết luận") from token x on? */
function speakerAt(env: ClauseEnv, x: number, b: number): boolean {
  for (let v = x + 1; v < Math.min(b, x + SPEAKER_REACH); v++) {
    if (!env.tokens[v].word) return false;
    if (SPEECH.matchAt(env.tokens, v, b) > 0) return officialBefore(env, x, v) !== null;
  }
  return false;
}

/** An instruction verb at token c: the condition or purpose before a doer ends there. ("… thương
 * mại điện tử, …": "điện" is the verb of a dispatch only, not inside a noun.) */
function instructionAt(tokens: readonly Token[], c: number, b: number): boolean {
  return CUES.matchAt(tokens, c, b) > 0 && !(tokens[c].l === 'điện' && tokens[c + 1]?.word);
}

/** After a condition opening at k, the first comma followed by a named or unnamed doer and its
 * task verb or modal: the index of that doer, else -1. */
function doerAfterCondition(env: ClauseEnv, k: number, b: number): number {
  const { tokens } = env;
  const heard = tokens.slice(k, Math.min(b, k + 4)).some((t) => t.l === 'nghe') || CONSIDERED.matchAt(tokens, k, b) > 0;
  for (let c = k + 2; c < Math.min(b - 2, k + CONDITION_REACH); c++) {
    // (An instruction verb is the clause's own: "Sau khi nghe ý kiến …, Chủ tịch UBND tỉnh chỉ đạo …".)
    if (instructionAt(tokens, c, b)) return -1;
    if (tokens[c].text !== ',') continue;
    // (A date adverbial may come first: "…, năm 2024, các bộ, ngành … cần …"; it stays in the clause.)
    let x = c + 1;
    while (x < b && inSpans(tokens[x], env.deadlineSpans)) x++;
    if (x > c + 1 && tokens[x]?.text === ',') x++;
    const read = readParties(tokens, x, env);
    const end = read.parties.length ? read.end : GENERIC.matchAt(tokens, x, b);
    // ("Sau khi nghe Cục Thuế, Sở Tài chính báo cáo, …": whom the meeting heard report.)
    if (end > 0 && heard && REPORTED.matchAt(tokens, end, b) > 0) continue;
    // ("Sau khi nghe …, đồng chí Bí thư Thành ủy kết luận, …": the speaker after the condition.)
    if (heard && speakerAt(env, x, b)) return x;
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
    if (instructionAt(tokens, c, b)) return -1;
    if (tokens[c].text === ',' && !tokens[c + 1]?.cap && OPENERS.matchAt(tokens, c + 1, b) > 0) return c + 1;
  }
  return -1;
}

/** An instruction or speech verb, or a modal, in tokens [from, to) (after the label's comma). */
function verbIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (CUES.matchAt(tokens, x, to) > 0 || SPEECH.matchAt(tokens, x, to) > 0 || MODALS.matchAt(tokens, x, to) > 0) return true;
  return false;
}

const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+$/u;
// How far into a clause the "thì" after its matter may come.
const MATTER_REACH = 24;

/** "Những công trình, dự án giải ngân chậm thì tiếp tục điều chuyển", "trong trường hợp chưa
 * tuyển đủ giáo viên thì thực hiện …": the matter or condition, then "thì" and a task verb. The
 * index of that verb, else -1 (not past an instruction verb, a duty or a clause break). */
function taskAfterThen(tokens: readonly Token[], k: number, b: number): number {
  const reach = Math.min(b - 1, k + MATTER_REACH);
  // (Read on every clause: the phrase sets are asked only where a "thì" is in reach.)
  let then = k + 1;
  while (then < reach && tokens[then].l !== 'thì') then++;
  if (then >= reach) return -1;
  for (let c = k + 1; c < reach; c++) {
    if (tokens[c].text === ';' || tokens[c].text === ':' || CUES.matchAt(tokens, c, b) > 0 || OBLIGATION.matchAt(tokens, c, b) > 0) return -1;
    if (tokens[c].l === 'thì' && OPENERS.matchAt(tokens, c + 1, b) > 0) return c + 1;
  }
  return -1;
}

/** Skips list markers, bullets, connectors, a condition before the doer and a leading deadline
 * adverbial. */
export function clauseStart(env: ClauseEnv, a: number, b: number): { k: number; connector: boolean; field?: boolean } {
  const { tokens } = env;
  let k = a;
  let connector = false;
  let field = false;
  for (let guard = 0; guard < 16 && k < b; guard++) {
    const t = tokens[k];
    // ("📋 Bộ Công Thương được giao …": a pictograph a page puts before a paragraph.)
    if (!t.word && PICTOGRAPH.test(t.text)) { k++; continue; }
    // ("_2.3. Giao …": an underscore a scan leaves before a heading's number.)
    if (!t.word && (BULLETS.has(t.text) || t.text === ',' || t.text === '(' || t.text === '“' || t.text === '"' || t.text === '*' || t.text === ':' || ((t.text === '_' || /^#{1,6}$/u.test(t.text)) && k === a))) { k++; continue; }
    // "1.2", "2.2." (a sub-item's number, with or without its final dot).
    if (t.word && /^\d{1,2}$/.test(t.text) && tokens[k + 1]?.text === '.' && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '') && tokens.slice(a, k).every((x) => !x.word)) {
      k += 3;
      if (tokens[k]?.text === '.' || tokens[k]?.text === ')') k++;
      continue;
    }
    if (tokens.slice(a, k).every((x) => !x.word) && t.word && /^(?:\d{1,2}|[a-zđ]|[IVX]{1,5})$/u.test(t.text) && tokens[k + 1] && /^[.)/]$/.test(tokens[k + 1].text)) { k += 2; continue; }
    // "date 2020-10 Theo chỉ đạo …": a saved page's front matter glued to its first line.
    if (k === a && t.l === 'date' && /^(?:19|20)\d{2}$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === '-' && /^\d{1,2}$/u.test(tokens[k + 3]?.text ?? '')) {
      k += 4;
      if (tokens[k]?.text === '-' && /^\d{1,2}$/u.test(tokens[k + 1]?.text ?? '')) k += 2;
      continue;
    }
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
    // "Đối với các nhiệm vụ trọng tâm trong thời gian tới: Các sở, ngành …": a matter, not a
    // topic's doers, labels the part; the doers follow the colon.
    if (tokens[k].l === 'đối' && tokens[k + 1]?.l === 'với' && !readParties(tokens, k + 2, env).parties.length) {
      let c = k + 2;
      while (c < Math.min(b, k + 20) && (tokens[c].word || tokens[c].text === ',' || tokens[c].text === '-')) c++;
      if (tokens[c]?.text === ':' && c + 1 < b && readParties(tokens, c + 1, env).parties.length) { k = c + 1; continue; }
      // ("2.5. Đối với nội dung phối hợp tại điểm 5 …: “…” - giao Cục CNTT chủ trì …": the matter
      // quoted, then a dash and the instruction.)
      const given = tokens[c]?.text === ':' ? cueAfterQuote(tokens, c + 1, b) : -1;
      if (given > 0) { k = given; continue; }
    }
    // "Về kinh phí: …", "Về tổ chức thực hiện: …": a label of the part of the list.
    if (tokens[k].l === 'về' && !connector) {
      let c = k + 1;
      while (c < Math.min(b, k + 14) && (tokens[c].word || tokens[c].text === ',' || tokens[c].text === '-')) c++;
      if (tokens[c]?.text === ':') { k = c + 1; continue; }
      // "1. Về lĩnh vực giao thông" on a line of its own: the label is all there is.
      // ("Về an ninh, Thủ tướng yêu cầu tăng cường tuần tra.": a short sentence with its own verb.)
      if ((c === b || (c === b - 1 && !tokens[c].word)) && !(tokens.slice(k + 1, c).some((x) => x.text === ',') && verbIn(tokens, k + 1, c))) { k = b; break; }
    }
    // "Tuy nhiên, các bộ, ngành, địa phương cần …": a contrast with what was said, then the doers.
    // (Not a continuation: "Tuy nhiên, cần …" after a report goes on with the report.)
    const contrast = CONTRAST.matchAt(tokens, k, b);
    // ("Tuy nhiên, trước mắt theo Trung tướng X, các bộ … cần …": a connector may come between.)
    if (contrast > 0 && tokens[contrast]?.text === ',' && (readParties(tokens, contrast + 1, env).parties.length || CONNECTORS.matchAt(tokens, contrast + 1, b) > 0)) { k = contrast + 1; continue; }
    const o = ORDINALS.matchAt(tokens, k, b);
    // ("*Một là*, …": the emphasis a page puts around the ordinal.)
    const afterOrdinal = o > 0 && (tokens[o]?.text === '*' || tokens[o]?.text === '_') ? o + 1 : o;
    if (o > 0 && tokens.slice(a, k).every((x) => !x.word) && (tokens[afterOrdinal]?.text === ',' || tokens[afterOrdinal]?.text === ':')) { k = afterOrdinal + 1; continue; }
    const c = CONNECTORS.matchAt(tokens, k, b);
    // ("cụ thể hóa trách nhiệm …": a task verb that begins with a connector's words is the verb.)
    const verbHere = c > 0 && OPENERS.matchAt(tokens, k, b) > c;
    // ("Riêng Hà Nội, …": "riêng" before a name opens a topic, read as such.)
    if (c > 0 && tokens[k].l === 'riêng' && c === k + 1 && tokens[c]?.cap) break;
    if (c > 0 && !verbHere && (tokens[c]?.text === ',' || c === b || CONNECTORS.matchAt(tokens, c, b) > 0 || tokens[c]?.word)) { connector = true; k = c; continue; }
    // "…; có khó khăn vướng mắc kịp thời báo cáo …": a difficulty met, with no "nếu", before the
    // task it calls for.
    const trouble = DIFFICULTIES.matchAt(tokens, tokens[k].l === 'nếu' ? k + 1 : k, b);
    const afterTrouble = trouble > 0 ? (tokens[trouble]?.text === ',' ? trouble + 1 : trouble) : -1;
    const thenTask = afterTrouble > 0 && tokens[afterTrouble]?.l === 'thì' ? afterTrouble + 1 : afterTrouble;
    if (thenTask > 0 && OPENERS.matchAt(tokens, thenTask, b) > 0) { k = thenTask; continue; }
    // "Khi xảy ra sự cố, Bộ Công Thương chủ trì …", "Nếu phát hiện sai phạm, các địa phương phải
    // …": a condition before the doer; the clause is read from the doer on. So is a purpose, "Để
    // thúc đẩy kết nối dữ liệu …, các bộ, ngành cần tập trung …", but only up to a doer with its
    // duty (a task verb after a comma may still be the purpose's own).
    const purpose = t.l === 'để';
    if (purpose || CONDITIONS.matchAt(tokens, k, b) > 0) {
      const doer = doerAfterCondition(env, k, b);
      if (doer > 0) { k = doer; continue; }
      // "Khi xuất hiện ca bệnh bất thường, báo cáo ngay về …": a bare task after the condition.
      const task = purpose ? -1 : taskAfterCondition(tokens, k, b);
      if (task > 0) { k = task; continue; }
    }
    const then = t.word ? taskAfterThen(tokens, k, b) : -1;
    if (then > 0) { k = then; continue; }
    if (inSpans(t, env.deadlineSpans)) {
      let j = k;
      while (j < b && inSpans(tokens[j], env.deadlineSpans)) j++;
      if (tokens[j]?.text === ',') { k = j + 1; continue; }
    }
    break;
  }
  return { k, connector, field };
}

// Times ahead that lead a task after a speech verb without a comma ("… lưu ý, thời gian tới Sở X
// cần …"): no date, so the deadline pass leaves them alone.
const TIME_AHEAD = set(['trong thời gian tới', 'thời gian tới', 'trong thời gian sắp tới', 'thời gian sắp tới', 'trong năm tới', 'năm tới',
  'từ nay đến cuối năm', 'từ nay đến hết năm', 'trong những tháng cuối năm', 'những tháng cuối năm', 'trong giai đoạn tới', 'giai đoạn tới',
  'ngay sau hội nghị', 'sau hội nghị', 'ngay sau cuộc họp', 'sau cuộc họp', 'ngay sau buổi làm việc', 'sau buổi làm việc']);

/** "Ông lưu ý, trong năm 2021 Cục Thuế XNK cần …": past a time adverbial (a date phrase or a time
 * ahead, with or without its comma) to the doer after it, when a doer and its verb follow; else k. */
export function pastLeadingTime(env: ClauseEnv, k: number, b: number): number {
  const { tokens } = env;
  let j = k;
  while (j < b && inSpans(tokens[j], env.deadlineSpans)) j++;
  if (j === k) j = Math.max(k, TIME_AHEAD.matchAt(tokens, k, b));
  if (j === k) return k;
  if (tokens[j]?.text === ',') j++;
  const read = readParties(tokens, j, env);
  // (Unnamed doers count too: "…, ngay sau hội nghị, các cấp ủy, tổ chức đảng khẩn trương …".)
  const end = read.parties.length ? read.end : unnamedDoersEnd(tokens, j, b);
  return end > j && (MODALS.matchAt(tokens, end, b) > 0 || OPENERS.matchAt(tokens, end, b) > 0) ? j : k;
}

const QUOTE_REACH = 80;

/** After a colon, a quotation (“…”) then a dash and an instruction verb: the verb's index, else -1. */
function cueAfterQuote(tokens: readonly Token[], x: number, b: number): number {
  if (tokens[x]?.text !== '“' && tokens[x]?.text !== '"') return -1;
  for (let y = x + 1; y < Math.min(b - 1, x + QUOTE_REACH); y++) {
    if (tokens[y].text !== '”' && tokens[y].text !== '"' && tokens[y].text !== '`') continue;
    let z = y + 1;
    while (z < b && !tokens[z].word && /^[-–—.,]$/u.test(tokens[z].text)) z++;
    return z > y + 1 && CUES.matchAt(tokens, z, b) > 0 ? z : -1;
  }
  return -1;
}
