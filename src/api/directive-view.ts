// What a directive says once curation is taken into account: the latest curated assignees,
// deadline and status win over the extracted ones. Everything goes through the per-request
// loaders, so these are batched across a whole page, and each is a value at once when the
// loaders already hold what it reads (known-loader.ts), a promise otherwise.
import type { DeadlineNode, DirectiveNode } from '../graph/model';
import type { CurationKind, CurationRecord, DirectiveStatus } from '../store/port';
import type { ApiContext } from './context';
import { andThen, type Maybe } from './known-loader';
import { edgesNow, nodeNow } from './loaders';

/** How a directive reaches resolvers: its id, and the predecessor it matched through, if any. */
export interface DirectiveRef {
  label: 'Directive';
  id: string;
  inheritedFrom?: string | null;
}

export const directiveRef = (id: string, inheritedFrom: string | null = null): DirectiveRef => ({ label: 'Directive', id, inheritedFrom });

export interface DeadlineView {
  id: string | null;
  date: string;
  precision: string;
  phrase: string | null;
  relation: string | null;
  yearImplied: boolean;
  /** Absent on an extracted Deadline node, which is served as stored (resolvers/Deadline.ts). */
  curated?: boolean;
}

function present(node: DirectiveNode | null, id: string): DirectiveNode {
  // A hit the store returned must exist in the same store: anything else is a store fault.
  if (node === null) throw new Error(`directive ${id} is missing from the store`);
  return node;
}

export function directiveNode(ctx: ApiContext, id: string): Maybe<DirectiveNode> {
  const node = nodeNow(ctx.loaders, id, 'Directive');
  return node instanceof Promise ? node.then((n) => present(n, id)) : present(node, id);
}

export function latestCuration(records: readonly CurationRecord[], kind: CurationKind): CurationRecord | null {
  for (let i = records.length - 1; i >= 0; i -= 1) if (records[i].kind === kind) return records[i];
  return null;
}

export const curationsOf = (ctx: ApiContext, id: string): Maybe<CurationRecord[]> => ctx.loaders.curations.get(id);

/** The stored node itself, not a copy: a page of 20 directives read it 20 times. */
export function deadlineFromNode(node: DeadlineNode): DeadlineView {
  return node;
}

export function curatedDeadline(date: string): DeadlineView {
  return { id: null, date, precision: 'DAY', phrase: null, relation: null, yearImplied: false, curated: true };
}

/** Ids the directive's ASSIGNED_TO edges name in `roles`, in edge order, without repeats. */
export function extractedPartyIds(ctx: ApiContext, id: string, roles: readonly string[]): Maybe<string[]> {
  return andThen(edgesNow(ctx.loaders, id, 'ASSIGNED_TO', 'out'), (edges) => {
    const ids: string[] = [];
    for (const e of edges) if (roles.includes(String(e.props.role)) && !ids.includes(e.to)) ids.push(e.to);
    return ids;
  });
}

export function extractedDeadline(ctx: ApiContext, id: string): Maybe<DeadlineView | null> {
  return andThen(edgesNow(ctx.loaders, id, 'DUE_BY', 'out'), ([edge]) =>
    edge === undefined ? null : andThen(nodeNow(ctx.loaders, edge.to, 'Deadline'), (node) => (node === null ? null : deadlineFromNode(node))),
  );
}

const LEAD = ['LEAD'];

export const assigneeIdsOfCuration = (record: CurationRecord): string[] => record.value.split(',').filter((s) => s !== '');

export function effectiveAssigneeIds(ctx: ApiContext, id: string): Maybe<string[]> {
  return andThen(curationsOf(ctx, id), (records) => {
    const curated = latestCuration(records, 'ASSIGNEES');
    return curated !== null ? assigneeIdsOfCuration(curated) : extractedPartyIds(ctx, id, LEAD);
  });
}

export function effectiveDeadline(ctx: ApiContext, id: string): Maybe<DeadlineView | null> {
  return andThen(curationsOf(ctx, id), (records) => {
    const curated = latestCuration(records, 'DEADLINE');
    if (curated === null) return extractedDeadline(ctx, id);
    return curated.value === '' ? null : curatedDeadline(curated.value);
  });
}

export function effectiveStatus(ctx: ApiContext, id: string): Maybe<DirectiveStatus> {
  return andThen(curationsOf(ctx, id), (records) => {
    const curated = latestCuration(records, 'STATUS');
    return curated === null ? 'OPEN' : (curated.value as DirectiveStatus);
  });
}
