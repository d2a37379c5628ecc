// Lists read from adjacency through the edge loader (one getEdges per level for a whole page
// of parents), paginated in memory with offset cursors.
import type { DirectiveNode, EdgeType } from '../graph/model';
import type { Direction } from '../store/port';
import type { ApiContext } from './context';
import { directiveRef, type DirectiveRef } from './directive-view';
import { loadEdges, loadNodes, otherEnd } from './loaders';
import { connectionFromPage, pageOfList, pageSize, type Connection } from './pagination';
import type { PageArgsInput } from './resolvers/types';

export async function neighbourIds(
  ctx: ApiContext,
  nodeId: string,
  type: EdgeType,
  direction: Direction,
  keep: (props: Record<string, unknown>) => boolean = () => true,
): Promise<string[]> {
  const edges = await loadEdges(ctx.loaders, nodeId, type, direction);
  return [...new Set(edges.filter((e) => keep(e.props)).map((e) => otherEnd(e, direction)))];
}

export function listConnection<T>(ctx: ApiContext, values: readonly T[], args: PageArgsInput): Connection<T> {
  const first = pageSize(args.first, ctx.config);
  return connectionFromPage(pageOfList(values, first, args.after), (v) => v);
}

/** Directives by id as a connection, in report order: oldest report first, then position. */
export async function directiveConnection(ctx: ApiContext, ids: readonly string[], args: PageArgsInput): Promise<Connection<DirectiveRef>> {
  const first = pageSize(args.first, ctx.config);
  const nodes = await loadNodes(ctx.loaders, ids, 'Directive');
  const docs = await loadNodes(ctx.loaders, [...new Set(nodes.map((n) => n.documentId))], 'Document');
  const published = new Map(docs.map((d) => [d.id, d.published ?? '']));
  const key = (n: DirectiveNode) => [published.get(n.documentId) ?? '', n.documentId] as const;
  const ordered = [...nodes]
    .sort((a, b) => {
      const [pa, da] = key(a);
      const [pb, db] = key(b);
      return pa.localeCompare(pb) || da.localeCompare(db) || a.ordinal - b.ordinal;
    })
    .map((n) => directiveRef(n.id));
  return connectionFromPage(pageOfList(ordered, first, args.after), (v) => v);
}
