// The worked examples of docs/queries.md, one list per user group. The document is generated
// from these by running each against the five seed reports (see queries-doc.test.ts), so every
// output in it is real.
import { TEST_TOKEN } from '../support/api-config';

export interface DocExample {
  title: string;
  /** What the reader wants to know, in one or two sentences. */
  why: string;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** True when the example shows an error response on purpose. */
  showsError?: boolean;
}

export interface DocGroup {
  group: string;
  intro: string;
  examples: DocExample[];
}

export const DOC_CLOCK = '2025-07-15T03:00:00Z';

export const DOC_GROUPS: DocGroup[] = [
  {
    group: 'Policy staff: who owes what, and by when',
    intro: 'Names can be written in Vietnamese, English, as abbreviations or without diacritics; posts ("PM", "Thủ tướng") mean whoever held them when the task was given.',
    examples: [
      {
        title: 'What did the Prime Minister assign the Ministry of Health?',
        why: 'The headline question. `"Bộ Y tế"`, `"MOH"` and `"bo y te"` give the same answer, as does `assignedBy: "Thủ tướng"`.',
        query: `{
  directives(filter: { assignedBy: "PM", assignedTo: "Ministry of Health" }) {
    totalCount
    edges { node { text deadline { date precision phrase } meeting { date chairs { name } } source { sentence } } }
  }
}`,
      },
      {
        title: 'What does an agency owe on a given day?',
        why: 'Counts as lead and coordinator, open, overdue, due within 30 days and done, with the next deadlines.',
        query: `{
  agency(id: "agy:bo-y-te") {
    name nameEn
    responsibility(asOf: "2025-07-01") {
      lead coordinator open overdue dueWithin30Days done
      nextDeadlines { text deadline { date } }
    }
  }
}`,
      },
      {
        title: 'What is overdue, and what did a merged ministry inherit?',
        why: 'Bộ Lao động - Thương binh và Xã hội merged into Bộ Nội vụ on 1 March 2025; with `followSuccession` its tasks answer for Bộ Nội vụ, flagged by `inheritedFrom`.',
        query: `{
  directives(filter: { assignedTo: "Bộ Nội vụ", followSuccession: true, orderBy: { field: DEADLINE } }) {
    totalCount
    nodes { text deadline { date } status overdue(asOf: "2025-07-15") inheritedFrom { name } meeting { date } }
  }
}`,
      },
      {
        title: 'What does Bộ Nội vụ owe on 1 January 2026, its predecessor\'s duties included?',
        why: 'Responsibility counts what an agency owes on the day, the directives of the agencies whose duties had passed to it included (per predecessor, with the day of transfer); `byRole` counts every role, `dueBy` what is owed by a day. The abolished ministry says where its duties went.',
        query: `{
  moha: agency(id: "agy:bo-noi-vu") {
    name
    responsibility(asOf: "2026-01-01", dueBy: "2026-06-30") {
      lead open overdue owedBy
      byRole { role total open overdue }
      inherited { agency { name } effective lead open overdue }
    }
  }
  molisa: agency(id: "agy:bo-lao-dong-thuong-binh-va-xa-hoi") {
    name
    responsibility(asOf: "2026-01-01") { lead open overdue movedTo { agency { name } effective } }
  }
}`,
      },
      {
        title: 'Asking in English, read by slots',
        why: '`ask` reads who gave the task, to whom, in which role, by when and as of which day; the answer shows the query it ran. "the localities" is the English name of the group Các địa phương.',
        query: `{
  a: ask(question: "what has MOLISA been assigned") { status message understood { query } directives { totalCount } }
  b: ask(question: "what did Nguyễn Hòa Bình ask the localities to do") { status message understood { query } }
  c: ask(question: "which tasks are overdue for Bộ Nội vụ as of 1 January 2026") { status message understood { query } directives { nodes { text inheritedFrom { name } } } }
  d: ask(question: "what is the budget of Hà Nội") { status message }
}`,
      },
      {
        title: 'Asking in Vietnamese',
        why: '`ask` maps a plain question to one of the structured queries, shows the query it ran and cites the source sentences. It never guesses.',
        query: `{
  ask(question: "Thủ tướng giao Bộ Y tế những nhiệm vụ gì?") {
    status message
    understood { intent query summary }
    directives { nodes { text deadline { date } } }
    citations { sentence document { title published } }
  }
}`,
      },
    ],
  },
  {
    group: 'Researchers: links, counts and provenance',
    intro: 'Every fact keeps the sentence and the character span it was read from, and the extraction rules that produced it.',
    examples: [
      {
        title: 'How is Tô Lâm linked to Bộ Y tế?',
        why: 'The shortest chain of relationships, each step with its type and, where it comes from text, its sentence.',
        query: `{
  path(from: "off:to-lam", to: "agy:bo-y-te") {
    length
    steps {
      edgeType forward
      from { __typename ... on Official { name } ... on Meeting { title date } ... on Directive { text } ... on Agency { name } }
      to { __typename ... on Official { name } ... on Meeting { title date } ... on Directive { text } ... on Agency { name } }
      source { sentence }
    }
  }
}`,
      },
      {
        title: 'A path by names, not through the group nodes',
        why: '`path` takes ids or names. `excludeGroups` keeps chains from passing through "Các bộ, ngành" (which links every ministry to every other); `edgeTypes` keeps only some relationships.',
        query: `{
  path(from: "Tô Lâm", to: "Ministry of Health", excludeGroups: true) { length steps { edgeType } }
  people: path(from: "Tô Lâm", to: "Phạm Minh Chính", edgeTypes: [ATTENDED, CHAIRED]) { length steps { edgeType } }
}`,
      },
      {
        title: 'Meetings in date order, and what an official attended or holds',
        why: 'Meetings come most recent first, filtered by day, chair or organiser; an official lists the meetings attended and the posts the reports show (HOLDS_POST, read from titles).',
        query: `{
  meetings(filter: { from: "2023-01-01" }) { totalCount nodes { date title chairs { name role } } }
  officials(search: "Tô Lâm") { nodes { name meetingsAttended { nodes { date } } posts { title seen agency { name } } } }
}`,
      },
      {
        title: 'Which agencies work together?',
        why: 'The co-assignment network: agencies sharing directives, weighted, with an optional window of meeting dates. The same network is `minutes-graph export --format network-csv`.',
        query: `{
  network(excludeGroups: true) { nodes { agency { name } directives } edges { source { name } target { name } weight } }
}`,
      },
      {
        title: 'Which agencies carry the most directives?',
        why: 'Counts by node and relationship type, the most-assigned agencies as they stand today (an abolished ministry\'s directives count under its successor, `inheritedLead`), directives per meeting.',
        query: `{
  stats(top: 5) {
    nodes { key count }
    edges { key count }
    topAssignees { agency { name nameEn } lead coordinator inheritedLead }
    directivesPerMeeting { meeting { title date } count }
  }
}`,
      },
      {
        title: 'Why does this directive exist?',
        why: 'Search any entity by any spelling, then read a directive\'s provenance: document, span, sentence and rule ids.',
        query: `{
  search(text: "bo cong an", first: 3) { nodes { kind score matched entity { ... on Agency { id name nameEn abbreviations } } } }
  directives(filter: { text: "co so du lieu" }, first: 1) {
    nodes { text issuedBy { name } issuerRoles ruleIds source { start end document { title published sourceFile } } }
  }
}`,
      },
      {
        title: 'Who chaired the 10th session of the National Committee on Digital Transformation?',
        why: '`ask` in English, answered from the meetings and their chairs, with the sentence naming the chair.',
        query: `{
  ask(question: "who chaired the 10th session of the National Committee on Digital Transformation") {
    status message understood { intent query }
    officials { name }
    meetings { title date }
    citations { sentence }
  }
}`,
      },
    ],
  },
  {
    group: 'Integrating clients: pagination, errors, limits, curation',
    intro:
      'Every list is a Relay connection with `totalCount`; `first` defaults to 20 and may not exceed 100. Expected errors carry `extensions.code` (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN) and quote the input; anything else is masked. Requests need `content-type: application/json` or an `x-graphql-csrf` header (CSRF prevention).',
    examples: [
      {
        title: 'Paging with cursors',
        why: 'Pass `pageInfo.endCursor` as `after` until `hasNextPage` is false.',
        query: `query Page($after: String) {
  directives(first: 3, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text } }
  }
}`,
      },
      {
        title: 'A page of 100 with an ordinary selection, and the count alone',
        why: 'The cost model counts the objects an answer may hold, each list at its page size, so a full page of 100 with its deadline, parties, meeting and source fits; `first: 0` answers the count alone, with no next page.',
        query: `{
  directives(first: 100) {
    totalCount
    nodes { id deadline { date } assignees { name } coordinators { name } issuedBy { name } meeting { date chairs { name } } source { document { title } } }
  }
  count: directives(first: 0) { totalCount pageInfo { hasNextPage endCursor } }
}`,
      },
      {
        title: 'A page inside a page: refused, saying where the cost is',
        why: 'Lists inside lists multiply; the refusal names the costliest one and how to lower it.',
        query: `{ agencies(first: 100) { nodes { directives(first: 100) { nodes { id } } } } }`,
        showsError: true,
      },
      {
        title: 'A name that matches nothing',
        why: 'An empty result and a NOT_FOUND error naming the input, at the field it belongs to: never a silent match on something else.',
        query: `{ directives(filter: { assignedTo: "Bộ Không Tồn Tại" }) { totalCount } }`,
        showsError: true,
      },
      {
        title: 'A page size past the maximum',
        why: 'Refused with BAD_USER_INPUT quoting the value, on every list.',
        query: `{ directives(first: 500) { totalCount } }`,
        showsError: true,
      },
      {
        title: 'A date that does not exist',
        why: 'The `Date` scalar takes YYYY-MM-DD days that exist; anything else is BAD_USER_INPUT quoting it.',
        query: `{ directives(filter: { dueBefore: "2025-06-31" }) { totalCount } }`,
        showsError: true,
      },
      {
        title: 'Curation without the token',
        why: 'Mutations need `Authorization: Bearer <MINUTES_GRAPH_CURATION_TOKEN>`; without it (or with no token configured) they are refused.',
        query: `mutation { setDirectiveStatus(id: "dir:none", status: DONE) { id } }`,
        showsError: true,
      },
      {
        title: 'Recording progress with evidence',
        why: 'With the token: the status is stored apart from extraction (it survives re-ingesting the report) and shown with who and when.',
        headers: { authorization: `Bearer ${TEST_TOKEN}` },
        query: `mutation SetStatus($id: ID!) {
  setDirectiveStatus(id: $id, status: IN_PROGRESS, note: "Pilot running in 3 hospitals", evidenceUrl: "https://moh.gov.vn/", date: "2025-07-01", curator: "Lan") {
    text status
    curated { status { status note evidenceUrl effectiveDate curator recordedAt } }
  }
}`,
      },
      {
        title: 'Limits',
        why: 'Depth 8, 15 aliases and 1000 tokens (GraphQL Armor), and cost 10000 (objects, each list at its page size); a request past one is refused before it runs.',
        query: `{ meetings { nodes { directives { nodes { assignees { ... on Agency { directives { nodes { meeting { id } } } } } } } } } }`,
        showsError: true,
      },
    ],
  },
];

/** Questions ask() must refuse: outside its table, or with a date it cannot read. */
export const REFUSED_QUESTIONS = [
  'what is the budget of Hà Nội',
  'summarise the 10th session',
  'what is due by next week',
  'which ministry is the most efficient',
  'Bộ Y tế',
];
