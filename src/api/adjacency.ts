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

/** Directives by id as a connection, in report order (document, then position). */
export async function directiveConnection(ctx: ApiContext, ids: readonly string[], args: PageArgsInput): Promise<Connection<DirectiveRef>> {
  const first = pageSize(args.first, ctx.config);
  const nodes = await loadNodes(ctx.loaders, ids, 'Directive');
  const ordered = [...nodes].sort(byReportOrder).map((n) => directiveRef(n.id));
  return connectionFromPage(pageOfList(ordered, first, args.after), (v) => v);
}

function byReportOrder(a: DirectiveNode, b: DirectiveNode): number {
  return a.documentId === b.documentId ? a.ordinal - b.ordinal : a.documentId < b.documentId ? -1 : 1;
}
