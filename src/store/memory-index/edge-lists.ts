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

/** Lists longer than this lose their edges lazily (HubPulls); shorter ones at once. */
const HUB_LIST = 64;

/**
 * Edges taken out of long lists, dropped from each list in one pass when it is next read or
 * changed, or once they are half of it. A hub (the Prime Minister's ISSUED edges, a
 * ministry's ASSIGNED_TO edges) holds an edge of nearly every report: pulling each removed
 * edge from it walked the list once per edge, and rewriting the reports of joined meetings
 * made ingest quadratic (at 300k directives 40 % of the writer's time went to it). Edges are
 * known by object, not id: a document written again brings new edges with the same ids.
 */
export class HubPulls {
  private readonly dead = new Map<EdgeLists, Map<string, Set<GraphEdge>>>();

  /** Takes the edge out of the list of `key`: at once from a short list, lazily from a long one. */
  pull(lists: EdgeLists, key: string, edge: GraphEdge): void {
    const held = lists.get(key);
    if (!Array.isArray(held) || held.length <= HUB_LIST) {
      this.settle(lists, key);
      pull(lists, key, edge.id);
      return;
    }
    let keys = this.dead.get(lists);
    if (keys === undefined) this.dead.set(lists, (keys = new Map()));
    let edges = keys.get(key);
    if (edges === undefined) keys.set(key, (edges = new Set()));
    edges.add(edge);
    if (edges.size * 2 >= held.length) this.settle(lists, key);
  }

  /** Before the list of `key` is read or changed: the edges taken out leave it, the order of the rest kept. */
  settle(lists: EdgeLists, key: string): void {
    const keys = this.dead.get(lists);
    const edges = keys?.get(key);
    if (keys === undefined || edges === undefined) return;
    keys.delete(key);
    const held = lists.get(key);
    if (held === undefined) return;
    const kept = Array.isArray(held) ? held.filter((e) => !edges.has(e)) : edges.has(held) ? [] : [held];
    if (kept.length === 0) lists.delete(key);
    else lists.set(key, kept.length === 1 ? kept[0] : kept);
  }

  /** Every list settled (before a walk over all of them). */
  settleAll(): void {
    for (const [lists, keys] of this.dead) for (const key of [...keys.keys()]) this.settle(lists, key);
  }

  /** The node of `key` is gone, and its list with it. */
  forget(lists: EdgeLists, key: string): void {
    this.dead.get(lists)?.delete(key);
  }
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
