// A set of directive ids that can also hand out its ids in DOCUMENT_ORDER (document id, then
// position, then id), with each id's slot and a bitset of the slots, so a listing walks one
// list and tests the other conditions by bit. All of it is built on first use and then kept in
// step with every add and delete: a bulk load pays nothing, a query after a write pays one
// binary insert per list.
import type { DirectiveNode, GraphNode } from '../../graph/model';
import type { OrderedSource } from './document-order-scan';
import type { DocumentOrder, SlotTable } from './slot-table';

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

const NO_SLOTS: readonly number[] = [];

export class OrderedIdSet implements Iterable<string> {
  private readonly ids = new Set<string>();
  /** The ids in DOCUMENT_ORDER, or null until a listing walks this set. */
  private sorted: string[] | null = null;
  /** Slots of `sorted` in `table`, position by position: only when a walk tests other conditions. */
  private slots: number[] | null = null;
  /** A bit per slot of `table` for each member: only when another walk tests this set. */
  private bits: Uint32Array | null = null;
  private table: SlotTable | null = null;
  /** The ids by effective deadline, for the `version` of deadlines they were sorted under. */
  private byDeadline: { version: string; ids: string[] } | null = null;
  /** Whether a walk has tested membership in this set (see member). */
  private testedOnce = false;

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
    this.byDeadline = null;
    const slot = this.table === null || (this.slots === null && this.bits === null) ? -1 : this.table.slot(id);
    if (this.bits !== null) this.setBit(slot);
    if (this.sorted === null) return;
    const at = lowerBound(this.sorted, id, compare);
    this.sorted.splice(at, 0, id);
    this.slots?.splice(at, 0, slot);
  }

  /** Called while the directive's node is still in the graph, so its position can be found. */
  delete(id: string, compare: IdComparator): void {
    if (!this.ids.delete(id)) return;
    this.byDeadline = null;
    const slot = this.table?.find(id);
    if (this.bits !== null && slot !== undefined) this.bits[slot >>> 5] &= ~(1 << (slot & 31));
    if (this.sorted === null) return;
    const at = lowerBound(this.sorted, id, compare);
    if (this.sorted[at] !== id) {
      // Should not happen; rebuilding on the next walk is always right.
      this.sorted = null;
      this.slots = null;
      return;
    }
    this.sorted.splice(at, 1);
    this.slots?.splice(at, 1);
  }

  /** The ids in order, with their slots when the walk will test other conditions by slot. */
  orderedSource(order: DocumentOrder, withSlots: boolean): OrderedSource {
    if (this.sorted === null) this.sorted = [...this.ids].sort(order.compare);
    if (!withSlots) return { ids: this.sorted, slots: NO_SLOTS, skip: null };
    this.useTable(order.table);
    if (this.slots === null) this.slots = this.sorted.map((id) => order.table.slot(id));
    return { ids: this.sorted, slots: this.slots, skip: null };
  }

  /**
   * The ids by effective deadline (nulls last, then id), as compareKeys orders DEADLINE ASC;
   * sorted again whenever `version` (which moves on every write and curation) has changed.
   */
  byDeadlineAsc(version: string, deadlineOf: (id: string) => string | null): OrderedSource {
    if (this.byDeadline === null || this.byDeadline.version !== version) {
      const keyed = [...this.ids].map((id) => ({ id, due: deadlineOf(id) }));
      keyed.sort((a, b) => {
        if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1;
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
      this.byDeadline = { version, ids: keyed.map((k) => k.id) };
    }
    return { ids: this.byDeadline.ids, slots: NO_SLOTS, skip: null };
  }

  /**
   * A membership test for a walk. The first walk that tests this set looks ids up: a bit per
   * slot costs a slot for every member (the first query after opening a large store paid that
   * for the largest set, say every directive the PM issued); from the second on, bits.
   */
  member(order: DocumentOrder): (id: string, slot: number) => boolean {
    if (this.bits === null && !this.testedOnce) {
      this.testedOnce = true;
      const ids = this.ids;
      return (id) => ids.has(id);
    }
    const test = this.slotTest(order);
    return (_id, slot) => test(slot);
  }

  /** A membership test by slot, valid for slots of `order.table`. */
  slotTest(order: DocumentOrder): (slot: number) => boolean {
    this.useTable(order.table);
    if (this.bits === null) {
      this.bits = new Uint32Array((order.table.count >>> 5) + 1);
      for (const id of this.ids) this.setBit(order.table.slot(id));
    }
    const bits = this.bits;
    return (slot) => (bits[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }

  /** Slots and bits of another table are dropped, to be rebuilt in this one. */
  private useTable(table: SlotTable): void {
    if (this.table === table) return;
    this.table = table;
    this.slots = null;
    this.bits = null;
  }

  private setBit(slot: number): void {
    let bits = this.bits as Uint32Array;
    const word = slot >>> 5;
    if (word >= bits.length) {
      const grown = new Uint32Array(Math.max(word + 1, bits.length * 2));
      grown.set(bits);
      this.bits = bits = grown;
    }
    bits[word] |= 1 << (slot & 31);
  }
}
