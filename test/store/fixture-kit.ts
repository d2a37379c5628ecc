// Helpers that turn a report from seeds/ plus a hand-written reading of it into an
// ExtractionResult with real spans: every clause, name and deadline phrase is located in the
// report's text, so a fixture cannot claim a sentence the report does not contain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AgencyKind,
  AgencyMention,
  ChairMention,
  DeadlineMention,
  DeadlinePrecision,
  DirectiveMention,
  ExtractionResult,
  MeetingKind,
  OfficialMention,
  PartyRef,
  Span,
} from '../../src/extract/types';
import { fold } from '../../src/text/fold';

export function readSeed(file: string): string {
  return readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8').normalize('NFC');
}

export function locate(text: string, phrase: string, from = 0): Span {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture phrase not in the report: "${phrase}"`);
  return { start, end: start + phrase.length };
}

/** The sentence around a span: from the previous sentence end (or line start) to the next. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?]/.test(text[start - 2] ?? '') && text[start - 1] === ' ')) start--;
  let end = span.end;
  while (end < text.length && text[end] !== '\n' && !(/[.!?]/.test(text[end]) && /\s/.test(text[end + 1] ?? ' '))) end++;
  if (end < text.length && /[.!?]/.test(text[end])) end++;
  return { start, end };
}

export const agency = (name: string): PartyRef => ({ name, kind: 'agency', key: fold(name) });
export const group = (name: string): PartyRef => ({ name, kind: 'group', key: fold(name) });
export const person = (name: string): PartyRef => ({ name, kind: 'official' });

export interface DeadlineDef {
  phrase: string;
  date: string;
  precision: DeadlinePrecision;
  relation?: DeadlineMention['relation'];
  yearImplied?: boolean;
}

export interface DirectiveDef {
  clause: string;
  assigner: string | null;
  assignees?: PartyRef[];
  coordinators?: PartyRef[];
  monitors?: PartyRef[];
  recipients?: PartyRef[];
  deadline?: DeadlineDef;
}

export interface ReportDef {
  file: string;
  meeting: { date: string; title: string; kind: MeetingKind };
  chairs: { name: string; titles: string[]; role?: 'MAIN' | 'BRIDGE'; location?: string }[];
  officials: { name: string; titles: string[] }[];
  /** Agencies named outside directives: [name as written, canonical name, kind]. */
  agencies: [string, string, AgencyKind][];
  directives: DirectiveDef[];
}

export function buildExtraction(def: ReportDef): ExtractionResult {
  const text = readSeed(def.file);
  const nameSpan = (name: string): Span => locate(text, name);
  const chairs: ChairMention[] = def.chairs.map((c) => ({
    name: c.name,
    titles: c.titles,
    role: c.role ?? 'MAIN',
    ...(c.location === undefined ? {} : { location: c.location }),
    span: nameSpan(c.name),
    ruleId: 'fixture.chair',
  }));
  const officials: OfficialMention[] = def.officials.map((o) => ({
    name: o.name,
    titles: o.titles,
    agencies: [],
    honorific: null,
    span: nameSpan(o.name),
    ruleId: 'fixture.official',
  }));
  const agencies: AgencyMention[] = def.agencies.map(([written, name, kind]) => ({
    name,
    key: fold(name),
    kind,
    text: written,
    span: nameSpan(written),
    ruleId: 'fixture.agency',
  }));
  const deadlines: DeadlineMention[] = [];
  let cursor = 0;
  const directives: DirectiveMention[] = def.directives.map((d) => {
    const span = locate(text, d.clause, cursor);
    cursor = span.start;
    const sentenceSpan = sentenceAround(text, span);
    let deadline: DeadlineMention | null = null;
    if (d.deadline !== undefined) {
      deadline = {
        date: d.deadline.date,
        precision: d.deadline.precision,
        text: d.deadline.phrase,
        span: locate(text, d.deadline.phrase, sentenceSpan.start),
        relation: d.deadline.relation ?? 'BY',
        yearImplied: d.deadline.yearImplied ?? false,
        recurring: false,
        ruleId: 'fixture.deadline',
      };
      deadlines.push(deadline);
    }
    return {
      text: d.clause,
      span,
      sentence: text.slice(sentenceSpan.start, sentenceSpan.end),
      sentenceSpan,
      assigner: d.assigner === null ? null : { name: d.assigner },
      assignees: d.assignees ?? [],
      coordinators: d.coordinators ?? [],
      monitors: d.monitors ?? [],
      recipients: d.recipients ?? [],
      deadline,
      ruleIds: ['fixture.directive'],
    };
  });
  return {
    text,
    meeting: { date: def.meeting.date, title: def.meeting.title, kind: def.meeting.kind, ordinal: null, organiser: null, chairs, span: null, ruleIds: ['fixture.meeting'] },
    officials,
    agencies,
    directives,
    deadlines,
    diagnostics: [],
  };
}
