// Adjacency lists hold a lone edge without an array (edge-lists.ts): what a list hands out
// must be what an array per node would, through every push and pull.
import type { GraphEdge } from '../../src/graph/model';
import { HubPulls, allOf, listOf, pull, push, trim, type EdgeLists } from '../../src/store/memory-index/edge-lists';

const edge = (id: string): GraphEdge => ({ id, type: 'PART_OF', from: 'a', to: 'b', props: {}, documentId: null });

test.each<[string, string[], string[]]>([
  // steps: "+x" pushes edge x onto node n, "-x" pulls it; then n's list and every edge
  ['nothing', [], []],
  ['one edge', ['+e1'], ['e1']],
  ['two edges, in order', ['+e1', '+e2'], ['e1', 'e2']],
  ['back to one', ['+e1', '+e2', '-e1'], ['e2']],
  ['back to none', ['+e1', '+e2', '-e1', '-e2'], []],
  ['the lone edge pulled', ['+e1', '-e1'], []],
  ['pulling an edge it does not hold', ['+e1', '-e9'], ['e1']],
  ['grown again after shrinking', ['+e1', '+e2', '-e2', '+e3', '+e4'], ['e1', 'e3', 'e4']],
])('%s', (_name, steps, expected) => {
  const lists: EdgeLists = new Map();
  for (const step of steps) {
    if (step[0] === '+') push(lists, 'n', edge(step.slice(1)));
    else pull(lists, 'n', step.slice(1));
    trim(lists, 'n');
  }
  expect(listOf(lists, 'n').map((e) => e.id)).toEqual(expected);
  expect([...allOf(lists)].map((e) => e.id)).toEqual(expected);
  expect(lists.has('n')).toBe(expected.length > 0);
});

test('a lone edge is handed out in a fresh array each time, so no caller can change the list', () => {
  const lists: EdgeLists = new Map();
  push(lists, 'n', edge('e1'));
  (listOf(lists, 'n') as GraphEdge[]).push(edge('e2'));
  expect(listOf(lists, 'n').map((e) => e.id)).toEqual(['e1']);
});

describe('HubPulls: edges leave a long list lazily, in one pass', () => {
  const hub = (count: number): { lists: EdgeLists; edges: GraphEdge[] } => {
    const lists: EdgeLists = new Map();
    const edges = Array.from({ length: count }, (_, i) => edge(`e${i}`));
    for (const e of edges) push(lists, 'hub', e);
    return { lists, edges };
  };
  const ids = (lists: EdgeLists) => listOf(lists, 'hub').map((e) => e.id);

  test.each<[string, number, number[], boolean]>([
    // list length, edges taken out (by position), whether the list still holds them before settle()
    ['a short list loses them at once', 10, [3, 7], false],
    ['a long list keeps them until it is settled', 200, [3, 150, 199], true],
    ['a long list settles by itself once half of it is taken out', 100, Array.from({ length: 50 }, (_, i) => i * 2), false],
  ])('%s', (_name, count, taken, waits) => {
    const { lists, edges } = hub(count);
    const one = hub(count).lists;
    const hubs = new HubPulls();
    for (const at of taken) {
      hubs.pull(lists, 'hub', edges[at]);
      pull(one, 'hub', `e${at}`);
    }
    expect(listOf(lists, 'hub')).toHaveLength(waits ? count : count - taken.length);
    hubs.settle(lists, 'hub');
    // the same list, in the same order, as pulling each edge alone
    expect(ids(lists)).toEqual(ids(one));
  });

  test('an edge written again with the same id stays when the old one leaves', () => {
    const { lists, edges } = hub(100);
    const hubs = new HubPulls();
    hubs.pull(lists, 'hub', edges[5]);
    const again = edge('e5');
    push(lists, 'hub', again);
    hubs.settle(lists, 'hub');
    expect(listOf(lists, 'hub').filter((e) => e.id === 'e5')).toEqual([again]);
    expect(listOf(lists, 'hub').at(-1)).toBe(again);
  });

  test('a hub left with one edge holds it alone; a hub left with none is gone; settleAll settles every list', () => {
    const { lists, edges } = hub(70);
    push(lists, 'other', edge('x1'));
    const hubs = new HubPulls();
    for (let i = 1; i < 70; i += 1) hubs.pull(lists, 'hub', edges[i]);
    hubs.settleAll();
    expect(lists.get('hub')).toBe(edges[0]);
    hubs.pull(lists, 'hub', edges[0]);
    expect(lists.has('hub')).toBe(false);
    expect(ids(lists)).toEqual([]);
  });
});
