// Directive sentences in the administrative forms real conclusions use, each returned with
// its gold directives. Evidence strings are cut from the sentence itself, so they are always
// exact substrings; the assigner is always the chair (FORMAT.md: "Thủ tướng", "Ông",
// "lãnh đạo Chính phủ" resolve to the named chair of the report).
import type { AgencyChoice } from './agencies';
import { GROUP_PHRASES } from './agencies';
import { makeDeadline } from './deadlines';
import type { GoldDirective } from './gold';
import type { Rng } from './rng';
import type { YMD } from './calendar';

export interface DirectiveContext {
  rng: Rng;
  meeting: YMD;
  chairName: string;
  /** Ways to refer to the chair as a sentence subject ("Thủ tướng", "Ông", …). */
  chairRefs: readonly string[];
  /** Deputy PMs a PM chair may put in charge of a task by name; empty for other chairs. */
  deputies: readonly string[];
  agency: () => AgencyChoice;
  /** The next unused task clause of this report. */
  task: () => string;
}

export interface DirectiveSentence {
  sentence: string;
  directives: GoldDirective[];
}

/** A task clause with an optional deadline phrase after it. */
function taskWithDeadline(ctx: DirectiveContext): { text: string; deadline: string | null } {
  const task = ctx.task();
  if (ctx.rng.chance(0.25)) return { text: task, deadline: null };
  const dl = makeDeadline(ctx.rng, ctx.meeting);
  return { text: `${task} ${dl.text}`, deadline: dl.date };
}

function distinctAgencies(ctx: DirectiveContext, count: number): AgencyChoice[] {
  const out: AgencyChoice[] = [];
  for (let guard = 0; out.length < count && guard < 50; guard++) {
    const a = ctx.agency();
    if (!out.some((o) => o.canonical === a.canonical)) out.push(a);
  }
  return out;
}

const joinVi = (names: string[]): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;

function directive(ctx: DirectiveContext, evidence: string, assignees: string[], coordinators: string[], deadline: string | null): GoldDirective {
  return { evidence, assigner: ctx.chairName, assignees, coordinators, deadline };
}

type Template = (ctx: DirectiveContext, who: string) => DirectiveSentence;

// Thủ tướng giao Bộ X chủ trì, phối hợp với Bộ Y, Bộ Z <task> <deadline>.
const leadWithCoordinators: Template = (ctx, who) => {
  const [lead, ...coords] = distinctAgencies(ctx, ctx.rng.int(2, 3));
  const t = taskWithDeadline(ctx);
  // "…, Bộ Z và các cơ quan liên quan": generic partners are not coordinators (FORMAT.md).
  const generic = ctx.rng.chance(0.3);
  const named = coords.map((c) => c.written);
  const partners = generic ? `${named.join(', ')} và các cơ quan liên quan` : joinVi(named);
  const body = `${who} giao ${lead.written} chủ trì, phối hợp với ${partners} ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [lead.canonical], coords.map((c) => c.canonical), t.deadline)] };
};

// Thủ tướng yêu cầu Bộ X <task> <deadline>.
const requireAgency: Template = (ctx, who) => {
  const [a] = distinctAgencies(ctx, 1);
  const t = taskWithDeadline(ctx);
  const body = `${who} ${ctx.rng.pick(['yêu cầu', 'giao'])} ${a.written} ${ctx.rng.chance(0.3) ? 'khẩn trương ' : ''}${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [a.canonical], [], t.deadline)] };
};

// Bộ X được giao <task> <deadline>.
const passiveAssignment: Template = (ctx) => {
  const [a] = distinctAgencies(ctx, 1);
  const t = taskWithDeadline(ctx);
  const body = `${a.written} được giao ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [a.canonical], [], t.deadline)] };
};

// Thủ tướng đề nghị Bộ X và Bộ Y <task>.
const twoLeads: Template = (ctx, who) => {
  const pair = distinctAgencies(ctx, 2);
  const t = taskWithDeadline(ctx);
  const body = `${who} đề nghị ${joinVi(pair.map((p) => p.written))} ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, pair.map((p) => p.canonical), [], t.deadline)] };
};

// Giao Bộ X chủ trì <task1> <deadline1>; <task2> <deadline2>. — two directives, the second
// inherits the lead (FORMAT.md: clauses after ";" inherit assignees and coordinators).
const semicolonPair: Template = (ctx, who) => {
  const [a] = distinctAgencies(ctx, 1);
  const t1 = taskWithDeadline(ctx);
  const t2 = taskWithDeadline(ctx);
  const first = `${who} giao ${a.written} chủ trì ${t1.text}`;
  return {
    sentence: `${first}; ${t2.text}.`,
    directives: [directive(ctx, first, [a.canonical], [], t1.deadline), directive(ctx, t2.text, [a.canonical], [], t2.deadline)],
  };
};

// Thủ tướng yêu cầu các bộ, ngành, địa phương <task>.
const groupAssignees: Template = (ctx, who) => {
  const g = ctx.rng.pick(GROUP_PHRASES);
  const t = taskWithDeadline(ctx);
  const body = `${who} ${ctx.rng.pick(['yêu cầu', 'đề nghị'])} ${g.written} ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, g.gold.slice(), [], t.deadline)] };
};

// Thủ tướng chỉ đạo <task>. — a clear instruction with no named agency: assignees [].
const noAssignee: Template = (ctx, who) => {
  const t = taskWithDeadline(ctx);
  const body = `${who} chỉ đạo ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [], [], t.deadline)] };
};

// Thủ tướng giao Bộ X <task>, báo cáo Thủ tướng Chính phủ <deadline>. — the recipient of the
// report is never an assignee.
const reportToPm: Template = (ctx, who) => {
  const [a] = distinctAgencies(ctx, 1);
  const task = ctx.task();
  const dl = makeDeadline(ctx.rng, ctx.meeting);
  const body = `${who} giao ${a.written} ${task}, ${ctx.rng.pick(['báo cáo', 'trình'])} Thủ tướng Chính phủ ${dl.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [a.canonical], [], dl.date)] };
};

// Bộ X chủ trì, phối hợp với Bộ Y <task>. — the lead is the subject; the assigner is the chair.
const leadAsSubject: Template = (ctx) => {
  const [lead, coord] = distinctAgencies(ctx, 2);
  const t = taskWithDeadline(ctx);
  const body = `${lead.written} chủ trì, phối hợp với ${coord.written} ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [lead.canonical], [coord.canonical], t.deadline)] };
};

// Thủ tướng phân công Phó Thủ tướng X trực tiếp chỉ đạo <task>. — a named official assignee.
const deputyInCharge: Template = (ctx, who) => {
  if (ctx.deputies.length === 0) return requireAgency(ctx, who);
  const deputy = ctx.rng.pick(ctx.deputies);
  const t = taskWithDeadline(ctx);
  const body = `${who} phân công Phó Thủ tướng ${deputy} trực tiếp chỉ đạo ${t.text}`;
  return { sentence: `${body}.`, directives: [directive(ctx, body, [deputy], [], t.deadline)] };
};

// Thủ tướng yêu cầu Bộ X <task>. Khẩn trương <task>. — the imperative sentence continues the
// instruction and inherits its assignees (FORMAT.md).
const withContinuation: Template = (ctx, who) => {
  const first = requireAgency(ctx, who);
  const t = taskWithDeadline(ctx);
  const verb = ctx.rng.pick(['Khẩn trương', 'Đẩy mạnh việc', 'Tập trung']);
  const body = `${verb} ${t.text}`;
  const inherited = first.directives[0].assignees;
  return { sentence: `${first.sentence} ${body}.`, directives: [...first.directives, directive(ctx, body, inherited.slice(), [], t.deadline)] };
};

const WEIGHTED: readonly [Template, number][] = [
  [leadWithCoordinators, 5],
  [requireAgency, 5],
  [passiveAssignment, 2],
  [twoLeads, 2],
  [semicolonPair, 2],
  [groupAssignees, 3],
  [noAssignee, 1],
  [reportToPm, 2],
  [leadAsSubject, 2],
  [deputyInCharge, 1],
  [withContinuation, 1],
];
const TOTAL = WEIGHTED.reduce((s, [, w]) => s + w, 0);

/** One directive sentence (one or two gold directives), never more than `room`. */
export function makeDirectiveSentence(ctx: DirectiveContext, room: number): DirectiveSentence {
  const who = ctx.rng.pick(ctx.chairRefs);
  let roll = ctx.rng.float() * TOTAL;
  for (const [template, weight] of WEIGHTED) {
    roll -= weight;
    if (roll < 0) {
      const out = template(ctx, who);
      if (out.directives.length <= room) return out;
      break;
    }
  }
  return requireAgency(ctx, who);
}
