// GEXF and GraphML read back with graphology's own parsers: same nodes and edges as the
// store, attributes (Vietnamese text, numbers, booleans, joined lists) intact.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { toGexf } from '../../src/export/gexf';
import { inferGraphmlType, toGraphml } from '../../src/export/graphml';
import { readSnapshot, type GraphSnapshot } from '../../src/export/snapshot';
import { openSeededStore, type SeededStore } from './seeded-store';
import { storeCounts, type StoreCounts } from './store-counts';

let seeded: SeededStore;
let snapshot: GraphSnapshot;
let counts: StoreCounts;

beforeAll(async () => {
  seeded = await openSeededStore();
  // A small page size makes the export follow several cursors, as it must on a big store.
  snapshot = await readSnapshot(seeded.store, 7);
  counts = await storeCounts(seeded.store);
});
afterAll(() => seeded.dispose());

const formats: [string, () => Graph][] = [
  ['GEXF', () => parseGexf(Graph, toGexf(snapshot))],
  ['GraphML', () => parseGraphml(Graph, toGraphml(snapshot))],
];

describe.each(formats)('%s', (_name, readBack) => {
  let graph: Graph;
  beforeAll(() => {
    graph = readBack();
  });

  test('has every node and edge of the store, under the store ids', () => {
    expect(counts.nodes).toBeGreaterThan(50);
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.edges);
    expect(new Set(graph.nodes())).toEqual(new Set(snapshot.nodes.map((n) => n.id)));
    expect(new Set(graph.edges())).toEqual(new Set(snapshot.edges.map((e) => e.id)));
  });

  test('edges are directed and keep their type and endpoints', () => {
    for (const edge of snapshot.edges) {
      expect(graph.isDirected(edge.id)).toBe(true);
      expect(graph.source(edge.id)).toBe(edge.from);
      expect(graph.target(edge.id)).toBe(edge.to);
      expect(graph.getEdgeAttribute(edge.id, 'edgeType')).toBe(edge.type);
    }
  });

  test('the Ministry of Health keeps its Vietnamese name, English name and abbreviations', () => {
    const attrs = graph.getNodeAttributes('agy:bo-y-te');
    expect(attrs.nodeLabel).toBe('Agency');
    expect(attrs.name).toBe('Bộ Y tế');
    expect(attrs.nameEn).toBe('Ministry of Health');
    expect(String(attrs.abbreviations).split(' | ')).toEqual(expect.arrayContaining(['BYT', 'MOH']));
  });

  test('a directive keeps its source sentence and numeric position; a deadline its boolean', () => {
    const directive = snapshot.nodes.find((n) => n.label === 'Directive' && n.text.includes('bệnh án điện tử'));
    expect(directive).toBeDefined();
    const attrs = graph.getNodeAttributes(directive!.id);
    expect(attrs.provenance_sentence).toContain('Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử');
    expect(attrs.ordinal).toBe(directive!.label === 'Directive' ? directive!.ordinal : NaN);
    const deadline = snapshot.nodes.find((n) => n.label === 'Deadline');
    expect(typeof graph.getNodeAttribute(deadline!.id, 'yearImplied')).toBe('boolean');
  });

  test('succession edges carry their effective date', () => {
    const succession = snapshot.edges.find((e) => e.type === 'SUCCEEDED_BY' && e.from === 'agy:bo-lao-dong-thuong-binh-va-xa-hoi');
    expect(succession).toBeDefined();
    expect(graph.getEdgeAttribute(succession!.id, 'effective')).toBe('2025-03-01');
  });
});

describe('inferGraphmlType', () => {
  test.each([
    [[1, 2, null], 'long'],
    [[1.5, 2], 'double'],
    [[true, false, null], 'boolean'],
    [['a', 1], 'string'],
    [[null], 'string'],
    [[], 'string'],
  ] as const)('%j → %s', (values, expected) => {
    expect(inferGraphmlType(values)).toBe(expected);
  });
});
