// What an agency owes on a day: counts the store answers as totals of directive queries
// (curated reassignments, status and deadlines applied by the store), so a page of agencies
// costs one findDirectivesMany whatever the number of agencies or of their directives.
import type { DirectiveHit, DirectiveQuery, DirectiveRequest, Page } from '../store/port';
import type { ApiContext } from './context';
import { directiveRef, type DirectiveRef } from './directive-view';

export interface ResponsibilityView {
  asOf: string;
  lead: number;
  coordinator: number;
  open: number;
  overdue: number;
  dueWithin30Days: number;
  done: number;
  nextDeadlines: DirectiveRef[];
}

const NEXT_DEADLINES = 5;
const NOT_DONE = ['OPEN', 'IN_PROGRESS'] as const;

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The store requests whose totals (and, for the last, items) make up the view (pure). */
export function responsibilityRequests(agencyId: string, asOf: string): Record<keyof Omit<ResponsibilityView, 'asOf' | 'open'>, DirectiveRequest> {
  const lead: DirectiveQuery = { assignedTo: [agencyId], role: 'LEAD' };
  const count = (query: DirectiveQuery): DirectiveRequest => ({ query, page: { first: 0 } });
  return {
    lead: count(lead),
    coordinator: count({ assignedTo: [agencyId], role: 'COORDINATOR' }),
    done: count({ ...lead, status: ['DONE'] }),
    overdue: count({ ...lead, overdueOn: asOf }),
    dueWithin30Days: count({ ...lead, status: [...NOT_DONE], dueAfter: asOf, dueBefore: addDays(asOf, 30) }),
    nextDeadlines: {
      query: { ...lead, status: [...NOT_DONE], dueAfter: asOf, orderBy: { field: 'DEADLINE', direction: 'ASC' } },
      page: { first: NEXT_DEADLINES },
    },
  };
}

export async function responsibilityOf(ctx: ApiContext, agencyId: string, asOf: string): Promise<ResponsibilityView> {
  const requests = responsibilityRequests(agencyId, asOf);
  const [lead, coordinator, done, overdue, due, next] = await ctx.loaders.directivePages.loadMany([
    requests.lead,
    requests.coordinator,
    requests.done,
    requests.overdue,
    requests.dueWithin30Days,
    requests.nextDeadlines,
  ]);
  const failed = [lead, coordinator, done, overdue, due, next].find((p): p is Error => p instanceof Error);
  if (failed) throw failed;
  const total = (p: Page<DirectiveHit> | Error) => (p as Page<DirectiveHit>).totalCount;
  return {
    asOf,
    lead: total(lead),
    coordinator: total(coordinator),
    open: total(lead) - total(done),
    overdue: total(overdue),
    dueWithin30Days: total(due),
    done: total(done),
    nextDeadlines: (next as Page<DirectiveHit>).items.map((i) => directiveRef(i.value.id)),
  };
}
