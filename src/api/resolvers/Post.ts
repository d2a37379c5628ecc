// Post: an official's post at an agency, as a HOLDS_POST edge read from a title.
import type { GraphEdge } from '../../graph/model';
import type { ApiContext } from '../context';
import { loadNode } from '../loaders';
import type { TypeResolvers } from './types';

export const Post: TypeResolvers = {
  agency: (p: GraphEdge, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.to, 'Agency'),
  official: (p: GraphEdge, _: unknown, ctx: ApiContext) => loadNode(ctx.loaders, p.from, 'Official'),
  title: (p: GraphEdge) => String(p.props.title ?? ''),
  seen: (p: GraphEdge) => (typeof p.props.seen === 'string' ? p.props.seen : null),
  document: (p: GraphEdge, _: unknown, ctx: ApiContext) => (p.documentId === null ? null : loadNode(ctx.loaders, p.documentId, 'Document')),
};

/** Posts by the day they were seen (undated last), then title. */
export const bySeen = (a: GraphEdge, b: GraphEdge) =>
  String(a.props.seen ?? '9999').localeCompare(String(b.props.seen ?? '9999')) || String(a.props.title).localeCompare(String(b.props.title));
