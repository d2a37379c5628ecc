// Indexes over directives kept in step with the graph's edges, so the common questions
// ("assigned by the PM to the Ministry of Health") intersect small sets instead of scanning.
import type { GraphEdge, OfficialRole } from '../../graph/model';
import type { EdgeListener, GraphState } from './graph-state';

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(id);
}

function removeFrom<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

const EMPTY: ReadonlySet<string> = new Set();

export class DirectiveIndex implements EdgeListener {
  /** Directive ids by role, then target id, of their extracted ASSIGNED_TO edges. */
  private readonly assigned = new Map<string, Map<string, Set<string>>>();
  /** Directive ids by a post their issuer held (ISSUED props.roles). */
  private readonly issuerRoles = new Map<OfficialRole, Set<string>>();

  edgeAdded(edge: GraphEdge): void {
    if (edge.type === 'ASSIGNED_TO') addTo(this.byRole(String(edge.props.role)), edge.to, edge.from);
    else if (edge.type === 'ISSUED') for (const role of rolesOf(edge)) addTo(this.issuerRoles, role, edge.to);
  }

  edgeRemoved(edge: GraphEdge, state: GraphState): void {
    if (edge.type === 'ASSIGNED_TO') {
      removeFrom(this.byRole(String(edge.props.role)), edge.to, edge.from);
    } else if (edge.type === 'ISSUED') {
      // Another issuer of the same directive may hold the same post; keep it then.
      const others = state.in(edge.to).filter((e) => e.type === 'ISSUED' && e.id !== edge.id);
      for (const role of rolesOf(edge)) if (!others.some((o) => rolesOf(o).includes(role))) removeFrom(this.issuerRoles, role, edge.to);
    }
  }

  /** Directives with an extracted assignment of `role` to `targetId`. */
  assignedAs(role: string, targetId: string): ReadonlySet<string> {
    return this.assigned.get(role)?.get(targetId) ?? EMPTY;
  }

  private byRole(role: string): Map<string, Set<string>> {
    let targets = this.assigned.get(role);
    if (targets === undefined) this.assigned.set(role, (targets = new Map()));
    return targets;
  }

  issuedByRole(role: OfficialRole): ReadonlySet<string> {
    return this.issuerRoles.get(role) ?? EMPTY;
  }
}

export function rolesOf(edge: GraphEdge): OfficialRole[] {
  const roles = edge.props.roles;
  return Array.isArray(roles) ? (roles as OfficialRole[]) : [];
}
