// Small integer slots for directive ids, so an ordered list can test membership in another
// condition with a bit lookup instead of a hash lookup per id. Built on the first ordered query
// (never at load) and replaced by a fresh table when removed directives leave too many dead slots.
export class SlotTable {
  private readonly slotOf = new Map<string, number>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) this.slot(id);
  }

  get count(): number {
    return this.slotOf.size;
  }

  /** The id's slot, given a new one on first sight. */
  slot(id: string): number {
    let slot = this.slotOf.get(id);
    if (slot === undefined) this.slotOf.set(id, (slot = this.slotOf.size));
    return slot;
  }

  /** The id's slot if it has one. */
  find(id: string): number | undefined {
    return this.slotOf.get(id);
  }
}

/** What ordered lists need to agree on: the order, and one slot table for all of them. */
export interface DocumentOrder {
  compare: (a: string, b: string) => number;
  table: SlotTable;
}
