// Reads one task clause: who gives the instruction, who must act (lead), with whom
// (coordinators), who monitors, who receives the result. Each trigger is a rule with an id:
//   trigger.official-verb   "Thủ tướng giao Bộ X …", "Ông yêu cầu …", "Giao Bộ X …" (implicit)
//   trigger.assigned        "Bộ Y tế được giao …"
//   trigger.lead            "Bộ Tư pháp chủ trì, …"
//   trigger.obligation      "Các địa phương cũng phải …", "Đối với các bộ, ngành, cần …"
//   trigger.attributed      "…, theo yêu cầu của người đứng đầu Chính phủ."
//   trigger.subject-action  "Trong đó, Bộ LĐTB&XH đôn đốc …" (inside an instruction)
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

type Words = PhraseSet;
const words = (phrases: readonly string[]): Words => new PhraseSet(phrases);

const ASSIGN = words(ASSIGN_VERBS.phrases);
const IMPLICIT_ASSIGN = words(['giao', 'yêu cầu', 'đề nghị', 'phân công', 'giao nhiệm vụ cho', 'giao cho']);
const OBLIGATION = words(OBLIGATION_MARKERS.phrases.filter((p) => p !== 'được giao'));
const ASSIGNED = words(['được giao']);
const LEAD = words(LEAD_MARKER.phrases);
const COORD = words(COORDINATE_MARKER.phrases);
const RECIPIENT = words(RECIPIENT_MARKER.phrases);
const MONITOR = words(MONITOR_MARKER.phrases);
const ATTRIBUTED = words(ATTRIBUTED_REQUEST.phrases);
const PRONOUNS = words(OFFICIAL_PRONOUNS.phrases);
const SUBJ_ADV = words(SUBJECT_ADVERBS.phrases);
const CL_ADV = words(CLAUSE_ADVERBS.phrases.filter((a) => !['phải', 'cần', 'cần phải'].includes(a)));
const LEADS = words(LEAD_INS.phrases);
const FACT = words(FACT_ASPECT.phrases);
const PAST = words(['đã', 'đang', 'vừa', 'từng', 'cho biết', 'báo cáo']);
const NOT_AFTER = words(NON_OBLIGATION_AFTER.phrases);
const NOT_BEFORE = words(NON_OBLIGATION_BEFORE.phrases);
const MEETING = words(MEETING_WORDS.map((m) => m.phrase));
const TOPIC = words(['đối với']);
const SUBJECT_LINKS = words(['cũng', 'đều', 'đã', 'sẽ', 'thì']);
const ACTOR_NOUNS = words(['cán bộ', 'công chức', 'lãnh đạo', 'người đứng đầu', 'chúng ta', 'các cấp', 'các cơ quan', 'các đơn vị', 'cơ quan', 'đơn vị', 'thủ trưởng', 'Bộ trưởng', 'Chủ tịch']);
const BULLET = new Set(['-', '+', '•', '*', '–', '“', '"', '‘']);

export function matchAny(tokens: readonly Token[], k: number, options: Words, limit = tokens.length): number {
  return options.matchAt(tokens, k, limit);
}

function endsWithAny(tokens: readonly Token[], floor: number, e: number, options: Words): number {
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

const inSpans = (t: Token, spans: readonly Span[]) => spans.some((s) => t.start >= s.start && t.end <= s.end);

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
const SIGNED_DOCUMENT = /(?:ký|ban hành|gửi)\s+(?:Công điện|công điện|Chỉ thị|chỉ thị|Văn bản|văn bản|Thông báo|thông báo|Quyết định|quyết định|Công văn|công văn)(?:\s|$)[^.;:]{0,120}$/u;

function signerBefore(env: ClauseEnv, a: number, k: number): string | null {
  if (k <= a) return null;
  const from = Math.max(env.tokens[a].start, env.tokens[k].start - 250);
  const before = env.text.slice(from, env.tokens[k].start);
  const m = SIGNED_DOCUMENT.exec(before);
  if (!m) return null;
  const signAt = from + (m.index ?? 0);
  const j = tokenIndexAt(env.tokens, signAt);
  return j > a && j < env.tokens.length ? officialRefBefore(env, a, j) : null;
}

function listAfter(env: ClauseEnv, markers: Words, from: number, b: number, recipients = false): PartyRef[] {
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

function roles(env: ClauseEnv, from: number, b: number) {
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

function wordCount(tokens: readonly Token[], from: number, b: number): number {
  let n = 0;
  for (let k = from; k < b; k++) if (tokens[k].word) n++;
  return n;
}

function obligationAt(tokens: readonly Token[], k: number, b: number, floor: number): number {
  const end = matchAny(tokens, k, OBLIGATION, b);
  if (end < 0) return -1;
  if (matchAny(tokens, end, NOT_AFTER, b) > 0) return -1;
  if (endsWithAny(tokens, floor, k, NOT_BEFORE) >= 0) return -1;
  return end;
}

function reading(trigger: string, assignees: PartyRef[], r: ReturnType<typeof roles>, assignerPhrase: string | null, ruleIds: string[]): ClauseReading {
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

function officialVerb(env: ClauseEnv, a: number, k0: number, b: number): ClauseReading | null {
  const { tokens } = env;
  for (let k = a; k < b; k++) {
    const end = matchAny(tokens, k, ASSIGN, b);
    if (end < 0) continue;
    if (env.tokens[k - 1]?.l === 'ban') continue; // "Ban Chỉ đạo": the committee, not the verb
    const ref = officialRefBefore(env, a, k) ?? signerBefore(env, a, k);
    const implicit = !ref && k === k0 && matchAny(tokens, k, IMPLICIT_ASSIGN, b) > 0;
    if (!ref && !implicit) continue;
    const list = parsePartyList(tokens, end, { ...env.party, skip: (t) => inSpans(t, env.deadlineSpans) });
    if (implicit && !list.found) continue;
    const colon = tokens[end]?.text === ':' || tokens[list.end]?.text === ':';
    if (wordCount(tokens, list.end, b) < 2) {
      if (colon) return { ...reading('trigger.official-verb', list.parties, roles(env, list.end, b), ref, list.ruleIds), opensList: true };
      return { ...reading('trigger.official-verb', [], roles(env, b, b), ref, []), attributionOnly: true };
    }
    let assignees = list.parties;
    const ids = [...list.ruleIds];
    if (!list.found) {
      const inner = obligationReading(env, end, b);
      if (inner) { assignees = inner.assignees; ids.push(...inner.ruleIds); }
    }
    return reading(implicit ? 'trigger.official-verb.implicit' : 'trigger.official-verb', assignees, roles(env, list.end, b), ref, ids);
  }
  return null;
}

function subjectReading(env: ClauseEnv, k0: number, topic: boolean, b: number): ClauseReading | null {
  const { tokens } = env;
  // Subjects are agencies: an official before "chủ trì" chairs a meeting, he is not given a
  // task — unless he "được giao" one ("Phó Thủ tướng X được giao trực tiếp chỉ đạo …").
  let list = parsePartyList(tokens, k0, { ...env.party, officialAt: undefined });
  if (!list.found && env.party.officialAt) {
    const named = parsePartyList(tokens, k0, env.party);
    if (named.found && matchAny(tokens, named.end, ASSIGNED, b) > 0) list = named;
  }
  if (!list.found) return null;
  let m = list.end;
  if (topic && tokens[m]?.text === ',') m++;
  if (!topic && tokens[m - 1]?.text === ',') return null; // "các bộ, ngành, cần được …": not a subject
  const assigned = matchAny(tokens, m, ASSIGNED, b);
  if (assigned > 0) return reading('trigger.assigned', list.parties, roles(env, assigned, b), null, list.ruleIds);
  let v = m;
  for (let guard = 0; guard < 4; guard++) {
    const adv = matchAny(tokens, v, CL_ADV, b);
    if (adv < 0) break;
    v = adv;
  }
  if (matchAny(tokens, v, LEAD, b) > 0) {
    const after = matchAny(tokens, v, LEAD, b);
    if (matchAny(tokens, after, MEETING, b) > 0) return null; // "Bộ X chủ trì hội nghị": organiser, not a task
    return reading('trigger.lead', list.parties, roles(env, v, b), null, list.ruleIds);
  }
  if (obligationAt(tokens, v, b, k0) > 0 || obligationAt(tokens, m, b, k0) > 0) {
    return reading('trigger.obligation', list.parties, roles(env, v, b), null, list.ruleIds);
  }
  const next = tokens[v];
  // In a list of tasks, a subject is followed by its task even after a relative clause
  // ("Ủy ban nhân dân các tỉnh có dự án đi qua chủ động …"); only past tense reports facts.
  const factual = env.listItem ? matchAny(tokens, v, PAST, b) > 0 : matchAny(tokens, v, FACT, b) > 0;
  if (env.inInstruction && next && next.word && !next.cap && !factual && wordCount(tokens, v, b) >= 2) {
    return reading('trigger.subject-action', list.parties, roles(env, v, b), null, list.ruleIds);
  }
  return null;
}

/** "… X phải / cần …" with an actor right before the marker, or an actor noun opening the clause. */
function obligationReading(env: ClauseEnv, k0: number, b: number): ClauseReading | null {
  const { tokens } = env;
  for (let k = k0; k < b; k++) {
    if (obligationAt(tokens, k, b, k0) < 0) continue;
    let e = k;
    for (let guard = 0; guard < 3; guard++) {
      const adv = endsWithAny(tokens, k0, e, SUBJECT_LINKS);
      if (adv < 0) break;
      e = adv;
    }
    // Find the list of parties that ends exactly at e, scanning candidate starts left to right.
    // Bounded look-back keeps this linear on run-on clauses.
    for (let s = Math.max(k0, e - 40); s < e; s++) {
      const list = parsePartyList(tokens, s, env.party);
      if (list.found && list.end === e && list.parties.length) {
        return reading('trigger.obligation', list.parties, roles(env, k, b), null, list.ruleIds);
      }
    }
    if (matchAny(tokens, k0, ACTOR_NOUNS, k) > 0 || (tokens[k0] && matchAny(tokens, k0 + 1, ACTOR_NOUNS, k) > 0 && /^(?:tất|mọi|các|những)$/u.test(tokens[k0].text.toLowerCase()))) {
      return reading('trigger.obligation', [], roles(env, k, b), null, ['obligation.actor-noun']);
    }
    return null;
  }
  return null;
}

function attributed(env: ClauseEnv, a: number, k0: number, b: number): ClauseReading | null {
  const { tokens } = env;
  for (let k = a; k < b; k++) {
    const end = matchAny(tokens, k, ATTRIBUTED, b);
    if (end < 0) continue;
    let e = end;
    while (e < b && tokens[e].word) e++;
    const ref = officialRefBefore(env, end, e);
    if (!ref) continue;
    const subject = parsePartyList(tokens, k0, env.party);
    return reading('trigger.attributed', subject.parties, roles(env, k0, k), ref, subject.ruleIds);
  }
  return null;
}

/** Reads clause tokens [a, b); null when it carries no instruction. */
export function readClause(env: ClauseEnv, a: number, b: number): ClauseReading | null {
  const { k, topic } = clauseStart(env, a, b);
  return officialVerb(env, a, k, b)
    ?? subjectReading(env, k, topic, b)
    ?? obligationReading(env, k, b)
    ?? attributed(env, a, k, b);
}

/** Partners and recipients named in a clause that has no trigger of its own (it inherits). */
export function clauseRoles(env: ClauseEnv, a: number, b: number): { coordinators: PartyRef[]; recipients: PartyRef[] } {
  const r = roles(env, a, b);
  return { coordinators: r.coordinators, recipients: r.recipients };
}

/** Does the clause open with a bare imperative verb ("Khẩn trương …", "Đẩy mạnh …")? */
export function opensWithImperative(env: ClauseEnv, a: number, b: number, openers: Words): boolean {
  const { k } = clauseStart(env, a, b);
  const t = env.tokens[k];
  return !!t && t.word && matchAny(env.tokens, k, openers, b) > 0;
}

export { words as phraseWords };
