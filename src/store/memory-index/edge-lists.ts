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

/** Lists longer than this are pulled from once per document removed (HubPulls), not once per edge. */
const HUB_LIST = 64;

/**
 * Edges to drop from long lists, gathered while a document is removed and dropped in one pass
 * per list. A hub (the Prime Minister's ISSUED edges, a ministry's ASSIGNED_TO edges) holds an
 * edge of nearly every report: pulling each of a report's edges from it alone walked the list
 * once per edge, and rewriting the reports of a joined meeting made ingest quadratic (at 300k
 * directives it was 40 % of the writer's time).
 */
export class HubPulls {
  private readonly pending = new Map<EdgeLists, Map<string, Set<string>>>();

  /** `pullNow`: nodes whose lists are pulled from at once (the document's own, which indexes read as edges go). */
  constructor(private readonly pullNow: ReadonlySet<string>) {}

  /** Pulls the edge now from a short list or a list of pullNow, else later (drop()). */
  pull(lists: EdgeLists, key: string, id: string): void {
    const held = lists.get(key);
    if (!Array.isArray(held) || held.length <= HUB_LIST || this.pullNow.has(key)) return pull(lists, key, id);
    let keys = this.pending.get(lists);
    if (keys === undefined) this.pending.set(lists, (keys = new Map()));
    let ids = keys.get(key);
    if (ids === undefined) keys.set(key, (ids = new Set()));
    ids.add(id);
  }

  /** Drops the gathered edges, each long list walked once, keeping the order of the rest. */
  drop(): void {
    for (const [lists, keys] of this.pending) {
      for (const [key, ids] of keys) {
        const held = lists.get(key);
        if (!Array.isArray(held)) continue; // the node went, or its list shrank to one edge
        const kept = held.filter((e) => !ids.has(e.id));
        if (kept.length === 0) lists.delete(key);
        else lists.set(key, kept.length === 1 ? kept[0] : kept);
      }
    }
    this.pending.clear();
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
