// Small tests on a clause's tokens, read in place: negative evidence (permissions, forecasts,
// negated duties, closing formulas, summaries), duties ("phải / cần"), nominal tasks, lists that
// only introduce, colons, words in capitals.
import type { Span } from '../../types';
import type { Token } from '../../document/tokens';
import { matchWords } from '../../document/tokens';
import { readParties } from '../read-parties';
import type { ClauseEnv } from './clause-reading';
import { INTRO, MODALS, NOT_TASK, OBLIGATION, OPENERS, set } from './phrase-sets';
import { NOT_A_TASK } from '../../lexicon/instruction-cues';

// (By index: a sentence's spans are an empty array or not, and Array.prototype.some, inlined into
// the clause readers, sent them back to be compiled again when it met the other kind.)
export function inSpans(t: Token, spans: readonly Span[]): boolean {
  for (let n = 0; n < spans.length; n++) if (t.start >= spans[n].start && t.end <= spans[n].end) return true;
  return false;
}

/** Does the phrase `words` start at some token in [from, to)? */
export function phraseStartsIn(tokens: readonly Token[], from: number, to: number, words: readonly string[]): boolean {
  for (let i = from; i < to; i++) if (matchWords(tokens, i, words) > 0) return true;
  return false;
}

/** "UBND tỉnh thống nhất với nhà đầu tư sẽ ứng trước kinh phí": what two parties agreed will be
 * done, a decision taken; "Bộ X thống nhất với Bộ Y về …" is still a task to agree. */
function agreedWillAt(tokens: readonly Token[], j: number, b: number): boolean {
  if (tokens[j].l !== 'thống' || tokens[j + 1]?.l !== 'nhất' || tokens[j + 2]?.l !== 'với') return false;
  for (let x = j + 3; x < Math.min(b, j + 12); x++) {
    if (!tokens[x].word) return false;
    if (tokens[x].l === 'sẽ') return true;
  }
  return false;
}

// "… giao các bộ, cơ quan, địa phương 9.831 nhiệm vụ", "… được giao 148 đề án": how many tasks,
// a statistic; the number stands where the task would.
const COUNTED_TASKS = set(['nhiệm vụ', 'đầu việc', 'việc', 'nội dung', 'văn bản', 'chỉ tiêu', 'công việc', 'đề án', 'dự án']);

/** "9.831 nhiệm vụ" at k (a number in groups of three is tokens "9" "." "831"). */
function countedTasksAt(tokens: readonly Token[], k: number, b: number): boolean {
  let x = k;
  if (!/^\d{1,3}$/u.test(tokens[x]?.text ?? '')) return false;
  x++;
  while (tokens[x]?.text === '.' && /^\d{3}$/u.test(tokens[x + 1]?.text ?? '')) x += 2;
  return COUNTED_TASKS.matchAt(tokens, x, b) > 0;
}

export function negativeIn(tokens: readonly Token[], k: number, b: number): string | null {
  if (countedTasksAt(tokens, k, b)) return 'neg.tasks-counted';
  for (let j = k; j < Math.min(b, k + 14); j++) {
    if (agreedWillAt(tokens, j, b)) return NOT_A_TASK.id;
    if (NOT_TASK.matchAt(tokens, j, b) < 0) continue;
    // "các biện pháp có thể": a possible means, not a permission; only a leading "có thể" permits.
    if (tokens[j].l === 'có' && tokens[j + 1]?.l === 'thể' && j > k + 1) continue;
    // "hoàn thiện dự kiến chương trình kỳ họp": a draft named after a task verb is no forecast.
    if ((tokens[j].l === 'dự' || tokens[j].l === 'ước') && j > k + 1) continue;
    // "cắt giảm chi không cần thiết", "tạm hoãn các hội họp chưa cần thiết": "unnecessary", not "no need to".
    if ((tokens[j].l === 'không' || tokens[j].l === 'chưa') && tokens[j + 1]?.l === 'cần' && tokens[j + 2]?.l === 'thiết') continue;
    return NOT_A_TASK.id;
  }
  return null;
}

/** "phải / cần" that is a duty (not "cần thiết", "không phải", "phải chăng"). */
export function dutyAt(tokens: readonly Token[], k: number, b: number): boolean {
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
    // "… ngành hàng cá tra phải đã gặp một số khó khăn": "đã" right after it tells what happened.
    if (after === 'đã') continue;
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
export function closingFormula(tokens: readonly Token[], from: number, b: number): string | null {
  // ("… triển khai thực hiện các nội dung:": the colon opens the items; the closing formula ends a letter.)
  if (endsWithColon(tokens, b)) return null;
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

// "… cần tập trung làm tốt 6 nhiệm vụ tăng cường công tác phòng chống buôn lậu.": the tasks
// counted, then what they are about; the items follow.
const COUNT_WORDS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
const COUNTED = set(['nhiệm vụ', 'nội dung', 'giải pháp', 'nhóm nhiệm vụ', 'nhóm giải pháp', 'việc']);
const COUNTED_TOPIC_WORDS = 12;
function countsTasks(tokens: readonly Token[], from: number, b: number): boolean {
  let end = b;
  while (end > from && !tokens[end - 1].word) end--;
  for (let x = from, words = 0; x < end && words <= SUMMARY_WORDS; x++) {
    if (!tokens[x].word) continue;
    words++;
    if (!(/^\d{1,2}$/u.test(tokens[x].text) || COUNT_WORDS.has(tokens[x].l))) continue;
    const kind = COUNTED.matchAt(tokens, x + 1, end);
    if (kind > 0) return tokens.slice(kind, end).filter((t) => t.word).length <= COUNTED_TOPIC_WORDS;
  }
  return false;
}

export function summaryOnly(tokens: readonly Token[], from: number, b: number): string | null {
  return !endsWithColon(tokens, b) && (endsOnSummary(tokens, from, b, SUMMARY_WORDS) || countsTasks(tokens, from, b)) ? 'neg.summary' : null;
}

/** "(lưu ý) việc chuẩn bị tốt …": "việc" then a task verb names a task. */
export const NOMINAL_TASK = 'cue.nominal-task';
export function nominalTask(tokens: readonly Token[], j: number, b: number): boolean {
  // ("lưu ý đến việc thu thập …", "nhấn mạnh tới việc …")
  const v = tokens[j]?.l === 'đến' || tokens[j]?.l === 'tới' ? j + 1 : j;
  return tokens[v]?.l === 'việc' && (OPENERS.matchAt(tokens, v + 1, b) > 0 || MODALS.matchAt(tokens, v + 1, b) > 0) && !copulaAfter(tokens, v + 1, b);
}

/** "nhấn mạnh việc điều chỉnh quy hoạch … là cơ hội …": the matter is said to be something; a
 * statement, not a task. ("nhất là" elaborates; it is no copula.) */
function copulaAfter(tokens: readonly Token[], from: number, b: number): boolean {
  for (let x = from + 1; x < b; x++) if (tokens[x].l === 'là' && tokens[x - 1].l !== 'nhất' && tokens[x - 1].l !== 'đó') return true;
  return false;
}

/** "… đề nghị Chủ tịch UBND các tỉnh chỉ đạo Sở Nông nghiệp và PTNT:" — only who is directed
 * before the colon: the items are the tasks. */
export function directsOnly(env: ClauseEnv, from: number, b: number): boolean {
  const end = directedEnd(env, from);
  return end > 0 && env.tokens.slice(end, b).every((t) => !t.word);
}

/** After "chỉ đạo <parties>" at `from`: the index past the parties directed, else -1. */
export function directedEnd(env: ClauseEnv, from: number): number {
  const { tokens } = env;
  if (tokens[from]?.l !== 'chỉ' || tokens[from + 1]?.l !== 'đạo') return -1;
  const read = readParties(tokens, from + 2, env);
  return read.parties.length > 0 ? read.end : -1;
}

/** "thực hiện một số công việc như sau:" — a few words and "như sau": the list is the task. */
export function introducesOnly(tokens: readonly Token[], from: number, b: number): boolean {
  let words = 0;
  for (let x = from; x < b; x++) {
    if (INTRO.matchAt(tokens, x, b) > 0 && /^(?:như|sau)$/u.test(tokens[x].l)) return words <= 10 || onlyLightWords(tokens, from, x); // syllables
    if (tokens[x].word) words++;
  }
  // "… triển khai ngay một số nội dung:", "… triển khai thực hiện các nội dung:": what follows the
  // colon is the tasks.
  if (!endsWithColon(tokens, b)) return false;
  let end = b;
  while (end > from && !tokens[end - 1].word) end--;
  return endsOnSummary(tokens, from, b, INTRO_WORDS) || (tokens.slice(from, end).filter((t) => t.word).length <= INTRO_WORDS && ITEMS_NAMED.endingAt(tokens, from, end) >= 0)
    || onlyCarryOut(tokens, from, end);
}
// "… chỉ đạo thực hiện:", "… khẩn trương triển khai thực hiện:": verbs of carrying out with no
// object before the colon; the items are the tasks.
const CARRY_OUT = new Set(['chỉ', 'đạo', 'triển', 'khai', 'thực', 'hiện', 'tổ', 'chức', 'ngay', 'khẩn', 'trương', 'nghiêm', 'túc', 'quyết', 'liệt', 'và', 'tốt']);

// "… phải tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:": words that only say to do well
// the tasks that follow, however many.
const LIGHT = new Set([...CARRY_OUT, 'phải', 'cần', 'tập', 'trung', 'các', 'những', 'một', 'số', 'nhiệm', 'vụ', 'trọng', 'tâm', 'nội', 'dung', 'giải', 'pháp',
  'chủ', 'yếu', 'cụ', 'thể', 'công', 'việc', 'cấp', 'bách', 'hiệu', 'quả', 'đồng', 'bộ', 'tiếp', 'tục', 'sau', 'đây']);

function onlyLightWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (tokens[x].word && !LIGHT.has(tokens[x].l)) return false;
  return true;
}

function onlyCarryOut(tokens: readonly Token[], from: number, end: number): boolean {
  let words = 0;
  for (let x = from; x < end; x++) {
    if (!tokens[x].word) continue;
    if (!CARRY_OUT.has(tokens[x].l)) return false;
    words++;
  }
  return words >= 2 && tokens[end - 2]?.l === 'thực' && tokens[end - 1]?.l === 'hiện';
}
const ITEMS_NAMED = set(['các nội dung', 'các nhiệm vụ', 'những nội dung', 'những nhiệm vụ', 'các nội dung sau', 'các nhiệm vụ sau', 'các nội dung cụ thể',
  'các nhiệm vụ cụ thể', 'các việc sau', 'các công việc sau']);

/** A purpose or subject phrase ("Để …,", "Về …,") before the official's verb at c. */
export function opensNewTopic(tokens: readonly Token[], k: number, c: number): boolean {
  // ("Cho rằng càng kéo dài …, Phó Thủ tướng nhấn mạnh cần …": the reason for what follows.)
  // ("Riêng về các dự án …, Thủ tướng yêu cầu …": one part of the topic before, which goes on.)
  return c > k && (tokens[k].l === 'để' || (tokens[k].l === 'về' && tokens[k - 1]?.l !== 'riêng') || (tokens[k].l === 'cho' && tokens[k + 1]?.l === 'rằng'));
}

export function endsWithColon(tokens: readonly Token[], b: number): boolean {
  // ("Sở Y tế:**": the markers of bold text after the colon.)
  let e = b;
  while (e > 0 && /^[*_]+$/u.test(tokens[e - 1]?.text ?? '')) e--;
  return tokens[e - 1]?.text === ':' || (tokens[b]?.text === ':');
}

const HAS_LETTER = /\p{L}/u;

// Both run on every clause: they read the tokens in place rather than copy them.
export function hasWord(tokens: readonly Token[], k: number, b: number): boolean {
  for (let i = k; i < b && i < tokens.length; i++) if (tokens[i].word) return true;
  return false;
}

/** At least two words with letters in tokens[k, b), and all of them in capitals. */
export function inCapitals(tokens: readonly Token[], k: number, b: number): boolean {
  let words = 0;
  for (let i = k; i < b && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !HAS_LETTER.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 2;
}
