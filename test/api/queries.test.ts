// The read side on the hand-read fixtures: filters, pagination, search, agencies with
// responsibility and succession, officials, paths and stats.
import { createApi, type ApiServer } from '../../src/api/server';
import { DIR, IDS } from '../store/fixtures';
import { testClock, testConfig } from './support/api-config';
import { gql } from './support/client';
import { openFixtureStore, type TempStore } from './support/fixture-store';

let fixture: TempStore;
let yoga: ApiServer;

beforeAll(async () => {
  fixture = await openFixtureStore();
  yoga = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
});
afterAll(() => fixture.dispose());

async function ids(filter: string): Promise<string[]> {
  const r = await gql(yoga, `{ directives(filter: ${filter}, first: 100) { totalCount nodes { id } } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.directives.totalCount).toBe(r.data.directives.nodes.length);
  return r.data.directives.nodes.map((n: { id: string }) => n.id);
}

describe('directive filters', () => {
  test.each([
    ['{coordinatedBy: "Bộ Công an"}', [DIR.molisaVneid]],
    ['{coordinatedBy: "MPS"}', [DIR.molisaVneid]],
    ['{assignedTo: "Bộ Công an"}', [DIR.mpsSecurity]],
    ['{assignedTo: "Bộ Công an", role: COORDINATOR}', [DIR.molisaVneid]],
    ['{assignedTo: "bo cong an", role: ANY}', [DIR.molisaVneid, DIR.mpsSecurity]],
    ['{chairedBy: "Nguyễn Hòa Bình"}', [DIR.ministriesLaw, DIR.localitiesPlan]],
    ['{chairedBy: "nguyen hoa binh", assignedTo: "các địa phương"}', [DIR.localitiesPlan]],
    ['{assignedBy: "Permanent Deputy PM"}', [DIR.ministriesLaw, DIR.localitiesPlan]],
    ['{assignedBy: "Phó Thủ tướng"}', [DIR.ministriesLaw, DIR.localitiesPlan]],
    ['{dueOn: "2024-01-31"}', [DIR.molisaVneid]],
    ['{dueAfter: "2025-07-01"}', [DIR.mohHospitals]],
    ['{dueAfter: "2024-01-31", dueBefore: "2024-02-10"}', [DIR.molisaVneid, DIR.molisaTet]],
    ['{overdueOn: "2024-02-01"}', [DIR.molisaVneid]],
    ['{text: "benh an dien tu"}', [DIR.mohRecords, DIR.mohHospitals]],
    ['{text: "VNeID"}', [DIR.molisaVneid]],
    ['{meeting: "MEETING002"}', [DIR.ministriesLaw, DIR.localitiesPlan]],
  ])('%s', async (filter, expected) => {
    expect((await ids(filter.replace('MEETING002', IDS.meeting002))).sort()).toEqual([...expected].sort());
  });

  test('hasDeadline and orderBy DEADLINE DESC', async () => {
    const r = await gql(yoga, '{ directives(filter: {hasDeadline: true, orderBy: {field: DEADLINE, direction: DESC}}) { nodes { deadline { date } } } }');
    expect(r.data.directives.nodes.map((n: any) => n.deadline.date)).toEqual(['2025-09-30', '2025-06-30', '2025-06-30', '2024-02-10', '2024-01-31']);
  });

  test('followSuccession: Bộ Nội vụ answers for the tasks of Bộ LĐTB&XH, flagged as inherited', async () => {
    const r = await gql(yoga, '{ directives(filter: {assignedTo: "Ministry of Home Affairs", followSuccession: true}) { nodes { id inheritedFrom { name } } } }');
    expect(r.data.directives.nodes).toEqual(
      expect.arrayContaining([
        { id: DIR.moha, inheritedFrom: null },
        { id: DIR.molisaTet, inheritedFrom: { name: 'Bộ Lao động - Thương binh và Xã hội' } },
        { id: DIR.molisaVneid, inheritedFrom: { name: 'Bộ Lao động - Thương binh và Xã hội' } },
      ]),
    );
    expect(r.data.directives.nodes).toHaveLength(3);
    expect(await ids('{assignedTo: "Bộ Nội vụ"}')).toEqual([DIR.moha]);
  });
});

describe('pagination', () => {
  test('first: 0 answers the count alone: an empty page, with no next page and no cursor', async () => {
    const r = await gql(yoga, '{ directives(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(r.data.directives).toEqual({ totalCount: 11, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  test('walking every page of 3 with endCursor visits each directive once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      const r: any = await gql(yoga, 'query($after: String) { directives(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', { after });
      const c = r.data.directives;
      total = c.totalCount;
      seen.push(...c.edges.map((e: any) => e.node.id));
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(total).toBe(11);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });
  test('nested lists page too: Phạm Minh Chính issued 9 directives, 4 + 4 + 1', async () => {
    const q = 'query($after: String) { official(id: "PM") { directivesIssued(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }'.replace('PM', IDS.pm);
    const first = (await gql(yoga, q, { after: null })).data.official.directivesIssued;
    const second = (await gql(yoga, q, { after: first.pageInfo.endCursor })).data.official.directivesIssued;
    const third = (await gql(yoga, q, { after: second.pageInfo.endCursor })).data.official.directivesIssued;
    expect([first.totalCount, first.nodes.length, second.nodes.length, third.nodes.length]).toEqual([9, 4, 4, 1]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.nodes, ...second.nodes, ...third.nodes].map((n: any) => n.id)).size).toBe(9);
  });
});

describe('search', () => {
  test.each([
    ['bo y te', 'Bộ Y tế'],
    ['Ministry of Health', 'Bộ Y tế'],
    ['BYT', 'Bộ Y tế'],
    ['Bộ LĐTB&XH', 'Bộ Lao động - Thương binh và Xã hội'],
    ['pham minh chinh', 'Phạm Minh Chính'],
  ])('%s ranks %s first with score 3', async (text, name) => {
    const r = await gql(yoga, `{ search(text: ${JSON.stringify(text)}) { totalCount nodes { score entity { ... on Agency { name } ... on Official { name } } } } }`);
    expect(r.data.search.nodes[0]).toEqual({ score: 3, entity: { name } });
  });
  test('kinds restricts the kinds: MOH among agencies is Bộ Y tế, then the prefix match MOHA', async () => {
    const r = await gql(yoga, '{ search(text: "MOH", kinds: [AGENCY]) { nodes { kind score matched entity { ... on Agency { name } } } } }');
    expect(r.data.search.nodes).toEqual([
      { kind: 'AGENCY', score: 3, matched: 'moh', entity: { name: 'Bộ Y tế' } },
      { kind: 'AGENCY', score: 2, matched: 'moha', entity: { name: 'Bộ Nội vụ' } },
    ]);
  });
  test('agencies(search) and officials(search) use the same ranking', async () => {
    const r = await gql(yoga, '{ agencies(search: "Ministry of Home Affairs") { totalCount nodes { name } } officials(search: "Tô Lâm") { nodes { name } } }');
    expect(r.data.agencies.nodes[0]).toEqual({ name: 'Bộ Nội vụ' });
    expect(r.data.officials.nodes[0]).toEqual({ name: 'Tô Lâm' });
  });
});

describe('agencies and officials', () => {
  test('Bộ LĐTB&XH: successor Bộ Nội vụ from 2025-03-01; responsibility on 2024-01-15', async () => {
    const r = await gql(yoga, `{ agency(id: "${IDS.molisa}") {
      successor { agency { name } effective }
      responsibility(asOf: "2024-01-15") { asOf lead coordinator open overdue dueWithin30Days done nextDeadlines { id deadline { date } } }
    } }`);
    expect(r.data.agency).toEqual({
      successor: { agency: { name: 'Bộ Nội vụ' }, effective: '2025-03-01' },
      responsibility: {
        asOf: '2024-01-15',
        lead: 2,
        coordinator: 0,
        open: 2,
        overdue: 0,
        dueWithin30Days: 2,
        done: 0,
        nextDeadlines: [
          { id: DIR.molisaVneid, deadline: { date: '2024-01-31' } },
          { id: DIR.molisaTet, deadline: { date: '2024-02-10' } },
        ],
      },
    });
  });
  test('on 2024-02-05 one of them is overdue and one is due within 30 days', async () => {
    const r = await gql(yoga, `{ agency(id: "${IDS.molisa}") { responsibility(asOf: "2024-02-05") { overdue dueWithin30Days nextDeadlines { id } } } }`);
    expect(r.data.agency.responsibility).toEqual({ overdue: 1, dueWithin30Days: 1, nextDeadlines: [{ id: DIR.molisaTet }] });
  });
  test('Bộ Nội vụ: its predecessors and its own directives', async () => {
    const r = await gql(yoga, `{ agency(id: "${IDS.moha}") { predecessors { agency { name } effective } directives { totalCount nodes { id } } } }`);
    expect(r.data.agency).toEqual({
      predecessors: [{ agency: { name: 'Bộ Lao động - Thương binh và Xã hội' }, effective: '2025-03-01' }],
      directives: { totalCount: 1, nodes: [{ id: DIR.moha }] },
    });
  });
  test('Bộ Công an as coordinator through Agency.directives(role)', async () => {
    const r = await gql(yoga, `{ agency(id: "${IDS.mps}") { lead: directives { nodes { id } } coord: directives(role: COORDINATOR) { nodes { id } } } }`);
    expect(r.data.agency).toEqual({ lead: { nodes: [{ id: DIR.mpsSecurity }] }, coord: { nodes: [{ id: DIR.molisaVneid }] } });
  });
  test('an official: meetings chaired, with the chair titles of each meeting', async () => {
    const r = await gql(yoga, `{ official(id: "${IDS.pm}") { name meetingsChaired { totalCount nodes { date chairs { name role titles } } } } }`);
    expect(r.data.official.meetingsChaired).toEqual({
      totalCount: 2,
      nodes: [
        { date: '2023-12-21', chairs: [{ name: 'Phạm Minh Chính', role: 'MAIN', titles: ['Thủ tướng Chính phủ', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'] }] },
        { date: '2025-02-06', chairs: [{ name: 'Phạm Minh Chính', role: 'MAIN', titles: ['Thủ tướng', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'] }] },
      ],
    });
  });
  test('a directive: issuer, the post held, coordinators, source span into the document', async () => {
    const r = await gql(yoga, `{ directive(id: "${DIR.molisaVneid}") { text issuedBy { name } issuerRoles coordinators { name nameEn } status source { start end document { id published } } } }`);
    const d = r.data.directive;
    expect(d).toMatchObject({ issuedBy: { name: 'Phạm Minh Chính' }, issuerRoles: ['PRIME_MINISTER'], coordinators: [{ name: 'Bộ Công an', nameEn: 'Ministry of Public Security' }], status: 'OPEN' });
    expect(d.source.document).toEqual({ id: IDS.doc003, published: '2023-12-21' });
    expect(d.source.end - d.source.start).toBe(d.text.length);
  });
});

describe('path', () => {
  test('Tô Lâm → Bộ Y tế: each step with its type, and the sentence where it comes from text', async () => {
    const r = await gql(yoga, `{ path(from: "${IDS.toLam}", to: "${IDS.moh}") {
      length from { ... on Official { name } } to { ... on Agency { name } }
      steps { edgeType forward source { sentence } }
    } }`);
    const p = r.data.path;
    expect(p.from).toEqual({ name: 'Tô Lâm' });
    expect(p.to).toEqual({ name: 'Bộ Y tế' });
    expect(p.steps.map((s: any) => s.edgeType)).toEqual(['ATTENDED', 'CHAIRED', 'ISSUED', 'ASSIGNED_TO']);
    expect(p.steps.map((s: any) => s.forward)).toEqual([true, false, true, true]);
    // Tô Lâm attended: the report's sentence naming him.
    expect(p.steps[0].source.sentence).toContain('Tô Lâm');
    expect(p.steps[1].source.sentence).toContain('Phạm Minh Chính');
    expect(p.steps[3].source.sentence).toMatch(/^Bộ Y tế được giao/);
    expect(p.length).toBe(4);
  });
  test('no chain within maxHops → null', async () => {
    const r = await gql(yoga, `{ path(from: "${IDS.toLam}", to: "${IDS.moh}", maxHops: 3) { length } }`);
    expect(r).toMatchObject({ data: { path: null } });
  });
});

describe('stats', () => {
  test('counts by label and type, most-assigned agencies, directives per meeting', async () => {
    const r = await gql(yoga, '{ stats(top: 3) { nodes { key count } topAssignees { agency { name } lead coordinator } directivesPerMeeting { meeting { date } count } } }');
    const s = r.data.stats;
    expect(s.nodes).toContainEqual({ key: 'Directive', count: 11 });
    expect(s.topAssignees).toHaveLength(3);
    // Today (2025-07-15) Bộ Nội vụ carries Bộ LĐTB&XH's two directives besides its own.
    expect(s.topAssignees[0]).toEqual({ agency: { name: 'Bộ Nội vụ' }, lead: 3, coordinator: 0 });
    expect(s.topAssignees[1]).toEqual({ agency: { name: 'Các bộ, ngành' }, lead: 2, coordinator: 1 });
    expect(s.directivesPerMeeting).toEqual([
      { meeting: { date: '2025-02-06' }, count: 5 },
      { meeting: { date: '2023-12-21' }, count: 4 },
      { meeting: { date: '2024-11-14' }, count: 2 },
    ]);
  });
});
