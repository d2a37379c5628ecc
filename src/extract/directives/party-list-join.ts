// "Giao các sở, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố; các Ban QLDA … báo cáo …": an
// official letter may separate its addressees with ";". A clause that is only an instruction
// verb and its parties, followed by a clause that opens with parties, is one list of doers: the
// two clauses are joined before they are read.
import type { Token } from '../document/tokens';
import { PhraseSet } from '../document/tokens';
import { INSTRUCTION_VERBS, LETTER_SENDS } from '../lexicon/instruction-cues';
import { COORDINATE_MARKER } from '../lexicon/verbs';
import { envWith, readParties, type PartyReadEnv } from './read-parties';

export const PARTY_LIST_JOIN = {
  id: 'structure.party-list-join',
  reason: 'Addressees separated by ";" after an instruction verb are one list of doers, not clauses.',
};

const CUES = new PhraseSet(INSTRUCTION_VERBS.phrases);
const SEND = new PhraseSet(LETTER_SENDS.phrases);

/** The clause is "<cue> <parties>" and nothing else (a few leading words allowed), or ends in
 * "gửi <parties>" (the addressees of a letter, asked to do what follows). */
// "UBND TP Hà Nội yêu cầu …": the issuer named before the verb, a few words.
const ISSUER_MAX_TOKENS = 10;

/** "yêu cầu: Giám đốc các Sở; …": the addressees may follow the verb's colon. */
function afterColon(tokens: readonly Token[], e: number): number {
  return e > 0 && tokens[e]?.text === ':' ? e + 1 : e;
}

function onlyCueAndParties(tokens: readonly Token[], env: PartyReadEnv, a: number, b: number): boolean {
  for (let c = a; c < Math.min(b, a + ISSUER_MAX_TOKENS); c++) {
    const e = afterColon(tokens, CUES.matchAt(tokens, c, b));
    if (e < 0) continue;
    const read = readParties(tokens, e, env);
    return read.parties.length > 0 && read.end >= b;
  }
  // "Để khắc phục …, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở …; …": a purpose before the
  // issuer; the last instruction verb's parties run to the ";".
  for (let c = b - 2; c >= a + ISSUER_MAX_TOKENS; c--) {
    if (tokens[c - 1]?.text !== ',' && !tokens[c - 1]?.cap && tokens[c - 1]?.word !== true) continue;
    const e = afterColon(tokens, CUES.matchAt(tokens, c, b));
    if (e < 0) continue;
    const read = readParties(tokens, e, env);
    if (read.parties.length > 0 && read.end >= b) return true;
    break;
  }
  // "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh …:" — a
  // heading of parties only.
  let first = a;
  while (first < b && !tokens[first].word) first++;
  // "1. Giám đốc các sở …; Chủ tịch UBND các huyện …:" — after the item's marker.
  if (/^(?:\d{1,2}|[a-zđ])$/u.test(tokens[first]?.text ?? '') && /^[.)]$/u.test(tokens[first + 1]?.text ?? '')) first += 2;
  const only = readParties(tokens, first, env);
  if (only.parties.length && only.end >= b) return true;
  for (let c = b - 1; c >= a; c--) {
    const e = SEND.matchAt(tokens, c, b);
    if (e < 0) continue;
    const read = readParties(tokens, e, env);
    return read.parties.length > 0 && read.end >= b;
  }
  return false;
}

const COORDINATE = new PhraseSet(COORDINATE_MARKER.phrases);

/** "Sở Xây dựng chủ trì; Sở Tài chính, Sở Giao thông vận tải phối hợp kiểm tra …": the lead's
 * clause ends on "chủ trì" and the next names its partners before "phối hợp" — one task. */
function leadThenPartners(tokens: readonly Token[], env: PartyReadEnv, prev: [number, number], clause: [number, number]): boolean {
  let last = prev[1] - 1;
  while (last > prev[0] && !tokens[last].word) last--;
  if (tokens[last]?.l !== 'trì' || tokens[last - 1]?.l !== 'chủ') return false;
  const partners = readParties(tokens, clause[0], env);
  return partners.parties.length > 0 && tokens[partners.end]?.l === 'phối' && COORDINATE.matchAt(tokens, partners.end, clause[1]) > 0;
}

/** "… chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban Quản lý khu kinh tế tỉnh; UBND
 * các huyện …": the clause ends in its partners, and the next goes on with more of them. */
function partnersRunOn(tokens: readonly Token[], env: PartyReadEnv, prev: [number, number], clause: [number, number]): boolean {
  let end = prev[1];
  while (end > prev[0] && !tokens[end - 1].word) end--;
  for (let c = prev[0]; c < end; c++) {
    const e = COORDINATE.matchAt(tokens, c, end);
    if (e < 0) continue;
    const partners = readParties(tokens, e, envWith(env, 'partners'));
    return partners.parties.length > 0 && partners.end >= end && readParties(tokens, clause[0], envWith(env, 'partners')).parties.length > 0;
  }
  return false;
}

export function joinPartyLists(tokens: readonly Token[], env: PartyReadEnv, clauses: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const clause of clauses) {
    const prev = out[out.length - 1];
    if (prev && (leadThenPartners(tokens, env, prev, clause) || partnersRunOn(tokens, env, prev, clause))) {
      prev[1] = clause[1];
      continue;
    }
    if (prev && onlyCueAndParties(tokens, env, prev[0], prev[1]) && readParties(tokens, clause[0], env).parties.length) {
      prev[1] = clause[1];
      continue;
    }
    out.push([clause[0], clause[1]]);
  }
  return out;
}
