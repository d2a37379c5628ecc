// Node ids by whole search key, so an `exact` search (resolving "Bộ Y tế" in a filter) is a
// Map lookup instead of a scan of every key. Directives are left out: their key is their whole
// folded text, one entry each, and an exact search over directives is rare enough to scan.
import type { GraphNode } from '../../graph/model';
import { searchKeysOf } from './search';

export class ExactKeyIndex {
  /** One id, or several when nodes share a key (two meetings with the same title). */
  private readonly byKey = new Map<string, string | string[]>();

  add(node: GraphNode): void {
    if (node.label === 'Directive') return;
    for (const key of new Set(searchKeysOf(node))) {
      const known = this.byKey.get(key);
      if (known === undefined) this.byKey.set(key, node.id);
      else if (typeof known === 'string') this.byKey.set(key, [known, node.id]);
      else known.push(node.id);
    }
  }

  remove(node: GraphNode): void {
    if (node.label === 'Directive') return;
    for (const key of new Set(searchKeysOf(node))) {
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

  /** Ids of the nodes (other than directives) with `key` among their search keys. */
  idsWithKey(key: string): readonly string[] {
    const known = this.byKey.get(key);
    return known === undefined ? [] : typeof known === 'string' ? [known] : known;
  }
}
