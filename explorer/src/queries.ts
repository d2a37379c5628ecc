// Query texts and the shapes they return. Values always travel as variables.
export interface Ref {
  __typename: string;
  id: string | null;
  name?: string;
  title?: string | null;
  text?: string;
  date?: string | null;
  /** Deadlines alias their date: Meeting.date is nullable, Deadline.date is not. */
  deadlineDate?: string;
}

export interface DirectiveRow {
  id: string;
  text: string;
  status: 'OPEN' | 'IN_PROGRESS' | 'DONE';
  overdue: boolean;
  deadline: { date: string; precision: string; phrase: string | null } | null;
  assignees: Ref[];
  coordinators: Ref[];
  issuedBy: { id: string; name: string } | null;
  meeting: { id: string; title: string | null; date: string | null };
  source: { sentence: string; start: number; end: number; document: { id: string; title: string | null; published: string | null } };
  /** Only in succession queries: the predecessor the directive was assigned to. */
  inheritedFrom?: { id: string; name: string } | null;
}

const DIRECTIVE_ROW = `
fragment DirectiveRow on Directive {
  id text status overdue(asOf: $asOf)
  deadline { date precision phrase }
  assignees { __typename id name }
  coordinators { __typename id name }
  issuedBy { id name }
  meeting { id title date }
  source { sentence start end document { id title published } }
}`;

const ENTITY_REF = `
fragment EntityRef on Entity {
  __typename
  ... on Agency { id name nameEn abbreviations }
  ... on Official { id name }
  ... on Meeting { id title date }
  ... on Directive { id text }
  ... on Document { id title meeting { id } }
  ... on Deadline { deadlineId: id deadlineDate: date }
}`;

export const SEARCH = `
query Search($text: String!) {
  search(text: $text, first: 25) { totalCount nodes { kind score matched entity { ...EntityRef } } }
}
${ENTITY_REF}`;

// The API's cost limit multiplies nested lists by `first`, so a path (two entities per step)
// is asked for separately, with first: 1, only when the question was read as a PATH.
export const ASK = `
query Ask($question: String!, $asOf: Date!) {
  ask(question: $question, first: 20) {
    status question message examples
    understood { intent summary query }
    directives { totalCount nodes { ...DirectiveRow } }
    meetings { id title date }
    officials { id name }
    citations { sentence document { id title } }
  }
}
${DIRECTIVE_ROW}`;

export const ASK_PATH = `
query AskPath($question: String!) {
  ask(question: $question, first: 1) {
    path { length steps { edgeType forward from { ...EntityRef } to { ...EntityRef } source { sentence } } }
  }
}
${ENTITY_REF}`;

export interface Responsibility {
  lead: number;
  coordinator: number;
  open: number;
  overdue: number;
  dueWithin30Days: number;
  done: number;
  /** Predecessors whose duties the agency carries on the day (their counts are included above). */
  inherited: { agency: { id: string; name: string }; effective: string | null; open: number; overdue: number }[];
  /** Set when the agency had been succeeded by the day: who carries its duties. */
  movedTo: { agency: { id: string; name: string }; effective: string | null } | null;
}

const RESPONSIBILITY = `lead coordinator open overdue dueWithin30Days done
  inherited { agency { id name } effective open overdue } movedTo { agency { id name } effective }`;

export interface AgencyRow {
  id: string;
  name: string;
  nameEn: string | null;
  abbreviations: string[];
  kind: string;
  validTo: string | null;
  responsibility: Responsibility;
}

export const AGENCIES = `
query Agencies($asOf: Date!, $after: String) {
  agencies(first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name nameEn abbreviations kind validTo responsibility(asOf: $asOf) { ${RESPONSIBILITY} } }
  }
}`;

export interface Succession {
  effective: string | null;
  agency: { id: string; name: string; nameEn: string | null };
}

export const AGENCY = `
query Agency($id: ID!, $asOf: Date!) {
  agency(id: $id) {
    id name nameEn abbreviations aliases kind validFrom validTo
    responsibility(asOf: $asOf) { ${RESPONSIBILITY} }
    predecessors { effective agency { id name nameEn } }
    successor { effective agency { id name nameEn } }
  }
}`;

/**
 * Directive lists come a page at a time: a page of DIRECTIVE_PAGE rows stays under the
 * API's query cost limit (10,000), and the page follows `endCursor` until the list ends.
 */
export const DIRECTIVE_PAGE = 20;

export interface DirectivePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: DirectiveRow[];
}

const PAGE_FIELDS = `totalCount pageInfo { hasNextPage endCursor } nodes { ...DirectiveRow }`;

export const AGENCY_DIRECTIVES = `
query AgencyDirectives($id: ID!, $asOf: Date!, $role: AssignmentRoleFilter!, $after: String) {
  agency(id: $id) { directives(role: $role, first: ${DIRECTIVE_PAGE}, after: $after) { ${PAGE_FIELDS} } }
}
${DIRECTIVE_ROW}`;

/** Directives an agency answers for through succession (assigned to a predecessor). */
export const INHERITED_DIRECTIVES = `
query InheritedDirectives($name: String!, $asOf: Date!, $after: String) {
  directives(filter: { assignedTo: $name, followSuccession: true }, first: ${DIRECTIVE_PAGE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ...DirectiveRow inheritedFrom { id name } }
  }
}
${DIRECTIVE_ROW}`;

export const MEETING = `
query Meeting($id: ID!) {
  meeting(id: $id) {
    id title date kind ordinal organiser
    chairs { name role titles location official { id } }
    attendees { id name }
    document { id title published publisher sourceFile }
  }
}`;

export const MEETING_DIRECTIVES = `
query MeetingDirectives($id: ID!, $asOf: Date!, $after: String) {
  meeting(id: $id) { directives(first: ${DIRECTIVE_PAGE}, after: $after) { ${PAGE_FIELDS} } }
}
${DIRECTIVE_ROW}`;

export const OFFICIAL = `
query Official($id: ID!) {
  official(id: $id) {
    id name
    meetingsChaired(first: 50) { totalCount nodes { id title date } }
    posts { title seen agency { id name } }
  }
}`;

export const OFFICIAL_DIRECTIVES = `
query OfficialDirectives($id: ID!, $asOf: Date!, $after: String) {
  official(id: $id) { directivesIssued(first: ${DIRECTIVE_PAGE}, after: $after) { ${PAGE_FIELDS} } }
}
${DIRECTIVE_ROW}`;

export const DIRECTIVE = `
query Directive($id: ID!, $asOf: Date!) {
  directive(id: $id) {
    ...DirectiveRow
    monitors { __typename id name }
    recipients issuerRoles ruleIds
    deadline { date precision phrase relation yearImplied curated }
  }
}
${DIRECTIVE_ROW}`;
