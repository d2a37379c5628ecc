// network(from, to, excludeGroups): the co-assignment network over the whole graph, read from
// the store's listings of assignments, directive–meeting links and meetings (one pass each).
import { coAssignmentNetwork, type CoAssignmentNetwork } from '../graph/co-assignment';
import type { GraphEdge } from '../graph/model';
import type { Page, PageArgs } from '../store/port';
import { allMeetings } from './ask/meetings-scan';
import type { ApiContext } from './context';
import { badInput } from './errors';

const PAGE = 1000;

async function everyEdge(list: (page: PageArgs) => Promise<Page<GraphEdge>>): Promise<GraphEdge[]> {
  const out: GraphEdge[] = [];
  for (let after: string | null = null; ; ) {
    const page = await list({ first: PAGE, after });
    for (const item of page.items) out.push(item.value);
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items[page.items.length - 1].cursor;
  }
}

export interface NetworkArgs {
  from?: string | null;
  to?: string | null;
  excludeGroups?: boolean | null;
  minWeight?: number | null;
}

export type NetworkView = CoAssignmentNetwork & { from: string | null; to: string | null };

export async function networkView(ctx: ApiContext, args: NetworkArgs): Promise<NetworkView> {
  const minWeight = args.minWeight ?? 1;
  if (!Number.isInteger(minWeight) || minWeight < 1) throw badInput(`minWeight must be 1 or more, got ${JSON.stringify(minWeight)}.`);
  const [assignments, partOf, meetings] = await Promise.all([
    everyEdge((p) => ctx.store.listEdges('ASSIGNED_TO', p)),
    everyEdge((p) => ctx.store.listEdges('PART_OF', p)),
    allMeetings(ctx.store),
  ]);
  const exclude = new Set<string>();
  if (args.excludeGroups) {
    const agencies = await ctx.loaders.nodes.loadMany([...new Set(assignments.map((e) => e.to))]);
    for (const node of agencies) if (node !== null && !(node instanceof Error) && node.label === 'Agency' && node.kind === 'group') exclude.add(node.id);
  }
  const network = coAssignmentNetwork(
    { assignments, meetingOf: new Map(partOf.map((e) => [e.from, e.to])), meetingDates: new Map(meetings.map((m) => [m.id, m.date])), exclude },
    { from: args.from ?? null, to: args.to ?? null },
  );
  const edges = network.edges.filter((e) => e.weight >= minWeight);
  const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
  return { from: args.from ?? null, to: args.to ?? null, nodes: network.nodes.filter((n) => linked.has(n.agencyId)), edges };
}
