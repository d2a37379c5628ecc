// Snapshot format 4 packs directives, deadlines and a document's edges into arrays of values
// (snapshot-tuples.ts). Packing may only change how fast a store opens: every node and edge
// decodes back to exactly what was stored (same keys, same order, same values), and a shape
// the tuples do not cover is kept whole.
import type { GraphBatch, GraphEdge, GraphNode } from '../../src/graph/model';
import { documentRecord } from '../../src/store/embedded/document-text';
import { TableBuilder, TupleDecoder, freezeTables, packDocument } from '../../src/store/embedded/snapshot-tuples';
import { batch001, batch003 } from './fixtures';

/** The batch as docs.log stores it (texts cut out), which is what snapshots hold. */
const stored = (batch: GraphBatch) => documentRecord(batch).stored;

function packAndDecode(batch: GraphBatch) {
  const tables = new TableBuilder();
  const shared: GraphNode[] = [];
  const sharedIndex = (node: GraphNode) => (node.label === 'Agency' || node.label === 'Official' ? shared.push(node) - 1 : undefined);
  const packed = packDocument(batch.documentId, batch.nodes, batch.edges, sharedIndex, tables);
  // Through JSON, as the snapshot file holds it.
  const [nodes, edges, t] = JSON.parse(JSON.stringify([packed.nodes, packed.edges, tables.tables]));
  const decoder = new TupleDecoder(freezeTables(t), JSON.parse(JSON.stringify(shared)));
  const decodedNodes = decoder.nodes(batch.documentId, nodes);
  return { packed, nodes: decodedNodes, edges: decoder.edges(batch.documentId, edges, decodedNodes) };
}

const form = (p: unknown) => (typeof p === 'number' ? 'shared' : Array.isArray(p) ? 'tuple' : 'object');
const formsOf = (batch: GraphBatch, packed: unknown[], label: string) => [...new Set(packed.filter((_, i) => batch.nodes[i].label === label).map(form))];

const withDirective = (batch: GraphBatch, change: (d: GraphNode & { label: 'Directive' }) => GraphNode): GraphBatch => {
  const at = batch.nodes.findIndex((n) => n.label === 'Directive');
  return { ...batch, nodes: batch.nodes.map((n, i) => (i === at && n.label === 'Directive' ? change(n) : n)) };
};

test.each<[string, () => GraphBatch, Record<string, string[]>, 'flat' | 'objects']>([
  ['a stored report', () => stored(batch001()), { Directive: ['tuple'], Deadline: ['tuple'], Agency: ['shared'], Meeting: ['object'], Document: ['object'] }, 'flat'],
  ['another stored report', () => stored(batch003()), { Directive: ['tuple'], Agency: ['shared'], Official: ['shared'] }, 'flat'],
  ['a directive given by two reports (sources)', () => withDirective(stored(batch001()), (d) => ({ ...d, sources: [d.provenance] }) as GraphNode), { Directive: ['object', 'tuple'] }, 'flat'],
  ['a directive whose texts were not cut out', () => stored(withDirective(batch001(), (d) => ({ ...d, text: 'x' }))), { Directive: ['object', 'tuple'] }, 'flat'],
  ['a directive of another report (joined)', () => withDirective(stored(batch001()), (d) => ({ ...d, documentId: 'doc:other' }) as GraphNode), { Directive: ['object', 'tuple'] }, 'flat'],
  ['an edge to a node outside the batch', () => {
    const b = stored(batch001());
    return { ...b, edges: [...b.edges, { ...(b.edges[0] as GraphEdge), id: 'e:outside', to: 'agency:elsewhere' }] };
  }, {}, 'objects'],
])('%s decodes to exactly what was stored', (_name, make, forms, edgeForm) => {
  const batch = make();
  const { packed, nodes, edges } = packAndDecode(batch);
  expect(JSON.stringify(nodes)).toBe(JSON.stringify(batch.nodes));
  expect(JSON.stringify(edges)).toBe(JSON.stringify(batch.edges));
  for (const [label, expected] of Object.entries(forms)) expect(formsOf(batch, packed.nodes, label).sort()).toEqual(expected);
  expect(typeof packed.edges[0] === 'object' ? 'objects' : 'flat').toBe(edgeForm);
});

test('decoded edges share one frozen props object per value, as the graph keeps them', () => {
  const batch = stored(batch001());
  const { edges } = packAndDecode(batch);
  for (const e of edges) expect(Object.isFrozen(e.props)).toBe(true);
  const due = edges.filter((e) => e.type === 'DUE_BY');
  expect(due.length).toBeGreaterThan(1);
  expect(new Set(due.map((e) => e.props)).size).toBe(1);
});
