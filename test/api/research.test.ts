// Research queries through yoga.fetch, on the hand-read reports plus seed 004 (a bridge-point
// chair): paths by name with options, meetings by day, chair and organiser in date order,
// meetings attended, and chairedBy counting the meetings meetingsChaired lists.
import { IDS } from '../store/fixtures';
import { testConfig } from './support/api-config';
import { BRIDGE_CHAIR, bridgeReportBatch } from './support/bridge-report';
import { codes, gql } from './support/client';
import { useFixtureApi } from './support/fixture-api';

const api = useFixtureApi(testConfig(), () => [bridgeReportBatch()]);

const q = async (query: string, variables?: Record<string, unknown>) => {
  const r = await gql(api(), query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
};

describe('path by names or ids, with options', () => {
  const STEPS = 'length steps { edgeType from { ... on Official { name } ... on Agency { name } ... on Meeting { date } ... on Directive { id } } }';
  test('path(from: "Tô Lâm", to: "Bộ Y tế") walks the same chain as by ids', async () => {
    const byName = await q(`{ path(from: "Tô Lâm", to: "Bộ Y tế") { ${STEPS} } }`);
    const byId = await q(`{ path(from: "${IDS.toLam}", to: "${IDS.moh}") { ${STEPS} } }`);
    expect(byName.path.steps.map((s: any) => s.edgeType)).toEqual(['ATTENDED', 'CHAIRED', 'ISSUED', 'ASSIGNED_TO']);
    expect(byName).toEqual(byId);
  });
  test('English names and abbreviations work too', async () => {
    expect((await q('{ path(from: "MOH", to: "Ministry of Public Security") { length } }')).path.length).toBe(4);
  });
  test('excludeGroups: Bộ Tài chính reaches Nguyễn Hòa Bình only through "Các bộ, ngành"', async () => {
    const kinds = '{ path(from: "Bộ Tài chính", to: "Nguyễn Hòa Bình"EXTRA) { steps { to { __typename ... on Agency { name kind } } } } }';
    const through = await q(kinds.replace('EXTRA', ''));
    expect(through.path.steps.map((s: any) => s.to.name).filter(Boolean)).toEqual(['Các bộ, ngành']);
    expect((await q(kinds.replace('EXTRA', ', excludeGroups: true'))).path).toBeNull();
  });
  test('edgeTypes: only the relationships asked for', async () => {
    const r = await q('{ path(from: "Tô Lâm", to: "Phạm Minh Chính", edgeTypes: [ATTENDED, CHAIRED]) { steps { edgeType } } }');
    expect(r.path.steps.map((s: any) => s.edgeType)).toEqual(['ATTENDED', 'CHAIRED']);
    expect((await q('{ path(from: "Tô Lâm", to: "Bộ Y tế", edgeTypes: [ATTENDED, CHAIRED]) { length } }')).path).toBeNull();
  });
  test('a name that matches nothing: NOT_FOUND quoting it', async () => {
    const r = await gql(api(), '{ path(from: "Nobody Here", to: "Bộ Y tế") { length } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0].message).toBe('No entity has the id or name "Nobody Here".');
  });
});

describe('meetings: filters and order', () => {
  const dates = async (args: string) => (await q(`{ meetings${args} { totalCount nodes { date } } }`)).meetings.nodes.map((m: any) => m.date);
  test.each([
    ['', ['2025-02-06', '2024-11-14', '2023-12-21', '2022-04-27']],
    ['(orderBy: {field: DATE, direction: ASC})', ['2022-04-27', '2023-12-21', '2024-11-14', '2025-02-06']],
    ['(filter: {from: "2024-01-01"})', ['2025-02-06', '2024-11-14']],
    ['(filter: {from: "2023-01-01", to: "2024-12-31"})', ['2024-11-14', '2023-12-21']],
    ['(filter: {chairedBy: "Phạm Minh Chính"})', ['2025-02-06', '2023-12-21', '2022-04-27']],
    [`(filter: {chairedBy: "${BRIDGE_CHAIR}"})`, ['2022-04-27']],
    ['(filter: {organiser: "National Committee on Digital Transformation"})', ['2025-02-06', '2022-04-27']],
    ['(first: 2)', ['2025-02-06', '2024-11-14']],
  ])('meetings%s', async (args, expected) => {
    expect(await dates(args)).toEqual(expected);
  });
  test('an unknown chair: an empty page and NOT_FOUND naming it', async () => {
    const r = await gql(api(), '{ meetings(filter: {chairedBy: "Nobody Here"}) { totalCount } }');
    expect(r.data.meetings.totalCount).toBe(0);
    expect(r.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['NOT_FOUND', 'No official matches "Nobody Here".']]);
  });
});

test('Official.meetingsAttended: Tô Lâm attended the 2023 review', async () => {
  const r = await q(`{ official(id: "${IDS.toLam}") { meetingsAttended { totalCount nodes { date } } meetingsChaired { totalCount } } }`);
  expect(r.official).toEqual({ meetingsAttended: { totalCount: 1, nodes: [{ date: '2023-12-21' }] }, meetingsChaired: { totalCount: 0 } });
});

test('chairedBy counts the meetings meetingsChaired lists: a bridge-point chair has its meeting\'s directive', async () => {
  const r = await q(`query($name: String!) {
    directives(filter: {chairedBy: $name}) { totalCount }
    officials(search: $name) { nodes { meetingsChaired { totalCount nodes { directives { totalCount } } } } }
  }`, { name: BRIDGE_CHAIR });
  const chaired = r.officials.nodes[0].meetingsChaired;
  expect(chaired.totalCount).toBe(1);
  expect(r.directives.totalCount).toBe(chaired.nodes[0].directives.totalCount);
  expect(r.directives.totalCount).toBe(1);
});

test('posts: Tô Lâm holds a post at Bộ Công an ("Bộ trưởng Công an", seen 2023-12-21), listed on both sides', async () => {
  const r = await q(`{
    official(id: "${IDS.toLam}") { posts { title seen agency { name } document { published } } }
    agency(id: "${IDS.mps}") { postHolders { official { name } title } }
  }`);
  expect(r.official.posts).toEqual([{ title: 'Bộ trưởng Công an', seen: '2023-12-21', agency: { name: 'Bộ Công an' }, document: { published: '2023-12-21' } }]);
  expect(r.agency.postHolders).toEqual([{ official: { name: 'Tô Lâm' }, title: 'Bộ trưởng Công an' }]);
});

describe('network: agencies that share directives', () => {
  const NETWORK = `query($from: Date, $to: Date, $excludeGroups: Boolean) { network(from: $from, to: $to, excludeGroups: $excludeGroups) {
    nodes { agency { name } directives } edges { source { name } target { name } weight directives { id } } } }`;
  const pairs = async (variables: Record<string, unknown> = {}) =>
    (await q(NETWORK, variables)).network.edges.map((e: any) => [e.source.name, e.target.name, e.weight].join(' ~ '));
  test('every pair of agencies on one directive, weighted', async () => {
    expect(await pairs()).toEqual(
      expect.arrayContaining(['Bộ Công an ~ Bộ Lao động - Thương binh và Xã hội ~ 1', 'Bộ Kế hoạch và Đầu tư ~ Văn phòng Chính phủ ~ 1', 'Bộ Tài chính ~ Các bộ, ngành ~ 1']),
    );
  });
  test('a time window keeps the directives of the meetings in it', async () => {
    expect(await pairs({ from: '2025-01-01' })).toEqual(['Các bộ, ngành ~ Các địa phương ~ 1']);
    expect(await pairs({ from: '2024-01-01', to: '2024-12-31' })).toEqual([]);
  });
  test('excludeGroups leaves out "Các bộ, ngành" and "Các địa phương"', async () => {
    const names = await pairs({ excludeGroups: true });
    expect(names.some((p: string) => p.includes('Các '))).toBe(false);
    expect(names).toContain('Bộ Công an ~ Bộ Lao động - Thương binh và Xã hội ~ 1');
  });
});
