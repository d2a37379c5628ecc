// What an agency owes on a day, succession included: its own directives plus those of the
// predecessors whose duties it carries on that day (flagged per predecessor, with the day they
// passed to it). An agency abolished by then owes nothing itself and says where its duties
// went. Counts are store totals (curated assignments, status and deadlines applied), batched.
import type { DirectiveHit, DirectiveRequest, Page } from '../store/port';
import type { ApiContext } from './context';
import { directiveRef, effectiveAssigneeIds, type DirectiveRef } from './directive-view';
import { flattenRequests, responsibilityRequests, ROLES, type RoleName, type RoleRequests } from './responsibility-requests';
import { dutiesMovedTo, predecessorsAsOf, type SuccessionStep } from './succession';

export { addDays } from './responsibility-requests';

export interface RoleCountsView {
  role: RoleName;
  total: number;
  open: number;
  overdue: number;
  done: number;
  dueBy: number | null;
}

export interface InheritedView {
  agencyId: string;
  effective: string | null;
  lead: number;
  coordinator: number;
  open: number;
  overdue: number;
}

export interface ResponsibilityView {
  asOf: string;
  dueBy: string | null;
  lead: number;
  coordinator: number;
  open: number;
  overdue: number;
  dueWithin30Days: number;
  done: number;
  owedBy: number | null;
  byRole: RoleCountsView[];
  inherited: InheritedView[];
  movedTo: { agencyId: string; effective: string | null } | null;
  nextDeadlines: DirectiveRef[];
}

type Pages = Map<DirectiveRequest, Page<DirectiveHit>>;

async function loadPages(ctx: ApiContext, requests: DirectiveRequest[]): Promise<Pages> {
  const pages = await ctx.loaders.directivePages.loadMany(requests);
  const failed = pages.find((p): p is Error => p instanceof Error);
  if (failed) throw failed;
  return new Map(requests.map((r, i) => [r, pages[i] as Page<DirectiveHit>]));
}

function roleCounts(pages: Pages, role: RoleName, r: RoleRequests): RoleCountsView {
  const n = (req: DirectiveRequest) => (pages.get(req) as Page<DirectiveHit>).totalCount;
  const total = n(r.total);
  const done = n(r.done);
  return { role, total, open: total - done, overdue: n(r.overdue), done, dueBy: r.dueBy === null ? null : n(r.dueBy) };
}

/** The predecessor a next-deadline directive came from, or null when it is the agency's own. */
async function inheritedRef(ctx: ApiContext, hit: DirectiveHit, agencyId: string, predecessors: readonly SuccessionStep[]): Promise<DirectiveRef> {
  if (predecessors.length === 0) return directiveRef(hit.id);
  const assignees = await effectiveAssigneeIds(ctx, hit.id);
  const from = assignees.includes(agencyId) ? undefined : predecessors.find((p) => assignees.includes(p.agencyId));
  return directiveRef(hit.id, from?.agencyId ?? null);
}

function nothingOwed(asOf: string, dueBy: string | null, movedTo: SuccessionStep): ResponsibilityView {
  const byRole = ROLES.map((role) => ({ role, total: 0, open: 0, overdue: 0, done: 0, dueBy: dueBy === null ? null : 0 }));
  const zero = { lead: 0, coordinator: 0, open: 0, overdue: 0, dueWithin30Days: 0, done: 0 };
  return { asOf, dueBy, ...zero, owedBy: dueBy === null ? null : 0, byRole, inherited: [], movedTo, nextDeadlines: [] };
}

export async function responsibilityOf(ctx: ApiContext, agencyId: string, asOf: string, dueBy: string | null = null): Promise<ResponsibilityView> {
  const movedTo = await dutiesMovedTo(ctx, agencyId, asOf);
  if (movedTo !== null) return nothingOwed(asOf, dueBy, movedTo);
  const predecessors = await predecessorsAsOf(ctx, agencyId, asOf);
  const requests = responsibilityRequests(agencyId, predecessors.map((p) => p.agencyId), asOf, dueBy);
  const pages = await loadPages(ctx, flattenRequests(requests));
  const n = (req: DirectiveRequest) => (pages.get(req) as Page<DirectiveHit>).totalCount;
  const byRole = ROLES.map((role) => roleCounts(pages, role, requests.roles[role]));
  const [lead, coordinator] = byRole;
  const next = (pages.get(requests.nextDeadlines) as Page<DirectiveHit>).items;
  return {
    asOf,
    dueBy,
    lead: lead.total,
    coordinator: coordinator.total,
    open: lead.open,
    overdue: lead.overdue,
    dueWithin30Days: n(requests.dueWithin30Days),
    done: lead.done,
    owedBy: lead.dueBy,
    byRole,
    inherited: requests.inherited.map((r, i) => {
      const counts = roleCounts(pages, 'LEAD', r.lead);
      return { agencyId: r.agencyId, effective: predecessors[i].effective, lead: counts.total, coordinator: n(r.coordinator), open: counts.open, overdue: counts.overdue };
    }),
    movedTo: null,
    nextDeadlines: await Promise.all(next.map((item) => inheritedRef(ctx, item.value, agencyId, predecessors))),
  };
}
