// Agency: its directives from adjacency, its responsibility, and succession.
import type { AgencyNode } from '../../graph/model';
import type { DirectiveQuery } from '../../store/port';
import type { ApiContext } from '../context';
import { storeCall } from '../errors';
import { hitConnection } from '../find-directives';
import { pageSize } from '../pagination';
import { loadEdges, loadNode } from '../loaders';
import { bySeen } from './Post';
import { responsibilityOf } from '../responsibility';
import type { PageArgsInput, TypeResolvers } from './types';

export interface SuccessionView {
  agencyId: string;
  effective: string | null;
}

type DirectivesArgs = PageArgsInput & { role?: 'LEAD' | 'COORDINATOR' | 'ANY' | null };

async function successions(ctx: ApiContext, id: string, direction: 'in' | 'out'): Promise<SuccessionView[]> {
  const edges = await loadEdges(ctx.loaders, id, 'SUCCEEDED_BY', direction);
  return edges.map((e) => ({
    agencyId: direction === 'in' ? e.from : e.to,
    effective: typeof e.props.effective === 'string' ? e.props.effective : null,
  }));
}

export const Agency: TypeResolvers = {
  directives: async (p: AgencyNode, args: DirectivesArgs, ctx: ApiContext) => {
    const query: DirectiveQuery = { assignedTo: [p.id], role: args.role ?? 'LEAD', orderBy: { field: 'DEADLINE', direction: 'ASC' } };
    const page = { first: pageSize(args.first, ctx.config), after: args.after ?? null };
    return hitConnection(await storeCall('cursor', () => ctx.loaders.directivePages.load({ query, page })));
  },
  responsibility: (p: AgencyNode, args: { asOf: string; dueBy?: string | null }, ctx: ApiContext) => responsibilityOf(ctx, p.id, args.asOf, args.dueBy ?? null),
  postHolders: async (p: AgencyNode, _: unknown, ctx: ApiContext) => [...(await loadEdges(ctx.loaders, p.id, 'HOLDS_POST', 'in'))].sort(bySeen),
  predecessors: (p: AgencyNode, _: unknown, ctx: ApiContext) => successions(ctx, p.id, 'in'),
  successor: async (p: AgencyNode, _: unknown, ctx: ApiContext) => (await successions(ctx, p.id, 'out'))[0] ?? null,
};

const agencyOf = (p: { agencyId: string }, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.agencyId, 'Agency');

export const Succession: TypeResolvers = { agency: agencyOf };
export const InheritedDuties: TypeResolvers = { agency: agencyOf };
