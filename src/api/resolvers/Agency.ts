// Agency: its directives from adjacency, its responsibility, and succession.
import type { AgencyNode } from '../../graph/model';
import { directiveConnection, neighbourIds } from '../adjacency';
import type { ApiContext } from '../context';
import { loadEdges, loadNode } from '../loaders';
import { responsibilityOf } from '../responsibility';
import type { PageArgsInput, TypeResolvers } from './types';

export interface SuccessionView {
  agencyId: string;
  effective: string | null;
}

const ROLES_FOR = { LEAD: ['LEAD'], COORDINATOR: ['COORDINATOR'], ANY: ['LEAD', 'COORDINATOR'] } as const;

type DirectivesArgs = PageArgsInput & { role?: keyof typeof ROLES_FOR | null };

async function successions(ctx: ApiContext, id: string, direction: 'in' | 'out'): Promise<SuccessionView[]> {
  const edges = await loadEdges(ctx.loaders, id, 'SUCCEEDED_BY', direction);
  return edges.map((e) => ({
    agencyId: direction === 'in' ? e.from : e.to,
    effective: typeof e.props.effective === 'string' ? e.props.effective : null,
  }));
}

export const Agency: TypeResolvers = {
  directives: async (p: AgencyNode, args: DirectivesArgs, ctx: ApiContext) => {
    const roles: readonly string[] = ROLES_FOR[args.role ?? 'LEAD'];
    const ids = await neighbourIds(ctx, p.id, 'ASSIGNED_TO', 'in', (props) => roles.includes(String(props.role)));
    return directiveConnection(ctx, ids, args);
  },
  responsibility: (p: AgencyNode, args: { asOf: string }, ctx: ApiContext) => responsibilityOf(ctx, p.id, args.asOf),
  predecessors: (p: AgencyNode, _: unknown, ctx: ApiContext) => successions(ctx, p.id, 'in'),
  successor: async (p: AgencyNode, _: unknown, ctx: ApiContext) => (await successions(ctx, p.id, 'out'))[0] ?? null,
};

export const Succession: TypeResolvers = {
  agency: (p: SuccessionView, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.agencyId, 'Agency'),
};
