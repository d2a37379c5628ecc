// Reads one task clause: who gives the instruction, who must act (lead), with whom
// (coordinators), who monitors, who receives the result. Each trigger is a rule with an id:
//   trigger.official-verb   "Thủ tướng giao Bộ X …", "Ông yêu cầu …", "Giao Bộ X …" (implicit)
//   trigger.assigned        "Bộ Y tế được giao …"
//   trigger.lead            "Bộ Tư pháp chủ trì, …"
//   trigger.obligation      "Các địa phương cũng phải …", "Đối với các bộ, ngành, cần …"
//   trigger.attributed      "…, theo yêu cầu của người đứng đầu Chính phủ."
//   trigger.subject-action  "Trong đó, Bộ LĐTB&XH đôn đốc …" (inside an instruction)
import type { PartyRef } from '../types';
import { parsePartyList } from './parties';
import {
  ACTOR_NOUNS, ASSIGN, ASSIGNED, ATTRIBUTED, CL_ADV, FACT, IMPLICIT_ASSIGN, LEAD, MEETING, PAST, SUBJECT_LINKS, clauseStart, endsWithAny, inSpans, matchAny, obligationAt, officialRefBefore, reading, roles, signerBefore, wordCount, words,
  type ClauseEnv, type ClauseReading, type Words,
} from './clause-env';

export { matchAny, officialRefBefore, words as phraseWords } from './clause-env';
export type { ClauseEnv, ClauseReading } from './clause-env';

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

