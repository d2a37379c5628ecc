// What an agency owes on a day: its directives in force (curated reassignments included) with
// curated status and deadlines applied, all through the loaders, so a list of agencies costs a
// constant number of store calls.
import type { ApiContext } from './context';
import { assignedKey } from './assigned-directives';
import { directiveRef, effectiveDeadline, effectiveStatus, type DirectiveRef } from './directive-view';

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

export async function responsibilityOf(ctx: ApiContext, agencyId: string, asOf: string): Promise<ResponsibilityView> {
  const [leadIds, coordinatorIds] = await Promise.all([
    ctx.loaders.assigned.load(assignedKey(agencyId, 'LEAD')),
    ctx.loaders.assigned.load(assignedKey(agencyId, 'COORDINATOR')),
  ]);
  const led = await Promise.all(
    leadIds.map(async (id) => {
      const [status, deadline] = await Promise.all([effectiveStatus(ctx, id), effectiveDeadline(ctx, id)]);
      return { id, status, deadline: deadline?.date ?? null };
    }),
  );
  return countResponsibility(led, coordinatorIds.length, asOf);
}
