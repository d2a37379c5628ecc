// Who gives the instruction, read backwards from the instruction verb: a named official or a
// pronoun ("Thủ tướng", "ông"), the signer of a document, the official joined by "và", a body
// ("UBND tỉnh", "Bộ Tài chính"), the addressees of a letter, the one advised ("tham mưu UBND
// tỉnh"), and a trailing attribution (", Thủ tướng chỉ đạo.").
import type { PartyRef } from '../../types';
import { PhraseSet, type Token } from '../../document/tokens';
import { envWith, readParties } from '../read-parties';
import { bareProvinceAt, provinceRow } from '../local-places';
import type { ClauseEnv } from './clause-reading';
import { phraseStartsIn } from './clause-predicates';
import { ADVISED, BODIES, COORD, CUES, DOCUMENTS, ISSUED, ISSUES, JUDGED, LEADS, MODALS, PRONOUNS, SEND, SIGN, SUBJ_ADV, UNIT_WORDS } from './phrase-sets';

/** ", Thủ tướng chỉ đạo." closing the clause [a, b): the comma and the official, else null. */
export function trailingAttribution(env: ClauseEnv, a: number, b: number): { comma: number; phrase: string } | null {
  const { tokens } = env;
  let last = b;
  while (last > a && !tokens[last - 1].word) last--;
  // (Not "Để ứng phó với bão, Thủ tướng yêu cầu:", a purpose before the speaker and the list.)
  if (tokens.slice(last, b + 1).some((t) => t.text === ':') || LEADS.matchAt(tokens, a, b) > 0) return null;
  for (let c = last - 2; c > a + 2 && c >= last - 14; c--) {
    if (tokens[c].text !== ',') continue;
    // ("“…,” Thủ tướng lưu ý.": the quotation closes after its comma.)
    const from = tokens[c + 1]?.text === '”' || tokens[c + 1]?.text === '"' ? c + 2 : c + 1;
    if (!speakerThenCue(env, from, last)) return null;
    let cue = from;
    // ("…,” lãnh đạo thành phố lưu ý thêm.": an adverb may close the attribution.)
    const closes = (x: number) => { const e = CUES.matchAt(tokens, x, last); return e === last || (e === last - 1 && TRAILING_ADVERBS.has(tokens[e].l)); };
    while (cue < last && !closes(cue)) cue++;
    if (cue >= last) return null;
    const phrase = officialBefore(env, from, cue);
    return phrase ? { comma: c, phrase } : null;
  }
  return null;
}

/** An official named at token k and an instruction verb right after the name ("Thủ tướng giao",
 * "Phó Chủ tịch UBND tỉnh Nguyễn Văn A yêu cầu"). */
export function speakerThenCue(env: ClauseEnv, k: number, b: number): boolean {
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
export function officialBefore(env: ClauseEnv, floor: number, e: number): string | null {
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
  if (p >= 0) return env.text.slice(tokens[p].start, last.end);
  // "Chủ tịch UBND tỉnh Quảng Trị giao …": the post with its province, unnamed here.
  for (let x = Math.max(floor + 1, end - 4); x < end; x++) {
    if (provinceRow(tokens, x, env.asOf)?.end !== end) continue;
    const q = PRONOUNS.endingAt(tokens, floor, x);
    if (q >= 0 && /^(?:Phó )?Chủ tịch|^Bí thư|^Giám đốc|^lãnh đạo/iu.test(env.text.slice(tokens[q].start, tokens[x - 1].end))) return env.text.slice(tokens[q].start, last.end);
  }
  // "Thủ tướng Chính phủ, Trưởng Tiểu ban kinh tế – xã hội Đại hội XIII yêu cầu …": a post the
  // official also holds, in apposition after a comma; the official before it speaks.
  for (let c = end - 2; c > floor && c >= end - APPOSED_POST_WORDS; c--) {
    if (tokens[c].text !== ',') continue;
    if (!APPOSED_POST.test(tokens[c + 1]?.text ?? '')) return null;
    return officialBefore(env, floor, c);
  }
  return null;
}
const TRAILING_ADVERBS = new Set(['thêm', 'rõ', 'lại', 'tiếp']);
const APPOSED_POST = /^(?:Trưởng|Phó|Chủ|Tổ|Bí|Ủy|Thành|Tổng)$/u;
const APPOSED_POST_WORDS = 24;

export function signerBefore(env: ClauseEnv, floor: number, c: number): string | null {
  const { tokens } = env;
  for (let x = c - 1; x > floor && x >= c - 20; x--) {
    if (SIGN.matchAt(tokens, x, c) < 0) continue;
    const doc = SIGN.matchAt(tokens, x, c);
    if (DOCUMENTS.matchAt(tokens, doc, c) < 0) continue;
    let e = x;
    // ("đã ký ban hành Công điện …": read back to the first verb of the signing.)
    while (e - 1 > floor && SIGN.matchAt(tokens, e - 1, c) === doc) e--;
    if (tokens[e - 1]?.l === 'đã' || tokens[e - 1]?.l === 'vừa') e--;
    return officialBefore(env, floor, e);
  }
  return null;
}

/** "tham mưu UBND tỉnh | báo cáo Bộ trưởng" right before token c: the party before the verb is advised. */
export function advisedBefore(env: ClauseEnv, floor: number, c: number): boolean {
  for (let x = floor; x < c; x++) {
    const e = ADVISED.matchAt(env.tokens, x, c);
    if (e > 0 && e < c && readParties(env.tokens, e, env).end === c) return true;
    // ("… nhất trí báo cáo Thủ tướng Chính phủ giao Bộ X …": the official advised to instruct.)
    if (e > 0 && e < c && PRONOUNS.matchAt(env.tokens, e, c) === c) return true;
  }
  return false;
}

/** The parties after "gửi" that end right before the cue at c ("… gửi Sở X, Sở Y yêu cầu …"). */
export function addresseesBefore(env: ClauseEnv, floor: number, c: number): PartyRef[] {
  const { tokens } = env;
  const e = sentEnd(tokens, floor, c);
  if (e < 0) return [];
  const read = readParties(tokens, e, env);
  let end = read.end;
  while (end < c && !tokens[end].word) end++;
  return end === c ? read.parties : [];
}

/** The index after the last "gửi (tới / đến)" in [floor, c), else -1. */
function sentEnd(tokens: readonly Token[], floor: number, c: number): number {
  for (let x = c - 1; x >= floor; x--) {
    const e = SEND.matchAt(tokens, x, c);
    if (e > 0) return e;
  }
  return -1;
}

const SUPERIORS = /^(?:Thủ tướng Chính phủ|Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội)$/u;
const LOWER_SENDER = /^(?:Ủy ban nhân dân (?:huyện|quận|thị xã|thành phố|xã|phường) |Sở )/u;
const PROVINCE_COMMITTEE = /^Ủy ban nhân dân (?:tỉnh|thành phố)(?: \p{Lu}|$)/u;

/** "Bộ Xây dựng có văn bản gửi Thủ tướng Chính phủ đề nghị …", "Sở X có văn bản gửi UBND tỉnh đề
 * nghị …": a letter to a superior proposes; it instructs no one. */
export function letterToSuperior(env: ClauseEnv, floor: number, c: number): boolean {
  const { tokens } = env;
  const e = sentEnd(tokens, floor, c);
  if (e < 0) return false;
  const to = readParties(tokens, e, envWith(env, 'recipients')).parties;
  if (to.some((p) => SUPERIORS.test(p.name))) return true;
  const from = readParties(tokens, floor, env).parties;
  return from.some((p) => LOWER_SENDER.test(p.name)) && to.some((p) => PROVINCE_COMMITTEE.test(p.name));
}

/** "Chủ tịch UBND tỉnh Nguyễn Tiến Hải bày tỏ quan ngại và yêu cầu …": the official who is the
 * subject of a first verb also gives the instruction joined to it by "và". */
export function coordinatedSpeaker(env: ClauseEnv, floor: number, c: number): string | null {
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

/** "“…”, Thủ tướng nói, yêu cầu chủ đầu tư và nhà thầu …": the official of a speech verb just
 * before the comma gives the instruction that follows it. */
export function saidBefore(env: ClauseEnv, floor: number, c: number): string | null {
  const { tokens } = env;
  if (tokens[c - 1]?.text !== ',' || c - 2 <= floor) return null;
  const said = SAID.endingAt(tokens, floor, c - 1);
  return said > floor ? officialBefore(env, floor, said) : null;
}
const SAID = new PhraseSet(['nói', 'phát biểu', 'nhấn mạnh', 'khẳng định', 'nêu rõ', 'chỉ rõ']);

/** "Chủ tịch UBND tỉnh phê bình Giám đốc Sở Tài chính chậm trễ … và yêu cầu …": a speaker who
 * praises or reprimands a party, then gives the instruction joined by "và" (or a comma) to the
 * verb at c. The speaker (an official's phrase, else the body) and the party judged, else null. */
export function judgedBefore(env: ClauseEnv, floor: number, c: number): { phrase: string | null; body: boolean; parties: PartyRef[] } | null {
  const { tokens } = env;
  if (tokens[c - 1]?.l !== 'và' && tokens[c - 1]?.text !== ',') return null;
  for (let p = floor + 1; p < c - 2; p++) {
    const e = JUDGED.matchAt(tokens, p, c);
    if (e < 0) continue;
    const read = readParties(tokens, e, env);
    if (!read.parties.length || read.end >= c) return null;
    // The judgement is one predicate: no sentence-like break between it and the instruction.
    if (tokens.slice(read.end, c - 1).some((t) => t.text === ';' || t.text === ':' || CUES.matchAt(tokens, tokens.indexOf(t), c) > 0)) return null;
    const phrase = officialBefore(env, floor, p);
    if (phrase) return { phrase, body: false, parties: read.parties };
    const body = bodyBefore(env, floor, p);
    return body ? { phrase: null, body: true, parties: read.parties } : null;
  }
  return null;
}

/** A body or document right before token e ("UBND tỉnh", "Công điện", "Bộ Tài chính"). A body
 * named as the partner of another ("Bộ X phối hợp với Bộ Y chỉ đạo …") is read with its lead:
 * the lead's parties, and the partner's as `partners`. */
export function bodyBefore(env: ClauseEnv, floor: number, e: number): { body: boolean; parties: PartyRef[]; partners?: PartyRef[] } | null {
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
    if (read.end === end && read.parties.length) {
      const lead = leadBefore(env, floor, s);
      return lead ? { body: false, parties: lead, partners: read.parties } : { body: false, parties: read.parties };
    }
  }
  // "Hà Nội yêu cầu …", "Đà Nẵng giao Sở …": a province or city named bare as the whole subject
  // of the verb speaks as "TP Đà Nẵng" does (not inside a longer subject: "người dân Hà Nội").
  // ("Lãnh đạo Hà Nội yêu cầu …", "Chủ tịch Hà Nội yêu cầu …": its leaders, for it.)
  const head = PROVINCE_LEADERS.matchAt(tokens, floor, end);
  const bare = bareProvinceAt(tokens, head > 0 ? head : floor, env.asOf);
  if (bare && bare.end === end) return { body: false, parties: bare.parties };
  if (BODIES.endingAt(tokens, floor, end) >= 0) return { body: true, parties: [] };
  return null;
}
const PROVINCE_LEADERS = new PhraseSet(['lãnh đạo', 'lãnh đạo tỉnh', 'lãnh đạo thành phố', 'Chủ tịch', 'Phó Chủ tịch']);
const DOCUMENT_REACH = 16;
const DOCUMENT_QUALIFIERS = new Set(['số', 'ngày', 'tháng', 'năm', 'khẩn', 'hỏa', 'hoả', 'tốc']);

/** The start of "có Công văn 450/SGTVT-…" ending right before token e, else e. */
export function documentBefore(tokens: readonly Token[], floor: number, e: number): number {
  for (let x = e - 2; x >= Math.max(floor + 1, e - DOCUMENT_REACH); x--) {
    const doc = ISSUED.matchAt(tokens, x, e);
    const issues = doc < 0 ? -1 : ISSUES.endingAt(tokens, floor, x);
    if (issues < 0) continue;
    // Only a number, code, date or urgency after the document's kind: "Công văn 450/SGTVT-QLVTPT-NL",
    // "số 12/UBND ngày 13/3/2019", "công điện khẩn", "công văn hỏa tốc".
    if (tokens.slice(doc, e).every((t) => !t.word || DOCUMENT_QUALIFIERS.has(t.l) || /\d/u.test(t.text) || t.text === t.text.toUpperCase())) return issues;
  }
  return e;
}

// Posts that lead a meeting and instruct when they "đề nghị": the Prime Minister and deputies,
// chairs and vice-chairs, party secretaries, ministers.
const LEADER_TITLE = /^(?:Phó )?(?:Thủ tướng|Chủ tịch|Bí thư|Bộ trưởng|Tổng Bí thư)/iu;

/** Does an official with a leading post speak in tokens [k, c), named or by the post alone? */
export function leaderSpeaks(env: ClauseEnv, phrase: string, k: number, c: number): boolean {
  if (LEADER_TITLE.test(phrase.replace(/^(?:đồng chí|ông|bà)\s+/iu, ''))) return true;
  const from = env.tokens[k].start;
  const to = env.tokens[c].start;
  return env.occurrences.some((o) => o.chain.end <= to && o.chain.end >= from && o.titles.some((t) => LEADER_TITLE.test(t)));
}

/** The parties before "phối hợp (với) | cùng (với)" ending at token s: the lead of the partner
 * that starts at s, else null. */
function leadBefore(env: ClauseEnv, floor: number, s: number): PartyRef[] | null {
  const { tokens } = env;
  for (let m = s - 1; m > floor && m >= s - 4; m--) {
    if (COORD.matchAt(tokens, m, s) !== s) continue;
    // ("Bộ X phải / cần phối hợp với Bộ Y chỉ đạo …": a modal may come between the lead and "phối hợp".)
    const modal = MODALS.endingAt(tokens, Math.max(floor, m - 3), m);
    const end = modal >= 0 ? modal : m;
    for (let x = Math.max(floor, end - 14); x < end; x++) {
      if (!tokens[x].cap) continue;
      const read = readParties(tokens, x, env);
      if (read.end === end && read.parties.length) return read.parties;
    }
    return null;
  }
  return null;
}
