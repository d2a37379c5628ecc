// Node ids by label, for listings, stats and the few indexes that start from every node of a
// label. Opening a store of 100k directives put some 190k ids into these sets, each insert a
// probe of a large hash table (a third of putting nodes into the graph), while the first query
// asks for the officials only. So only the count of each label is kept as nodes come and go;
// a label's set is made the first time it is asked for, from the graph's nodes, and from then
// on kept in step. The nodes map holds every live node in the order the sets kept them
// (insertion order, an id removed and added again goes last), so a set made late lists its ids
// exactly as one kept from the start would.
import type { GraphNode, NodeLabel } from '../../graph/model';

export class LabelIndex {
  private readonly counts = new Map<NodeLabel, number>();
  /** The sets asked for so far. */
  private readonly sets = new Map<NodeLabel, Set<string>>();

  constructor(private readonly nodes: ReadonlyMap<string, GraphNode>) {}

  /** `node` entered the graph, in place of `previous` (same id) when there was one. */
  put(node: GraphNode, previous: GraphNode | undefined): void {
    if (previous !== undefined) {
      if (previous.label === node.label) return;
      this.remove(previous);
    }
    this.counts.set(node.label, (this.counts.get(node.label) ?? 0) + 1);
    this.sets.get(node.label)?.add(node.id);
  }

  remove(node: GraphNode): void {
    this.counts.set(node.label, (this.counts.get(node.label) ?? 1) - 1);
    this.sets.get(node.label)?.delete(node.id);
  }

  count(label: NodeLabel): number {
    return this.counts.get(label) ?? 0;
  }

  ids(label: NodeLabel): ReadonlySet<string> {
    let ids = this.sets.get(label);
    if (ids === undefined) {
      ids = new Set();
      for (const node of this.nodes.values()) if (node.label === label) ids.add(node.id);
      this.sets.set(label, ids);
    }
    return ids;
  }
}
