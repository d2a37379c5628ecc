// What a directive says once curation is taken into account: the latest curated assignees,
// deadline and status win over the extracted ones. Everything goes through the per-request
// loaders, so these are batched across a whole page.
import type { DeadlineNode, DirectiveNode } from '../graph/model';
import type { CurationKind, CurationRecord, DirectiveStatus } from '../store/port';
import type { ApiContext } from './context';
import { loadEdges, loadNode } from './loaders';

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
  curated: boolean;
}

export async function directiveNode(ctx: ApiContext, id: string): Promise<DirectiveNode> {
  const node = await loadNode(ctx.loaders, id, 'Directive');
  // A hit the store returned must exist in the same store: anything else is a store fault.
  if (node === null) throw new Error(`directive ${id} is missing from the store`);
  return node;
}

export function latestCuration(records: readonly CurationRecord[], kind: CurationKind): CurationRecord | null {
  for (let i = records.length - 1; i >= 0; i -= 1) if (records[i].kind === kind) return records[i];
  return null;
}

export const curationsOf = (ctx: ApiContext, id: string): Promise<CurationRecord[]> => ctx.loaders.curations.load(id);

export function deadlineFromNode(node: DeadlineNode): DeadlineView {
  return { ...node, curated: false };
}

export function curatedDeadline(date: string): DeadlineView {
  return { id: null, date, precision: 'DAY', phrase: null, relation: null, yearImplied: false, curated: true };
}

/** Ids the directive's ASSIGNED_TO edges name in `roles`, in edge order, without repeats. */
export async function extractedPartyIds(ctx: ApiContext, id: string, roles: readonly string[]): Promise<string[]> {
  const edges = await loadEdges(ctx.loaders, id, 'ASSIGNED_TO', 'out');
  return [...new Set(edges.filter((e) => roles.includes(String(e.props.role))).map((e) => e.to))];
}

export async function extractedDeadline(ctx: ApiContext, id: string): Promise<DeadlineView | null> {
  const [edge] = await loadEdges(ctx.loaders, id, 'DUE_BY', 'out');
  if (edge === undefined) return null;
  const node = await loadNode(ctx.loaders, edge.to, 'Deadline');
  return node === null ? null : deadlineFromNode(node);
}

export const assigneeIdsOfCuration = (record: CurationRecord): string[] => record.value.split(',').filter((s) => s !== '');

export async function effectiveAssigneeIds(ctx: ApiContext, id: string): Promise<string[]> {
  const curated = latestCuration(await curationsOf(ctx, id), 'ASSIGNEES');
  return curated !== null ? assigneeIdsOfCuration(curated) : extractedPartyIds(ctx, id, ['LEAD']);
}

export async function effectiveDeadline(ctx: ApiContext, id: string): Promise<DeadlineView | null> {
  const curated = latestCuration(await curationsOf(ctx, id), 'DEADLINE');
  if (curated === null) return extractedDeadline(ctx, id);
  return curated.value === '' ? null : curatedDeadline(curated.value);
}

export async function effectiveStatus(ctx: ApiContext, id: string): Promise<DirectiveStatus> {
  const curated = latestCuration(await curationsOf(ctx, id), 'STATUS');
  return curated === null ? 'OPEN' : (curated.value as DirectiveStatus);
}
