// The scorer's JSON (../shared/eval/FORMAT.md) from an extraction result, plus a few extra
// fields (rule ids, deadline precision, roles) that the format allows.
import type { ExtractionResult, PartyRef, Span } from './types';

export interface ScorerJson {
  meeting: { date: string | null; title: string | null; chairs: { name: string; role: string }[]; kind: string | null; ordinal: number | null; organiser: string | null };
  officials: { name: string; titles: string[] }[];
  directives: {
    text: string;
    assigner: { name: string } | null;
    assignees: { name: string; kind: string }[];
    coordinators: { name: string; kind: string }[];
    monitors: { name: string }[];
    recipients: { name: string }[];
    deadline: { date: string; text: string; precision: string } | null;
    source: { start: number; end: number };
    rules: string[];
  }[];
}

const party = (p: PartyRef) => ({ name: p.name, kind: p.kind });

/** `toInput` maps a span of the extracted text to the input's offsets (normalizeText's). */
export function toScorerJson(result: ExtractionResult, toInput: (span: Span) => Span = (span) => span): ScorerJson {
  return {
    meeting: {
      date: result.meeting.date,
      title: result.meeting.title,
      chairs: result.meeting.chairs.map((c) => ({ name: c.name, role: c.role })),
      kind: result.meeting.kind,
      ordinal: result.meeting.ordinal,
      organiser: result.meeting.organiser,
    },
    officials: result.officials.map((o) => ({ name: o.name, titles: o.titles })),
    directives: result.directives.map((d) => ({
      text: d.text,
      assigner: d.assigner ? { name: d.assigner.name } : null,
      assignees: d.assignees.map(party),
      coordinators: d.coordinators.map(party),
      monitors: d.monitors.map((p) => ({ name: p.name })),
      recipients: d.recipients.map((p) => ({ name: p.name })),
      deadline: d.deadline ? { date: d.deadline.date, text: d.deadline.text, precision: d.deadline.precision } : null,
      source: { ...toInput(d.span) },
      rules: d.ruleIds,
    })),
  };
}
