// DirectiveQuery over the in-memory graph: index-backed conditions give candidate sets, the
// smallest is filtered by the rest, the matches are sorted by a total order and paged with
// keyset cursors. Curated assignees, deadline and status take precedence over extraction.
import type { DirectiveNode } from '../../graph/model';
import { fold } from '../../text/fold';
import { StoreError } from '../errors';
import type { DirectiveHit, DirectiveQuery, Page, PageArgs } from '../port';
import type { CurationState } from './curation-state';
import { checkFirst, decodeCursor, encodeCursor } from './cursor';
import { TopK } from './top-k';
import { assignedCondition, type AssignedCondition, type IdSet } from './assigned-condition';
import type { DirectiveIndex } from './directive-index';
import { DEFAULT_ORDER, compareKeys, type Order, type OrderKey } from './directive-order';
import type { GraphState } from './graph-state';
import { documentOrderKey, membershipTests, orderedSourceOf, scanInDocumentOrder } from './document-order-scan';

export interface QueryContext {
  state: GraphState;
  index: DirectiveIndex;
  curations: CurationState;
}

/** The deadline in force: the curated one if any, else the extracted DUE_BY deadline. */
export function effectiveDeadline(ctx: QueryContext, directiveId: string): string | null {
  const curated = ctx.curations.curatedDeadline(directiveId);
  if (curated !== undefined) return curated;
  const due = ctx.state.out(directiveId).find((e) => e.type === 'DUE_BY');
  const node = due === undefined ? undefined : ctx.state.nodes.get(due.to);
  return node?.label === 'Deadline' ? node.date : null;
}

/**
 * One index-backed condition: the directive must be in any of these sets. Kept as the index's
 * own sets (never copied), so a condition as broad as "issued by a PM" costs nothing to state.
 */
type Alternatives = IdSet[];

const sizeOf = (alternatives: Alternatives) => alternatives.reduce((sum, set) => sum + set.size, 0);
const inAny = (alternatives: Alternatives, id: string) => alternatives.some((set) => set.has(id));

function edgeEnds(edges: readonly { from: string; to: string }[], end: 'from' | 'to'): Set<string> {
  return new Set(edges.map((e) => e[end]));
}

/** The conditions the indexes answer, each as alternatives. */
function indexedConditions(ctx: QueryContext, query: DirectiveQuery, assigned: AssignedCondition | null): Alternatives[] {
  const { state } = ctx;
  const conditions: Alternatives[] = [];
  if (assigned !== null) conditions.push(assigned.alternatives);
  if (query.coordinatedBy !== undefined) conditions.push(query.coordinatedBy.map((id) => ctx.index.assignedAs('COORDINATOR', id)));
  if (query.issuedBy !== undefined) {
    conditions.push(query.issuedBy.map((id) => edgeEnds(state.out(id).filter((e) => e.type === 'ISSUED'), 'to')));
  }
  if (query.issuedByRole !== undefined) conditions.push(query.issuedByRole.map((role) => ctx.index.issuedByRole(role)));
  const directivesOfMeetings = (meetingIds: readonly string[]) =>
    meetingIds.map((m) => edgeEnds(state.in(m).filter((e) => e.type === 'PART_OF'), 'from'));
  if (query.chairedBy !== undefined) {
    const meetings = query.chairedBy.flatMap((id) => state.out(id).filter((e) => e.type === 'CHAIRED').map((e) => e.to));
    conditions.push(directivesOfMeetings(meetings));
  }
  if (query.meetingIds !== undefined) conditions.push(directivesOfMeetings(query.meetingIds));
  return conditions;
}

/** Every id of the alternatives once. */
function* eachOnce(alternatives: Alternatives): Iterable<string> {
  if (alternatives.length === 1) {
    yield* alternatives[0];
    return;
  }
  const seen = new Set<string>();
  for (const set of alternatives) {
    for (const id of set) {
      if (seen.has(id)) continue;
      seen.add(id);
      yield id;
    }
  }
}

function matchesRest(ctx: QueryContext, query: DirectiveQuery, node: DirectiveNode, textFolded: string | null): boolean {
  if (textFolded !== null && !node.textFolded.includes(textFolded)) return false;
  const needsDeadline = query.dueOn ?? query.dueBefore ?? query.dueAfter ?? query.overdueOn ?? query.hasDeadline;
  if (needsDeadline !== undefined) {
    const due = effectiveDeadline(ctx, node.id);
    if (query.hasDeadline !== undefined && (due !== null) !== query.hasDeadline) return false;
    if (query.dueOn !== undefined && due !== query.dueOn) return false;
    if (query.dueBefore !== undefined && (due === null || due > query.dueBefore)) return false;
    if (query.dueAfter !== undefined && (due === null || due < query.dueAfter)) return false;
    if (query.overdueOn !== undefined && (due === null || due >= query.overdueOn || ctx.curations.statusOf(node.id) === 'DONE')) return false;
  }
  if (query.status !== undefined && !query.status.includes(ctx.curations.statusOf(node.id))) return false;
  return true;
}

function hasPerDirectiveConditions(query: DirectiveQuery): boolean {
  const { dueOn, dueBefore, dueAfter, overdueOn, hasDeadline, status } = query;
  return [dueOn, dueBefore, dueAfter, overdueOn, hasDeadline, status].some((value) => value !== undefined);
}

function orderKey(ctx: QueryContext, order: Order, node: DirectiveNode): OrderKey {
  if (order.field === 'DOCUMENT_ORDER') return { primary: node.documentId, secondary: node.ordinal, id: node.id };
  if (order.field === 'DEADLINE') return { primary: effectiveDeadline(ctx, node.id), secondary: 0, id: node.id };
  const meeting = ctx.state.nodes.get(node.meetingId);
  return { primary: meeting?.label === 'Meeting' ? meeting.date : null, secondary: 0, id: node.id };
}

export function findDirectives(ctx: QueryContext, query: DirectiveQuery, page: PageArgs): Page<DirectiveHit> {
  checkFirst(page.first);
  const order: Order = query.orderBy ?? DEFAULT_ORDER;
  const assigned = query.assignedTo === undefined ? null : assignedCondition(ctx, query, query.assignedTo);
  const conditions = indexedConditions(ctx, query, assigned);
  conditions.sort((a, b) => sizeOf(a) - sizeOf(b));
  // Walk the narrowest condition; test the others by membership.
  const base = conditions.length > 0 ? eachOnce(conditions[0]) : ctx.state.idsOfLabel('Directive');
  const others = conditions.slice(1);
  const textFolded = query.text === undefined || fold(query.text) === '' ? null : fold(query.text);

  const after = page.after === undefined || page.after === null ? null : cursorKey(page.after, order);
  if (order.field === 'DOCUMENT_ORDER' && order.direction === 'ASC' && conditions.length > 0) {
    const documentOrder = ctx.index.documentOrder(ctx.state);
    const source = orderedSourceOf(conditions[0], documentOrder, conditions.length > 1);
    if (source !== null) {
      const needsRest = textFolded !== null || hasPerDirectiveConditions(query);
      return scanInDocumentOrder(ctx.state.nodes, {
        source,
        others: conditions.slice(1).map((alternatives) => membershipTests(alternatives, documentOrder)),
        matches: needsRest ? (node) => matchesRest(ctx, query, node, textFolded) : null,
        first: page.first,
        after,
        keyOf: documentOrderKey,
        field: 'DOCUMENT_ORDER',
        inheritedFrom: assigned === null ? null : assigned.inheritedFrom,
      });
    }
  }
  if (order.field === 'DEADLINE' && order.direction === 'ASC' && conditions.length === 1 && conditions[0].length === 1) {
    // One index-backed condition: its ids sorted by deadline once per write or curation.
    const only = conditions[0][0];
    if (only.byDeadlineAsc !== undefined) {
      const deadlineOf = (id: string) => effectiveDeadline(ctx, id);
      const needsRest = textFolded !== null || hasPerDirectiveConditions(query);
      return scanInDocumentOrder(ctx.state.nodes, {
        source: only.byDeadlineAsc(`${ctx.state.version}:${ctx.curations.version}`, deadlineOf),
        others: [],
        matches: needsRest ? (node) => matchesRest(ctx, query, node, textFolded) : null,
        first: page.first,
        after,
        keyOf: (node) => ({ primary: deadlineOf(node.id), secondary: 0, id: node.id }),
        field: 'DEADLINE',
        inheritedFrom: assigned === null ? null : assigned.inheritedFrom,
      });
    }
  }
  // totalCount needs every match; the page needs only the first `first + 1` after the cursor,
  // so they are selected as they come instead of sorting every match.
  const best = new TopK<OrderKey>(page.first + 1, (a, b) => compareKeys(a, b, order.direction));
  let totalCount = 0;
  for (const id of base) {
    const node = ctx.state.nodes.get(id);
    if (node?.label !== 'Directive') continue;
    if (!others.every((alternatives) => inAny(alternatives, id))) continue;
    if (!matchesRest(ctx, query, node, textFolded)) continue;
    totalCount++;
    const key = orderKey(ctx, order, node);
    if (after === null || compareKeys(key, after, order.direction) > 0) best.offer(key);
  }
  const selected = best.sorted();
  const items = selected.slice(0, page.first).map((key) => {
    const from = assigned === null ? null : assigned.inheritedFrom(key.id);
    const value: DirectiveHit = from === null ? { id: key.id } : { id: key.id, inheritedFrom: from };
    return { value, cursor: encodeCursor(['d', order.field, order.direction, key.primary, key.secondary, key.id]) };
  });
  return { items, totalCount, hasNextPage: selected.length > page.first };
}

function cursorKey(cursor: string, order: Order): OrderKey {
  const [, field, direction, primary, secondary, id] = decodeCursor(cursor, 'd');
  if (field !== order.field || direction !== order.direction) {
    throw new StoreError('STORE_BAD_INPUT', `Cursor "${cursor}" was made for another order`);
  }
  return { primary: primary === null ? null : String(primary), secondary: Number(secondary), id: String(id) };
}

