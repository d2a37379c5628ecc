// Indexes over directives kept in step with the graph's edges, so the common questions
// ("assigned by the PM to the Ministry of Health") intersect small sets instead of scanning.
// Each set can also list its ids in DOCUMENT_ORDER, so the default listing walks them in order.
import type { GraphEdge, OfficialRole } from '../../graph/model';
import type { EdgeListener, GraphState } from './graph-state';
import { OrderedIdSet, documentOrderComparator, type IdComparator } from './ordered-id-set';
import { SlotTable, type DocumentOrder } from './slot-table';

function addTo<K>(map: Map<K, OrderedIdSet>, key: K, id: string, state: GraphState, compare: IdComparator): void {
  // Only live directives, so a listing can take every id it walks as one.
  if (state.nodes.get(id)?.label !== 'Directive') return;
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new OrderedIdSet()));
  set.add(id, compare);
}

function removeFrom<K>(map: Map<K, OrderedIdSet>, key: K, id: string, compare: IdComparator): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(id, compare);
  if (set.size === 0) map.delete(key);
}

/**
 * Each set is built the first time a query asks for it, from the graph's edges, and from then
 * on kept in step with every edge added or removed: opening a store builds none of them (they
 * were a tenth of opening one), and a set nobody asks for costs nothing.
 */
export class DirectiveIndex implements EdgeListener {
  /** Directive ids by role, then target id, of their extracted ASSIGNED_TO edges (the targets asked about). */
  private readonly assigned = new Map<string, Map<string, OrderedIdSet>>();
  /** Directive ids by a post their issuer held (ISSUED props.roles), for each post asked about so far. */
  private readonly issuerRoles = new Map<OfficialRole, OrderedIdSet>();
  /** Slots for the ordered lists, made on the first ordered query. */
  private slots: SlotTable | null = null;

  /** DOCUMENT_ORDER over the state's nodes: one function for every add and delete. */
  private readonly compare: IdComparator;

  constructor(private readonly state: GraphState) {
    this.compare = documentOrderComparator(state.nodes);
  }

  /** The order and slot table every list of one query must use. */
  documentOrder(state: GraphState): DocumentOrder {
    // Removed directives keep their slots; start over when they outnumber the live ones.
    if (this.slots === null || this.slots.count > 2 * state.countOfLabel('Directive') + 4096) this.slots = new SlotTable([]);
    return { compare: documentOrderComparator(state.nodes), table: this.slots };
  }

  edgeAdded(edge: GraphEdge, state: GraphState): void {
    if (edge.type === 'ASSIGNED_TO') {
      const targets = this.assigned.get(String(edge.props.role));
      if (targets?.has(edge.to)) addTo(targets, edge.to, edge.from, state, this.compare);
    } else if (edge.type === 'ISSUED' && this.issuerRoles.size > 0) {
      for (const role of rolesOf(edge)) if (this.issuerRoles.has(role)) addTo(this.issuerRoles, role, edge.to, state, this.compare);
    }
  }

  edgeRemoved(edge: GraphEdge, state: GraphState): void {
    if (edge.type === 'ASSIGNED_TO') {
      const targets = this.assigned.get(String(edge.props.role));
      if (targets !== undefined) removeFrom(targets, edge.to, edge.from, this.compare);
    } else if (edge.type === 'ISSUED' && rolesOf(edge).some((role) => this.issuerRoles.has(role))) {
      // Another issuer of the same directive may hold the same post; keep it then.
      const others = state.in(edge.to).filter((e) => e.type === 'ISSUED' && e.id !== edge.id);
      for (const role of rolesOf(edge)) {
        if (this.issuerRoles.has(role) && !others.some((o) => rolesOf(o).includes(role))) removeFrom(this.issuerRoles, role, edge.to, this.compare);
      }
    }
  }

  /** Directives with an extracted assignment of `role` to `targetId`. */
  assignedAs(role: string, targetId: string): OrderedIdSet {
    let targets = this.assigned.get(role);
    if (targets === undefined) this.assigned.set(role, (targets = new Map()));
    let set = targets.get(targetId);
    if (set === undefined) {
      targets.set(targetId, (set = new OrderedIdSet()));
      for (const edge of this.state.in(targetId)) if (edge.type === 'ASSIGNED_TO' && String(edge.props.role) === role) addTo(targets, targetId, edge.from, this.state, this.compare);
    }
    return set;
  }

  /**
   * Built for one post at a time: the first question names one (the PM), and filling every
   * post's set at once inserted each of 100k directives into one set or more (0.11 s at 100k).
   */
  issuedByRole(role: OfficialRole): OrderedIdSet {
    let set = this.issuerRoles.get(role);
    if (set === undefined) {
      this.issuerRoles.set(role, (set = new OrderedIdSet()));
      // From the issuers' side: a few thousand officials, not every directive.
      for (const id of this.state.idsOfLabel('Official')) {
        for (const edge of this.state.out(id)) if (edge.type === 'ISSUED' && rolesOf(edge).includes(role)) addTo(this.issuerRoles, role, edge.to, this.state, this.compare);
      }
    }
    return set;
  }
}

export function rolesOf(edge: GraphEdge): OfficialRole[] {
  const roles = edge.props.roles;
  return Array.isArray(roles) ? (roles as OfficialRole[]) : [];
}
