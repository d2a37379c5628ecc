// What an agency owes on a day. Counted from its assignment edges with curated status and
// deadlines applied, all through the loaders (a list of agencies costs a constant number of
// store calls). A curator's reassignment away from the agency is honoured; a reassignment *to*
// it is only visible through directives(filter: {assignedTo}) — the port has no reverse index
// of curations.
import type { ApiContext } from './context';
import { curationsOf, directiveRef, effectiveDeadline, effectiveStatus, latestCuration, assigneeIdsOfCuration, type DirectiveRef } from './directive-view';
import { loadEdges } from './loaders';

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

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface LedItem {
  id: string;
  status: string;
  deadline: string | null;
}

/** The counts over the directives an agency leads (pure). */
export function countResponsibility(led: readonly LedItem[], coordinator: number, asOf: string): ResponsibilityView {
  const notDone = led.filter((d) => d.status !== 'DONE');
  const horizon = addDays(asOf, 30);
  const upcoming = notDone
    .filter((d) => d.deadline !== null && d.deadline >= asOf)
    .sort((a, b) => (a.deadline as string).localeCompare(b.deadline as string) || a.id.localeCompare(b.id));
  return {
    asOf,
    lead: led.length,
    coordinator,
    open: notDone.length,
    overdue: notDone.filter((d) => d.deadline !== null && d.deadline < asOf).length,
    dueWithin30Days: upcoming.filter((d) => (d.deadline as string) <= horizon).length,
    done: led.length - notDone.length,
    nextDeadlines: upcoming.slice(0, NEXT_DEADLINES).map((d) => directiveRef(d.id)),
  };
}

async function stillAssigned(ctx: ApiContext, directiveId: string, agencyId: string): Promise<boolean> {
  const curated = latestCuration(await curationsOf(ctx, directiveId), 'ASSIGNEES');
  return curated === null || assigneeIdsOfCuration(curated).includes(agencyId);
}

export async function responsibilityOf(ctx: ApiContext, agencyId: string, asOf: string): Promise<ResponsibilityView> {
  const edges = await loadEdges(ctx.loaders, agencyId, 'ASSIGNED_TO', 'in');
  const idsIn = (role: string) => [...new Set(edges.filter((e) => e.props.role === role).map((e) => e.from))];
  const leadIds = idsIn('LEAD');
  const kept = await Promise.all(leadIds.map((id) => stillAssigned(ctx, id, agencyId)));
  const led = await Promise.all(
    leadIds
      .filter((_, i) => kept[i])
      .map(async (id) => {
        const [status, deadline] = await Promise.all([effectiveStatus(ctx, id), effectiveDeadline(ctx, id)]);
        return { id, status, deadline: deadline?.date ?? null };
      }),
  );
  return countResponsibility(led, idsIn('COORDINATOR').length, asOf);
}
