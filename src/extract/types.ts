// The extraction contract: what `extract` returns for one document. A superset of the JSON
// in docs/extraction-format.md (the scorer's contract); every mention keeps its span and the
// id of the rule that produced it, so a researcher can ask why a fact exists.
import type { OfficialLayout } from './document/official-layout';

/** Half-open character range [start, end) in the normalised document text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found while reading a document: collected, never thrown. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  span?: Span;
}

export type DeadlinePrecision = 'DAY' | 'MONTH' | 'QUARTER' | 'HALF' | 'YEAR';

/** How the phrase relates the task to the date ("trước ngày" = BEFORE, "đến/trong" = BY). */
export type DeadlineRelation = 'BY' | 'BEFORE' | 'ON' | 'WITHIN';

export interface DeadlineMention {
  /** The resolved deadline, ISO YYYY-MM-DD (last day of the period for MONTH/QUARTER/...). */
  date: string;
  precision: DeadlinePrecision;
  /** The phrase as written, e.g. "trong 6 tháng đầu năm". */
  text: string;
  span: Span;
  relation: DeadlineRelation;
  /** True when the year was not written and was taken from the reference date. */
  yearImplied: boolean;
  /** "hằng năm" dates: recorded, but never a deadline of a directive. */
  recurring: boolean;
  /** Lunar holiday anchor, e.g. "TET" for Tết Nguyên đán. */
  lunar?: 'TET';
  ruleId: string;
}

export type MeetingKind = 'PHIEN_HOP' | 'HOI_NGHI' | 'CUOC_HOP' | 'BUOI_LAM_VIEC' | 'KY_HOP' | 'OTHER';

export interface OfficialRef {
  name: string;
}

export interface ChairMention {
  name: string;
  /** Titles as written at this meeting. */
  titles: string[];
  /** MAIN for the meeting's chair; BRIDGE for the chair of a bridge point ("điểm cầu X"). */
  role: 'MAIN' | 'BRIDGE';
  /** For bridge chairs: the place of the bridge point. */
  location?: string;
  span: Span;
  ruleId: string;
}

export interface MeetingMention {
  date: string | null;
  title: string | null;
  kind: MeetingKind | null;
  ordinal: number | null;
  /** Canonical Vietnamese name of the organising body, when the text names one. */
  organiser: string | null;
  chairs: ChairMention[];
  span: Span | null;
  ruleIds: string[];
}

export interface OfficialMention {
  name: string;
  /** Title chain as of this meeting, party titles first, as written (normalised spacing). */
  titles: string[];
  /** Canonical agency names the titles attach the person to ("Bộ trưởng Công an" → Bộ Công an). */
  agencies: string[];
  honorific: string | null;
  span: Span;
  ruleId: string;
}

export type AgencyKind =
  | 'ministry'
  | 'ministry-level'
  | 'government-body'
  | 'party-body'
  | 'committee'
  | 'group'
  | 'province'
  | 'city'
  | 'other';

export interface AgencyMention {
  /** Canonical Vietnamese name from the gazetteer (or the group label). */
  name: string;
  /** The gazetteer key (stable across spellings); equal to the folded canonical name. */
  key: string;
  kind: AgencyKind;
  text: string;
  span: Span;
  ruleId: string;
}

/** An assignee or coordinator: an agency or group from the gazetteer, or a named official. */
export interface PartyRef {
  name: string;
  kind: 'agency' | 'group' | 'official';
  /** Gazetteer key for agencies and groups. */
  key?: string;
}

export interface DirectiveMention {
  /** The task clause. */
  text: string;
  /** Span of the task clause in the normalised text. */
  span: Span;
  /** The whole sentence the clause belongs to, and its span. */
  sentence: string;
  sentenceSpan: Span;
  assigner: OfficialRef | null;
  /** Lead agencies (chủ trì / được giao), or officials given the task by name. */
  assignees: PartyRef[];
  /** Agencies after "phối hợp (với)". */
  coordinators: PartyRef[];
  /** Parties asked to monitor or urge ("đôn đốc", "theo dõi") rather than implement. */
  monitors: PartyRef[];
  /** Recipients of reports or submissions ("báo cáo/trình Thủ tướng"): never assignees. */
  recipients: PartyRef[];
  deadline: DeadlineMention | null;
  /** Every rule that fired to produce this directive, in order. */
  ruleIds: string[];
}

export interface ExtractionInput {
  /** Document text, already decoded to a JS string (any legacy encoding handled before). */
  text: string;
  /** Publication date YYYY-MM-DD, the reference for dates written without a year. */
  published?: string | null;
  /** readOfficialLayout(text), when the caller has read it already (its spans index `text`). */
  layout?: OfficialLayout;
}

export interface ExtractionResult {
  /** The normalised text that every span indexes (NFC of the input for plain text). */
  text: string;
  meeting: MeetingMention;
  officials: OfficialMention[];
  agencies: AgencyMention[];
  directives: DirectiveMention[];
  /** Every deadline-like phrase found, including recurring and rejected ones, for explanation. */
  deadlines: DeadlineMention[];
  diagnostics: Diagnostic[];
}
