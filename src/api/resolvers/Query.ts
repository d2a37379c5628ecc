// Query: each field is one loader read or one call into a small API module.
import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import type { DocumentNode } from '../../graph/model';
import type { ApiContext } from '../context';
import type { DirectiveFilterInput } from '../directive-filter';
import { directiveRef } from '../directive-view';
import { findDirectives } from '../find-directives';
import { loadNode } from '../loaders';
import { meetingsConnection, type MeetingFilterInput, type MeetingOrderInput } from '../meetings-view';
import { networkView, type NetworkArgs } from '../network-view';
import { pathQuery, type PathArgs } from '../path-view';
import { primeDirectivePage } from '../prime-page';
import { entityConnection, searchConnection } from '../search-view';
import { statsView } from '../stats-view';
import type { PageArgsInput, TypeResolvers } from './types';

type IdArgs = { id: string };

/** The error, placed at the field that reported it. */
const atPath = (e: GraphQLError, info: GraphQLResolveInfo) =>
  new GraphQLError(e.message, { path: responsePathAsArray(info.path), extensions: e.extensions });
type SearchArgs = PageArgsInput & { search?: string | null };

export const Query: TypeResolvers = {
  directives: async (_: unknown, args: PageArgsInput & { filter?: DirectiveFilterInput | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const result = await findDirectives(ctx, args.filter, args);
    ctx.notices.push(...result.unresolved.map((e) => atPath(e, info)));
    await primeDirectivePage(ctx, result.connection.nodes.map((d) => d.id), info);
    return result.connection;
  },
  directive: async (_: unknown, { id }: IdArgs, ctx: ApiContext) => ((await loadNode(ctx.loaders, id, 'Directive')) ? directiveRef(id) : null),
  meetings: async (_: unknown, args: PageArgsInput & { filter?: MeetingFilterInput | null; orderBy?: MeetingOrderInput | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const result = await meetingsConnection(ctx, args.filter, args.orderBy, args);
    ctx.notices.push(...result.unresolved.map((e) => atPath(e, info)));
    return result.connection;
  },
  meeting: (_: unknown, { id }: IdArgs, ctx: ApiContext) => loadNode(ctx.loaders, id, 'Meeting'),
  agencies: (_: unknown, args: SearchArgs, ctx: ApiContext) => entityConnection(ctx, 'Agency', args.search, args),
  agency: (_: unknown, { id }: IdArgs, ctx: ApiContext) => loadNode(ctx.loaders, id, 'Agency'),
  officials: (_: unknown, args: SearchArgs, ctx: ApiContext) => entityConnection(ctx, 'Official', args.search, args),
  official: (_: unknown, { id }: IdArgs, ctx: ApiContext) => loadNode(ctx.loaders, id, 'Official'),
  document: (_: unknown, { id }: IdArgs, ctx: ApiContext): Promise<DocumentNode | null> => loadNode(ctx.loaders, id, 'Document'),
  search: (_: unknown, args: PageArgsInput & { text: string; kinds?: string[] | null }, ctx: ApiContext) =>
    searchConnection(ctx, args.text, args.kinds, args),
  path: (_: unknown, args: PathArgs, ctx: ApiContext) => pathQuery(ctx, args),
  network: (_: unknown, args: NetworkArgs, ctx: ApiContext) => networkView(ctx, args),
  stats: (_: unknown, args: { top?: number | null; asOf?: string | null }, ctx: ApiContext) => statsView(ctx, args.top, args.asOf),
  ask: (_: unknown, args: { question: string; first?: number | null }, ctx: ApiContext) => askModule().runAsk(ctx, args.question, args.first),
};

/**
 * `ask` (its grammar, and the gazetteer's agencies by every spelling, built as it loads) is
 * loaded with the first question, not at every start of `serve`: it was 15–17 ms of the
 * require before the first answer.
 */
let ask: typeof import('../ask/run-ask') | null = null;
function askModule(): typeof import('../ask/run-ask') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (ask ??= require('../ask/run-ask') as typeof import('../ask/run-ask'));
}
