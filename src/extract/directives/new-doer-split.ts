// "…, Thủ tướng giao nhiệm vụ cụ thể cho 2 địa phương triển khai, Văn phòng Chính phủ kiểm tra,
// đôn đốc.": after a task, a comma then a new named doer with a task verb starts a clause of its
// own (its own lead agency, FORMAT.md). Not inside a list of partners ("phối hợp với A, B …"),
// and not when the comma only separates the items of a list of doers.
import type { Token } from '../document/tokens';
import type { Span } from '../types';
import { PhraseSet } from '../document/tokens';
import { GENERIC_DOERS, SUBJECT_MODALS, TASK_OPENERS } from '../lexicon/instruction-cues';
import { INNER_PUNCT } from '../document/tokens';
import { COORDINATE_MARKER } from '../lexicon/verbs';
import { partiesRead, type PartyReadEnv } from './read-parties';
import { firstWordOf } from './clauses';
import { inSpans } from './clause/clause-predicates';
import { CONNECTORS, SCOPE_OPENERS } from './clause/phrase-sets';

const TASK = new PhraseSet([...SUBJECT_MODALS.phrases, ...TASK_OPENERS.phrases].filter((p) => !p.startsWith('phối hợp')));
const COORD = new PhraseSet(COORDINATE_MARKER.phrases);
const GENERIC = new PhraseSet(GENERIC_DOERS.phrases, INNER_PUNCT);
const MIN_WORDS_BEFORE = 6;
const CONDITION_LEADS = new PhraseSet(['nếu', 'khi', 'trường hợp', 'trong trường hợp', 'trong quá trình', 'quá trình', 'sau khi', 'trước khi', 'ngay khi']);
const PARTY_STARTS = new Set(['các', 'cơ', 'chính', 'cấp', 'tỉnh', 'thành', 'huyện', 'quận', 'thị', 'ngành', 'đồng', 'từng', 'lãnh', 'thủ',
  'người', 'toàn', 'tất', 'mọi', 'địa', 'bộ', 'sở', 'ủy', 'ban', 'chủ', 'giám', 'những']);

// First words of a group named without its plural word: "địa phương", "sở, ngành", "cấp ủy".
const BARE_GROUP_WORDS = new Set(['địa', 'sở', 'ngành', 'cấp', 'đơn', 'ban']);
// Last words of the instruction verbs: "yêu cầu", "giao", "đề nghị", "chỉ đạo".
const CUE_ENDS = new Set(['cầu', 'giao', 'nghị', 'đạo']);
const PLACE_WORDS = new Set(['huyện', 'xã', 'phường', 'quận', 'thị', 'tỉnh', 'thành', 'thôn', 'bản', 'tp', 'tx']);

export const NEW_DOER_SPLIT = { id: 'split.new-doer', reason: 'A comma then a new named doer with a task verb starts a task of its own.' };

// The Government and the Prime Minister issue instructions; they do not take the next task.
const ISSUERS = /^(?:Thủ tướng Chính phủ|Chính phủ)$/u;

function endsADoer(tokens: readonly Token[], env: PartyReadEnv, floor: number, x: number): boolean {
  for (let s = Math.max(floor, x - 16); s < x; s++) {
    // "… hỗ trợ Nhân dân, các địa phương …": a reading that starts on an unnamed doer is the
    // object of the task before, not a list of doers.
    // (Right after an instruction verb the unnamed doer is the doer: "yêu cầu các cấp, ngành, địa
    // phương thực hiện …" is one list.)
    const generic = GENERIC.matchAt(tokens, s);
    if (generic > 0 && !CUE_ENDS.has(tokens[s - 1]?.l ?? '')) continue;
    // ("chỉ đạo các cơ quan chuyên môn, các xã tiếp tục …": unnamed doers right after the verb,
    // then more of them.)
    if (generic >= x) return true;
    // Only where a party can begin: a capital or a word that opens a group or a local body.
    if (!tokens[s].word || (!tokens[s].cap && !PARTY_STARTS.has(tokens[s].l))) continue;
    const read = partiesRead(tokens, s, env);
    if (read.parties.length && read.end >= x) return true;
  }
  return false;
}

const PLURALS = new Set(['các', 'những']);
const DUTY = new PhraseSet(['phải', 'cần', 'có trách nhiệm', 'có nhiệm vụ']);

function dutyIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (tokens[x].word && DUTY.matchAt(tokens, x, to) > 0) return true;
  return false;
}

/** Do the words before the comma at x end on an instruction verb and an adverbial of scope after it? */
function scopeAfterCue(tokens: readonly Token[], start: number, x: number): boolean {
  for (let c = x - 1; c > start; c--) {
    if (tokens[c].text === ',') return false;
    if (!tokens[c].word || !CUE_ENDS.has(tokens[c].l)) continue;
    const next = tokens[c + 1];
    // (Its own duty, "… trong đó các địa phương phải …", would make it a clause of its own.)
    return c + 1 < x && !!next && SCOPE_OPENERS.has(next.l) && !dutyIn(tokens, c + 1, x);
  }
  return false;
}

function taskIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (tokens[x].word && TASK.matchAt(tokens, x, to) > 0) return true;
  return false;
}

const NO_SPANS: readonly Span[] = [];

/** tokens.slice(from, to).every((w, i) => !w.word || dated(from + i)), without the copy. */
function onlyDatedWords(tokens: readonly Token[], from: number, to: number, dated: (x: number) => boolean): boolean {
  for (let x = from; x < to; x++) if (tokens[x].word && !dated(x)) return false;
  return true;
}

/** Clause ranges [a, b) cut before each new doer. A date phrase that opens the clause
 * ("Chậm nhất ngày 15/11/2024, Bộ X phải …") is its adverbial, not a task before the doer. */
export function splitAtNewDoer(tokens: readonly Token[], env: PartyReadEnv & { deadlineSpans?: readonly Span[] }, a: number, b: number): [number, number][] {
  const spans = env.deadlineSpans ?? NO_SPANS;
  const dated = (x: number) => inSpans(tokens[x], spans);
  const out: [number, number][] = [];
  let start = a;
  let words = 0;
  let partners = false;
  for (let x = a; x < b; x++) {
    const t = tokens[x];
    if (t.word) {
      words++;
      if (COORD.matchAt(tokens, x, b) > 0) partners = true;
      continue;
    }
    if (t.text !== ',' || words < MIN_WORDS_BEFORE || partners) continue;
    // ("Cụ thể, trước ngày 30.6.2016, Sở X chỉ đạo …": a connector, then the date adverbial.)
    const opened = CONNECTORS.matchAt(tokens, firstWordOf(tokens, start, x), x);
    if (onlyDatedWords(tokens, opened > 0 ? opened : start, x, dated)) continue;
    if (endsADoer(tokens, env, start, x)) continue; // the comma ends a doer: a list of doers
    // ("Trong quá trình triển khai nếu có phát sinh …, Sở Xây dựng báo cáo …": the condition of the
    // doer's task, not a task before it.)
    if (CONDITION_LEADS.matchAt(tokens, firstWordOf(tokens, start, x), x) > 0) continue;
    // ("Thủ tướng đề nghị, trong tháng 8, Bộ Y tế …": a term between the instruction verb and its doers.)
    let p = x - 1;
    while (p > start && (dated(p) || !tokens[p].word) && tokens[p].text !== ',') p--;
    if (p < x - 1 && (tokens[p].text === ',' ? CUE_ENDS.has(tokens[p - 1]?.l ?? '') : CUE_ENDS.has(tokens[p].l))) continue;
    // ("… yêu cầu trong các phương án đề xuất, Bộ Công Thương phải …": an adverbial of scope between
    // the instruction verb and its doers, no task before them.)
    if (scopeAfterCue(tokens, start, x)) continue;
    // ("Các phòng, ban, ngành, cơ quan, đơn vị, UBND các xã … có trách nhiệm …": a plural opening
    // no task before the comma is a list of doers going on after it.)
    if (PLURALS.has(tokens[firstWordOf(tokens, start, x)]?.l ?? '') && !taskIn(tokens, start, x)) continue;
    // "công trình thủy lợi Ngọc Linh, huyện Vị Xuyên hoàn thành …": after a name, a place word
    // opens the address of what was named, not a new doer.
    if (tokens[x - 1]?.cap && PLACE_WORDS.has(tokens[x + 1]?.l ?? '')) continue;
    // ("Công an tỉnh bảo đảm an ninh mạng, trong khi Sở KH-CN chủ trì …", "…, còn Sở Y tế …": a
    // conjunction of contrast before the next doer.)
    const conj = tokens[x + 1]?.l === 'trong' && tokens[x + 2]?.l === 'khi' ? 2 : tokens[x + 1]?.l === 'còn' ? 1 : 0;
    const read = partiesRead(tokens, x + 1 + conj, env);
    if (!read.parties.length || read.parties.some((p) => p.kind === 'official' || ISSUERS.test(p.name))) continue;
    if (conj && read.parties.every((p) => p.kind === 'group')) continue;
    // A group ("các địa phương") starts a task of its own only after another named subject's
    // task; after "chỉ đạo, với mục tiêu …," it is the doer of the instruction itself.
    if (read.parties.some((p) => p.kind === 'group') && !partiesRead(tokens, firstWordOf(tokens, start, x), env).parties.some((p) => !ISSUERS.test(p.name))) continue;
    // "… đôn đốc các đơn vị, địa phương tổ chức thực hiện …": a group without its plural word
    // ("các", "những") goes on the list of objects before the comma; a new doer is written "các
    // địa phương …" or by its name.
    if (read.parties.every((p) => p.kind === 'group') && !tokens[x + 1].cap && BARE_GROUP_WORDS.has(tokens[x + 1].l)) continue;
    if (TASK.matchAt(tokens, read.end, b) < 0) continue;
    out.push([start, x]);
    // (The conjunction is neither task's: the next clause opens on its doer.)
    start = x + 1 + conj;
    words = 0;
  }
  out.push([start, b]);
  return out.filter(([s, e]) => e > s);
}
