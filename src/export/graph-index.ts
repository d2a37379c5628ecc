// Look-ups over a snapshot that the Popolo builder needs: nodes by id and label, edges by
// type and endpoint. Built once per export; pure.
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, NodeOfLabel } from '../graph/model';
import type { GraphSnapshot } from './snapshot';

export class GraphIndex {
  private readonly byId = new Map<string, GraphNode>();
  private readonly outEdges = new Map<string, GraphEdge[]>();
  private readonly inEdges = new Map<string, GraphEdge[]>();
  private readonly byLabel = new Map<NodeLabel, GraphNode[]>();
  private readonly memo = new Map<string, unknown>();

  constructor(readonly snapshot: GraphSnapshot) {
    for (const node of snapshot.nodes) this.byId.set(node.id, node);
    for (const edge of snapshot.edges) {
      push(this.outEdges, `${edge.type} ${edge.from}`, edge);
      push(this.inEdges, `${edge.type} ${edge.to}`, edge);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  nodeOf<L extends NodeLabel>(label: L, id: string): NodeOfLabel<L> | undefined {
    const node = this.byId.get(id);
    return node !== undefined && node.label === label ? (node as NodeOfLabel<L>) : undefined;
  }

  /** The nodes of one label; computed once (the Popolo builder asks per agency). */
  nodes<L extends NodeLabel>(label: L): NodeOfLabel<L>[] {
    let list = this.byLabel.get(label);
    if (list === undefined) {
      list = this.snapshot.nodes.filter((n) => n.label === label);
      this.byLabel.set(label, list);
    }
    return list as NodeOfLabel<L>[];
  }

  /**
   * A value derived from the snapshot, computed once per key for this export. Issue 15: the
   * Popolo export folded every report's text again for every agency it looked for, which
   * took minutes on a 10k-directive store.
   */
  derived<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  edgesOut(type: EdgeType, from: string): GraphEdge[] {
    return this.outEdges.get(`${type} ${from}`) ?? [];
  }

  edgesIn(type: EdgeType, to: string): GraphEdge[] {
    return this.inEdges.get(`${type} ${to}`) ?? [];
  }

  edgesOfType(type: EdgeType): GraphEdge[] {
    return this.snapshot.edges.filter((e) => e.type === type);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
