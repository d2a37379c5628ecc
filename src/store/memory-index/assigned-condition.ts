// The assignedTo condition as sets to test membership in, without copying any index:
// extracted assignments (minus directives whose assignees a curator replaced), curated leads,
// and with followSuccession the same for every predecessor agency.
import type { DirectiveQuery } from '../port';
import type { OrderedSource } from './document-order-scan';
import type { QueryContext } from './find-directives';
import type { OrderedIdSet } from './ordered-id-set';
import type { DocumentOrder } from './slot-table';

/** What a condition needs of a set of directive ids. ReadonlySet<string> is one. */
export interface IdSet {
  readonly size: number;
  has(id: string): boolean;
  [Symbol.iterator](): Iterator<string>;
  /** Present when the set can list its ids in DOCUMENT_ORDER without sorting them per query. */
  orderedSource?(order: DocumentOrder, withSlots: boolean): OrderedSource;
  /** Present when the set can list its ids by effective deadline, sorted once per `version`. */
  byDeadlineAsc?(version: string, deadlineOf: (id: string) => string | null): OrderedSource;
  /** Present when membership can be tested by the id's slot in `order.table`. */
  member?(order: DocumentOrder): (id: string, slot: number) => boolean;
}

/** Extracted leads of one target, skipping directives whose assignees were curated. */
class ExtractedLeads implements IdSet {
  constructor(
    private readonly inner: OrderedIdSet,
    private readonly isCurated: (id: string) => boolean,
  ) {}

  get size(): number {
    return this.inner.size;
  }

  has(id: string): boolean {
    return this.inner.has(id) && !this.isCurated(id);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const id of this.inner) if (!this.isCurated(id)) yield id;
  }

  orderedSource(order: DocumentOrder, withSlots: boolean): OrderedSource {
    return { ...this.inner.orderedSource(order, withSlots), skip: this.isCurated };
  }

  byDeadlineAsc(version: string, deadlineOf: (id: string) => string | null): OrderedSource {
    return { ...this.inner.byDeadlineAsc(version, deadlineOf), skip: this.isCurated };
  }

  member(order: DocumentOrder): (id: string, slot: number) => boolean {
    const inner = this.inner.member(order);
    const isCurated = this.isCurated;
    return (id, slot) => inner(id, slot) && !isCurated(id);
  }
}

function assignedSets(ctx: QueryContext, targetId: string, role: 'LEAD' | 'COORDINATOR' | 'ANY'): IdSet[] {
  const sets: IdSet[] = [];
  if (role !== 'COORDINATOR') {
    const leads = ctx.index.assignedAs('LEAD', targetId);
    const curations = ctx.curations;
    sets.push(curations.hasAssigneeCurations() ? new ExtractedLeads(leads, (id) => curations.curatedAssignees(id) !== undefined) : leads);
    sets.push(curations.directivesCuratedToLead(targetId));
  }
  if (role !== 'LEAD') sets.push(ctx.index.assignedAs('COORDINATOR', targetId));
  if (role === 'ANY') sets.push(ctx.index.assignedAs('MONITOR', targetId));
  return sets.filter((set) => set.size > 0);
}

/** Agencies that handed their duties on to `agencyId`, nearest first (SUCCEEDED_BY, transitively). */
export function predecessorsOf(ctx: QueryContext, agencyId: string): string[] {
  const seen = new Set([agencyId]);
  const order: string[] = [];
  const queue = [agencyId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const edge of ctx.state.in(current)) {
      if (edge.type !== 'SUCCEEDED_BY' || seen.has(edge.from)) continue;
      seen.add(edge.from);
      order.push(edge.from);
      queue.push(edge.from);
    }
  }
  return order;
}

export interface AssignedCondition {
  /** The directive matches when it is in any of these. */
  alternatives: IdSet[];
  /** For a matching directive: the predecessor it matched through, or null for a direct match. */
  inheritedFrom(id: string): string | null;
}

export function assignedCondition(ctx: QueryContext, query: DirectiveQuery, targets: readonly string[]): AssignedCondition {
  const role = query.role ?? 'LEAD';
  const direct = targets.flatMap((target) => assignedSets(ctx, target, role));
  const inherited =
    query.followSuccession === true
      ? targets.flatMap((target) => predecessorsOf(ctx, target)).map((agency) => ({ agency, sets: assignedSets(ctx, agency, role) }))
      : [];
  return {
    alternatives: [...direct, ...inherited.flatMap((i) => i.sets)],
    inheritedFrom: (id) => (direct.some((set) => set.has(id)) ? null : (inherited.find((i) => i.sets.some((set) => set.has(id)))?.agency ?? null)),
  };
}
