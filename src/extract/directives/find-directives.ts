// The discourse pass: clause readings (read-clause.ts) in reading order become directives.
// It decides three things, each a rule with an id recorded on the directive:
//   - which clauses are tasks: a cue or a named doer with a task verb always; a bare imperative
//     or a duty only where an instruction is open (the clause before was a task, or it is an
//     item of a list that an instruction introduced);
//   - who does them: the doers the clause names, else a topic ("Với Bộ X, …"), else the heading
//     of the list item ("2. Bộ Nông nghiệp và Môi trường:"), else the directive before — a new
//     doer, a topic or a heading stops inheritance, a paragraph break does not;
//   - who gave them (attribution): the official named before the cue, else whoever gave the
//     instruction they continue, else the report's current speaker; null for a body.
import type { DeadlineMention, DirectiveMention, PartyRef, Span } from '../types';
import type { ExtractContext } from '../context';
import { PhraseSet, type Token } from '../document/tokens';
import { committeeHandsOver } from './committee-hands-over';
import { inSpans } from './clause/clause-predicates';
import { fewerLetteredWords } from '../document/joined-words';
import { deadlineOfClause } from '../rules/deadline-link';
import { resolveOfficialRef, speakersOf } from '../rules/assigner';
import { SIGNER_RULE } from '../rules/signer-official';
import { provinceNear } from '../rules/agencies';
import { findAgency } from '../lexicon/gazetteer';
import { readClause, type ClauseEnv, type ClauseReading } from './read-clause';
import { withProvince, withProvinces } from './province-names';
import { splitClauses, listMarkerOf, type ListMarker } from './clauses';
import { readParties } from './read-parties';
import { splitSecondTask } from './second-deadline';
import { splitAtNewDoer } from './new-doer-split';
import { splitAtConnector } from './connector-split';
import { joinPartyLists } from './party-list-join';
import { DEADLINE_ONLY, dateEarlierTasks, statesOnlyADeadline } from './deadline-only';
import { RULE_STATEMENTS } from '../lexicon/clause-frames';
import { ANNOUNCES_TASKS } from './clause/read-cue';
import { clearBelow, itemPartners, itemParties, MARKER_ORDER, nextItemBelow, nextItemNamesDoer, type OpenList } from './open-list';
import { ROLE_HEADING, statesRolesOnly } from './role-heading';
import { introAsTask, introStatesTask, type PendingIntro } from './intro-task';
import { ACHIEVED_HEADING, ATTENDANCE, CAPTION_CREDIT, CONCLUSION_OF, DISPATCH_ADDRESS, DOCUMENT_SENT_TO, DISPATCH_ADDRESSEES, headingStatesTask, LAW_LIST_INTRO, MANDATE_INTRO, NON_TASK_PART, PAGE_CHROME, RECIPIENTS_BLOCK, TERM_LINE } from './sentence-frames';

// "Trong đó, …" opening a sentence: what the task before includes.
const ELABORATES = /^\s*Trong đó\s*,\s*\p{Ll}/u;
const LEVEL_ANAPHOR = /^\s*Trong đó\s*,\s*(?:tỉnh|thành phố|huyện|xã)\s+(?:cũng\s+)?(?:cần|phải)\s/u;
const ELABORATION_SENTENCE = 'discourse.elaboration-sentence';
const ASKING_HEADING = /^[\s*_]*(?:\d{1,2}(?:\.\d{1,2})*[.)/]|[IVX]{1,5}[.)]|[a-zđ][.)])\s*(?:\*\*)?(?:Giao|Đề nghị|Yêu cầu)\s+(?:cho\s+)?\p{Lu}/u;
const MAX_QUIET = 2;
const MIN_TASK_WORDS = 3;
const OWN_DEADLINE = 'split.own-deadline';

const SAME_TERM = /^(?:Cũng|Cùng)\s+(?:với\s+)?(?:thời\s+hạn|mốc\s+thời\s+gian)\s+(?:nêu\s+|như\s+)?trên\s*,/iu;
const SAME_TERM_RULE = 'deadline.same-term';
// How many characters of punctuation and spacing a repeated headline may differ by.
const HEADLINE_SLACK = 6;
const REPORTED_SPEECH = 'neg.reported-speech';
const REPORTS_GIVEN = new PhraseSet(['báo cáo', 'trình bày', 'giải trình', 'thông tin về']);
// The lines of a plan's table under a task: who leads it, who takes part.
const ROLE_LINE = /^[\s*_]*(?:[-+•–]\s*)?(?:\*\*)?(?:Cơ quan|Đơn vị)\s+(chủ trì|thực hiện|phối hợp|chịu trách nhiệm)(?:\s+thực hiện)?(?:\*\*)?\s*:/iu;
const ROLE_LINE_RULE = 'discourse.role-line';
const ROLE_REACH = 3;
const SENT_WITH_TASK = /(?<![\p{L}])(?:yêu cầu|đề nghị|chỉ đạo|giao)(?![\p{L}])/u;
const REPORT_TERM = /^[\s*_-]*(?:Thời gian|Thời hạn) (?:gửi )?báo cáo/iu;
const REPORTS = /(?<![\p{L}])báo cáo(?![\p{L}])/iu;

/** Does tokens [a, b) hold a report verb that introduces what follows ("… cho biết, …")? */
function reportsAt(tokens: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x + 1 < b; x++) {
    if (tokens[x].l === 'cho' && tokens[x + 1].l === 'biết' && (x + 2 >= b || tokens[x + 2].text === ',' || tokens[x + 2].text === ':')) return true;
  }
  return false;
}

function clauseSpan(tokens: readonly Token[], a: number, b: number): Span {
  let e = b;
  while (e > a && !tokens[e - 1].word && /[.;:…,]/.test(tokens[e - 1].text)) e--;
  if (e <= a) e = b;
  return { start: tokens[a].start, end: tokens[e - 1].end };
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

/** deadlines.map((d) => d.span), pushed into a literal: its arrays, empty or not, come to hold
 * objects from the start, so the clause readers that look into them meet one kind of array. */
function spansOf(deadlines: readonly DeadlineMention[]): Span[] {
  const spans: Span[] = [];
  for (const d of deadlines) spans.push(d.span);
  return spans;
}

/** A sentence's words, for comparing two lines that say the same ("… nuôi" and "… nuôi."). */
function sameWords(text: string): string {
  return text.replace(/[\s.,;:!?…*_"“”]+/gu, ' ').trim().toLowerCase();
}

/** Index of the sentence containing offset `at` (sentences are in order). */
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

export function findDirectives(ctx: ExtractContext): DirectiveMention[] {
  const out: DirectiveMention[] = [];
  const chair = ctx.meeting.chairs.find((c) => c.role === 'MAIN')?.name ?? null;
  const speakers = speakersOf(ctx.occurrences, chair, ctx.reference);
  let current: string | null = chair;
  let prev: DirectiveMention | null = null;
  let prevSentence = -2;
  let lastContent = -1;
  let list: OpenList | null = null;
  let stopped = false;
  let quiet = 0;
  let headingBody: ListMarker | null = null;
  // "Thủ tướng yêu cầu các bộ, ngành, địa phương:" then a paragraph per task, with no marker: the
  // paragraphs are the list's items until one that states no task.
  let introBody = false;
  // "… thực hiện một số nội dung. Cụ thể là, …": the sentence after a lead that announces tasks,
  // in the same paragraph, is the first of them.
  let announcedAt = -1;
  let proposalBefore = false;
  // The sentence before told the law as it stands ("Theo quy định hiện hành, …").
  let backgroundBefore = false;
  let broken = false;
  const asOf = ctx.reference ?? undefined;
  // "Thủ tướng" resolves to the Prime Minister the report names; one it never names stays null
  // (FORMAT.md: the named Prime Minister of the report), never a guess from the date.
  let corefRule: string | null = null;
  const resolve = (phrase: string): string | null => {
    const r = resolveOfficialRef(phrase, speakers, current);
    corefRule = r.ruleId;
    return r.ruleId === 'coref.pm-by-date' ? null : r.name;
  };

  const occurrencesBySentence = groupBy(ctx.occurrences, (o) => o.sentence);
  const deadlinesBySentence = groupBy(ctx.deadlines, (d) => sentenceAt(ctx, d.span.start));
  // A paragraph that ends in "Ảnh: VGP/Nhật Bắc" is a photo caption: it repeats the body.
  const perParagraph = new Map<number, number>();
  for (const s of ctx.sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  const provinceOf = provinceNear(ctx, (name) => findAgency(name, asOf));
  const captioned = new Set(ctx.sentences.filter((s) => CAPTION_CREDIT.test(s.text) && (perParagraph.get(s.paragraph) ?? 0) <= 3).map((s) => s.paragraph));
  // The headline again as a paragraph of its own (an image's alt text above its caption) repeats
  // it: no task, and no break in the list it falls in.
  // (Compared only where the lengths are near: most sentences are of another length.)
  const headlineLength = ctx.sentences.length ? ctx.sentences[0].text.length : 0;
  const headline = headlineLength > 20 ? sameWords(ctx.sentences[0].text) : '';
  const repeatsHeadline = (s: { text: string; paragraph: number }, si: number) => si > 0 && headline.length > 0
    && Math.abs(s.text.length - headlineLength) <= HEADLINE_SLACK && perParagraph.get(s.paragraph) === 1 && sameWords(s.text) === headline;
  // An introduction that states a task, until its list proves to have items.
  let pendingIntro: PendingIntro | null = null;
  const settleIntro = () => {
    if (pendingIntro && pendingIntro.items === 0) out.push(pendingIntro.d);
    pendingIntro = null;
  };
  ctx.sentences.forEach((s, si) => {
    if (pendingIntro && list !== pendingIntro.list) settleIntro();
    if (stopped || s.kind === 'caption' || s.kind === 'byline' || s.kind === 'signoff') return;
    if (RECIPIENTS_BLOCK.test(s.text)) { stopped = true; return; }
    if (captioned.has(s.paragraph) || PAGE_CHROME.test(s.text) || repeatsHeadline(s, si)) return;
    if (ctx.outside.some((o) => s.span.start >= o.start && s.span.end <= o.end)) return;
    // "Dự hội nghị có …; thành viên Ban Chỉ đạo …": who attended, every clause of it.
    if (ATTENDANCE.test(s.text)) { lastContent = si; return; }
    const tokens = ctx.tokens[si];
    if (!tokens.length) return;
    // "- Thủ tướng Phạm Minh Chính" on a line of its own: a photo's caption, not a list heading.
    const named = occurrencesBySentence.get(si) ?? [];
    if (named.length === 1 && tokens.every((t) => !t.word || (t.start >= named[0].chain.start && t.end <= named[0].chain.end))) return;
    const written = s.indexInParagraph === 0 ? listMarkerOf(s.text) : null;
    // "4. Công an tỉnh" then paragraphs with no marker: they are the body of that heading, read as
    // its items.
    const pseudo = !written && !headingBody && introBody && list !== null && (s.indexInParagraph === 0 || announcedAt === si - 1) && s.kind === 'body';
    const marker = written ?? (headingBody && list ? MARKER_ORDER[Math.min(MARKER_ORDER.length - 1, MARKER_ORDER.indexOf(headingBody) + 1)] : null)
      ?? (pseudo ? 'bullet' : null);
    if (written) { headingBody = null; introBody = false; }
    if (DISPATCH_ADDRESSEES.test(s.text) && !/:[\s*_]*$/u.test(s.text)) { lastContent = si; return; }
    if (DOCUMENT_SENT_TO.test(s.text) && !SENT_WITH_TASK.test(s.text)) { lastContent = si; return; }
    // "**THỦ TƯỚNG CHÍNH PHỦ điện:**" on a line of its own: the dispatch's addressees follow.
    // "Ban Chỉ đạo có nhiệm vụ, quyền hạn sau:": a body's standing duties, not tasks given here.
    if ((/:[\s*_]*$/u.test(s.text) || s.kind === 'heading') && ACHIEVED_HEADING.test(s.text)) {
      list = { parties: [], assigner: current, headings: new Map(), notTasks: true };
      prev = null;
      lastContent = si;
      return;
    }
    if (/:[\s*_]*$/u.test(s.text) && (DISPATCH_ADDRESS.test(s.text) || MANDATE_INTRO.test(s.text) || LAW_LIST_INTRO.test(s.text))) {
      // ("THỦ TƯỚNG CHÍNH PHỦ điện:": the one who sends the dispatch gives its tasks — the signer,
      // whom the post resolves to, "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG" included.)
      const sender = DISPATCH_ADDRESS.test(s.text)
        ? resolve(s.text.replace(/[*_]/gu, '').replace(/\s+điện\s*:\s*$/u, '').trim()) ?? ctx.occurrences.find((o) => o.ruleId === SIGNER_RULE)?.name ?? null
        : null;
      if (sender) current = sender;
      list = { parties: [], assigner: current, headings: new Map(), notTasks: true };
      prev = null;
      lastContent = si;
      return;
    }
    // "1. Tháo gỡ khó khăn về tiếp cận vốn, tín dụng" (no final punctuation) over "a) Ngân hàng
    // Nhà nước Việt Nam: …": the title of a part whose items name their own doers, no task.
    // ("2.5. Giao Vụ TTHT" over "- Vụ TTHT chủ trì, …": a heading that asks a body heads its items.)
    if (written && MARKER_ORDER.indexOf(written) <= MARKER_ORDER.indexOf('num') && s.kind === 'heading' && !ASKING_HEADING.test(s.text) && nextItemNamesDoer(ctx, si, written, asOf)) {
      prev = null;
      if (list) clearBelow(list, written);
      lastContent = si;
      return;
    }
    // A line that states a task without final punctuation counts below the headline only.
    // ("3. Sở Tài chính:" then "Tham mưu nguồn kinh phí …" on a line of its own, unpunctuated: the
    // heading's body, not another heading.)
    const underColon = list !== null && si > 0 && /:[\s*_]*$/u.test(ctx.sentences[si - 1].text);
    if (s.kind === 'heading' && !marker && !underColon && !(lastContent >= 0 && headingStatesTask(s.text, tokens))) {
      // A heading stops inheritance; the list of tasks it belongs to stays open.
      prev = null;
      introBody = false;
      if (list) { list.headings.clear(); list.partners?.clear(); }
      lastContent = si;
      return;
    }
    // "Thông báo … kết luận của Phó Thủ tướng X", "ý kiến chỉ đạo của …": X speaks from here on.
    const concluding = CONCLUSION_OF.exec(s.text);
    if (concluding) {
      const at = s.span.start + concluding.index + concluding[0].length;
      const occ = ctx.occurrences.find((o) => o.sentence === si && o.chain.start >= at - 1 && o.chain.start - at < 40);
      if (occ) current = occ.name;
    }
    // A directive continues across a paragraph break, and across up to two quiet sentences that
    // name no one ("Thời kỳ thanh tra từ … đến …"): only a new doer, speaker or heading stops it.
    const adjacent = prev !== null && !broken && (prevSentence === lastContent || quiet <= MAX_QUIET);
    const occurrences = occurrencesBySentence.get(si) ?? [];
    const deadlines = deadlinesBySentence.get(si) ?? [];
    const env: ClauseEnv = {
      tokens, text: ctx.text, occurrences, deadlineSpans: spansOf(deadlines), province: provinceOf(s.span.end), district: ctx.district ?? null, asOf,
    };
    // "1. Tổ chức hội nghị quán triệt …" then "- Cơ quan chủ trì: Sở Tư pháp." and "- Cơ quan phối
    // hợp: …": a plan's table of a task, its lead and partners on lines of their own, no tasks.
    const role = ROLE_LINE.exec(s.text);
    // (With no task just above it, "- Cơ quan chủ trì: …" still states no task of its own.)
    if (role && !(prev && si - prevSentence <= ROLE_REACH)) { lastContent = si; return; }
    if (role && prev) {
      const colon = tokens.findIndex((t) => t.text === ':');
      const read = readParties(tokens, colon + 1, env);
      const parties = withProvinces(read.parties, env.province, ctx.district);
      if (/phối hợp/iu.test(role[1])) prev.coordinators = withProvinces(read.parties, env.province, ctx.district, prev.assignees);
      else if (parties.length) prev.assignees = parties;
      prev.ruleIds.push(ROLE_LINE_RULE);
      lastContent = si;
      return;
    }
    // "Thời gian hoàn thành: trước ngày 15/8/2024.": the term of the tasks just before.
    // ("Thời hạn hoàn thành đến hết ngày 10/4/2025." after a line on how to report: the tasks of the
    // paragraph of the last task.)
    if (TERM_LINE.test(s.text) && prev && !broken && quiet <= MAX_QUIET && deadlines.length === 1) {
      const paragraph = ctx.sentences.find((x) => x.span.start === prev!.sentenceSpan.start)?.paragraph;
      let earlier = out.filter((x) => !x.deadline && ctx.sentences.find((y) => y.span.start === x.sentenceSpan.start)?.paragraph === paragraph);
      // ("Thời hạn báo cáo đề xuất trong tháng 8": the term of the report, so of the tasks that report.)
      const reports = REPORT_TERM.test(s.text) ? earlier.filter((x) => REPORTS.test(x.text)) : [];
      if (reports.length) earlier = reports;
      for (const x of earlier) { x.deadline = deadlines[0]; x.ruleIds.push(DEADLINE_ONLY.id); }
      lastContent = si;
      return;
    }
    // "… hoàn chỉnh các báo cáo. Trong đó, lưu ý bổ sung …; giải thích rõ …": what the task just
    // before includes, in a sentence of its own that names no one and no date (FORMAT.md,
    // splitting: elaborations stay in the directive they qualify).
    if (prev && prevSentence === lastContent && !marker && ELABORATES.test(s.text) && !deadlines.length && !occurrences.length) {
      const [a0, b0] = splitClauses(tokens)[0] ?? [0, 0];
      const first = b0 > a0 ? readClause(env, a0, b0) : null;
      const lastWord = tokens.findLast((t) => t.word);
      // ("Thủ tướng yêu cầu tỉnh Hậu Giang cần …. Trong đó, tỉnh cần tập trung …": the level alone
      // names the one doer of the task before it.)
      const sameDoer = first?.namesDoer && prev.assignees.length === 1 && LEVEL_ANAPHOR.test(s.text);
      if (first && lastWord && (!first.namesDoer || sameDoer) && !first.speakerPhrase && !first.topic && !first.negative) {
        prev.span = { start: prev.span.start, end: lastWord.end };
        prev.text = ctx.text.slice(prev.span.start, prev.span.end);
        prev.ruleIds.push(ELABORATION_SENTENCE);
        prevSentence = si;
        lastContent = si;
        return;
      }
    }
    const produced: DirectiveMention[] = [];
    let opened = false;
    let negative = false;
    let speech = false;
    let topic: PartyRef[] | null = null;
    let loud = occurrences.length > 0;
    let proposal = false;
    let background = false;
    let fieldScoped = false;
    let reportedFrom = false;
    // "- Bí thư, Chủ tịch UBND các tỉnh: …;" under "điện:": an addressee, no task. The first
    // paragraph that is no item ends the addressees.
    if (list?.notTasks) {
      const nextPart = marker && list.partMarker && MARKER_ORDER.indexOf(marker) <= MARKER_ORDER.indexOf(list.partMarker);
      // ("- Bộ trưởng các Bộ: …;" then "1. Bộ X chủ trì …" with no paragraph between: an item
      // at a level above the first item's is the dispatch's first task, no addressee.)
      if (marker && !list.partMarker) list.itemMarker ??= marker;
      const outer = marker && list.itemMarker && MARKER_ORDER.indexOf(marker) < MARKER_ORDER.indexOf(list.itemMarker);
      if (marker && !nextPart && !outer) { lastContent = si; return; }
      list = null;
    }
    if (marker && list) clearBelow(list, marker);
    let reportHeard = false;
    joinPartyLists(tokens, env, splitClauses(tokens)).flatMap(([a, b]) => splitAtConnector(tokens, a, b)).flatMap(([a, b]) => splitAtNewDoer(tokens, env, a, b)).forEach(([a, b], ci) => {
      const r: ClauseReading = readClause(env, a, b);
      // "Tại cuộc họp, Ban Quản lý … báo cáo về …; Tập đoàn Khải Hoàn báo cáo phương án …": after a
      // clause told as what someone reported, a clause of another subject reporting goes on telling.
      // (Not a report with a term of its own: "…; Sở Xây dựng báo cáo UBND tỉnh trước ngày 15/6".)
      if (reportHeard && r.shape === 'subject' && !r.negative && REPORTS_GIVEN.matchAt(tokens, r.taskStart, b) > 0
        && !tokens.slice(r.taskStart, b).some((t) => inSpans(t, env.deadlineSpans))) r.negative = REPORTED_SPEECH;
      reportHeard = (!!r.negative || r.shape === 'none') && tokens.slice(a, b).some((_, x) => REPORTS_GIVEN.matchAt(tokens, a + x, b) > 0);
      // "Đồng chí X cho biết, với chủ đề …, Tỉnh đoàn đề ra …": past a report verb the sentence
      // tells what someone said was done or planned; only an instruction verb of its own gives a task.
      if (reportedFrom && r.shape !== 'cue' && !r.negative) r.negative = REPORTED_SPEECH;
      if ((r.negative || r.shape === 'none') && reportsAt(tokens, a, b)) reportedFrom = true;
      if (ci === 0 && r.fieldTopic && r.namesDoer) fieldScoped = true;
      const last = produced[produced.length - 1] ?? null;
      // An unmarked paragraph after the introduction that states no task ends the list.
      if (pseudo && ci === 0 && r.shape === 'none') introBody = false;
      const isItem = ci === 0 && marker !== null && !(pseudo && !introBody);
      if (r.topic) topic = r.topic;
      if (r.namesDoer || r.speakerPhrase || r.topic || r.speech || r.newTopic) loud = true;
      if (r.speech && r.speakerPhrase) { const who = resolve(r.speakerPhrase); if (who) current = who; }
      // "Dịp này, huyện X đề nghị tỉnh hỗ trợ …. Đề nghị UBND tỉnh chỉ đạo …": a bare "Đề nghị"
      // right after a proposal goes on with that proposal.
      const proposing = ci === 0 && proposalBefore && !r.speakerPhrase && r.shape === 'cue' && /^(?:đề|kiến)$/u.test(tokens.find((t, x) => x >= a && t.word)?.l ?? '');
      if (proposing) r.negative = 'neg.proposal-continued';
      // "Theo quy định hiện hành, …. Sau đó, Sở X cấp phép …": the law's next step, still background.
      if (ci === 0 && backgroundBefore && r.connector && !r.speakerPhrase && r.shape !== 'cue') r.negative = RULE_STATEMENTS.id;
      // "VI. KINH PHÍ THỰC HIỆN": the sources of funds listed under it are no tasks.
      if (r.negative === 'neg.caps-heading' && ci === 0 && written && NON_TASK_PART.test(s.text)) {
        list = { parties: [], assigner: current, headings: new Map(), notTasks: true, partMarker: written };
        prev = null;
      }
      if (r.negative) { if (ci === 0) { negative = true; proposal = r.negative.startsWith('neg.proposal'); background = r.negative === RULE_STATEMENTS.id; } return; }
      // "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan" over "a) …": the lead
      // and partners of the items below, no task of its own.
      if (ci === 0 && written && r.shape === 'subject' && r.assignees.length && !/[.;][\s*_]*$/u.test(s.text)
        && nextItemBelow(ctx, si, written) && statesRolesOnly(env, r.taskStart, b)) {
        list ??= { parties: [], assigner: current, headings: new Map() };
        list.headings.set(written, r.assignees);
        (list.partners ??= new Map()).set(written, r.coordinators);
        opened = true;
        prev = null;
        return;
      }
      if (r.opensList) {
        // "… yêu cầu các địa phương:" | "1. Bộ Công Thương:" — the tasks follow.
        const who = r.speakerPhrase ? resolve(r.speakerPhrase) : (list?.assigner ?? current);
        if (r.speakerPhrase && who) current = who;
        // "- Chỉ đạo Sở Nông nghiệp và PTNT:" under "Đề nghị UBND tỉnh:": the committee directs the
        // tasks below, so they stay its own.
        const director = r.directsOthers && marker && list && !committeeHandsOver(itemParties(list, marker), r.assignees) ? itemParties(list, marker) : [];
        // ("**7. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh**" heads its items as a subject heading does.)
        const heads = r.shape === 'subject' || r.ruleIds.includes('cue.heading-asks');
        if (director.length && list && marker) list.headings.set(marker, director);
        else if (heads && marker && list) list.headings.set(marker, r.assignees);
        else if (heads && marker) list = { parties: [], assigner: who, headings: new Map([[marker, r.assignees]]) };
        else list = { parties: r.topic ?? (r.shape === 'cue' || r.shape === 'subject' ? r.assignees : (last ?? prev)?.assignees ?? []), assigner: who, headings: new Map(), notTasks: r.addresseeList, directed: r.directsList ? { below: marker } : undefined, opinions: r.shape === 'none' && r.speech };
        opened = true;
        if (r.listOnly) {
          // ("… yêu cầu UBND các huyện tập trung triển khai một số nhiệm vụ:" with no item after it.)
          if (!marker && ci === 0 && introStatesTask(tokens, r, b, s.text)) {
            pendingIntro = { d: introAsTask(ctx.text, s, clauseSpan(tokens, a, b), r, deadlines, who, env.province, ctx.district), list, si, items: 0 };
          }
          prev = null;
          // ("Bí thư kết luận như sau: Tăng cường …; …": the speech opens the tasks after its colon.)
          if (r.speech) speech = true;
          if (heads && written && ci === 0) headingBody = written;
          if (r.shape === 'cue' && !marker) introBody = true;
          if (r.ruleIds.includes(ANNOUNCES_TASKS)) announcedAt = si;
          return;
        }
      }
      const open = r.topic !== null || (ci > 0 && (last !== null || speech)) || (ci === 0 && adjacent) || (isItem && list !== null) || (r.speech === true);
      if (r.speech) speech = true;
      // A numbered item names its own doers or has its list's: the tasks of the item before are
      // another item's ("5. Khẩn trương khôi phục sản xuất …" after "4. Bộ Y tế …").
      const base = last ?? (isItem && (list || (marker !== 'bullet' && marker !== 'plus')) ? null : prev);
      let assignees: PartyRef[] | null = null;
      let coordinators = r.coordinators;
      const ruleIds = [...r.ruleIds];
      // "Bộ" / "Sở" alone: the ministry or department of the task before.
      const head = r.anaphor === 'ministry' ? 'Bộ ' : r.anaphor === 'department' ? 'Sở ' : null;
      const ofKind = (x: DirectiveMention | null | undefined) => x?.assignees.filter((p) => p.name.startsWith(head!)) ?? [];
      let pointedAt = head ? ofKind(base) : [];
      // ("Sở" alone further on: the department the report last gave a task; none, no reading.)
      if (r.anaphor === 'department' && pointedAt.length !== 1) {
        const earlier = [...out, ...produced].reverse().map(ofKind).find((xs) => xs.length > 0);
        pointedAt = earlier?.length === 1 ? earlier : [];
        if (!pointedAt.length) return;
      }
      if (head && pointedAt.length === 1) { assignees = pointedAt; ruleIds.push('coref.bare-ministry'); }
      else if (r.anaphor === 'previous') { assignees = base?.assignees ?? []; ruleIds.push('coref.doers-pointed-at'); }
      else if (r.topic) { assignees = r.topic; ruleIds.push('discourse.topic'); }
      else if (topic && !r.namesDoer) { assignees = topic; ruleIds.push('discourse.topic'); }
      else if (r.namesDoer && r.directsOthers && !committeeHandsOver(isItem && list ? itemParties(list, marker!) : base?.assignees ?? [], r.assignees)
        && ((isItem && list && itemParties(list, marker!).length) || (!isItem && !r.asks && base?.assignees.length && open))) {
        // "- Chỉ đạo Sở X: …" under "Đề nghị UBND tỉnh:": the committee directs, so it is the doer.
        assignees = isItem && list ? itemParties(list, marker!) : base!.assignees;
        ruleIds.push('discourse.director-is-doer');
      } else if (r.namesDoer && isItem && list?.directed && list.parties.length
        && (list.directed.below === null || MARKER_ORDER.indexOf(marker!) > MARKER_ORDER.indexOf(list.directed.below))) {
        assignees = list.parties;
        ruleIds.push('discourse.directed-list');
      } else if (r.namesDoer) assignees = r.assignees;
      // "…; nhà bị sập đổ được xây dựng lại, hoàn thành trước ngày 31/01/2026": a clause with a
      // deadline of its own is a task of its own, whatever its shape (FORMAT.md, splitting).
      const ownDeadline = r.shape === 'none' && ci > 0 && last !== null && tokens[a].start > last.span.end
        && deadlines.some((d) => d.precision !== 'YEAR' && d.span.start >= tokens[a].start && d.span.end <= tokens[b - 1].end);
      // "1. Trách nhiệm chung của các cơ quan, đơn vị" over "- …" items: a heading of items, with
      // no final punctuation and no task verb; the items below are the tasks.
      if (r.shape === 'none' && isItem && written && ci === 0 && !/[.;:][\s*_]*$/u.test(s.text) && nextItemBelow(ctx, si, written)) return;
      if (r.shape === 'none' && !(isItem && list && !list.opinions) && !ownDeadline) {
        // One more action of the same task ("…; ưu tiên nguồn lực …"): extend it.
        if (last && ci > 0) last.span = { start: last.span.start, end: clauseSpan(tokens, a, b).end };
        return;
      }
      if (ownDeadline) ruleIds.push(OWN_DEADLINE);
      // "Cần tập trung …", "Phải bảo đảm …" opening a sentence: the current speaker's duty.
      const leadingDuty = r.shape === 'duty' && ci === 0 && /^(?:cần|phải)$/u.test(tokens[r.taskStart]?.l ?? '') && current !== null;
      if ((r.shape === 'opener' || r.shape === 'duty' || r.shape === 'none') && !open && !leadingDuty && !(isItem && r.shape !== 'none')) return;
      if (assignees === null) {
        const heading = isItem && list ? itemParties(list, marker!) : null;
        if (heading && (heading.length || !base)) {
          assignees = heading;
          const partners = itemPartners(list!, marker!);
          if (!coordinators.length && !r.coordinates && partners.length) { coordinators = partners; ruleIds.push(ROLE_HEADING.id); }
          ruleIds.push('discourse.list-item');
        }
        else if (base && (open || (isItem && list)) && !r.newTopic) {
          assignees = base.assignees;
          // A clause with a coordination of its own ("phối hợp với các cơ quan liên quan") keeps it.
          if (!coordinators.length && !r.coordinates) coordinators = base.coordinators;
          ruleIds.push(ci > 0 ? 'discourse.inherit-clause' : 'discourse.inherit-sentence');
        } else assignees = [];
      }
      let assigner: string | null;
      if (r.speakerPhrase) { assigner = resolve(r.speakerPhrase); if (assigner) current = assigner; if (corefRule) ruleIds.push(corefRule); }
      else if (r.shape === 'cue' && !r.speakerPhrase && a === 0 && tokens[0]?.cap && !r.connector && r.ruleIds.length && !open) assigner = current;
      else assigner = last?.assigner?.name ?? (isItem && list ? list.assigner : null) ?? (base?.assigner?.name ?? current);
      const span = clauseSpan(tokens, a, b);
      const d: DirectiveMention = {
        text: '', span, sentence: s.text, sentenceSpan: s.span,
        assigner: assigner ? { name: assigner } : null,
        assignees: withProvinces(assignees, env.province, ctx.district),
        coordinators: withProvinces(coordinators, env.province, ctx.district, assignees),
        monitors: r.monitors ? withProvinces(assignees, env.province, ctx.district) : [],
        recipients: r.recipients,
        deadline: null,
        ruleIds: [`shape.${r.shape}`, ...ruleIds],
      };
      const aside = r.aside;
      const found = deadlineOfClause(ctx.text, aside ? deadlines.filter((x) => x.span.end <= aside.start || x.span.start >= aside.end) : deadlines, span);
      if (found) { d.deadline = found.deadline; d.ruleIds.push(found.deadline.ruleId, found.ruleId); }
      // "Cũng với thời hạn trên, UBND các địa phương …": the term of the task before.
      // (Only a clause that opens with "Cũng" / "Cùng" is sliced and tested.)
      else if ((tokens[a].l === 'cũng' || tokens[a].l === 'cùng') && (last ?? prev)?.deadline && SAME_TERM.test(ctx.text.slice(tokens[a].start, tokens[b - 1].end))) {
        d.deadline = (last ?? prev)!.deadline; d.ruleIds.push(SAME_TERM_RULE);
      }
      // "Nghiên cứu, xây dựng các phương án hỗ trợ …; hoàn thành trong tháng 11 năm 2025.": a
      // clause that only gives the due date dates the task of the clause before.
      if (last && !last.deadline && statesOnlyADeadline(d, ctx.text)) {
        last.deadline = d.deadline;
        last.span = { start: last.span.start, end: d.span.end };
        last.ruleIds.push(DEADLINE_ONLY.id);
        return;
      }
      produced.push(d);
      // "A trong năm 2025, B vào 30/4/2025, C trong năm 2025": each task with its own date.
      const doersAt = (k: number) => readParties(tokens, k, env).parties.map((p) => withProvince(p, env.province, ctx.district));
      let next = found ? splitSecondTask(ctx.text, tokens, d, deadlines, b, doersAt) : null;
      for (let guard = 0; next && guard < 8; guard++) {
        produced.push(next);
        next = splitSecondTask(ctx.text, tokens, next, deadlines, b, doersAt);
      }
    });
    // "Hoàn thành trước 15h00 ngày 08/6/2023.": the date of the tasks just before.
    if (produced.length === 1 && prev && prevSentence === lastContent && statesOnlyADeadline(produced[0], ctx.text)
      && dateEarlierTasks(produced[0], out.filter((x) => x.sentenceSpan.start === prev!.sentenceSpan.start))) {
      lastContent = si;
      return;
    }
    if (pendingIntro && si > pendingIntro.si) pendingIntro.items += produced.length;
    for (const d of produced) {
      d.text = ctx.text.slice(d.span.start, d.span.end);
      // ("Chia sẻ" under a page's buttons: two words say no task.)
      if (fewerLetteredWords(d.text, MIN_TASK_WORDS)) continue;
      out.push(d);
    }
    // The doers of a task in its own field ("Trong công tác truyền thông, các đơn vị như … cần …")
    // are not the next sentence's.
    if (produced.length && fieldScoped) { prev = null; prevSentence = si; }
    else if (produced.length) { prev = produced[produced.length - 1]; prevSentence = si; }
    else if (opened) prevSentence = si;
    // A paragraph outside the list that tells of someone else ends it; a quiet one (a line the
    // page broke off an item) does not, nor does what an item's own paragraph goes on to say of
    // it ("- Tăng cường thanh tra … Qua đó hạn chế tình trạng khiếu nại …": its effect).
    else if (!marker && list && s.indexInParagraph === 0 && (negative || loud)) list = null;
    proposalBefore = proposal && !produced.length;
    backgroundBefore = background && !produced.length;
    if (produced.length || opened) { quiet = 0; broken = false; }
    else if (loud) { broken = true; headingBody = null; introBody = false; }
    else quiet++;
    lastContent = si;
  });
  settleIntro();
  return out;
}

