// The snapshot as a graphology multi-graph, the common ground of the graph formats: node
// attributes are flat (see flatten.ts) plus `nodeLabel` and a display `name`; edges keep
// their ids and carry `edgeType`. The document text stays out: it is the size of every
// other attribute together and belongs in the CSV export and the store, not in Gephi.
import { MultiDirectedGraph } from 'graphology';
import type { GraphNode } from '../graph/model';
import { displayName, flattenEdge, flattenNode, type FlatRecord } from './flatten';
import type { GraphSnapshot } from './snapshot';

export type ExportGraph = MultiDirectedGraph<FlatRecord, FlatRecord, FlatRecord>;

export function nodeAttributes(node: GraphNode): FlatRecord {
  const { id: _id, ...flat } = flattenNode(node);
  if (node.label === 'Document') delete flat.text;
  return { nodeLabel: node.label, name: displayName(node), ...flat };
}

export function toGraphology(snapshot: GraphSnapshot): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph();
  graph.setAttribute('name', 'minutes-graph');
  for (const node of snapshot.nodes) graph.addNode(node.id, nodeAttributes(node));
  for (const edge of snapshot.edges) {
    const { id, from, to, ...rest } = flattenEdge(edge);
    // An edge to a node the store no longer holds would make the file unreadable; the
    // store port writes documents as units, so this is a broken store, not a skip.
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) {
      throw new Error(`edge ${edge.id} (${edge.type}) points to a missing node: ${edge.from} → ${edge.to}`);
    }
    graph.addDirectedEdgeWithKey(String(id), String(from), String(to), { edgeType: edge.type, ...rest });
  }
  return graph;
}
