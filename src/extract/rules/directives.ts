// Directives, sentence by sentence. Within a sentence, clauses are split at top-level ";". A
// ";" clause becomes a directive of its own when it changes who or when (its own lead, its own
// partners after "phối hợp", its own deadline) and inherits the assignees it does not name;
// otherwise it is one more action of the same task and extends it ("…; ưu tiên nguồn lực …").
// A sentence that opens with an imperative verb right after a directive continues it.
import type { DeadlineMention, DirectiveMention, PartyRef, Span } from '../types';
import type { ExtractContext } from '../context';
import { tokenIndexAt, type Token } from '../document/tokens';
import { IMPERATIVE_OPENERS, SPEECH_VERBS } from '../lexicon/verbs';
import { readClause, clauseRoles, opensWithImperative, officialRefBefore, phraseWords, matchAny, type ClauseEnv, type ClauseReading } from './clause-analysis';
import { deadlineOfClause, judgeDeadline } from './deadline-link';
import { resolveOfficialRef, speakersOf } from './assigner';
import type { PartyEnv } from './parties';
import type { OfficialOccurrence } from './officials';
import { agencyKey } from '../lexicon/gazetteer';

const OPENERS = phraseWords(IMPERATIVE_OPENERS.phrases);
const SPEECH = phraseWords(SPEECH_VERBS.phrases);

/** Clause token ranges split at ";" outside parentheses and quotes. */
export function splitClauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.text === ';' && depth === 0) { out.push([start, i]); start = i + 1; }
  });
  out.push([start, tokens.length]);
  return out.filter(([a, b]) => b > a);
}

function clauseSpan(tokens: readonly Token[], a: number, b: number): Span {
  let e = b;
  while (e > a && !tokens[e - 1].word && /[.;:…]/.test(tokens[e - 1].text)) e--;
  if (e <= a) e = b;
  return { start: tokens[a].start, end: tokens[e - 1].end };
}

/** For each sentence, the first sentence at or after it in the same paragraph that closes a
 * quotation (-1 if none): one backward pass, so long quotations cost no rescans. */
function closingSentences(ctx: ExtractContext): number[] {
  const out = new Array<number>(ctx.sentences.length).fill(-1);
  for (let j = ctx.sentences.length - 1; j >= 0; j--) {
    const s = ctx.sentences[j];
    if (s.text.includes('”') || s.text.includes('"')) out[j] = j;
    else if (j + 1 < ctx.sentences.length && ctx.sentences[j + 1].paragraph === s.paragraph) out[j] = out[j + 1];
  }
  return out;
}

/** Speaker named after the closing quote of quoted speech ("…”, Thủ tướng quán triệt."). */
function quoteSpeaker(ctx: ExtractContext, j: number, env: (i: number) => ClauseEnv): string | null {
  if (j < 0) return null;
  const text = ctx.sentences[j].text;
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  const e = env(j);
  const from = tokenIndexAt(e.tokens, ctx.sentences[j].span.start + close);
  if (from >= e.tokens.length) return null;
  for (let k = from; k < e.tokens.length; k++) {
    if (matchAny(e.tokens, k, SPEECH) < 0) continue;
    const ref = officialRefBefore(e, from, k);
    if (ref) return ref;
  }
  return null;
}

/** Official named as the subject of a speech verb anywhere in the sentence, or in a "Theo
 * Thủ tướng, …" lead-in. */
function sentenceSpeaker(e: ClauseEnv): string | null {
  if (e.tokens[0]?.l === 'theo') {
    const comma = e.tokens.findIndex((t, i) => i > 0 && i < 12 && t.text === ',');
    const ref = comma > 1 ? officialRefBefore(e, 1, comma) : null;
    if (ref) return ref;
  }
  for (let k = 0; k < e.tokens.length; k++) {
    if (matchAny(e.tokens, k, SPEECH) < 0) continue;
    const ref = officialRefBefore(e, 0, k);
    if (ref) return ref;
  }
  return null;
}

function officialParty(occurrences: readonly OfficialOccurrence[]) {
  return (tokens: readonly Token[], k: number): { ref: PartyRef; end: number } | undefined => {
    const t = tokens[k];
    if (!t) return undefined;
    const occ = occurrences.find((o) => o.chain.start >= t.start && o.chain.start - t.start <= 9 && o.nameSpan.start >= t.start);
    if (!occ) return undefined;
    const between = tokenIndexAt(tokens, occ.chain.start) - k;
    const head = tokens[k + between];
    if (!head || (between > 0 && !/^(?:đồng chí|ông|bà)$/iu.test(tokens.slice(k, k + between).map((x) => x.text).join(' ')))) return undefined;
    return { ref: { name: occ.name, kind: 'official' }, end: tokenIndexAt(tokens, occ.chain.end) };
  };
}

/**
 * "Bộ Y tế hoàn thành A trong tháng 6, triển khai B trong tháng 9": two tasks with two deadlines
 * in one clause are two directives. The clause is cut at the first comma or "và" after the first
 * deadline; the second task keeps the parties.
 */
function secondTask(ctx: ExtractContext, tokens: readonly Token[], d: DirectiveMention, deadlines: readonly DeadlineMention[], b: number): DirectiveMention | null {
  const first = d.deadline;
  if (!first) return null;
  const next = deadlines.find((x) => x.span.start >= first.span.end && x.span.end <= d.span.end && x.date !== first.date
    && judgeDeadline(ctx.text, x, d.span).accepted);
  if (!next) return null;
  let cut = -1;
  for (let k = tokenIndexAt(tokens, first.span.end); k < b && tokens[k].end <= next.span.start; k++) {
    if (tokens[k].text === ',' || tokens[k].l === 'và') { cut = k; break; }
  }
  if (cut < 0 || cut + 1 >= b || tokens[cut + 1].start >= next.span.start) return null;
  const rest = { start: tokens[cut + 1].start, end: d.span.end };
  d.span = { start: d.span.start, end: tokens[cut - 1].end };
  return { ...d, span: rest, deadline: next, monitors: [], ruleIds: ['split.second-deadline', 'inherit.clause', next.ruleId] };
}

function hasSpecificParty(d: DirectiveMention): boolean {
  return d.assignees.some((p) => p.kind !== 'group');
}

function wordCountOf(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k].word) n++;
  return n;
}

function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Index of the sentence containing offset `at` (binary search; sentences are in order). */
function sentenceAt(ctx: ExtractContext, at: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid].span.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "…, Phó Thủ tướng kết luận như sau:" — an official's list of tasks follows. */
function opensConclusionList(sentence: string, speaker: string | null): boolean {
  if (!/:\s*$/.test(sentence)) return false;
  return speaker !== null || /(?:kết luận|chỉ đạo|ý kiến|yêu cầu)[^.:]*(?:như sau|sau đây)\s*:\s*$/iu.test(sentence);
}

export function extractDirectives(ctx: ExtractContext): DirectiveMention[] {
  const out: DirectiveMention[] = [];
  const chair = ctx.meeting.chairs.find((c) => c.role === 'MAIN')?.name ?? null;
  const speakers = speakersOf(ctx.occurrences, chair, ctx.reference);
  const occurrencesBySentence = groupBy(ctx.occurrences, (o) => o.sentence);
  const deadlinesBySentence = groupBy(ctx.deadlines, (d) => sentenceAt(ctx, d.span.start));
  let current: string | null = chair ?? ctx.occurrences[0]?.name ?? null;
  let previous: DirectiveMention | null = null;
  let open = false;
  let lastParagraph = -1;
  let listItemsOpen = false;
  let listOpened = false;
  const partyEnv: PartyEnv = { asOf: ctx.reference ?? undefined, province: ctx.province };
  const envCache = new Map<number, ClauseEnv>();
  const closing = closingSentences(ctx);
  const envOf = (si: number): ClauseEnv => {
    let e = envCache.get(si);
    if (!e) {
      const s = ctx.sentences[si];
      const occurrences = occurrencesBySentence.get(si) ?? [];
      const deadlines = deadlinesBySentence.get(si) ?? [];
      const deadlineSpans = deadlines.filter((d) => d.span.end <= s.span.end && judgeDeadline(ctx.text, d, s.span).accepted).map((d) => d.span);
      e = { tokens: ctx.tokens[si], text: ctx.text, occurrences, deadlines, deadlineSpans, inInstruction: false, party: { ...partyEnv, officialAt: officialParty(occurrences) } };
      envCache.set(si, e);
    }
    return e;
  };
  const resolve = (phrase: string | null): { name: string | null; ruleId: string } =>
    phrase ? resolveOfficialRef(phrase, speakers, current) : { name: current, ruleId: 'coref.current-speaker' };

  ctx.sentences.forEach((s, si) => {
    if (s.kind === 'caption' || s.kind === 'byline') return;
    if (s.kind !== 'body') { open = false; return; }
    const env = envOf(si);
    const tokens = env.tokens;
    if (tokens.length === 0) return;
    const bullet = /^[-+•*]/.test(s.text) || /^(?:\d{1,2}|[a-zđ])[.)]\s/u.test(s.text);
    // Reports list tasks agency by agency, paragraph after paragraph: a paragraph break does not
    // end an instruction; a heading, or a sentence that is no instruction, does.
    // A bare imperative continues an instruction within its paragraph or as a list item; after
    // a paragraph break it more often opens narrative ("Tiếp tục chương trình, …").
    const samePlace = s.paragraph === lastParagraph || bullet || listItemsOpen;
    lastParagraph = s.paragraph;
    const quoted = s.quoted ? quoteSpeaker(ctx, closing[si], envOf) : null;
    const said = sentenceSpeaker(env);
    const speakerPhrase = quoted ?? said;
    const produced: DirectiveMention[] = [];
    splitClauses(tokens).forEach(([a, b], ci) => {
      const span = clauseSpan(tokens, a, b);
      const inInstruction = open || produced.length > 0;
      const reading: ClauseReading | null = readClause({ ...env, inInstruction, listItem: bullet && open }, a, b);
      const found = deadlineOfClause(ctx.text, deadlinesBySentence.get(si) ?? [], span);
      if (reading?.attributionOnly) {
        if (reading.assignerPhrase) current = resolve(reading.assignerPhrase).name ?? current;
        return;
      }
      if (reading?.opensList && !reading.assignees.length) {
        // "Thủ tướng chỉ đạo:" — the tasks follow; they are his.
        if (reading.assignerPhrase) current = resolve(reading.assignerPhrase).name ?? current;
        listOpened = true;
        return;
      }
      const last = produced[produced.length - 1] ?? null;
      const own = reading ? { coordinators: reading.coordinators, recipients: reading.recipients } : clauseRoles(env, a, b);
      const base = last ?? (ci === 0 && open ? previous : null);
      let d: DirectiveMention | null = null;
      if (reading && (reading.assignees.length > 0 || !base || reading.trigger !== 'trigger.obligation' || ci === 0)) {
        const who = resolve(reading.assignerPhrase ?? speakerPhrase);
        if (reading.assignerPhrase) current = who.name ?? current;
        d = {
          text: '', span, sentence: s.text, sentenceSpan: s.span,
          assigner: who.name ? { name: who.name } : null,
          // A sentence with its own trigger names its own parties; a ";" clause without any
          // inherits those of the clause before.
          assignees: reading.assignees.length || !base || ci === 0 ? reading.assignees : base.assignees,
          coordinators: reading.coordinators.length || reading.assignees.length || !base || ci === 0 ? reading.coordinators : base.coordinators,
          monitors: reading.monitors,
          recipients: reading.recipients,
          deadline: null,
          ruleIds: [...reading.ruleIds, who.ruleId],
        };
        if (!reading.assignees.length && base && ci > 0) d.ruleIds.push('inherit.semicolon');
      } else if (last && (found || own.coordinators.length || (hasSpecificParty(last) && wordCountOf(tokens, a, b) >= 3))) {
        // A ";" clause with its own deadline or partners is a task of its own, with the same
        // assignees; so is each ";" task of a named agency ("giao Bộ X chủ trì A; B"). A list of
        // directions to everyone ("đề nghị các bộ, ngành, địa phương A; B; C") stays one.
        d = {
          ...last, text: '', span, deadline: null, monitors: [], recipients: own.recipients,
          coordinators: own.coordinators.length ? own.coordinators : last.coordinators,
          ruleIds: [...(reading?.ruleIds ?? []), ...(own.coordinators.length ? ['role.coordinate'] : []), 'inherit.semicolon'],
        };
      } else if (last) {
        // One more action of the same task: extend it.
        last.span = { start: last.span.start, end: span.end };
        return;
      } else if (ci === 0 && open && samePlace && previous && opensWithImperative(env, a, b, OPENERS)) {
        d = {
          ...previous, text: '', span, sentence: s.text, sentenceSpan: s.span, deadline: null, monitors: [], recipients: own.recipients,
          coordinators: own.coordinators.length ? own.coordinators : previous.coordinators,
          ruleIds: [IMPERATIVE_OPENERS.id, 'inherit.sentence'],
        };
      }
      if (!d) return;
      if (found) { d.deadline = found.deadline; d.ruleIds.push(found.deadline.ruleId, found.ruleId); }
      produced.push(d);
      const second = found ? secondTask(ctx, tokens, d, deadlinesBySentence.get(si) ?? [], b) : null;
      if (second) produced.push(second);
    });
    for (const d of produced) {
      d.text = ctx.text.slice(d.span.start, d.span.end);
      out.push(d);
    }
    if (produced.length) { previous = produced[produced.length - 1]; open = true; }
    else if (listOpened || opensConclusionList(s.text, said)) {
      // "Văn phòng Chính phủ thông báo kết luận của Phó Thủ tướng X như sau:" — X speaks next.
      const named = !said ? (envOf(si).occurrences[0]?.name ?? null) : null;
      if (named) current = named;
      previous = null;
      open = true;
      listOpened = true;
    }
    else open = false;
    listItemsOpen = listOpened || (produced.length > 0 && /:\s*$/.test(s.text)) || (listItemsOpen && produced.length > 0);
    listOpened = false;
    if (speakerPhrase && !produced.length) current = resolve(speakerPhrase).name ?? current;
  });
  return out;
}

export { agencyKey };
