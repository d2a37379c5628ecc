// Curation: protected by a bearer token, stored apart from extraction (survives re-ingest),
// shown next to the extracted values with who and when.
import { createApi, type ApiServer } from '../../src/api/server';
import { batch003, DIR, IDS } from '../store/fixtures';
import { TEST_NOW, TEST_TOKEN, testClock, testConfig } from './support/api-config';
import { codes, gql } from './support/client';
import { openFixtureStore, type TempStore } from './support/fixture-store';

const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

const SET_DONE = `mutation($id: ID!) {
  setDirectiveStatus(id: $id, status: DONE, note: "Đã cấp đủ tiền Tết", evidenceUrl: "https://molisa.gov.vn/tet-2024", date: "2024-02-08", curator: "Lan") {
    id status curated { status { status note evidenceUrl effectiveDate curator recordedAt } }
  }
}`;

let fixture: TempStore;
let yoga: ApiServer;

beforeEach(async () => {
  fixture = await openFixtureStore();
  yoga = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
});
afterEach(() => fixture.dispose());

describe('who may curate', () => {
  test('no token configured: every mutation is refused, saying curation is disabled', async () => {
    const closed = createApi({ store: fixture.store, config: testConfig({ curationToken: null }), clock: testClock });
    const r = await gql(closed, SET_DONE, { id: DIR.molisaTet }, AUTH);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors?.[0].message).toBe(
      'Curation is disabled: the server has no curation token configured (set MINUTES_GRAPH_CURATION_TOKEN to enable it).',
    );
  });
  test.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer guess' }],
    ['the token without "Bearer"', { authorization: TEST_TOKEN }],
  ])('%s: FORBIDDEN, and nothing is stored', async (_label, headers) => {
    const r = await gql(yoga, SET_DONE, { id: DIR.molisaTet }, headers);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await fixture.store.getCurations([DIR.molisaTet])).toEqual([[]]);
  });
});

describe('setDirectiveStatus', () => {
  test('records status, evidence, date, curator and time; the directive shows it', async () => {
    const r = await gql(yoga, SET_DONE, { id: DIR.molisaTet }, AUTH);
    expect(r.errors).toBeUndefined();
    expect(r.data.setDirectiveStatus).toEqual({
      id: DIR.molisaTet,
      status: 'DONE',
      curated: {
        status: {
          status: 'DONE',
          note: 'Đã cấp đủ tiền Tết',
          evidenceUrl: 'https://molisa.gov.vn/tet-2024',
          effectiveDate: '2024-02-08',
          curator: 'Lan',
          recordedAt: TEST_NOW.toISOString(),
        },
      },
    });
  });
  test('a DONE directive is no longer overdue', async () => {
    const overdue = `{ directives(filter: { assignedTo: "Bộ LĐTB&XH", overdueOn: "2024-03-01" }) { nodes { id } } }`;
    expect((await gql(yoga, overdue)).data.directives.nodes.map((n: any) => n.id)).toContain(DIR.molisaTet);
    await gql(yoga, SET_DONE, { id: DIR.molisaTet }, AUTH);
    expect((await gql(yoga, overdue)).data.directives.nodes.map((n: any) => n.id)).not.toContain(DIR.molisaTet);
    const done = await gql(yoga, '{ directives(filter: { status: DONE }) { nodes { id } } }');
    expect(done.data.directives.nodes).toEqual([{ id: DIR.molisaTet }]);
  });
  test.each([
    ['an evidenceUrl that is not http(s)', 'mutation { setDirectiveStatus(id: "ID", status: DONE, evidenceUrl: "javascript:alert(1)") { id } }', 'BAD_USER_INPUT', 'evidenceUrl "javascript:alert(1)" is not an http or https URL.'],
    ['an unknown directive', 'mutation { setDirectiveStatus(id: "dir:nope", status: DONE) { id } }', 'NOT_FOUND', 'No directive with id "dir:nope".'],
  ])('%s is refused', async (_label, mutation, code, message) => {
    const r = await gql(yoga, mutation.replace('ID', DIR.molisaTet), undefined, AUTH);
    expect(codes(r)).toEqual([code]);
    expect(r.errors?.[0].message).toBe(message);
  });
});

describe('correctDirective', () => {
  const CORRECT = `mutation($id: ID!) {
    correctDirective(id: $id, assignees: ["Ministry of Home Affairs"], deadline: "2024-03-31", reason: "Merged into Bộ Nội vụ") {
      assignees { name } deadline { date precision phrase curated }
      extracted { assignees { name } deadline { date phrase curated } }
      curated { assignees { reason curator assignees { name } } deadline { deadline reason } }
    }
  }`;
  test('shows curated values in force and the extracted ones beside them', async () => {
    const r = await gql(yoga, CORRECT, { id: DIR.molisaTet }, AUTH);
    expect(r.errors).toBeUndefined();
    expect(r.data.correctDirective).toEqual({
      assignees: [{ name: 'Bộ Nội vụ' }],
      deadline: { date: '2024-03-31', precision: 'DAY', phrase: null, curated: true },
      extracted: {
        assignees: [{ name: 'Bộ Lao động - Thương binh và Xã hội' }],
        deadline: { date: '2024-02-10', phrase: expect.stringMatching(/Tết/), curated: false },
      },
      curated: {
        assignees: { reason: 'Merged into Bộ Nội vụ', curator: 'curator', assignees: [{ name: 'Bộ Nội vụ' }] },
        deadline: { deadline: '2024-03-31', reason: 'Merged into Bộ Nội vụ' },
      },
    });
  });
  test('curation survives re-ingesting the same report', async () => {
    await gql(yoga, CORRECT, { id: DIR.molisaTet }, AUTH);
    const rewritten = await fixture.store.writeDocument(batch003());
    expect(rewritten.documentId).toBe(IDS.doc003);
    const fresh = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
    const r = await gql(fresh, `{ directive(id: "${DIR.molisaTet}") { assignees { name } deadline { date } curations { kind } } }`);
    expect(r.data.directive).toEqual({ assignees: [{ name: 'Bộ Nội vụ' }], deadline: { date: '2024-03-31' }, curations: [{ kind: 'ASSIGNEES' }, { kind: 'DEADLINE' }] });
  });
  test('a reassignment moves the directive between the agencies\' lists and responsibilities', async () => {
    await gql(yoga, CORRECT, { id: DIR.molisaTet }, AUTH);
    const r = await gql(yoga, `{
      from: agency(id: "${IDS.molisa}") { directives { nodes { id } } responsibility(asOf: "2024-01-01") { lead } }
      to: agency(id: "${IDS.moha}") { directives { nodes { id } } responsibility(asOf: "2024-01-01") { lead nextDeadlines { id deadline { date } } } }
    }`);
    expect(r.data.from).toEqual({ directives: { nodes: [{ id: DIR.molisaVneid }] }, responsibility: { lead: 1 } });
    expect(r.data.to.directives.nodes.map((n: any) => n.id).sort()).toEqual([DIR.moha, DIR.molisaTet].sort());
    expect(r.data.to.responsibility).toEqual({ lead: 2, nextDeadlines: [{ id: DIR.molisaTet, deadline: { date: '2024-03-31' } }] });
  });
  test('removeDeadline records "no deadline"', async () => {
    const r = await gql(yoga, `mutation { correctDirective(id: "${DIR.molisaTet}", removeDeadline: true, reason: "Tết is a reference, not a deadline") { deadline { date } extracted { deadline { date } } } }`, undefined, AUTH);
    expect(r.data.correctDirective).toEqual({ deadline: null, extracted: { deadline: { date: '2024-02-10' } } });
  });
  test.each([
    ['nothing to correct', 'correctDirective(id: "ID", reason: "x")', 'BAD_USER_INPUT', 'correctDirective needs assignees, deadline or removeDeadline.'],
    ['an empty reason', 'correctDirective(id: "ID", deadline: "2024-03-31", reason: " ")', 'BAD_USER_INPUT', 'reason must say why the extracted value is wrong.'],
    ['an unknown agency', 'correctDirective(id: "ID", assignees: ["Bộ Không Tồn Tại"], reason: "x")', 'NOT_FOUND', 'No agency or official matches "Bộ Không Tồn Tại".'],
  ])('%s is refused', async (_label, call, code, message) => {
    const r = await gql(yoga, `mutation { ${call.replace('ID', DIR.molisaTet)} { id } }`, undefined, AUTH);
    expect(codes(r)).toEqual([code]);
    expect(r.errors?.[0].message).toBe(message);
    expect(await fixture.store.getCurations([DIR.molisaTet])).toEqual([[]]);
  });
});
