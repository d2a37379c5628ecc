// Reads a whole graph out of any StorePort through its paged listings. Exports need every
// node and edge at once (graph formats declare attribute models up front), and the corpora
// we serve are a few thousand records, so holding them in memory is the simple choice.
import type { EdgeType, GraphEdge, GraphNode, NodeLabel } from '../graph/model';
import { NODE_LABELS } from '../graph/model';
import type { Page, PageArgs, StorePort } from '../store/port';

export interface GraphSnapshot {
  /** Grouped by label in NODE_LABELS order, each group ordered by id (the store's order). */
  nodes: GraphNode[];
  /** Ordered by id. */
  edges: GraphEdge[];
}

/** Page size for exports: large enough to be few round-trips to Neo4j, small enough to stream. */
export const EXPORT_PAGE_SIZE = 500;

/** Every item of a paged listing, following cursors until the last page. */
export async function readAllPages<T>(fetchPage: (page: PageArgs) => Promise<Page<T>>, pageSize = EXPORT_PAGE_SIZE): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetchPage({ first: pageSize, after });
    for (const item of page.items) out.push(item.value);
    const last = page.items[page.items.length - 1];
    if (!page.hasNextPage || last === undefined) return out;
    after = last.cursor;
  }
}

export function readNodesOfLabel(store: StorePort, label: NodeLabel, pageSize?: number): Promise<GraphNode[]> {
  return readAllPages((page) => store.listNodes(label, page), pageSize);
}

export function readEdges(store: StorePort, type: EdgeType | null, pageSize?: number): Promise<GraphEdge[]> {
  return readAllPages((page) => store.listEdges(type, page), pageSize);
}

export async function readSnapshot(store: StorePort, pageSize?: number): Promise<GraphSnapshot> {
  const nodes: GraphNode[] = [];
  for (const label of NODE_LABELS) nodes.push(...(await readNodesOfLabel(store, label, pageSize)));
  const edges = await readEdges(store, null, pageSize);
  return { nodes, edges };
}
