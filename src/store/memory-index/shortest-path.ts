// Shortest chain of edges between two nodes, walking edges either way; each edge keeps its
// stored direction in the answer. Breadth-first, neighbours in edge-id order, so the answer
// is the same on every run. Written as sliced work (../sliced-work.ts): a search that finds no
// path within 8 hops visits most of a large graph, so it yields after each node it expands.
import { pathBack } from '../../graph/path-back';
import type { GraphEdge } from '../../graph/model';
import { runToEnd, type SlicedWork } from '../sliced-work';
import type { GraphState } from './graph-state';

export function shortestPath(state: GraphState, from: string, to: string, maxHops: number): GraphEdge[] | null {
  return runToEnd(shortestPathSteps(state, from, to, maxHops));
}

export function* shortestPathSteps(state: GraphState, from: string, to: string, maxHops: number): SlicedWork<GraphEdge[] | null> {
  if (!state.nodes.has(from) || !state.nodes.has(to)) return null;
  if (from === to) return [];
  const via = new Map<string, GraphEdge | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const nodeId of frontier) {
      const edges = [...state.out(nodeId), ...state.in(nodeId)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const edge of edges) {
        const other = edge.from === nodeId ? edge.to : edge.from;
        if (via.has(other)) continue;
        via.set(other, edge);
        if (other === to) return pathBack(via, to);
        next.push(other);
      }
      yield;
    }
    frontier = next;
  }
  return null;
}
