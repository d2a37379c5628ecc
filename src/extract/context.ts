// The state one extraction run carries from step to step. Steps read what earlier steps put
// here and add their own part; nothing outside a run sees it.
import type { AgencyMention, DeadlineMention, Diagnostic, DirectiveMention, MeetingMention, OfficialMention, Severity, Span } from './types';
import type { Sentence } from './document/segment';
import type { Token } from './document/tokens';
import type { OfficialOccurrence } from './rules/officials';
import type { AgencyRow } from './lexicon/agency-row';
import type { OfficialLayout } from './document/official-layout';

export interface ExtractContext {
  readonly text: string;
  readonly published: string | null;
  sentences: Sentence[];
  tokens: Token[][];
  occurrences: OfficialOccurrence[];
  officials: OfficialMention[];
  meeting: MeetingMention;
  /** Date that years and relative dates resolve against: the meeting date, else the published date. */
  reference: string | null;
  agencies: AgencyMention[];
  /** The province a report is about ("UBND tỉnh" resolves to it), when the text names one. */
  province: AgencyRow | null;
  /** The one district the report names ("huyện Vân Canh" → "Vân Canh"), which "huyện" alone means. */
  district?: string | null;
  deadlines: DeadlineMention[];
  directives: DirectiveMention[];
  diagnostics: Diagnostic[];
  /** Spans of an official document's header, recipients and signature: never directives. */
  outside: Span[];
  layout?: OfficialLayout;
}

export function emptyMeeting(): MeetingMention {
  return { date: null, title: null, kind: null, ordinal: null, organiser: null, chairs: [], span: null, ruleIds: [] };
}

export function report(ctx: ExtractContext, ruleId: string, severity: Severity, message: string, span?: Span): void {
  ctx.diagnostics.push(span ? { ruleId, severity, message, span } : { ruleId, severity, message });
}
