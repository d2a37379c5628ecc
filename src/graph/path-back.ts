// The chain a breadth-first search found, read back from the edge each node was reached by.
// Shared by the embedded store's shortest path and the API's path search with options.
import type { GraphEdge } from './model';

/** From `to` back to the start (the node reached by no edge), in walking order. */
export function pathBack(via: ReadonlyMap<string, GraphEdge | null>, to: string): GraphEdge[] {
  const path: GraphEdge[] = [];
  let current = to;
  for (let edge = via.get(current); edge; edge = via.get(current)) {
    path.unshift(edge);
    current = edge.from === current ? edge.to : edge.from;
  }
  return path;
}
