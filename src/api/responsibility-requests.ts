// The store requests behind Agency.responsibility (pure): counts per role over the agency and
// the predecessors whose duties it carries, per predecessor for the inherited part, and the next
// deadlines. Each is a directive query whose totalCount (first: 0) is the number wanted, so the
// whole view — for a whole page of agencies — is one findDirectivesMany.
import type { DirectiveQuery, DirectiveRequest } from '../store/port';

export type RoleName = 'LEAD' | 'COORDINATOR' | 'ANY';
export const ROLES: readonly RoleName[] = ['LEAD', 'COORDINATOR', 'ANY'];
export const NOT_DONE = ['OPEN', 'IN_PROGRESS'] as const;
export const NEXT_DEADLINES = 5;

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Counts of one role: all, done, overdue on `asOf`, not done and due by `dueBy`. */
export interface RoleRequests {
  total: DirectiveRequest;
  done: DirectiveRequest;
  overdue: DirectiveRequest;
  dueBy: DirectiveRequest | null;
}

export interface ResponsibilityRequests {
  roles: Record<RoleName, RoleRequests>;
  dueWithin30Days: DirectiveRequest;
  nextDeadlines: DirectiveRequest;
  /** Per predecessor carried on `asOf`: its led and coordinated directives, done and overdue. */
  inherited: { agencyId: string; lead: RoleRequests; coordinator: DirectiveRequest }[];
}

const count = (query: DirectiveQuery): DirectiveRequest => ({ query, page: { first: 0 } });

function roleRequests(assignedTo: string[], role: RoleName, asOf: string, dueBy: string | null): RoleRequests {
  const base: DirectiveQuery = { assignedTo, role };
  return {
    total: count(base),
    done: count({ ...base, status: ['DONE'] }),
    overdue: count({ ...base, overdueOn: asOf }),
    dueBy: dueBy === null ? null : count({ ...base, status: [...NOT_DONE], dueBefore: dueBy }),
  };
}

/** `agencyId` and `predecessorIds` (carried on `asOf`) → every request of the view. */
export function responsibilityRequests(agencyId: string, predecessorIds: readonly string[], asOf: string, dueBy: string | null): ResponsibilityRequests {
  const targets = [agencyId, ...predecessorIds];
  const lead: DirectiveQuery = { assignedTo: targets, role: 'LEAD', status: [...NOT_DONE] };
  return {
    roles: { LEAD: roleRequests(targets, 'LEAD', asOf, dueBy), COORDINATOR: roleRequests(targets, 'COORDINATOR', asOf, dueBy), ANY: roleRequests(targets, 'ANY', asOf, dueBy) },
    dueWithin30Days: count({ ...lead, dueAfter: asOf, dueBefore: addDays(asOf, 30) }),
    nextDeadlines: { query: { ...lead, dueAfter: asOf, orderBy: { field: 'DEADLINE', direction: 'ASC' } }, page: { first: NEXT_DEADLINES } },
    inherited: predecessorIds.map((id) => ({
      agencyId: id,
      lead: roleRequests([id], 'LEAD', asOf, null),
      coordinator: count({ assignedTo: [id], role: 'COORDINATOR' }),
    })),
  };
}

/** Every request in a fixed order, for one loadMany. */
export function flattenRequests(r: ResponsibilityRequests): DirectiveRequest[] {
  const ofRole = (x: RoleRequests) => [x.total, x.done, x.overdue, ...(x.dueBy === null ? [] : [x.dueBy])];
  return [
    ...ROLES.flatMap((role) => ofRole(r.roles[role])),
    r.dueWithin30Days,
    r.nextDeadlines,
    ...r.inherited.flatMap((i) => [...ofRole(i.lead), i.coordinator]),
  ];
}
