// The adjacency lists of the graph, by node id. Most lists hold one edge (a directive's ISSUED
// edge in, a deadline's DUE_BY edge in, a document's REPORTED_IN edge in), so such a node holds
// the edge itself and only a node with more holds an array: a graph of 100k directives then
// makes some 180k arrays fewer when it opens (a sixth of opening went to building these lists).
// A one-edge list is handed out as a fresh array, never the one kept.
import type { GraphEdge } from '../../graph/model';

export type EdgeLists = Map<string, GraphEdge | GraphEdge[]>;

const EMPTY: readonly GraphEdge[] = [];

export function listOf(lists: EdgeLists, key: string): readonly GraphEdge[] {
  const held = lists.get(key);
  return held === undefined ? EMPTY : Array.isArray(held) ? held : [held];
}

export function push(lists: EdgeLists, key: string, edge: GraphEdge): void {
  const held = lists.get(key);
  if (held === undefined) lists.set(key, edge);
  else if (Array.isArray(held)) held.push(edge);
  else lists.set(key, [held, edge]);
}

/** Drops the edge with `id` from the list; a list left with one edge holds it alone again. */
export function pull(lists: EdgeLists, key: string, id: string): void {
  const held = lists.get(key);
  if (held === undefined) return;
  if (!Array.isArray(held)) {
    if (held.id === id) lists.delete(key);
    return;
  }
  const index = held.findIndex((e) => e.id === id);
  if (index >= 0) held.splice(index, 1);
  if (held.length === 0) lists.delete(key);
  else if (held.length === 1) lists.set(key, held[0]);
}

/** Arrays grown by push keep spare room (16+ slots): a list that is done growing is copied to its length. */
export function trim(lists: EdgeLists, key: string): void {
  const held = lists.get(key);
  if (Array.isArray(held)) lists.set(key, held.slice());
}

/** Every edge of every list. */
export function* allOf(lists: EdgeLists): Iterable<GraphEdge> {
  for (const held of lists.values()) {
    if (Array.isArray(held)) yield* held;
    else yield held;
  }
}
