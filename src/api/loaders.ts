// Per-request DataLoaders: every nested field reads through these, so a page of 20 directives
// costs one getNodes, one getEdges and one getCurations per level, not one per directive.
// Created fresh for each request (createContext): no cache outlives a request.
import DataLoader from 'dataloader';
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, NodeOfLabel } from '../graph/model';
import type { CurationRecord, Direction, EdgeKey, StorePort } from '../store/port';
import { createDirectivePagesLoader, type DirectivePagesLoader } from './directive-pages';

export interface Loaders {
  nodes: DataLoader<string, GraphNode | null>;
  edges: DataLoader<EdgeKey, GraphEdge[], string>;
  curations: DataLoader<string, CurationRecord[]>;
  /** Directive queries with their own pages, batched into one findDirectivesMany. */
  directivePages: DirectivePagesLoader;
}

export const edgeCacheKey = (key: EdgeKey): string => `${key.nodeId}|${key.type}|${key.direction}`;

export function createLoaders(store: StorePort): Loaders {
  const loaders: Loaders = {
    nodes: new DataLoader((ids) => store.getNodes(ids)),
    edges: new DataLoader((keys) => store.getEdges(keys), { cacheKeyFn: edgeCacheKey }),
    curations: new DataLoader((ids) => store.getCurations(ids)),
    directivePages: createDirectivePagesLoader(store),
  };
  return loaders;
}

/** A node of the expected label, or null when it is missing or of another label. */
export async function loadNode<L extends NodeLabel>(loaders: Loaders, id: string, label: L): Promise<NodeOfLabel<L> | null> {
  const node = await loaders.nodes.load(id);
  return node !== null && node.label === label ? (node as NodeOfLabel<L>) : null;
}

/** Nodes of one label, in the order of `ids`, skipping missing ones. */
export async function loadNodes<L extends NodeLabel>(loaders: Loaders, ids: readonly string[], label: L): Promise<NodeOfLabel<L>[]> {
  const nodes = await loaders.nodes.loadMany(ids);
  return nodes.filter((n): n is NodeOfLabel<L> => !(n instanceof Error) && n !== null && n.label === label);
}

export function loadEdges(loaders: Loaders, nodeId: string, type: EdgeType, direction: Direction): Promise<GraphEdge[]> {
  return loaders.edges.load({ nodeId, type, direction });
}

/** The node at the other end of an edge, seen from `direction`. */
export const otherEnd = (edge: GraphEdge, direction: Direction): string => (direction === 'out' ? edge.to : edge.from);
