// Official: meetings chaired and directives issued, from adjacency.
import type { MeetingNode, OfficialNode } from '../../graph/model';
import { directiveConnection, listConnection, neighbourIds } from '../adjacency';
import type { ApiContext } from '../context';
import { loadEdges, loadNodes } from '../loaders';
import { bySeen } from './Post';
import type { PageArgsInput, TypeResolvers } from './types';

const byDate = (a: MeetingNode, b: MeetingNode) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);

export const Official: TypeResolvers = {
  nameEn: () => null,
  meetingsChaired: async (p: OfficialNode, args: PageArgsInput, ctx: ApiContext) => {
    const meetings = await loadNodes(ctx.loaders, await neighbourIds(ctx, p.id, 'CHAIRED', 'out'), 'Meeting');
    return listConnection(ctx, [...meetings].sort(byDate), args);
  },
  meetingsAttended: async (p: OfficialNode, args: PageArgsInput, ctx: ApiContext) => {
    const meetings = await loadNodes(ctx.loaders, await neighbourIds(ctx, p.id, 'ATTENDED', 'out'), 'Meeting');
    return listConnection(ctx, [...meetings].sort(byDate), args);
  },
  posts: async (p: OfficialNode, _: unknown, ctx: ApiContext) => [...(await loadEdges(ctx.loaders, p.id, 'HOLDS_POST', 'out'))].sort(bySeen),
  directivesIssued: async (p: OfficialNode, args: PageArgsInput, ctx: ApiContext) =>
    directiveConnection(ctx, await neighbourIds(ctx, p.id, 'ISSUED', 'out'), args),
};
