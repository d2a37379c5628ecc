// The top-level directive list: filter → store query → one findDirectives call. A filter naming
// something unknown answers an empty page, with the NOT_FOUND errors reported beside it.
import type { GraphQLError } from 'graphql';
import type { DirectiveHit, DirectiveQuery, Page } from '../store/port';
import type { ApiContext } from './context';
import { directiveQueryFromFilter, type DirectiveFilterInput } from './directive-filter';
import { directiveRef, type DirectiveRef } from './directive-view';
import { storeCall } from './errors';
import { connectionFromPage, pageSize, type Connection } from './pagination';

export const emptyConnection = <T>(): Connection<T> => ({
  totalCount: 0,
  edges: [],
  nodes: [],
  pageInfo: { hasNextPage: false, endCursor: null },
});

/** A store page of directive hits as a connection (inheritedFrom kept for succession hits). */
export function hitConnection(page: Page<DirectiveHit>): Connection<DirectiveRef> {
  return connectionFromPage(page, (hit) => directiveRef(hit.id, hit.inheritedFrom ?? null));
}

export async function runDirectiveQuery(
  ctx: ApiContext,
  query: DirectiveQuery,
  first: number,
  after: string | null | undefined,
): Promise<Connection<DirectiveRef>> {
  return hitConnection(await storeCall('cursor', () => ctx.store.findDirectives(query, { first, after: after ?? null })));
}

export interface DirectivesResult {
  connection: Connection<DirectiveRef>;
  query: DirectiveQuery;
  unresolved: GraphQLError[];
}

export async function findDirectives(
  ctx: ApiContext,
  filter: DirectiveFilterInput | null | undefined,
  args: { first?: number | null; after?: string | null },
): Promise<DirectivesResult> {
  const first = pageSize(args.first, ctx.config);
  const { query, unresolved } = await directiveQueryFromFilter(ctx.store, filter);
  if (unresolved.length > 0) return { connection: emptyConnection(), query, unresolved };
  return { connection: await runDirectiveQuery(ctx, query, first, args.after), query, unresolved };
}
