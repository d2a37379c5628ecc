// Ids by label are counted as nodes come and go, and a label's set is made only when first
// asked for (label-index.ts): whenever it is asked, it must list what a set kept from the
// start would, in the same order, and the counts must be its size.
import type { GraphNode, NodeLabel } from '../../src/graph/model';
import { LabelIndex } from '../../src/store/memory-index/label-index';

const node = (id: string, label: NodeLabel = 'Directive'): GraphNode => ({ id, label }) as GraphNode;

/** The graph's side: the nodes map, then the index told of each change, as GraphState does. */
class Graph {
  readonly nodes = new Map<string, GraphNode>();
  readonly index = new LabelIndex(this.nodes);
  /** What the graph kept before: every label's set from the start. */
  readonly reference = new Map<NodeLabel, Set<string>>();

  put(n: GraphNode): void {
    const previous = this.nodes.get(n.id);
    this.nodes.set(n.id, n);
    this.index.put(n, previous);
    if (previous !== undefined && previous.label !== n.label) this.reference.get(previous.label)?.delete(n.id);
    let ids = this.reference.get(n.label);
    if (ids === undefined) this.reference.set(n.label, (ids = new Set()));
    ids.add(n.id);
  }

  remove(id: string): void {
    const n = this.nodes.get(id);
    if (n === undefined) return;
    this.nodes.delete(id);
    this.index.remove(n);
    this.reference.get(n.label)?.delete(id);
  }
}

// Steps: "+id" puts a directive, "+id:Label" a node of that label, "-id" removes it, "?" asks for the directives' set.
test.each<[string, string[]]>([
  ['asked before any node', ['?', '+a', '+b']],
  ['asked after every node', ['+a', '+b', '+c', '?']],
  ['asked between additions', ['+a', '?', '+b']],
  ['a removed id put again goes last', ['+a', '+b', '-a', '+a', '?']],
  ['the same again, asked first', ['?', '+a', '+b', '-a', '+a']],
  ['a node replaced keeps its place', ['+a', '+b', '+a', '?']],
  ['other labels are not listed', ['+a', '+x:Deadline', '+b', '?', '+y:Deadline']],
  ['an id that changes label moves to its new set', ['+a', '+b', '+a:Deadline', '?']],
  ['removing what is not there changes nothing', ['+a', '-z', '?']],
])('%s', (_name, steps) => {
  const g = new Graph();
  for (const step of steps) {
    if (step === '?') g.index.ids('Directive');
    else if (step[0] === '+') {
      const [id, label] = step.slice(1).split(':');
      g.put(node(id, (label ?? 'Directive') as NodeLabel));
    } else g.remove(step.slice(1));
  }
  for (const label of ['Directive', 'Deadline'] as NodeLabel[]) {
    const expected = [...(g.reference.get(label) ?? [])];
    expect([...g.index.ids(label)]).toEqual(expected);
    expect(g.index.count(label)).toBe(expected.length);
  }
});

test('a set asked for is made once and then kept in step, not made again', () => {
  const g = new Graph();
  g.put(node('a'));
  const ids = g.index.ids('Directive');
  g.put(node('b'));
  g.remove('a');
  expect(g.index.ids('Directive')).toBe(ids);
  expect([...ids]).toEqual(['b']);
});

test('a label no node has counts none and lists none', () => {
  const g = new Graph();
  g.put(node('a'));
  expect(g.index.count('Agency')).toBe(0);
  expect([...g.index.ids('Agency')]).toEqual([]);
});
