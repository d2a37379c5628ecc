// Agency and Official ids by whole search key, so an `exact` search (resolving "Bộ Y tế" in a
// filter) is a Map lookup instead of a scan of every key. Their keys are strings the nodes
// already hold, so the map costs only its entries. Other labels (titles would be new folded
// strings, directives one entry each) are rare in exact searches and are scanned.
import type { GraphNode, NodeLabel } from '../../graph/model';

export function isKeyIndexed(label: NodeLabel): boolean {
  return label === 'Agency' || label === 'Official';
}

export class ExactKeyIndex {
  /** One id, or several when nodes share a key (two meetings with the same title). */
  private readonly byKey = new Map<string, string | string[]>();

  add(node: GraphNode): void {
    if (node.label !== 'Agency' && node.label !== 'Official') return;
    for (const key of new Set(node.searchKeys)) {
      const known = this.byKey.get(key);
      if (known === undefined) this.byKey.set(key, node.id);
      else if (typeof known === 'string') this.byKey.set(key, [known, node.id]);
      else known.push(node.id);
    }
  }

  remove(node: GraphNode): void {
    if (node.label !== 'Agency' && node.label !== 'Official') return;
    for (const key of new Set(node.searchKeys)) {
      const known = this.byKey.get(key);
      if (known === undefined) continue;
      if (typeof known === 'string') {
        if (known === node.id) this.byKey.delete(key);
        continue;
      }
      const at = known.indexOf(node.id);
      if (at >= 0) known.splice(at, 1);
      if (known.length === 1) this.byKey.set(key, known[0]);
    }
  }

  /** Ids of the agencies and officials with `key` among their search keys. */
  idsWithKey(key: string): readonly string[] {
    const known = this.byKey.get(key);
    return known === undefined ? [] : typeof known === 'string' ? [known] : known;
  }
}
