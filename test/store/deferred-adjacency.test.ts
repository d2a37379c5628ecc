// A batch decoded from the snapshot ('compacted') defers the adjacency lists of its own
// directives, deadlines, meeting and document until one is read or the document changes (graph-state.ts). Whatever is read, and
// whenever, must be what a graph that put every edge in at once answers: the same lists in the
// same order, the same edges, through another report carrying a directive jointly, removal and
// replacement.
import type { GraphBatch, GraphEdge, GraphNode } from '../../src/graph/model';
import { GraphState } from '../../src/store/memory-index/graph-state';

// Only what the graph reads of a node (compact-batch.ts shares some of its values).
const node = (label: GraphNode['label'], id: string, documentId?: string): GraphNode =>
  ({ label, id, documentId, meetingId: `${documentId}:m`, text: '', assignerName: null, date: label === 'Deadline' ? '2025-06-30' : null, precision: 'DAY', relation: 'BY', phrase: '', kind: null, provenance: { documentId, start: 0, end: 0, sentence: '', ruleIds: [] } }) as unknown as GraphNode;
const edge = (type: GraphEdge['type'], from: string, to: string, documentId: string | null): GraphEdge => ({ id: `${type}:${from}:${to}:${documentId}`, type, from, to, props: {}, documentId });

function reportA(version = 1): GraphBatch {
  const d = 'docA';
  const nodes = [node('Document', d), node('Meeting', `${d}:m`, d), node('Directive', 'dA1', d), node('Directive', 'dA2', d), node('Directive', 'dir:a3', d), node('Deadline', 'ddl:a3'), node('Agency', 'ag1'), node('Official', 'off1')];
  const edges = [
    edge('REPORTED_IN', `${d}:m`, d, d),
    edge('ISSUED', 'off1', 'dA1', d),
    edge('PART_OF', 'dA1', `${d}:m`, d),
    edge('ASSIGNED_TO', 'dA1', 'ag1', d),
    edge('ISSUED', 'off1', 'dA2', d),
    edge('PART_OF', 'dA2', `${d}:m`, d),
    ...(version > 1 ? [edge('ASSIGNED_TO', 'dA2', 'ag1', d)] : []),
    // A deadline is deferred with its directive's document (their ids mirror each other).
    edge('ISSUED', 'off1', 'dir:a3', d),
    edge('DUE_BY', 'dir:a3', 'ddl:a3', d),
    edge('SUCCEEDED_BY', 'ag1', 'off1', null),
  ];
  return { documentId: d, nodes, edges };
}

/** Another report of the same meeting, carrying directive dA1 and the deadline of dir:a3 of report A jointly. */
function reportB(): GraphBatch {
  const d = 'docB';
  const nodes = [node('Document', d), node('Meeting', `${d}:m`, d), node('Directive', 'dA1', 'docA'), node('Directive', 'dB1', d), node('Deadline', 'ddl:a3'), node('Agency', 'ag1')];
  const edges = [edge('PART_OF', 'dA1', `${d}:m`, d), edge('ASSIGNED_TO', 'dA1', 'ag1', d), edge('PART_OF', 'dB1', `${d}:m`, d), edge('ASSIGNED_TO', 'dB1', 'ag1', d), edge('DUE_BY', 'dB1', 'ddl:a3', d)];
  return { documentId: d, nodes, edges, jointNodeIds: ['dA1', 'ddl:a3'] };
}

/** A third report of report A's meeting, carrying the meeting jointly. */
function reportC(): GraphBatch {
  const d = 'docC';
  const nodes = [node('Document', d), node('Meeting', 'docA:m', 'docA'), node('Agency', 'ag1')];
  return { documentId: d, nodes, edges: [edge('REPORTED_IN', 'docA:m', d, d), edge('ATTENDED', 'ag1', 'docA:m', d)], jointNodeIds: ['docA:m'] };
}

const IDS = ['docA', 'docA:m', 'dA1', 'dA2', 'dir:a3', 'ddl:a3', 'ag1', 'off1', 'docB', 'docB:m', 'dB1', 'docC'];

/** Everything the lists answer, read in the given order of nodes. */
function lists(state: GraphState, ids: readonly string[]): string[][] {
  return ids.flatMap((id) => [state.out(id).map((e) => e.id), state.in(id).map((e) => e.id)]);
}

type Step = (state: GraphState, ownership: 'compacted' | 'copy') => void;
const applyA: Step = (s, o) => s.applyBatch(reportA(), 'a', o);
const applyB: Step = (s, o) => s.applyBatch(reportB(), 'b', o);
const applyC: Step = (s, o) => s.applyBatch(reportC(), 'c', o);

test.each<[string, Step[]]>([
  ['one report', [applyA]],
  ['two reports, one carrying a directive of the other', [applyA, applyB]],
  ['a report removed while its lists wait', [applyA, applyB, (s) => s.removeDocument('docA')]],
  ['the joint report removed', [applyA, applyB, (s) => s.removeDocument('docB')]],
  ['a report carrying the meeting of another', [applyA, applyC]],
  ['the meeting\'s first report removed', [applyA, applyC, (s) => s.removeDocument('docA')]],
  ['every report at once', [applyA, applyB, applyC]],
  ['a report replaced while its lists wait', [applyA, (s, o) => s.applyBatch(reportA(2), 'a2', o)]],
])('%s', (_name, steps) => {
  const eager = new GraphState();
  for (const step of steps) step(eager, 'copy');
  // Read in every order, and read all edges first: the deferred lists must not depend on it.
  for (const order of [IDS, [...IDS].reverse(), null]) {
    const deferred = new GraphState();
    for (const step of steps) step(deferred, 'compacted');
    if (order === null) expect([...deferred.allEdges()].map((e) => e.id).sort()).toEqual([...eager.allEdges()].map((e) => e.id).sort());
    const ids = order ?? IDS;
    expect(lists(deferred, ids)).toEqual(lists(eager, ids));
  }
});

test('a directive read between two reports keeps its first report\'s edges first', () => {
  const eager = new GraphState();
  applyA(eager, 'copy');
  applyB(eager, 'copy');
  const deferred = new GraphState();
  applyA(deferred, 'compacted');
  expect(deferred.out('dA2').map((e) => e.type)).toEqual(['PART_OF']);
  applyB(deferred, 'compacted');
  expect(deferred.out('dA1').map((e) => e.id)).toEqual(eager.out('dA1').map((e) => e.id));
  expect(deferred.out('dA1').map((e) => e.documentId)).toEqual(['docA', 'docA', 'docB', 'docB']);
});
