// Follows a directive list page by page (see DIRECTIVE_PAGE in queries.ts) until it ends.
import { gql } from './api';
import type { DirectivePage, DirectiveRow } from './queries';

/** More than this many pages is more than a page of the explorer can show usefully. */
const MAX_PAGES = 25;

export interface AllDirectives {
  totalCount: number;
  rows: DirectiveRow[];
}

export async function fetchAllDirectives(
  query: string,
  variables: Record<string, unknown>,
  pick: (data: any) => DirectivePage | null | undefined,
): Promise<AllDirectives> {
  const rows: DirectiveRow[] = [];
  let totalCount = 0;
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const connection = pick(await gql<unknown>(query, { ...variables, after }));
    if (!connection) break;
    totalCount = connection.totalCount;
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { totalCount, rows };
}
