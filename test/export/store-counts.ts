// What the store says it holds, to compare exports against.
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../../src/graph/model';
import type { StorePort } from '../../src/store/port';

export interface StoreCounts {
  nodes: number;
  edges: number;
  byLabel: Record<NodeLabel, number>;
  byType: Record<EdgeType, number>;
}

export async function storeCounts(store: StorePort): Promise<StoreCounts> {
  const byLabel = {} as Record<NodeLabel, number>;
  const byType = {} as Record<EdgeType, number>;
  for (const label of NODE_LABELS) byLabel[label] = (await store.listNodes(label, { first: 1 })).totalCount;
  for (const type of EDGE_TYPES) byType[type] = (await store.listEdges(type, { first: 1 })).totalCount;
  const nodes = Object.values(byLabel).reduce((a, b) => a + b, 0);
  const edges = (await store.listEdges(null, { first: 1 })).totalCount;
  return { nodes, edges, byLabel, byType };
}
