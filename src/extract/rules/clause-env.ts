// Shared vocabulary and helpers for reading a task clause (see clause-analysis.ts): the cue
// phrase sets, the clause environment, the clause start after lead-ins, official references
// before a verb, and the role lists (lead, coordinators, recipients, monitors) of a clause.
import type { DeadlineMention, PartyRef, Span } from '../types';
import type { Token } from '../document/tokens';
import { PhraseSet, tokenIndexAt } from '../document/tokens';
import {
  ASSIGN_VERBS, ATTRIBUTED_REQUEST, CLAUSE_ADVERBS, COORDINATE_MARKER, FACT_ASPECT, LEAD_INS, LEAD_MARKER,
  MEETING_WORDS, MONITOR_MARKER, NON_OBLIGATION_AFTER, NON_OBLIGATION_BEFORE, OBLIGATION_MARKERS, OFFICIAL_PRONOUNS,
  RECIPIENT_MARKER, SUBJECT_ADVERBS,
} from '../lexicon/verbs';
import { parsePartyList, type PartyEnv } from './parties';
import type { OfficialOccurrence } from './officials';

export type Words = PhraseSet;
export const words = (phrases: readonly string[]): Words => new PhraseSet(phrases);

export const ASSIGN = words(ASSIGN_VERBS.phrases);
export const IMPLICIT_ASSIGN = words(['giao', 'yêu cầu', 'đề nghị', 'phân công', 'giao nhiệm vụ cho', 'giao cho']);
export const OBLIGATION = words(OBLIGATION_MARKERS.phrases.filter((p) => p !== 'được giao'));
export const ASSIGNED = words(['được giao']);
export const LEAD = words(LEAD_MARKER.phrases);
export const COORD = words(COORDINATE_MARKER.phrases);
export const RECIPIENT = words(RECIPIENT_MARKER.phrases);
export const MONITOR = words(MONITOR_MARKER.phrases);
export const ATTRIBUTED = words(ATTRIBUTED_REQUEST.phrases);
export const PRONOUNS = words(OFFICIAL_PRONOUNS.phrases);
export const SUBJ_ADV = words(SUBJECT_ADVERBS.phrases);
export const CL_ADV = words(CLAUSE_ADVERBS.phrases.filter((a) => !['phải', 'cần', 'cần phải'].includes(a)));
export const LEADS = words(LEAD_INS.phrases);
export const FACT = words(FACT_ASPECT.phrases);
export const PAST = words(['đã', 'đang', 'vừa', 'từng', 'cho biết', 'báo cáo']);
export const NOT_AFTER = words(NON_OBLIGATION_AFTER.phrases);
export const NOT_BEFORE = words(NON_OBLIGATION_BEFORE.phrases);
export const MEETING = words(MEETING_WORDS.map((m) => m.phrase));
export const TOPIC = words(['đối với']);
export const SUBJECT_LINKS = words(['cũng', 'đều', 'đã', 'sẽ', 'thì']);
export const ACTOR_NOUNS = words(['cán bộ', 'công chức', 'lãnh đạo', 'người đứng đầu', 'chúng ta', 'các cấp', 'các cơ quan', 'các đơn vị', 'cơ quan', 'đơn vị', 'thủ trưởng', 'Bộ trưởng', 'Chủ tịch']);
export const BULLET = new Set(['-', '+', '•', '*', '–', '“', '"', '‘']);

export function matchAny(tokens: readonly Token[], k: number, options: Words, limit = tokens.length): number {
  return options.matchAt(tokens, k, limit);
}

export function endsWithAny(tokens: readonly Token[], floor: number, e: number, options: Words): number {
  return options.endingAt(tokens, floor, e);
}

export interface ClauseEnv {
  tokens: readonly Token[];
  text: string;
  occurrences: readonly OfficialOccurrence[];
  party: PartyEnv;
  /** Deadline phrases found in the sentence. */
  deadlines?: readonly DeadlineMention[];
  /** Accepted deadline phrases of the sentence (adverbials are skipped before a subject). */
  deadlineSpans: readonly Span[];
  /** The clause continues an instruction (";" after a directive, or a sentence after one). */
  inInstruction: boolean;
  /** A numbered or bulleted item of an instruction list ("1. Bộ Xây dựng chủ trì …"). */
  listItem?: boolean;
}

export interface ClauseReading {
  trigger: string;
  assignees: PartyRef[];
  coordinators: PartyRef[];
  monitors: PartyRef[];
  recipients: PartyRef[];
  /** Phrase naming the assigner in the clause ("Thủ tướng", "Ông", a name), if any. */
  assignerPhrase: string | null;
  ruleIds: string[];
  /** A speech verb with nothing after it ("…” - Đồng chí X chỉ đạo."): names the speaker only. */
  attributionOnly?: boolean;
  /** The instruction ends with ":" and its tasks follow. */
  opensList?: boolean;
}

export const inSpans = (t: Token, spans: readonly Span[]) => spans.some((s) => t.start >= s.start && t.end <= s.end);

/** Index after bullets, quotes, lead-ins and a clause-initial time adverbial. */
export function clauseStart(env: ClauseEnv, a: number, b: number): { k: number; topic: boolean } {
  const { tokens } = env;
  let k = a;
  for (let guard = 0; guard < 12 && k < b; guard++) {
    const t = tokens[k];
    if (!t.word && (BULLET.has(t.text) || t.text === ',')) { k++; continue; }
    if (t.word && /^(?:\d{1,2}|[a-zđ])$/u.test(t.text) && tokens[k + 1] && /^[.)]$/.test(tokens[k + 1].text) && k === a) { k += 2; continue; }
    const lead = matchAny(tokens, k, LEADS, b);
    if (lead > 0) { k = lead; continue; }
    if (inSpans(t, env.deadlineSpans)) {
      let j = k;
      while (j < b && inSpans(tokens[j], env.deadlineSpans)) j++;
      if (tokens[j]?.text === ',') { k = j + 1; continue; }
    }
    break;
  }
  const topic = matchAny(tokens, k, TOPIC, b);
  return topic > 0 ? { k: topic, topic: true } : { k, topic: false };
}

/** Official reference ending right before token e (adverbs and a comma allowed in between). */
export function officialRefBefore(env: ClauseEnv, floor: number, e: number): string | null {
  const { tokens } = env;
  let end = e;
  for (let guard = 0; guard < 4; guard++) {
    const adv = endsWithAny(tokens, floor, end, SUBJ_ADV);
    if (adv >= 0) { end = adv; continue; }
    if (end - 1 >= floor && tokens[end - 1].text === ',') { end--; continue; }
    break;
  }
  if (end <= floor) return null;
  const last = tokens[end - 1];
  const occ = env.occurrences.find((o) => o.chain.end === last.end || o.nameSpan.end === last.end);
  if (occ) return occ.name;
  const p = endsWithAny(tokens, floor, end, PRONOUNS);
  return p >= 0 ? env.text.slice(tokens[p].start, last.end) : null;
}

// "Thủ tướng Chính phủ vừa ký Công điện số 16/CĐ-TTg ngày 2/3/2025 yêu cầu …": the document
// between the official and the verb carries the instruction; the signer gives it.
export const SIGNED_DOCUMENT = /(?:ký|ban hành|gửi)\s+(?:Công điện|công điện|Chỉ thị|chỉ thị|Văn bản|văn bản|Thông báo|thông báo|Quyết định|quyết định|Công văn|công văn)(?:\s|$)[^.;:]{0,120}$/u;

export function signerBefore(env: ClauseEnv, a: number, k: number): string | null {
  if (k <= a) return null;
  const from = Math.max(env.tokens[a].start, env.tokens[k].start - 250);
  const before = env.text.slice(from, env.tokens[k].start);
  const m = SIGNED_DOCUMENT.exec(before);
  if (!m) return null;
  const signAt = from + (m.index ?? 0);
  const j = tokenIndexAt(env.tokens, signAt);
  return j > a && j < env.tokens.length ? officialRefBefore(env, a, j) : null;
}

export function listAfter(env: ClauseEnv, markers: Words, from: number, b: number, recipients = false): PartyRef[] {
  const out: PartyRef[] = [];
  for (let k = from; k < b; k++) {
    const end = matchAny(env.tokens, k, markers, b);
    if (end < 0) continue;
    const list = parsePartyList(env.tokens, end, { ...env.party, recipients });
    for (const p of list.parties) if (!out.some((x) => x.name === p.name)) out.push(p);
    k = Math.max(k, list.end - 1);
  }
  return out;
}

export function roles(env: ClauseEnv, from: number, b: number) {
  const { tokens } = env;
  let k = from;
  while (k < b && (tokens[k].text === ',' || matchAny(tokens, k, CL_ADV, b) > 0)) k = tokens[k].text === ',' ? k + 1 : matchAny(tokens, k, CL_ADV, b);
  return {
    coordinators: listAfter(env, COORD, from, b),
    recipients: listAfter(env, RECIPIENT, from, b, true),
    monitorVerb: matchAny(tokens, k, MONITOR, b) > 0,
    lead: matchAny(tokens, k, LEAD, b) > 0,
  };
}

export function wordCount(tokens: readonly Token[], from: number, b: number): number {
  let n = 0;
  for (let k = from; k < b; k++) if (tokens[k].word) n++;
  return n;
}

export function obligationAt(tokens: readonly Token[], k: number, b: number, floor: number): number {
  const end = matchAny(tokens, k, OBLIGATION, b);
  if (end < 0) return -1;
  if (matchAny(tokens, end, NOT_AFTER, b) > 0) return -1;
  if (endsWithAny(tokens, floor, k, NOT_BEFORE) >= 0) return -1;
  return end;
}

export function reading(trigger: string, assignees: PartyRef[], r: ReturnType<typeof roles>, assignerPhrase: string | null, ruleIds: string[]): ClauseReading {
  const coordinators = r.coordinators.filter((c) => !assignees.some((a) => a.name === c.name));
  const ids = [trigger, ...ruleIds];
  if (r.lead) ids.push(LEAD_MARKER.id);
  if (coordinators.length) ids.push(COORDINATE_MARKER.id);
  if (r.recipients.length) ids.push(RECIPIENT_MARKER.id);
  return {
    trigger,
    assignees,
    coordinators,
    monitors: r.monitorVerb ? assignees : [],
    recipients: r.recipients,
    assignerPhrase,
    ruleIds: ids,
  };
}
