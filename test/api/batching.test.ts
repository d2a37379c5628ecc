// No N+1: store calls are recorded through a proxy; a page of 20 directives with assignees,
// meeting and issuer costs the same number of calls as a page of 5, and so does the deep
// question meetings → directives → assignees → their other directives.
import { createApi } from '../../src/api/server';
import { testClock, testConfig } from './support/api-config';
import { gql } from './support/client';
import { recordingStore, type RecordingStore } from './support/recording-store';
import { openSeededStore } from './seeded-store';
import type { TempStore } from './support/fixture-store';

let seeded: TempStore;
let recorder: RecordingStore;

beforeAll(async () => {
  seeded = await openSeededStore();
  recorder = recordingStore(seeded.store);
});
afterAll(() => seeded.dispose());

/** Runs a query on a fresh API (fresh loaders) and returns the store methods it called, in order. */
async function storeCallsFor(query: string) {
  const yoga = createApi({ store: recorder.store, config: testConfig(), clock: testClock });
  recorder.reset();
  const r = await gql(yoga, query);
  expect(r.errors).toBeUndefined();
  return { data: r.data, methods: recorder.calls.map((c) => c.method), calls: [...recorder.calls] };
}

const directivesPage = (first: number) => `{
  directives(first: ${first}) {
    totalCount
    edges { node { id text assignees { id name nameEn } meeting { id title date chairs { name } } issuedBy { id name } } }
  }
}`;

test('a page of 20 directives costs as many store calls as a page of 5', async () => {
  const five = await storeCallsFor(directivesPage(5));
  const twenty = await storeCallsFor(directivesPage(20));
  expect(twenty.data.directives.totalCount).toBeGreaterThanOrEqual(20);
  expect(twenty.data.directives.edges).toHaveLength(20);
  expect(five.data.directives.edges).toHaveLength(5);
  expect(twenty.methods).toEqual(five.methods);
  expect(twenty.methods.length).toBeLessThanOrEqual(10);
  expect(twenty.methods.filter((m) => m === 'findDirectives')).toHaveLength(1);
  // The directive nodes of the page arrive in one batch of 20 ids.
  const nodeBatches = twenty.calls.filter((c) => c.method === 'getNodes').map((c) => (c.args[0] as string[]).length);
  expect(nodeBatches[0]).toBe(20);
});

const deepQuery = (meetings: number) => `{
  meetings(first: ${meetings}) {
    nodes { directives { nodes { assignees { id ... on Agency { directives { totalCount nodes { id } } } } } } }
  }
}`;

test('meetings → directives → assignees → their other directives: calls do not grow with results', async () => {
  const one = await storeCallsFor(deepQuery(1));
  const all = await storeCallsFor(deepQuery(5));
  const count = (data: any) =>
    data.meetings.nodes.reduce((n: number, m: any) => n + m.directives.nodes.length, 0);
  expect(all.data.meetings.nodes).toHaveLength(5);
  expect(count(all.data)).toBeGreaterThan(count(one.data));
  // Five meetings may even cost a call less: their directives' nodes are already in the loader
  // when the agencies' directives are read.
  expect(all.methods.length).toBeLessThanOrEqual(one.methods.length);
  expect(all.methods.length).toBeLessThanOrEqual(12);
  // Every agency's own page comes from one findDirectivesMany with a request per agency, not
  // from pages of every hit of every agency (which grows with the corpus).
  const many = all.calls.filter((c) => c.method === 'findDirectivesMany');
  expect(many).toHaveLength(1);
  expect(all.methods).not.toContain('findDirectives');
  const agencies = new Set(
    all.data.meetings.nodes.flatMap((m: any) => m.directives.nodes.flatMap((d: any) => d.assignees.filter((a: any) => a.directives).map((a: any) => a.id))),
  );
  expect((many[0].args[0] as unknown[]).length).toBe(agencies.size);
});

test('each loader batch asks for each key once, in one call', async () => {
  const { calls } = await storeCallsFor(deepQuery(5));
  for (const call of calls.filter((c) => c.method === 'getNodes' || c.method === 'getCurations')) {
    const keys = call.args[0] as string[];
    expect(new Set(keys).size).toBe(keys.length);
  }
  for (const call of calls.filter((c) => c.method === 'getEdges')) {
    const keys = (call.args[0] as { nodeId: string; type: string; direction: string }[]).map((k) => `${k.nodeId}|${k.type}|${k.direction}`);
    expect(new Set(keys).size).toBe(keys.length);
  }
});

const headlineShape = `{
  directives(first: 20) {
    edges { node { id text assignees { id name } coordinators { id } meeting { id date } issuedBy { id name } deadline { date } source { sentence document { id title } } } }
  }
}`;

test.each([
  // The page's nodes, curations and edges load together as it arrives; every second-level node
  // (assignees, meetings, issuers, deadlines, reports) then comes in one more getNodes.
  ['the headline shape', headlineShape, { getNodes: 2, getEdges: 1, getCurations: 1 }],
  // A page read for its ids alone loads nothing of its directives.
  ['ids only', '{ directives(first: 20) { totalCount edges { node { id } } } }', {}],
  ['texts only', '{ directives(first: 20) { nodes { id text } } }', { getNodes: 1 }],
  ['issuers only', '{ directives(first: 20) { nodes { issuedBy { name } } } }', { getNodes: 1, getEdges: 1 }],
])('a page of directives, %s: store reads beyond the page itself', async (_name, query, expected) => {
  const { methods } = await storeCallsFor(query);
  const reads = methods.filter((m) => m !== 'findDirectives' && m !== 'search');
  const counted = Object.fromEntries([...new Set(reads)].map((m) => [m, reads.filter((r) => r === m).length]));
  expect(counted).toEqual(expected);
});
