// Issue 4 on the five seed reports through the real extractor: the six example questions of
// ask(), succession, responsibility, search and paths. Assertions hold for any correct reading
// of the reports (exact figures live in the fixture tests and docs/queries.md).
import { createApi, type ApiServer } from '../../src/api/server';
import { testConfig } from './support/api-config';
import { gql } from './support/client';
import type { TempStore } from './support/fixture-store';
import { openSeededStore } from './seeded-store';

let seeded: TempStore;
let yoga: ApiServer;
const TODAY = '2025-07-15';

beforeAll(async () => {
  seeded = await openSeededStore();
  yoga = createApi({ store: seeded.store, config: testConfig(), clock: () => new Date(`${TODAY}T03:00:00Z`) });
});
afterAll(() => seeded.dispose());

async function ask(question: string) {
  const r = await gql(yoga, `query($q: String!) { ask(question: $q, first: 50) {
    status message understood { intent query }
    directives { totalCount nodes { deadline { date } status assignees { name } } }
    officials { name } meetings { date }
    path { length to { ... on Agency { name } } steps { edgeType } }
    citations { sentence }
  } }`, { q: question });
  expect(r.errors).toBeUndefined();
  return r.data.ask;
}

describe("ask(): the issue's six questions on the seeds", () => {
  test.each(['what did the PM assign the Ministry of Health', 'Thủ tướng giao Bộ Y tế những nhiệm vụ gì'])('%s', async (q) => {
    const a = await ask(q);
    expect(a.status).toBe('ANSWERED');
    expect(a.directives.nodes.map((n: any) => n.deadline.date).sort()).toEqual(['2025-06-30', '2025-09-30']);
    expect(a.citations.length).toBeGreaterThan(0);
  });
  test('what is due by June 2025: every deadline on or before 2025-06-30', async () => {
    const a = await ask('what is due by June 2025');
    expect(a.directives.totalCount).toBeGreaterThan(0);
    for (const d of a.directives.nodes) expect(d.deadline.date <= '2025-06-30').toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
  });
  test('which directives are overdue for the Ministry of Public Security: understood, judged on today', async () => {
    const a = await ask('which directives are overdue for the Ministry of Public Security');
    expect(a.status).toBe('ANSWERED');
    expect(a.understood.query).toBe(`directives(filter: {assignedTo: "Ministry of Public Security", overdueOn: "${TODAY}"})`);
    for (const d of a.directives.nodes) expect(d.deadline.date < TODAY && d.status !== 'DONE').toBe(true);
  });
  test('who chaired the 10th session of the National Committee on Digital Transformation', async () => {
    const a = await ask('who chaired the 10th session of the National Committee on Digital Transformation');
    expect(a).toMatchObject({ status: 'ANSWERED', officials: [{ name: 'Phạm Minh Chính' }], meetings: [{ date: '2025-02-06' }] });
    expect(a.citations[0].sentence).toContain('Phạm Minh Chính');
  });
  test('how is Tô Lâm linked to Bộ Y tế', async () => {
    const a = await ask('how is Tô Lâm linked to Bộ Y tế');
    expect(a.status).toBe('ANSWERED');
    expect(a.path.to).toEqual({ name: 'Bộ Y tế' });
    expect(a.path.steps.length).toBe(a.path.length);
    expect(a.citations.length).toBeGreaterThan(0);
  });
  test('a question outside the table is refused with examples', async () => {
    const a = await ask('what is the budget of Hà Nội');
    expect(a.status).toBe('NOT_UNDERSTOOD');
  });
});

describe('structured queries on the seeds', () => {
  test('followSuccession: Bộ Nội vụ answers for Bộ Lao động - Thương binh và Xã hội', async () => {
    const r = await gql(yoga, '{ directives(filter: {assignedTo: "Bộ Nội vụ", followSuccession: true}) { nodes { inheritedFrom { name } } } }');
    const inherited = r.data.directives.nodes.filter((n: any) => n.inheritedFrom !== null);
    expect(inherited.length).toBeGreaterThan(0);
    for (const n of inherited) expect(n.inheritedFrom.name).toBe('Bộ Lao động - Thương binh và Xã hội');
  });
  test('responsibility of Bộ Y tế on 2025-07-01: the June deadline is overdue, September is next', async () => {
    const r = await gql(yoga, '{ agency(id: "agy:bo-y-te") { responsibility(asOf: "2025-07-01") { lead overdue nextDeadlines { deadline { date } } } } }');
    expect(r.data.agency.responsibility).toMatchObject({ lead: 2, overdue: 1, nextDeadlines: [{ deadline: { date: '2025-09-30' } }] });
  });
  test('search finds Bộ Công an by every spelling', async () => {
    for (const text of ['Bộ Công an', 'bo cong an', 'MPS', 'BCA', 'Ministry of Public Security']) {
      const r = await gql(yoga, `{ search(text: ${JSON.stringify(text)}, kinds: [AGENCY], first: 1) { nodes { entity { ... on Agency { name } } } } }`);
      expect(r.data.search.nodes).toEqual([{ entity: { name: 'Bộ Công an' } }]);
    }
  });
});
