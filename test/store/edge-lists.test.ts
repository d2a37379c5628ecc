// Adjacency lists hold a lone edge without an array (edge-lists.ts): what a list hands out
// must be what an array per node would, through every push and pull.
import type { GraphEdge } from '../../src/graph/model';
import { allOf, listOf, pull, push, trim, type EdgeLists } from '../../src/store/memory-index/edge-lists';

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
