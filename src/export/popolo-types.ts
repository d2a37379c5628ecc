// The Popolo-style JSON we promise (https://www.popoloproject.com): persons, organizations,
// posts, memberships and events as Popolo names them, plus directives (not a Popolo type).
// Every record carries `sources`: the reports (and sentences) it was read from.

export interface PopoloSource {
  /** The report's document id; null for facts from the agency gazetteer. */
  document_id: string | null;
  title: string | null;
  /** YYYY-MM-DD publication date of the report. */
  published: string | null;
  /** The sentence the record was read from, with its span in the document's text. */
  sentence?: string;
  start?: number;
  end?: number;
  note?: string;
}

export interface PopoloOtherName {
  name: string;
  /** `abbreviation`, `English name` or `alias`. */
  note: string;
  lang?: string;
}

export interface PopoloPerson {
  id: string;
  name: string;
  sources: PopoloSource[];
}

export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string;
  other_names: PopoloOtherName[];
  identifiers: { scheme: string; identifier: string }[];
  /** Popolo dates may be partial: a year (2021), a month or a day. */
  founding_date: string | null;
  dissolution_date: string | null;
  /** SUCCEEDED_BY: the organisation this one merged into, and when. */
  successor: { organization_id: string; effective: string | null } | null;
  predecessors: { organization_id: string; effective: string | null }[];
  sources: PopoloSource[];
}

export interface PopoloPost {
  id: string;
  /** The title as written in the reports ("Phó Thủ tướng Chính phủ"). */
  label: string;
  /** The agency named in the title, when the title names one. */
  organization_id: string | null;
  sources: PopoloSource[];
}

export interface PopoloMembership {
  id: string;
  person_id: string;
  post_id: string;
  role: string;
  organization_id: string | null;
  /** Meeting dates on which the reports show the person holding the post. */
  observed_on: string[];
  event_ids: string[];
  sources: PopoloSource[];
}

export interface PopoloEvent {
  id: string;
  name: string | null;
  classification: string | null;
  start_date: string | null;
  organizer: string | null;
  chairs: { person_id: string; role: string | null; location: string | null }[];
  attendee_ids: string[];
  /** Directives issued at the meeting, in the order of the report. */
  directive_ids: string[];
  sources: PopoloSource[];
}

export interface PopoloDirective {
  id: string;
  text: string;
  event_id: string;
  issued_by: string[];
  assignees: { id: string; kind: 'organization' | 'person'; role: string }[];
  deadline: { date: string; precision: string; phrase: string; relation: string } | null;
  sources: PopoloSource[];
}

export interface PopoloExport {
  meta: { generator: 'minutes-graph'; format: 'popolo-json'; version: 1; counts: Record<string, number> };
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
  events: PopoloEvent[];
  directives: PopoloDirective[];
}
