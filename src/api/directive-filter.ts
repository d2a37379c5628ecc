// The GraphQL DirectiveFilter → the store's DirectiveQuery: names resolved to ids, posts to
// roles. Unknown names are collected, not thrown, so the caller can answer "nothing" with the
// reason next to it.
import type { GraphQLError } from 'graphql';
import type { DirectiveOrderField, DirectiveQuery, DirectiveStatus, StorePort } from '../store/port';
import { allMeetings } from './ask/meetings-scan';
import { notFound, quote } from './errors';
import { resolveAgencies, resolveAssignees, resolveIssuer, resolveOfficials, type Resolved } from './resolve-names';
import { textFilterProblem } from './text-filter';

export interface DirectiveFilterInput {
  assignedBy?: string | null;
  assignedTo?: string | null;
  coordinatedBy?: string | null;
  role?: 'LEAD' | 'COORDINATOR' | 'ANY' | null;
  chairedBy?: string | null;
  meeting?: string | null;
  meetingOn?: string | null;
  dueOn?: string | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
  overdueOn?: string | null;
  status?: DirectiveStatus[] | null;
  hasDeadline?: boolean | null;
  followSuccession?: boolean | null;
  text?: string | null;
  orderBy?: { field: DirectiveOrderField; direction?: 'ASC' | 'DESC' | null } | null;
}

export interface BuiltQuery {
  query: DirectiveQuery;
  /** NOT_FOUND errors for names that match nothing; the query must then answer nothing. */
  unresolved: GraphQLError[];
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export async function directiveQueryFromFilter(store: StorePort, filter: DirectiveFilterInput | null | undefined): Promise<BuiltQuery> {
  const f = filter ?? {};
  const query: DirectiveQuery = {};
  const unresolved: GraphQLError[] = [];
  const take = <T>(resolved: Resolved<T>, set: (value: T) => void) => {
    if (resolved.ok) set(resolved.value);
    else unresolved.push(resolved.error);
  };
  if (present(f.assignedBy)) {
    take(await resolveIssuer(store, f.assignedBy), (issuer) => {
      if (issuer.kind === 'post') query.issuedByRole = [issuer.role];
      else query.issuedBy = issuer.ids;
    });
  }
  if (present(f.assignedTo)) take(await resolveAssignees(store, f.assignedTo), (ids) => (query.assignedTo = ids));
  if (present(f.coordinatedBy)) take(await resolveAgencies(store, f.coordinatedBy), (ids) => (query.coordinatedBy = ids));
  if (present(f.chairedBy)) take(await resolveOfficials(store, f.chairedBy), (ids) => (query.chairedBy = ids));
  if (present(f.role)) query.role = f.role;
  if (present(f.followSuccession)) query.followSuccession = f.followSuccession;
  if (present(f.meeting)) query.meetingIds = [f.meeting];
  if (present(f.meetingOn)) {
    const day = f.meetingOn;
    const ids = (await allMeetings(store)).filter((m) => m.date === day).map((m) => m.id);
    if (ids.length === 0) unresolved.push(notFound(`No meeting on ${quote(day)} is in the reports.`));
    query.meetingIds = present(f.meeting) ? ids.filter((id) => id === f.meeting) : ids;
  }
  if (present(f.dueOn)) query.dueOn = f.dueOn;
  if (present(f.dueBefore)) query.dueBefore = f.dueBefore;
  if (present(f.dueAfter)) query.dueAfter = f.dueAfter;
  if (present(f.overdueOn)) query.overdueOn = f.overdueOn;
  if (present(f.status)) query.status = f.status;
  if (present(f.hasDeadline)) query.hasDeadline = f.hasDeadline;
  if (present(f.text)) {
    const problem = textFilterProblem('The text filter', f.text);
    if (problem !== null) throw problem;
    query.text = f.text.trim();
  }
  if (present(f.orderBy)) query.orderBy = { field: f.orderBy.field, direction: f.orderBy.direction ?? 'ASC' };
  return { query, unresolved };
}
