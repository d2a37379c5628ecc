// The default listing (DOCUMENT_ORDER ascending) without sorting: the narrowest condition's ids
// are already in that order, so the page is the first `first + 1` that pass after the cursor,
// and totalCount is a count of membership tests (a bit per id for index-backed conditions) with
// no sort key built per match. When the narrowest condition is the only one and nothing is
// tested per directive, the count is its size.
import type { DirectiveNode } from '../../graph/model';
import type { DirectiveHit, Page } from '../port';
import type { IdSet } from './assigned-condition';
import { encodeCursor } from './cursor';
import { compareKeys, type OrderKey } from './directive-order';
import type { DocumentOrder } from './slot-table';

/** A condition's ids in DOCUMENT_ORDER; `skip` drops ids the condition does not hold after all. */
export interface OrderedSource {
  ids: readonly string[];
  /** Each id's slot in the query's slot table, position by position (empty when nothing tests by slot). */
  slots: readonly number[];
  skip: ((id: string) => boolean) | null;
}

export type MembershipTest = (id: string, slot: number) => boolean;

/** A condition's sets as tests: by slot where the set keeps bits, else by id. */
export function membershipTests(alternatives: readonly IdSet[], order: DocumentOrder): MembershipTest[] {
  return alternatives.map((set) => (set.member === undefined ? (id: string) => set.has(id) : set.member(order)));
}

export interface DocumentOrderScan {
  source: OrderedSource;
  /** The other index-backed conditions: each holds when any of its tests holds. */
  others: MembershipTest[][];
  /** The per-directive conditions (text, deadline, status), or null when there are none. */
  matches: ((node: DirectiveNode) => boolean) | null;
  first: number;
  after: OrderKey | null;
  /** The listing's key of a walked directive (its order is the order of `source.ids`). */
  keyOf: (node: DirectiveNode) => OrderKey;
  field: 'DOCUMENT_ORDER' | 'DEADLINE';
  inheritedFrom: ((id: string) => string | null) | null;
}

export function documentOrderKey(node: DirectiveNode): OrderKey {
  return { primary: node.documentId, secondary: node.ordinal, id: node.id };
}

/** Index of the first id whose key is above the cursor (ids hold live directives only). */
function startAfter(ids: readonly string[], after: OrderKey | null, nodes: ReadonlyMap<string, unknown>, keyOf: (node: DirectiveNode) => OrderKey): number {
  if (after === null) return 0;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keyOf(nodes.get(ids[mid]) as DirectiveNode), after, 'ASC') > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function scanInDocumentOrder(nodes: ReadonlyMap<string, unknown>, scan: DocumentOrderScan): Page<DirectiveHit> {
  const { ids, slots, skip } = scan.source;
  const { others, matches, first } = scan;
  const start = startAfter(ids, scan.after, nodes, scan.keyOf);
  const picked: DirectiveNode[] = [];
  let totalCount = 0;
  if (skip === null && others.length === 0 && matches === null) {
    totalCount = ids.length;
    for (let i = start; i < ids.length && picked.length <= first; i++) picked.push(nodes.get(ids[i]) as DirectiveNode);
  } else {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (skip !== null && skip(id)) continue;
      if (!holdsAll(others, id, slots[i])) continue;
      if (matches !== null) {
        if (!matches(nodes.get(id) as DirectiveNode)) continue;
      }
      totalCount++;
      if (i >= start && picked.length <= first) picked.push(nodes.get(id) as DirectiveNode);
    }
  }
  const items = picked.slice(0, first).map((node) => {
    const from = scan.inheritedFrom === null ? null : scan.inheritedFrom(node.id);
    const value: DirectiveHit = from === null ? { id: node.id } : { id: node.id, inheritedFrom: from };
    const key = scan.keyOf(node);
    return { value, cursor: encodeCursor(['d', scan.field, 'ASC', key.primary, key.secondary, key.id]) };
  });
  return { items, totalCount, hasNextPage: picked.length > first };
}

function holdsAll(others: readonly MembershipTest[][], id: string, slot: number): boolean {
  for (const tests of others) {
    let held = false;
    for (const test of tests) {
      if (test(id, slot)) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}

/** The ordered ids of a condition that is one set able to list itself in order, else null. */
export function orderedSourceOf(alternatives: readonly IdSet[], order: DocumentOrder, withSlots: boolean): OrderedSource | null {
  if (alternatives.length === 0) return { ids: [], slots: [], skip: null };
  if (alternatives.length !== 1) return null;
  const only = alternatives[0];
  return only.orderedSource === undefined ? null : only.orderedSource(order, withSlots);
}
