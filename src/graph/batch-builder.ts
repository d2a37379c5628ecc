// Collects nodes and edges while a batch is built: one node per id (first wins, later
// copies are identical by construction) and one edge per id, in the order they were added.
import { edgeDistinction, edgeId } from './ids';
import type { EdgeProps, EdgeType, GraphBatch, GraphEdge, GraphNode } from './model';

export class BatchBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  constructor(readonly documentId: string) {}

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  /**
   * Parallel edges of one type are told apart by their props (edgeDistinction), or by `extra`
   * when the props cannot say (a post seen in one report: the report is part of the id).
   */
  addEdge(type: EdgeType, from: string, to: string, props: EdgeProps, options: { extra?: string; shared?: boolean } = {}): void {
    const id = edgeId(type, from, to, options.extra ?? edgeDistinction(type, props));
    if (this.edges.has(id)) return;
    this.edges.set(id, { id, type, from, to, props, documentId: options.shared === true ? null : this.documentId });
  }

  build(): GraphBatch {
    return { documentId: this.documentId, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
