// A set of directive ids that can also hand out its ids in DOCUMENT_ORDER (document id, then
// position, then id). The sorted array is built on first use and then kept in step with every
// add and delete, so a bulk load pays nothing and a query after a write pays one binary insert.
import type { DirectiveNode, GraphNode } from '../../graph/model';
import type { OrderedSource } from './document-order-scan';

export type IdComparator = (a: string, b: string) => number;

/** DOCUMENT_ORDER ascending over directive ids; ids that are not live directives sort last, by id. */
export function documentOrderComparator(nodes: ReadonlyMap<string, GraphNode>): IdComparator {
  return (a, b) => {
    const x = nodes.get(a);
    const y = nodes.get(b);
    const dx = x?.label === 'Directive' ? (x as DirectiveNode) : undefined;
    const dy = y?.label === 'Directive' ? (y as DirectiveNode) : undefined;
    if (dx !== undefined && dy !== undefined) {
      if (dx.documentId !== dy.documentId) return dx.documentId < dy.documentId ? -1 : 1;
      if (dx.ordinal !== dy.ordinal) return dx.ordinal - dy.ordinal;
    } else if (dx !== dy) {
      return dx === undefined ? 1 : -1;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Index of the first element of `sorted` not below `id` under `compare`. */
export function lowerBound(sorted: readonly string[], id: string, compare: IdComparator): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid], id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class OrderedIdSet implements Iterable<string> {
  private readonly ids = new Set<string>();
  /** The ids in DOCUMENT_ORDER, or null until first asked for. */
  private sorted: string[] | null = null;

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.ids[Symbol.iterator]();
  }

  /** `compare` must see the directive as live (its node is in the graph). */
  add(id: string, compare: IdComparator): void {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    if (this.sorted !== null) this.sorted.splice(lowerBound(this.sorted, id, compare), 0, id);
  }

  /** Called while the directive's node is still in the graph, so its position can be found. */
  delete(id: string, compare: IdComparator): void {
    if (!this.ids.delete(id)) return;
    if (this.sorted === null) return;
    const at = lowerBound(this.sorted, id, compare);
    if (this.sorted[at] === id) this.sorted.splice(at, 1);
    else this.sorted = null; // should not happen; rebuilding is always right
  }

  orderedSource(compare: IdComparator): OrderedSource {
    return { ids: this.inDocumentOrder(compare), skip: null };
  }

  inDocumentOrder(compare: IdComparator): readonly string[] {
    if (this.sorted === null) this.sorted = [...this.ids].sort(compare);
    return this.sorted;
  }
}
