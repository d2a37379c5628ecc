// Collects nodes and edges while a batch is built: one node per id (first wins, later
// copies are identical by construction) and one edge per id, in the order they were added.
import { edgeId } from './ids';
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

  /** `extra` distinguishes parallel edges of one type (the assignment role, the chair role). */
  addEdge(type: EdgeType, from: string, to: string, props: EdgeProps, options: { extra?: string; shared?: boolean } = {}): void {
    const id = edgeId(type, from, to, options.extra ?? '');
    if (this.edges.has(id)) return;
    this.edges.set(id, { id, type, from, to, props, documentId: options.shared === true ? null : this.documentId });
  }

  build(): GraphBatch {
    return { documentId: this.documentId, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
