// Meeting and Chair: chairs and attendees from adjacency, directives in report order.
import type { GraphEdge, MeetingNode } from '../../graph/model';
import { directiveConnection, neighbourIds } from '../adjacency';
import type { ApiContext } from '../context';
import { loadEdges, loadNode, loadNodes } from '../loaders';
import type { PageArgsInput, TypeResolvers } from './types';

export interface ChairView {
  officialId: string;
  role: string;
  titles: string[];
  location: string | null;
}

function chairView(edge: GraphEdge): ChairView {
  const { role, titles, location } = edge.props;
  return {
    officialId: edge.from,
    role: String(role ?? 'MAIN'),
    titles: Array.isArray(titles) ? titles : [],
    location: typeof location === 'string' ? location : null,
  };
}

export const Meeting: TypeResolvers = {
  chairs: async (p: MeetingNode, _: unknown, ctx: ApiContext) => {
    const views = (await loadEdges(ctx.loaders, p.id, 'CHAIRED', 'in')).map(chairView);
    return [...views.filter((c) => c.role === 'MAIN'), ...views.filter((c) => c.role !== 'MAIN')];
  },
  attendees: async (p: MeetingNode, _: unknown, ctx: ApiContext) =>
    loadNodes(ctx.loaders, await neighbourIds(ctx, p.id, 'ATTENDED', 'in'), 'Official'),
  directives: async (p: MeetingNode, args: PageArgsInput, ctx: ApiContext) =>
    directiveConnection(ctx, await neighbourIds(ctx, p.id, 'PART_OF', 'in'), args),
  document: (p: MeetingNode, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.documentId, 'Document'),
  documents: async (p: MeetingNode, _: unknown, ctx: ApiContext) =>
    loadNodes(ctx.loaders, (await neighbourIds(ctx, p.id, 'REPORTED_IN', 'out')).sort(), 'Document'),
};

export const Chair: TypeResolvers = {
  name: async (p: ChairView, _: unknown, ctx: ApiContext) => (await loadNode(ctx.loaders, p.officialId, 'Official'))?.name ?? '',
  official: (p: ChairView, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.officialId, 'Official'),
};
