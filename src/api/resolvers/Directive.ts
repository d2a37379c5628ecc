// Directive: every field reads through loaders; curated values win over extracted ones.
import type { ApiContext } from '../context';
import {
  curationsOf,
  directiveNode,
  effectiveAssigneeIds,
  effectiveDeadline,
  effectiveStatus,
  extractedDeadline,
  extractedPartyIds,
  latestCuration,
  type DirectiveRef,
} from '../directive-view';
import { loadEdges, loadNode } from '../loaders';
import { sourceOfDirective, sourcesOfDirective } from '../source-view';
import type { TypeResolvers } from './types';

const parties = async (ctx: ApiContext, ids: string[]) => (await ctx.loaders.nodes.loadMany(ids)).filter((n) => n !== null && !(n instanceof Error));

async function issuerEdge(ctx: ApiContext, id: string) {
  const [edge] = await loadEdges(ctx.loaders, id, 'ISSUED', 'in');
  return edge ?? null;
}

export const Directive: TypeResolvers = {
  id: (p: DirectiveRef) => p.id,
  text: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => (await directiveNode(ctx, p.id)).text,
  deadline: (p: DirectiveRef, _: unknown, ctx: ApiContext) => effectiveDeadline(ctx, p.id),
  assignees: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, await effectiveAssigneeIds(ctx, p.id)),
  coordinators: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, await extractedPartyIds(ctx, p.id, ['COORDINATOR'])),
  monitors: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, await extractedPartyIds(ctx, p.id, ['MONITOR'])),
  issuedBy: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => {
    const edge = await issuerEdge(ctx, p.id);
    return edge === null ? null : loadNode(ctx.loaders, edge.from, 'Official');
  },
  issuerRoles: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => {
    const roles = (await issuerEdge(ctx, p.id))?.props.roles;
    return Array.isArray(roles) ? roles : [];
  },
  recipients: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => (await directiveNode(ctx, p.id)).recipients,
  meeting: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, (await directiveNode(ctx, p.id)).meetingId, 'Meeting'),
  source: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => sourceOfDirective(await directiveNode(ctx, p.id)),
  sources: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => sourcesOfDirective(await directiveNode(ctx, p.id)),
  ruleIds: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => (await directiveNode(ctx, p.id)).provenance.ruleIds,
  status: (p: DirectiveRef, _: unknown, ctx: ApiContext) => effectiveStatus(ctx, p.id),
  overdue: async (p: DirectiveRef, args: { asOf: string }, ctx: ApiContext) => {
    const [deadline, status] = await Promise.all([effectiveDeadline(ctx, p.id), effectiveStatus(ctx, p.id)]);
    return deadline !== null && deadline.date < args.asOf && status !== 'DONE';
  },
  extracted: (p: DirectiveRef) => p,
  curated: (p: DirectiveRef) => p,
  curations: (p: DirectiveRef, _: unknown, ctx: ApiContext) => curationsOf(ctx, p.id),
  inheritedFrom: (p: DirectiveRef, _: unknown, ctx: ApiContext) =>
    p.inheritedFrom ? loadNode(ctx.loaders, p.inheritedFrom, 'Agency') : null,
};

export const ExtractedValues: TypeResolvers = {
  assignees: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, await extractedPartyIds(ctx, p.id, ['LEAD'])),
  deadline: (p: DirectiveRef, _: unknown, ctx: ApiContext) => extractedDeadline(ctx, p.id),
};

export const CuratedValues: TypeResolvers = {
  status: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => latestCuration(await curationsOf(ctx, p.id), 'STATUS'),
  assignees: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => latestCuration(await curationsOf(ctx, p.id), 'ASSIGNEES'),
  deadline: async (p: DirectiveRef, _: unknown, ctx: ApiContext) => latestCuration(await curationsOf(ctx, p.id), 'DEADLINE'),
};
