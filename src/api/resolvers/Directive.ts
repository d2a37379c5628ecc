// Directive: every field reads through loaders; curated values win over extracted ones. Fields
// return the value itself when the loaders already hold it (known-loader.ts).
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
import type { DirectiveNode, GraphNode } from '../../graph/model';
import { allOf, andThen, type Maybe } from '../known-loader';
import { edgesNow, nodeNow } from '../loaders';
import { sourceOfDirective, sourcesOfDirective } from '../source-view';
import type { TypeResolvers } from './types';

// The functions below are module constants, not arrows written in each resolver: a field that
// answers at once then allocates no closure (a page of 20 directives runs each 20 times).
const errorAsValue = (error: Error) => error;
const isParty = (n: GraphNode | null | Error): n is GraphNode => n !== null && !(n instanceof Error);
const presentParties = (nodes: (GraphNode | null | Error)[]) => nodes.filter(isParty);

/** The parties' nodes, skipping missing ones and (as DataLoader's loadMany) ones that failed to load. */
function partiesOf(ctx: ApiContext, ids: string[]): Maybe<GraphNode[]> {
  const nodes: Maybe<GraphNode | null | Error>[] = ids.map((id) => {
    const node = ctx.loaders.nodes.get(id);
    return node instanceof Promise ? node.catch(errorAsValue) : node;
  });
  return andThen(allOf(nodes), presentParties);
}

const parties = (ctx: ApiContext, ids: Maybe<string[]>): Maybe<GraphNode[]> =>
  ids instanceof Promise ? ids.then((known) => partiesOf(ctx, known)) : partiesOf(ctx, ids);

const firstOrNull = <T>([first]: T[]): T | null => first ?? null;
const issuerEdge = (ctx: ApiContext, id: string) => andThen(edgesNow(ctx.loaders, id, 'ISSUED', 'in'), firstOrNull);

/** `f` of the directive's node, at once when the loaders hold it. */
const ofNode = <R>(ctx: ApiContext, p: DirectiveRef, f: (node: DirectiveNode) => Maybe<R>): Maybe<R> => andThen(directiveNode(ctx, p.id), f);
const textOf = (node: DirectiveNode) => node.text;
const COORDINATOR = ['COORDINATOR'];
const MONITOR = ['MONITOR'];
const LEAD = ['LEAD'];

export const Directive: TypeResolvers = {
  id: (p: DirectiveRef) => p.id,
  text: (p: DirectiveRef, _: unknown, ctx: ApiContext) => ofNode(ctx, p, textOf),
  deadline: (p: DirectiveRef, _: unknown, ctx: ApiContext) => effectiveDeadline(ctx, p.id),
  assignees: (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, effectiveAssigneeIds(ctx, p.id)),
  coordinators: (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, extractedPartyIds(ctx, p.id, COORDINATOR)),
  monitors: (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, extractedPartyIds(ctx, p.id, MONITOR)),
  issuedBy: (p: DirectiveRef, _: unknown, ctx: ApiContext) =>
    andThen(issuerEdge(ctx, p.id), (edge) => (edge === null ? null : nodeNow(ctx.loaders, edge.from, 'Official'))),
  issuerRoles: (p: DirectiveRef, _: unknown, ctx: ApiContext) =>
    andThen(issuerEdge(ctx, p.id), (edge) => {
      const roles = edge?.props.roles;
      return Array.isArray(roles) ? roles : [];
    }),
  recipients: (p: DirectiveRef, _: unknown, ctx: ApiContext) => ofNode(ctx, p, (node) => node.recipients),
  meeting: (p: DirectiveRef, _: unknown, ctx: ApiContext) => ofNode(ctx, p, (node) => nodeNow(ctx.loaders, node.meetingId, 'Meeting')),
  source: (p: DirectiveRef, _: unknown, ctx: ApiContext) => ofNode(ctx, p, sourceOfDirective),
  sources: (p: DirectiveRef, _: unknown, ctx: ApiContext) => ofNode(ctx, p, sourcesOfDirective),
  ruleIds: (p: DirectiveRef, _: unknown, ctx: ApiContext) => ofNode(ctx, p, (node) => node.provenance.ruleIds),
  status: (p: DirectiveRef, _: unknown, ctx: ApiContext) => effectiveStatus(ctx, p.id),
  overdue: async (p: DirectiveRef, args: { asOf: string }, ctx: ApiContext) => {
    const [deadline, status] = await Promise.all([effectiveDeadline(ctx, p.id), effectiveStatus(ctx, p.id)]);
    return deadline !== null && deadline.date < args.asOf && status !== 'DONE';
  },
  extracted: (p: DirectiveRef) => p,
  curated: (p: DirectiveRef) => p,
  curations: (p: DirectiveRef, _: unknown, ctx: ApiContext) => curationsOf(ctx, p.id),
  inheritedFrom: (p: DirectiveRef, _: unknown, ctx: ApiContext) =>
    p.inheritedFrom ? nodeNow(ctx.loaders, p.inheritedFrom, 'Agency') : null,
};

export const ExtractedValues: TypeResolvers = {
  assignees: (p: DirectiveRef, _: unknown, ctx: ApiContext) => parties(ctx, extractedPartyIds(ctx, p.id, LEAD)),
  deadline: (p: DirectiveRef, _: unknown, ctx: ApiContext) => extractedDeadline(ctx, p.id),
};

export const CuratedValues: TypeResolvers = {
  status: (p: DirectiveRef, _: unknown, ctx: ApiContext) => andThen(curationsOf(ctx, p.id), (records) => latestCuration(records, 'STATUS')),
  assignees: (p: DirectiveRef, _: unknown, ctx: ApiContext) => andThen(curationsOf(ctx, p.id), (records) => latestCuration(records, 'ASSIGNEES')),
  deadline: (p: DirectiveRef, _: unknown, ctx: ApiContext) => andThen(curationsOf(ctx, p.id), (records) => latestCuration(records, 'DEADLINE')),
};
