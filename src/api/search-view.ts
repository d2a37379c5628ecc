// Ranked name search as a connection. The store returns hits best first without paging; the
// API asks for up to SEARCH_CAP and pages over them with offset cursors.
import type { NodeLabel } from '../graph/model';
import type { SearchHit } from '../store/port';
import type { ApiContext } from './context';
import { textFilterProblem } from './text-filter';
import { badInput, storeCall } from './errors';
import { connectionFromPage, pageOfList, pageSize, type Connection } from './pagination';
import type { PageArgsInput } from './resolvers/types';

export const SEARCH_CAP = 1000;

export const KIND_TO_LABEL: Record<string, NodeLabel> = {
  DOCUMENT: 'Document',
  MEETING: 'Meeting',
  OFFICIAL: 'Official',
  AGENCY: 'Agency',
  DIRECTIVE: 'Directive',
  DEADLINE: 'Deadline',
};

export const labelToKind = (label: NodeLabel): string => label.toUpperCase();

export async function searchHits(ctx: ApiContext, text: string, labels: NodeLabel[] | undefined): Promise<SearchHit[]> {
  if (text.trim() === '') throw badInput('search text must not be empty.');
  const problem = textFilterProblem('The search text', text);
  if (problem !== null) throw problem;
  return ctx.store.search({ text, labels, first: SEARCH_CAP });
}

export async function searchConnection(
  ctx: ApiContext,
  text: string,
  kinds: string[] | null | undefined,
  args: PageArgsInput,
): Promise<Connection<SearchHit>> {
  const first = pageSize(args.first, ctx.config);
  const labels = kinds && kinds.length > 0 ? kinds.map((k) => KIND_TO_LABEL[k]) : undefined;
  const hits = await searchHits(ctx, text, labels);
  return connectionFromPage(pageOfList(hits, first, args.after), (h) => h);
}

/** Entities of one label: all of them (store order), or those matching a name (ranked). */
export async function entityConnection<T>(
  ctx: ApiContext,
  label: NodeLabel,
  search: string | null | undefined,
  args: PageArgsInput,
): Promise<Connection<T>> {
  const first = pageSize(args.first, ctx.config);
  if (search === null || search === undefined) {
    const page = await storeCall('cursor', () => ctx.store.listNodes(label, { first, after: args.after ?? null }));
    for (const item of page.items) ctx.loaders.nodes.prime(item.value.id, item.value);
    return connectionFromPage(page, (n) => n as T);
  }
  const hits = await searchHits(ctx, search, [label]);
  const page = pageOfList(hits, first, args.after);
  const nodes = await ctx.loaders.nodes.loadMany(page.items.map((i) => i.value.id));
  return connectionFromPage({ ...page, items: page.items.map((item, i) => ({ cursor: item.cursor, value: nodes[i] as T })) }, (n) => n);
}
