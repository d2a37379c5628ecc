// Shortest chains with options the store's search does not take: only some relationship types,
// or not through group nodes ("Các bộ, ngành" links every ministry to every other). Breadth-first
// through the per-request loaders (one batch of adjacency and one of nodes per hop), neighbours
// in edge-id order like the stores, so the answer is the same on every run. The search stops
// with an error naming the bound rather than walk an unbounded part of a large graph.
import { pathBack } from '../graph/path-back';
import { EDGE_TYPES, type EdgeType, type GraphEdge, type GraphNode } from '../graph/model';
import type { ApiContext } from './context';
import { badInput } from './errors';

export interface PathOptions {
  edgeTypes: readonly EdgeType[] | null;
  excludeGroups: boolean;
}

export const MAX_VISITED = 50_000;

const isGroup = (node: GraphNode | null | Error) => node !== null && !(node instanceof Error) && node.label === 'Agency' && node.kind === 'group';

export async function optionPath(ctx: ApiContext, from: string, to: string, maxHops: number, options: PathOptions): Promise<GraphEdge[] | null> {
  if (from === to) return [];
  const types = options.edgeTypes ?? EDGE_TYPES;
  const via = new Map<string, GraphEdge | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const keys = frontier.flatMap((nodeId) => types.flatMap((type) => (['out', 'in'] as const).map((direction) => ({ nodeId, type, direction }))));
    const lists = await ctx.loaders.edges.loadMany(keys);
    // loadMany hands failures back as values: a request stopped by its timeout must stop here.
    ctx.signal.throwIfAborted();
    const candidates: { edge: GraphEdge; other: string }[] = [];
    frontier.forEach((nodeId, i) => {
      const edges = lists.slice(i * types.length * 2, (i + 1) * types.length * 2).flatMap((l) => (l instanceof Error ? [] : l));
      for (const edge of [...edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) candidates.push({ edge, other: edge.from === nodeId ? edge.to : edge.from });
    });
    const others = [...new Set(candidates.map((c) => c.other).filter((id) => !via.has(id)))];
    const nodes = options.excludeGroups ? await ctx.loaders.nodes.loadMany(others) : [];
    const excluded = new Set(options.excludeGroups ? others.filter((id, i) => id !== to && isGroup(nodes[i])) : []);
    const next: string[] = [];
    for (const { edge, other } of candidates) {
      if (via.has(other) || excluded.has(other)) continue;
      via.set(other, edge);
      if (other === to) return pathBack(via, to);
      next.push(other);
    }
    if (via.size > MAX_VISITED) throw badInput(`The path search passed ${MAX_VISITED} entities without reaching the other end: lower maxHops or narrow edgeTypes.`);
    frontier = next;
  }
  return null;
}
