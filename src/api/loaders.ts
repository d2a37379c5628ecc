// Per-request DataLoaders: every nested field reads through these, so a page of 20 directives
// costs one getNodes, one getEdges and one getCurations per level, not one per directive.
// Created fresh for each request (createContext): no cache outlives a request. Each answers at
// once for what a batch already returned (known-loader.ts).
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, NodeOfLabel } from '../graph/model';
import type { CurationRecord, Direction, EdgeKey, StorePort } from '../store/port';
import { createDirectivePagesLoader, type DirectivePagesLoader } from './directive-pages';
import { KnownLoader, type Known, type Maybe } from './known-loader';

export interface Loaders {
  nodes: KnownLoader<string, GraphNode | null>;
  edges: KnownLoader<EdgeKey, GraphEdge[], string>;
  curations: KnownLoader<string, CurationRecord[]>;
  /** Directive queries with their own pages, batched into one findDirectivesMany. */
  directivePages: DirectivePagesLoader;
}

export const edgeCacheKey = (key: EdgeKey): string => `${key.nodeId}|${key.type}|${key.direction}`;

/**
 * Edges kept by direction, node id and type: a key is looked up without building its cache
 * key string (a page of 20 directives looks up 80 and more).
 */
function edgesKnown(): Known<EdgeKey, GraphEdge[]> {
  const byDirection = { out: new Map<string, Map<EdgeType, GraphEdge[]>>(), in: new Map<string, Map<EdgeType, GraphEdge[]>>() };
  return {
    get: (key) => byDirection[key.direction].get(key.nodeId)?.get(key.type),
    set: (key, edges) => {
      const byNode = byDirection[key.direction];
      let byType = byNode.get(key.nodeId);
      if (byType === undefined) byNode.set(key.nodeId, (byType = new Map()));
      byType.set(key.type, edges);
    },
    delete: (key) => void byDirection[key.direction].get(key.nodeId)?.delete(key.type),
    clear: () => {
      byDirection.out.clear();
      byDirection.in.clear();
    },
  };
}

export function createLoaders(store: StorePort): Loaders {
  const loaders: Loaders = {
    nodes: new KnownLoader((ids) => store.getNodes(ids)),
    edges: new KnownLoader((keys) => store.getEdges(keys), { cacheKeyFn: edgeCacheKey }, edgesKnown()),
    curations: new KnownLoader((ids) => store.getCurations(ids)),
    directivePages: createDirectivePagesLoader(store),
  };
  return loaders;
}

const ofLabel = <L extends NodeLabel>(node: GraphNode | null, label: L): NodeOfLabel<L> | null =>
  node !== null && node.label === label ? (node as NodeOfLabel<L>) : null;

/** A node of the expected label, or null when it is missing or of another label. */
export async function loadNode<L extends NodeLabel>(loaders: Loaders, id: string, label: L): Promise<NodeOfLabel<L> | null> {
  return ofLabel(await loaders.nodes.load(id), label);
}

/** As loadNode, at once when a batch already returned the node. */
export function nodeNow<L extends NodeLabel>(loaders: Loaders, id: string, label: L): Maybe<NodeOfLabel<L> | null> {
  const node = loaders.nodes.get(id);
  // No closure on the path that answers at once.
  return node instanceof Promise ? node.then((n) => ofLabel(n, label)) : ofLabel(node, label);
}

/** Nodes of one label, in the order of `ids`, skipping missing ones. */
export async function loadNodes<L extends NodeLabel>(loaders: Loaders, ids: readonly string[], label: L): Promise<NodeOfLabel<L>[]> {
  const nodes = await loaders.nodes.loadMany(ids);
  return nodes.filter((n): n is NodeOfLabel<L> => !(n instanceof Error) && n !== null && n.label === label);
}

export function loadEdges(loaders: Loaders, nodeId: string, type: EdgeType, direction: Direction): Promise<GraphEdge[]> {
  return loaders.edges.load({ nodeId, type, direction });
}

/** As loadEdges, at once when a batch already returned them. */
export function edgesNow(loaders: Loaders, nodeId: string, type: EdgeType, direction: Direction): Maybe<GraphEdge[]> {
  return loaders.edges.get({ nodeId, type, direction });
}

/** The node at the other end of an edge, seen from `direction`. */
export const otherEnd = (edge: GraphEdge, direction: Direction): string => (direction === 'out' ? edge.to : edge.from);
