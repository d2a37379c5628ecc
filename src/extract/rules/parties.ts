// Lists of parties in role positions: the object of "giao", the subject before "chủ trì" or
// "phải", the partners after "phối hợp với". Expands ministry-name ellipsis ("các Bộ: Tài chính,
// Xây dựng", "Bộ Công an, Quốc phòng"), places after "UBND các tỉnh", resolves "UBND tỉnh" to
// the province of the report, and drops generic partners ("các cơ quan liên quan").
import type { PartyRef } from '../types';
import type { AgencyRow } from '../lexicon/agency-row';
import { agencyKey, allAgencyRows } from '../lexicon/gazetteer';
import { GROUP_LOCALITIES, GROUP_MINISTRIES } from '../lexicon/groups';
import { fold } from '../../text/fold';
import { PhraseSet, type Token } from '../document/tokens';
import { matchAgencyAt, type AgencyHit } from './agency-matcher';
import { agencyPatternAt } from './agency-pattern';
import { localPartyAt } from '../directives/local-parties';
import { joinedWords } from '../document/joined-words';

export interface PartyEnv {
  asOf?: string;
  province: AgencyRow | null;
  /** Token ranges to step over (deadline phrases inside an object: "yêu cầu đến tháng 6, …"). */
  skip?: (t: Token) => boolean;
  /** An official named at token k (title chain or honorific + name): its party and end index. */
  officialAt?: (tokens: readonly Token[], k: number) => { ref: PartyRef; end: number } | undefined;
  /** Recipients may be the Prime Minister ("báo cáo Thủ tướng Chính phủ"); assignees never are. */
  recipients?: boolean;
}

export interface PartyList {
  parties: PartyRef[];
  /** Token index after the list. */
  end: number;
  /** At least one party phrase (even a generic one) was read. */
  found: boolean;
  ruleIds: string[];
}

const FILLERS = new Set(['và', 'với', 'cùng', 'tất cả', 'toàn bộ', 'mọi', 'những']);
const LIST_PUNCT = new Set([',', ':', '&']);
const TWO_WORD_FILLERS = new Map<string, Set<string>>();
for (const [first, second, more] of [...FILLERS].map((f) => f.split(' '))) {
  if (second !== undefined && more === undefined) TWO_WORD_FILLERS.set(first, (TWO_WORD_FILLERS.get(first) ?? new Set()).add(second));
}
const HEADS_OF_BODIES = new PhraseSet(['Bộ trưởng', 'Thứ trưởng', 'lãnh đạo', 'Thủ trưởng', 'Chủ tịch', 'Giám đốc', 'Thống đốc', 'Tổng Giám đốc', 'người đứng đầu', 'Chủ nhiệm', 'Tổng Thanh tra']);
const UBND = [['ubnd'], ['uy', 'ban', 'nhan', 'dan']];
const PLACE = [['tinh'], ['thanh', 'pho'], ['tp']];
// The assigner is never an assignee: "Thủ tướng Chính phủ" is kept for recipients only.
const NEVER_ASSIGNEE = new Set(['Thủ tướng Chính phủ']);

// Keys of every gazetteer name and group label, computed once (folding is costly per mention).
const KEYS: ReadonlyMap<string, string> = new Map(
  [...allAgencyRows().map((r) => r.name), GROUP_MINISTRIES, GROUP_LOCALITIES].map((n) => [n, agencyKey({ name: n })]),
);
function keyOf(name: string): string {
  return KEYS.get(name) ?? agencyKey({ name });
}

export function partiesOfHit(hit: AgencyHit): PartyRef[] {
  if (hit.labels) return hit.labels.map((label) => ({ name: label, kind: 'group' as const, key: keyOf(label) }));
  if (hit.row) return [{ name: hit.row.name, kind: 'agency', key: keyOf(hit.row.name) }];
  return [];
}

function wordsAt(tokens: readonly Token[], k: number, options: string[][]): number {
  for (const words of options) {
    let j = k;
    let ok = true;
    for (const w of words) {
      if (!tokens[j] || tokens[j].f !== w) { ok = false; break; }
      j++;
    }
    if (ok) return j;
  }
  return -1;
}

function filler(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (!t.word && LIST_PUNCT.has(t.text)) return k + 1;
  if (t.word && FILLERS.has(t.l)) return k + 1;
  // (A token's `l` holds no space: "tất cả" is one filler's first and second word.)
  const next = tokens[k + 1];
  if (next && TWO_WORD_FILLERS.get(t.l)?.has(next.l)) return k + 2;
  if (t.text === '100' && tokens[k + 1]?.text === '%') return k + 2;
  return -1;
}

/** "các Bộ:" / "Bộ:" / "các bộ Tài chính": index of the first elided ministry name, else -1. */
// "các bộ", "ba bộ Công an, Xây dựng": an article or a count before the ministries listed.
const LIST_COUNTS = new Set(['các', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);

function ministryListHead(tokens: readonly Token[], k: number): number {
  let j = k;
  if (LIST_COUNTS.has(tokens[j]?.l ?? '') || /^\d{1,2}$/u.test(tokens[j]?.text ?? '')) j++;
  if (tokens[j]?.l !== 'bộ') return -1;
  j++;
  if (tokens[j]?.text === ':') return j + 1;
  return j > k + 1 && tokens[j]?.cap ? j : -1;
}

/** "Bộ Nông nghiệp và Phát triển nông, Bộ Ngoại giao": a short form matched, then more of the
 * body's full name, cut short by a typo: the index after what the full name continues with. */
// A row's folded name words, and the first n of them joined by a space at [n]: per row, once.
const NAME_PREFIXES = new WeakMap<AgencyRow, { full: string[]; joined: string[] }>();

function namePrefixes(row: AgencyRow): { full: string[]; joined: string[] } {
  let prefixes = NAME_PREFIXES.get(row);
  if (!prefixes) {
    const full = row.name.split(/\s+/u).map((w) => fold(w));
    prefixes = { full, joined: full.map((_, n) => full.slice(0, n).join(' ')).concat(full.join(' ')) };
    NAME_PREFIXES.set(row, prefixes);
  }
  return prefixes;
}

function restOfName(tokens: readonly Token[], row: AgencyRow, to: number): number {
  const { full, joined } = namePrefixes(row);
  const read = tokens.slice(Math.max(0, to - full.length), to).filter((t) => t.word).map((t) => t.f);
  // The last n words read, joined by a space at [n] (as the name's prefixes are).
  const last: string[] = [''];
  for (let n = 1; n <= read.length; n++) last.push(n === 1 ? read[read.length - 1] : `${read[read.length - n]} ${last[n - 1]}`);
  // Where the words read so far end inside the full name.
  for (let at = Math.min(read.length, full.length); at > 0; at--) {
    if (last[at] !== joined[at]) continue;
    let k = to;
    let w = at;
    while (w < full.length && tokens[k]?.word && tokens[k].f === full[w]) { k++; w++; }
    // Only two words or more of the name's rest: one word ("và") may start the next item.
    return w - at >= 2 ? k : to;
  }
  return to;
}

/** "các Sở:" / "các sở Tài chính": index of the first elided department name, else -1. */
function departmentListHead(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.l !== 'các' || tokens[k + 1]?.l !== 'sở') return -1;
  const j = k + 2;
  if (tokens[j]?.text === ':') return j + 1;
  return tokens[j]?.cap ? j : -1;
}

/** "Tài chính" after "các Sở:": the department named by its ministry ("Sở Tài chính"). */
function elidedDepartment(tokens: readonly Token[], at: number, asOf?: string): { party: PartyRef; end: number } | null {
  const ministry = matchAgencyAt(tokens, at, { asOf, prefix: ['bo'] });
  if (ministry?.row && ministry.row.name.startsWith('Bộ ')) {
    const name = `Sở ${ministry.row.name.slice(3)}`;
    return { party: { name, kind: 'agency', key: fold(name) }, end: ministry.to };
  }
  // "các sở: Xây dựng, Quy hoạch - Kiến trúc": a department no ministry names, as written.
  const end = ownNameEnd(tokens, at);
  if (end < 0) return null;
  const name = `Sở ${joinedWords(tokens, at, end, 'text')}`;
  return { party: { name, kind: 'agency', key: fold(name) }, end };
}

const OWN_NAME_MAX_TOKENS = 7;
const PLURAL_OF_LEVEL = /^Ban (?:Hội đồng nhân dân|HĐND)(?: (?:tỉnh|huyện|[Tt]hành phố|quận|thị xã))?$/u;

/** The end of a name of capitalised words ("Quy hoạch - Kiến trúc": each word's first syllable
 * capitalised, a dash between words) that runs to a separator, else -1. */
function ownNameEnd(tokens: readonly Token[], at: number): number {
  if (!tokens[at]?.cap) return -1;
  let j = at;
  while (j < at + OWN_NAME_MAX_TOKENS && tokens[j]) {
    const t = tokens[j];
    if (t.word && (t.cap || tokens[j - 1]?.cap)) { j++; continue; }
    if ((t.text === '-' || t.text === '–') && tokens[j + 1]?.cap) { j++; continue; }
    break;
  }
  return /^[,;:.)]$/u.test(tokens[j]?.text ?? '') || tokens[j]?.l === 'và' ? j : -1;
}

/** Reads a list of parties starting at token i. */
export function parsePartyList(tokens: readonly Token[], i: number, env: PartyEnv): PartyList {
  const parties: PartyRef[] = [];
  const ruleIds: string[] = [];
  let k = i;
  let found = false;
  let ministryEllipsis = false;
  let departmentEllipsis = false;
  let placeList = false;
  let separated = true;
  const add = (refs: PartyRef[]) => {
    for (const r of refs) if (!parties.some((p) => p.key === r.key && p.name === r.name)) parties.push(r);
  };
  for (let guard = 0; guard < 64 && k < tokens.length; guard++) {
    if (env.skip && env.skip(tokens[k])) { k++; continue; }
    const f = filler(tokens, k);
    if (f > 0) { separated = true; k = f; continue; }
    // Items of a list are separated ("Bộ Y tế, Bộ Công an"); a word right after a party ends it.
    if (!separated) break;
    separated = false;
    // Parties below the national level first: "UBND thành phố Đà Lạt" is not "Lâm Đồng".
    const local = localPartyAt(tokens, k, env.asOf, env.province);
    if (local) { add(local.parties); ruleIds.push(local.ruleId); found = true; k = local.end; continue; }
    const official = env.officialAt?.(tokens, k);
    if (official) { add([official.ref]); ruleIds.push('party.official'); found = true; k = official.end; continue; }
    const hit = matchAgencyAt(tokens, k, { asOf: env.asOf, placeAllowed: placeList });
    if (hit && (env.recipients || !(hit.row && NEVER_ASSIGNEE.has(hit.row.name)))) {
      // "Các địa phương: Hà Nội, Đồng Nai" — the places listed are the parties, not the group.
      const placeNext = tokens[hit.to]?.text === ':' ? matchAgencyAt(tokens, hit.to + 1, { asOf: env.asOf, placeAllowed: true }) : undefined;
      if (hit.labels?.length === 1 && hit.labels[0] === GROUP_LOCALITIES && placeNext?.row && (placeNext.row.kind === 'province' || placeNext.row.kind === 'city')) {
        placeList = true;
        ruleIds.push('party.place-list');
        found = true;
        k = hit.to;
        continue;
      }
      add(partiesOfHit(hit));
      ruleIds.push(hit.ruleId);
      found = true;
      ministryEllipsis = !!hit.row && hit.row.name.startsWith('Bộ ');
      k = hit.row ? restOfName(tokens, hit.row, hit.to) : hit.to;
      continue;
    }
    // "các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng": the province's departments by their ministry.
    const departmentHead = departmentListHead(tokens, k);
    if (departmentHead > 0 || (departmentEllipsis && k > i)) {
      const elided = elidedDepartment(tokens, departmentHead > 0 ? departmentHead : k, env.asOf);
      if (elided) { add([elided.party]); ruleIds.push('party.department-ellipsis'); found = true; departmentEllipsis = true; k = elided.end; continue; }
    }
    const listHead = ministryListHead(tokens, k);
    if ((ministryEllipsis && k > i) || listHead > 0) {
      // "các Bộ: Tài chính, Xây dựng" | "các bộ Tài chính, Xây dựng" | "Bộ Công an, Quốc phòng"
      const at = listHead > 0 ? listHead : k;
      const elided = matchAgencyAt(tokens, at, { asOf: env.asOf, prefix: ['bo'] });
      if (elided) { add(partiesOfHit(elided)); ruleIds.push('party.ministry-ellipsis'); found = true; ministryEllipsis = true; k = elided.to; continue; }
      if (at !== k) { ministryEllipsis = true; separated = true; k = at; continue; }
    }
    // "Bộ trưởng Bộ Y tế", "lãnh đạo Bộ Công an", "Chủ tịch UBND tỉnh Điện Biên": the head of
    // a body, unnamed, acts for the body.
    const headEnd = HEADS_OF_BODIES.matchAt(tokens, k);
    if (headEnd > 0 && ministryListHead(tokens, headEnd) > 0) {
      // "Bộ trưởng các Bộ: Công an, Quốc phòng" — the list follows.
      k = headEnd;
      separated = true;
      continue;
    }
    if (headEnd > 0 && headEnd < tokens.length && tokens[headEnd].word) {
      // "Bộ trưởng Tài nguyên và Môi trường": a minister named by the ministry's name alone.
      const minister = /^(?:bộ|thứ) trưởng$/u.test(joinedWords(tokens, k, headEnd, 'l')) && tokens[headEnd].cap
        ? matchAgencyAt(tokens, headEnd, { asOf: env.asOf, prefix: ['bo'] }) : undefined;
      const body = minister?.row ? minister : matchAgencyAt(tokens, headEnd, { asOf: env.asOf, placeAllowed: placeList });
      if (body && !(body.row && NEVER_ASSIGNEE.has(body.row.name))) {
        add(partiesOfHit(body));
        ruleIds.push('party.head-of-body');
        found = true;
        k = body.to;
        continue;
      }
    }
    // "các Bộ trưởng, …": a plural article before a phrase the lexicon lists without it.
    if ((tokens[k].l === 'các' || tokens[k].l === 'những') && matchAgencyAt(tokens, k + 1, { asOf: env.asOf })) {
      k++;
      separated = true;
      continue;
    }
    const pattern = agencyPatternAt(tokens, k);
    if (pattern) {
      // ("các Ban HĐND huyện": the committees of one council, in the plural.)
      const name = tokens[k - 1]?.l === 'các' && PLURAL_OF_LEVEL.test(pattern.name) ? `Các ${pattern.name}` : pattern.name;
      add([{ name, kind: 'agency', key: fold(name) }]);
      ruleIds.push('agency.pattern');
      found = true;
      k = pattern.end;
      continue;
    }
    // "UBND tỉnh Điện Biên" | "UBND tỉnh" (the province of the report) | "các tỉnh Đồng Nai, Bình Dương"
    let j = wordsAt(tokens, k, UBND);
    const afterUbnd = j > 0 ? j : k;
    if (tokens[afterUbnd]?.f === 'cac') j = afterUbnd + 1;
    const afterPlace = wordsAt(tokens, j > 0 ? j : k, PLACE);
    if (afterPlace > 0) {
      const place = matchAgencyAt(tokens, afterPlace, { asOf: env.asOf, placeAllowed: true });
      if (place) { add(partiesOfHit(place)); ruleIds.push('party.place'); found = true; placeList = true; k = place.to; continue; }
      if (j > 0 && env.province && tokens[afterUbnd]?.f !== 'cac') {
        add([{ name: env.province.name, kind: 'agency', key: agencyKey(env.province) }]);
        ruleIds.push('party.context-province');
        found = true;
        k = afterPlace;
        continue;
      }
    }
    break;
  }
  return { parties, end: k, found, ruleIds };
}
