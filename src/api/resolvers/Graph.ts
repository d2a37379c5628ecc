// Abstract types and small view types: which object an Entity or Assignee is, path steps,
// search hits and stats rows.
import type { GraphNode } from '../../graph/model';
import type { SearchHit as StoreSearchHit } from '../../store/port';
import type { ApiContext } from '../context';
import { directiveRef } from '../directive-view';
import { loadNode } from '../loaders';
import { stepSource, type PathStepView, type PathView } from '../path-view';
import { labelToKind } from '../search-view';
import type { TypeResolvers } from './types';

const typeOf = (p: { label: string }) => p.label;
const entity = (ctx: ApiContext, id: string) => ctx.loaders.nodes.load(id);

export const Entity: TypeResolvers = { __resolveType: typeOf };
export const Assignee: TypeResolvers = { __resolveType: typeOf };

export const SearchHit: TypeResolvers = {
  kind: (p: StoreSearchHit) => labelToKind(p.label),
  entity: (p: StoreSearchHit, _: unknown, ctx: ApiContext): Promise<GraphNode | null> => entity(ctx, p.id),
};

export const Path: TypeResolvers = {
  from: (p: PathView, _: unknown, ctx: ApiContext) => entity(ctx, p.fromId),
  to: (p: PathView, _: unknown, ctx: ApiContext) => entity(ctx, p.toId),
};

export const PathStep: TypeResolvers = {
  from: (p: PathStepView, _: unknown, ctx: ApiContext) => entity(ctx, p.fromId),
  to: (p: PathStepView, _: unknown, ctx: ApiContext) => entity(ctx, p.toId),
  document: (p: PathStepView, _: unknown, ctx: ApiContext) => (p.documentId === null ? null : loadNode(ctx.loaders, p.documentId, 'Document')),
  source: (p: PathStepView, _: unknown, ctx: ApiContext) => stepSource(ctx, p),
};

export const AgencyLoad: TypeResolvers = {
  agency: (p: { agencyId: string }, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.agencyId, 'Agency'),
};

export const MeetingLoad: TypeResolvers = {
  meeting: (p: { meetingId: string }, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.meetingId, 'Meeting'),
};

export const NetworkNode: TypeResolvers = {
  agency: (p: { agencyId: string }, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.agencyId, 'Agency'),
};

export const NetworkEdge: TypeResolvers = {
  source: (p: { a: string }, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.a, 'Agency'),
  target: (p: { b: string }, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.b, 'Agency'),
  directives: (p: { directiveIds: string[] }) => p.directiveIds.map((id) => directiveRef(id)),
};
