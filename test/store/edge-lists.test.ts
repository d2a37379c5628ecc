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

describe('HubPulls: a long list loses a document\'s edges in one pass', () => {
  const hub = (count: number): EdgeLists => {
    const lists: EdgeLists = new Map();
    for (let i = 0; i < count; i += 1) push(lists, 'hub', edge(`e${i}`));
    return lists;
  };

  test.each<[string, number, string[], boolean]>([
    // list length, ids pulled, whether the hub's list keeps them until drop()
    ['a short list is pulled from at once', 10, ['e3', 'e7'], false],
    ['a long list waits for drop()', 200, ['e3', 'e150', 'e199'], true],
  ])('%s', (_name, count, pulled, waits) => {
    const lists = hub(count);
    const one = hub(count);
    const hubs = new HubPulls(new Set());
    for (const id of pulled) {
      hubs.pull(lists, 'hub', id);
      pull(one, 'hub', id);
    }
    expect(listOf(lists, 'hub')).toHaveLength(waits ? count : count - pulled.length);
    hubs.drop();
    // the same list, in the same order, as pulling each edge alone
    expect(listOf(lists, 'hub').map((e) => e.id)).toEqual(listOf(one, 'hub').map((e) => e.id));
    expect(listOf(lists, 'hub')).toHaveLength(count - pulled.length);
  });

  test('the document\'s own nodes are pulled from at once, however long their lists', () => {
    const lists = hub(100);
    const hubs = new HubPulls(new Set(['hub']));
    hubs.pull(lists, 'hub', 'e5');
    expect(listOf(lists, 'hub').map((e) => e.id)).not.toContain('e5');
  });

  test('a hub left with one edge holds it alone; a hub left with none is gone', () => {
    const lists = hub(70);
    const hubs = new HubPulls(new Set());
    for (let i = 1; i < 70; i += 1) hubs.pull(lists, 'hub', `e${i}`);
    hubs.drop();
    expect(lists.get('hub')).toEqual(edge('e0'));
    const emptied = hub(70);
    const all = new HubPulls(new Set());
    for (let i = 0; i < 70; i += 1) all.pull(emptied, 'hub', `e${i}`);
    all.drop();
    expect(emptied.has('hub')).toBe(false);
  });
});
