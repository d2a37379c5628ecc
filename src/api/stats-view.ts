// stats: the store's counts, with `top` held to the page-size cap like every list, and the
// busiest agencies counted as they stand on a day (today unless `asOf`): an abolished agency's
// directives are counted under the agency carrying its duties, flagged as inherited. Folding
// can lift an agency into the top, so the store is asked for every agency before the cut.
import type { GraphStats } from '../store/port';
import { vietnamToday } from './ask/today';
import type { ApiContext } from './context';
import { pageSize } from './pagination';
import { dutiesMovedTo } from './succession';

const DEFAULT_TOP = 10;

export interface AgencyLoadView {
  agencyId: string;
  lead: number;
  coordinator: number;
  inheritedLead: number;
  inheritedCoordinator: number;
}

export type StatsView = Omit<GraphStats, 'topAssignees'> & { asOf: string; topAssignees: AgencyLoadView[] };

/** Each agency's loads added to the agency carrying its duties on `asOf`, most led first. */
export async function foldSuccession(ctx: ApiContext, loads: GraphStats['topAssignees'], asOf: string): Promise<AgencyLoadView[]> {
  const moved = await Promise.all(loads.map((l) => dutiesMovedTo(ctx, l.agencyId, asOf)));
  const folded = new Map<string, AgencyLoadView>();
  const row = (agencyId: string) => {
    let r = folded.get(agencyId);
    if (r === undefined) folded.set(agencyId, (r = { agencyId, lead: 0, coordinator: 0, inheritedLead: 0, inheritedCoordinator: 0 }));
    return r;
  };
  loads.forEach((load, i) => {
    const to = moved[i];
    const r = row(to?.agencyId ?? load.agencyId);
    r.lead += load.lead;
    r.coordinator += load.coordinator;
    if (to !== null) {
      r.inheritedLead += load.lead;
      r.inheritedCoordinator += load.coordinator;
    }
  });
  return [...folded.values()].sort((a, b) => b.lead - a.lead || b.coordinator - a.coordinator || (a.agencyId < b.agencyId ? -1 : 1));
}

export async function statsView(ctx: ApiContext, top: number | null | undefined, asOf: string | null | undefined): Promise<StatsView> {
  const n = pageSize(top ?? DEFAULT_TOP, ctx.config, 'top');
  const day = asOf ?? vietnamToday(ctx.clock());
  const agencies = (await ctx.store.listNodes('Agency', { first: 0 })).totalCount;
  const stats = await ctx.store.stats(Math.max(n, agencies));
  const topAssignees = (await foldSuccession(ctx, stats.topAssignees, day)).slice(0, n);
  return { ...stats, asOf: day, topAssignees, directivesPerMeeting: stats.directivesPerMeeting.slice(0, n) };
}
