// The GraphQL API on the Neo4j adapter answers exactly as on the embedded store: the same
// questions (the issue-2 headline query in every spelling, filters, orders and pages, ask(),
// search, paths, stats) sent through yoga.fetch to both, responses compared whole.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type ApiServer } from '../../../src/api/server';
import { collectInputs } from '../../../src/ingest/collect-inputs';
import { ingestInputs } from '../../../src/ingest/ingest-files';
import { openEmbeddedStore } from '../../../src/store/embedded/index';
import type { StorePort } from '../../../src/store/port';
import { testConfig } from '../../api/support/api-config';
import { gql } from '../../api/support/client';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const clock = () => new Date('2025-07-15T03:00:00Z');

const DIRECTIVE_FIELDS = `totalCount pageInfo { hasNextPage } nodes { id text status deadline { date precision }
  assignees { ... on Agency { id name nameEn } ... on Official { id name } } coordinators { ... on Agency { id name } }
  issuedBy { id name } meeting { id date chairs { name } } source { sentence start end document { id title published } } inheritedFrom { name } }`;

const headline = (assignedBy: string, assignedTo: string) =>
  `{ directives(filter: {assignedBy: "${assignedBy}", assignedTo: "${assignedTo}"}) { ${DIRECTIVE_FIELDS} } }`;

export const API_QUESTIONS: [string, string][] = [
  ...['Ministry of Health', 'Bộ Y tế', 'MOH', 'bo y te'].map((to): [string, string] => [`headline PM → ${to}`, headline('PM', to)]),
  ['headline Thủ tướng', headline('Thủ tướng', 'Ministry of Health')],
  ['unknown name', headline('PM', 'Ministry of Magic')],
  ['all directives, first 20', `{ directives(first: 20) { ${DIRECTIVE_FIELDS} } }`],
  ...['DEADLINE', 'MEETING_DATE', 'DOCUMENT_ORDER'].flatMap((field) => ['ASC', 'DESC'].map((dir): [string, string] => [
    `ordered ${field} ${dir}`,
    `{ directives(first: 7, filter: {orderBy: {field: ${field}, direction: ${dir}}}) { edges { node { id deadline { date } meeting { date } } } pageInfo { hasNextPage } } }`,
  ])),
  ['succession', `{ directives(filter: {assignedTo: "Bộ Nội vụ", followSuccession: true}) { ${DIRECTIVE_FIELDS} } }`],
  ['coordinators, any role', `{ directives(filter: {assignedTo: "Bộ Công an", role: ANY}) { ${DIRECTIVE_FIELDS} } }`],
  ['deadline window', `{ directives(filter: {dueAfter: "2024-01-01", dueBefore: "2025-06-30"}) { ${DIRECTIVE_FIELDS} } }`],
  ['overdue today', `{ directives(filter: {overdueOn: "2025-07-15", hasDeadline: true}) { ${DIRECTIVE_FIELDS} } }`],
  ['text', `{ directives(filter: {text: "chuyen doi so"}) { ${DIRECTIVE_FIELDS} } }`],
  ['meetings', '{ meetings(first: 10) { totalCount nodes { id title date chairs { name } } } }'],
  ['agency with directives', '{ agency(id: "agy:bo-y-te") { name nameEn responsibility(asOf: "2025-07-01") { lead overdue nextDeadlines { deadline { date } } } } }'],
  ['agencies search', '{ agencies(search: "bộ", first: 20) { totalCount nodes { id name } } }'],
  ['officials', '{ officials(first: 20) { totalCount nodes { id name } } }'],
  ...['MOH', 'Phạm Minh Chính', 'pham minh', 'công an', 'Đề án 06'].map((text): [string, string] => [
    `search ${text}`,
    `{ search(text: "${text}", first: 10) { totalCount nodes { kind score matched entity { ... on Agency { id } ... on Official { id } ... on Meeting { id } ... on Document { id } } } } }`,
  ]),
  ['stats', '{ stats(top: 5) { nodes { key count } edges { key count } topAssignees { agency { id } lead coordinator } directivesPerMeeting { meeting { id } count } } }'],
  ...['what did the PM assign the Ministry of Health', 'how is Tô Lâm linked to Bộ Y tế', 'what is due by June 2025', 'who chaired the 10th session of the National Committee on Digital Transformation'].map((q): [string, string] => [
    `ask ${q}`,
    `{ ask(question: "${q}", first: 50) { status message understood { intent query } directives { totalCount nodes { id } } officials { name } meetings { date } path { length steps { edgeType forward } } citations { sentence } } }`,
  ]),
];

export async function seededEmbedded(): Promise<{ store: StorePort; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mg-api-parity-'));
  const store = await openEmbeddedStore({ dir });
  await seed(store);
  return { store, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
}

export async function seed(store: StorePort): Promise<void> {
  const summary = await ingestInputs(await collectInputs([SEEDS]), store);
  if (summary.failed > 0) throw new Error(`seeding ${store.kind} failed: ${JSON.stringify(summary.outcomes.filter((o) => !o.ok))}`);
}

export function apiOn(store: StorePort): ApiServer {
  return createApi({ store, config: testConfig(), clock });
}

/** Runs every question on both APIs; a response differing in any byte is reported with its name. */
export async function compareApis(reference: ApiServer, candidate: ApiServer): Promise<number> {
  for (const [name, query] of API_QUESTIONS) {
    const [a, b] = [await gql(reference, query), await gql(candidate, query)];
    // Equal errors would prove nothing: every question but the unknown name must succeed.
    if (name !== 'unknown name') expect({ name, errors: a.errors, data: a.data === null }).toEqual({ name, errors: undefined, data: false });
    expect({ name, ...b }).toEqual({ name, ...a });
  }
  return API_QUESTIONS.length;
}
