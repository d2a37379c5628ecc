// findDirectives: resolve succession in the same read transaction, run the order's statement,
// turn the keyset page into hits with opaque cursors.
import { fold } from '../../text/fold';
import { StoreError } from '../errors';
import type { DirectiveHit, DirectiveQuery, Page, PageArgs } from '../port';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor';
import type { Executor } from './executor';
import type { QueryRunner } from './executor';
import { buildCountDirectives, buildDirectiveCandidates, buildFindDirectives, buildPredecessors, type CandidateSource, type DirectiveOrder, type DirectiveQueryParams } from './queries/directives';
import { asNumber, fromNeo4j } from './values';

/** Without orderBy, directives come in document order (document, then position in it). */
export const DEFAULT_DIRECTIVE_ORDER: DirectiveOrder = { field: 'DOCUMENT_ORDER', direction: 'ASC' };

const orNull = <T>(list: T[] | undefined): T[] | null => (list === undefined ? null : [...list]);

export function directiveParams(q: DirectiveQuery, predecessors: string[]): DirectiveQueryParams {
  const role = q.role ?? 'LEAD';
  if (!['LEAD', 'COORDINATOR', 'ANY'].includes(role)) throw new StoreError('STORE_BAD_INPUT', `unknown assignment role "${role}"`);
  return {
    assignedTo: orNull(q.assignedTo),
    role,
    predecessors,
    coordinatedBy: orNull(q.coordinatedBy),
    issuedBy: orNull(q.issuedBy),
    issuedByRole: orNull(q.issuedByRole),
    chairedBy: orNull(q.chairedBy),
    meetingIds: orNull(q.meetingIds),
    dueOn: q.dueOn ?? null,
    dueBefore: q.dueBefore ?? null,
    dueAfter: q.dueAfter ?? null,
    hasDeadline: q.hasDeadline ?? null,
    overdueOn: q.overdueOn ?? null,
    status: orNull(q.status),
    textFolded: q.text === undefined || fold(q.text) === '' ? null : fold(q.text),
  };
}

/**
 * A superset of the answer from the most selective condition an index serves, or null to read
 * every directive. The embedded store intersects index sets the same way.
 */
async function candidatesFor(run: QueryRunner, q: DirectiveQuery, predecessors: string[]): Promise<string[] | null> {
  const source: [CandidateSource, string[]] | null =
    q.assignedTo !== undefined ? ['assigned', [...q.assignedTo, ...predecessors]]
    : q.coordinatedBy !== undefined ? ['assigned', [...q.coordinatedBy]]
    : q.issuedBy !== undefined ? ['issued', [...q.issuedBy]]
    : q.meetingIds !== undefined ? ['meeting', [...q.meetingIds]]
    : null;
  if (source === null) return null;
  const records = await run(buildDirectiveCandidates(source[0], source[1]));
  return [...new Set(records.map((r) => String(fromNeo4j(r.get('id')))))];
}

interface PageRow {
  id: string;
  inherited: string[];
  sortKey: string;
  tieKey: string;
}

const PAGE_COLUMNS = ['id', 'inherited', 'sortKey', 'tieKey'] as const;

export async function findDirectives(executor: Executor, q: DirectiveQuery, page: PageArgs): Promise<Page<DirectiveHit>> {
  checkPageSize(page.first);
  const order = q.orderBy ?? DEFAULT_DIRECTIVE_ORDER;
  // The cursor carries its order: a cursor from another order cannot be resumed.
  const tag = `d:${order.field}:${order.direction}`;
  const after = page.after ? decodeCursor(page.after, tag, 2) : null;
  return executor.read(async (run) => {
    const followed = q.followSuccession && q.assignedTo && q.assignedTo.length > 0;
    // Ordered by target, then distance: the first that matches a hit is its inheritedFrom.
    const predecessors = followed ? [...new Set((await run(buildPredecessors(q.assignedTo ?? []))).map((r) => String(fromNeo4j(r.get('id')))))] : [];
    const candidates = await candidatesFor(run, q, predecessors);
    const where = directiveParams(q, predecessors);
    const [counted] = await run(buildCountDirectives(where, candidates));
    const totalCount = counted ? asNumber(counted.get('totalCount')) : 0;
    const built = buildFindDirectives(order, where, {
      afterSortKey: after ? after[0] : null,
      afterTieKey: after ? after[1] : null,
      limit: page.first + 1,
    }, candidates);
    const rows = (await run(built)).map((r) => fromNeo4j(Object.fromEntries(PAGE_COLUMNS.map((c) => [c, r.get(c)]))) as PageRow);
    const items = rows.slice(0, page.first).map((row) => {
      const inheritedFrom = predecessors.find((p) => row.inherited.includes(p));
      const value: DirectiveHit = inheritedFrom === undefined ? { id: row.id } : { id: row.id, inheritedFrom };
      return { value, cursor: encodeCursor(tag, [row.sortKey, row.tieKey]) };
    });
    return { items, totalCount, hasNextPage: rows.length > page.first };
  });
}
