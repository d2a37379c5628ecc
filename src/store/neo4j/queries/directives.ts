// findDirectives in Cypher: one fixed text. Every condition is always present and switched off
// by a null parameter, and the order is chosen by parameters, so no combination of conditions
// and orders the adapter can send escapes the lint. Effective values follow the port: the latest curation
// (by recordedAt, then insertion) of each kind overrides status (default OPEN), lead
// assignees and the deadline ('' = none).
import type { DirectiveOrderField } from '../../port';
import { toNeo4jInt } from '../values';
import { CURATION, ENTITY, query, type BuiltQuery } from './built-query';

export interface DirectiveOrder {
  field: DirectiveOrderField;
  direction: 'ASC' | 'DESC';
}

export const DIRECTIVE_ORDER_FIELDS: readonly DirectiveOrderField[] = ['DEADLINE', 'MEETING_DATE', 'DOCUMENT_ORDER'];

/** Everything findDirectives filters on, already resolved; null switches a condition off. */
export interface DirectiveQueryParams {
  assignedTo: string[] | null;
  role: 'LEAD' | 'COORDINATOR' | 'ANY';
  /** Agencies that (transitively) SUCCEEDED_BY into assignedTo, nearest first; [] unless followSuccession. */
  predecessors: string[];
  coordinatedBy: string[] | null;
  issuedBy: string[] | null;
  issuedByRole: string[] | null;
  chairedBy: string[] | null;
  meetingIds: string[] | null;
  dueOn: string | null;
  dueBefore: string | null;
  dueAfter: string | null;
  hasDeadline: boolean | null;
  overdueOn: string | null;
  status: string[] | null;
  textFolded: string | null;
}

export interface DirectivePageParams {
  /** Keyset position of the previous page's last hit, or nulls for the first page. */
  afterSortKey: string | null;
  afterTieKey: string | null;
  /** Page size + 1. */
  limit: number;
}

const latestCuration = (kind: string, as: string) =>
  `  COLLECT { MATCH (c:${CURATION} {directiveId: d.id, kind: '${kind}'}) RETURN c.value ORDER BY c.recordedAt DESC, c.seq DESC LIMIT 1 } AS ${as},`;

/**
 * The directives that match, with their effective deadline, role assignees and the
 * predecessors they were inherited from: the lines the page and the count share. With
 * candidates (a superset of the answer, from an index-backed look-up) the statement seeks
 * those directives by id instead of reading them all.
 */
function matchingDirectives(candidates: boolean): string[] {
  return [
    'MATCH (d:Directive)',
    ...(candidates ? ['WHERE d.id IN $candidates', '  AND ($meetingIds IS NULL OR d.meetingId IN $meetingIds)'] : ['WHERE ($meetingIds IS NULL OR d.meetingId IN $meetingIds)']),
    '  AND ($textFolded IS NULL OR d.textFolded CONTAINS $textFolded)',
    'WITH d,',
    latestCuration('STATUS', 'curatedStatus'),
    latestCuration('DEADLINE', 'curatedDeadline'),
    latestCuration('ASSIGNEES', 'curatedAssignees'),
    `  COLLECT { MATCH (d)-[a:ASSIGNED_TO]->(x:${ENTITY}) WHERE a.role = 'LEAD' RETURN x.id } AS extractedLeads,`,
    `  COLLECT { MATCH (d)-[a:ASSIGNED_TO]->(x:${ENTITY}) WHERE a.role = 'COORDINATOR' RETURN x.id } AS coordinators,`,
    `  COLLECT { MATCH (d)-[a:ASSIGNED_TO]->(x:${ENTITY}) WHERE a.role <> 'LEAD' RETURN x.id } AS otherAssignees,`,
    '  COLLECT { MATCH (d)-[:DUE_BY]->(dl:Deadline) RETURN toString(dl.date) AS date ORDER BY date LIMIT 1 } AS extractedDue',
    "WITH d, coordinators, otherAssignees, coalesce(curatedStatus[0], 'OPEN') AS status,",
    '  CASE WHEN size(curatedDeadline) = 0 THEN extractedDue[0]',
    "    WHEN curatedDeadline[0] = '' THEN null ELSE curatedDeadline[0] END AS due,",
    '  CASE WHEN size(curatedAssignees) = 0 THEN extractedLeads',
    "    ELSE [x IN split(curatedAssignees[0], ',') WHERE trim(x) <> '' | trim(x)] END AS leads",
    "WITH d, coordinators, status, due, CASE $role WHEN 'COORDINATOR' THEN coordinators",
    "    WHEN 'ANY' THEN leads + otherAssignees ELSE leads END AS roleAssignees",
    'WITH d, coordinators, status, due,',
    '  any(x IN roleAssignees WHERE x IN coalesce($assignedTo, [])) AS direct,',
    '  [x IN roleAssignees WHERE x IN $predecessors] AS inheritedFrom',
    'WHERE ($assignedTo IS NULL OR direct OR size(inheritedFrom) > 0)',
    '  AND ($coordinatedBy IS NULL OR any(x IN coordinators WHERE x IN $coordinatedBy))',
    '  AND ($issuedBy IS NULL OR EXISTS { MATCH (o:Official)-[:ISSUED]->(d) WHERE o.id IN $issuedBy })',
    '  AND ($issuedByRole IS NULL OR EXISTS { MATCH (:Official)-[i:ISSUED]->(d) WHERE any(r IN i.roles WHERE r IN $issuedByRole) })',
    "  AND ($chairedBy IS NULL OR EXISTS { MATCH (o:Official)-[c:CHAIRED]->(m:Meeting) WHERE m.id = d.meetingId AND o.id IN $chairedBy })",
    '  AND ($dueOn IS NULL OR due = $dueOn)',
    '  AND ($dueBefore IS NULL OR due <= $dueBefore)',
    '  AND ($dueAfter IS NULL OR due >= $dueAfter)',
    '  AND ($hasDeadline IS NULL OR (due IS NOT NULL) = $hasDeadline)',
    "  AND ($overdueOn IS NULL OR (due < $overdueOn AND status <> 'DONE'))",
    '  AND ($status IS NULL OR status IN $status)',
  ];
}

const withCandidates = (candidates: string[] | null) => (candidates === null ? {} : { candidates });

/**
 * One page, in Cypher: the keyset condition, ORDER BY and LIMIT apply to the matching rows'
 * keys, so Neo4j keeps only the page's rows (a top-k), never a list of every match.
 * The order is (sort key in the direction, then id ascending), as in the embedded store. Sort
 * keys are strings, nulls replaced by a sentinel that sorts them last in either direction
 * ('~' after any date ascending, '' before any descending); document order is the document id
 * then the zero-padded position in it. Field and direction are parameters too: ORDER BY takes
 * the key in one of two CASE columns (the other is all null and orders nothing).
 */
export function buildFindDirectives(order: DirectiveOrder, where: DirectiveQueryParams, page: DirectivePageParams, candidates: string[] | null = null): BuiltQuery {
  const field = DIRECTIVE_ORDER_FIELDS.find((f) => f === order.field);
  if (!field) throw new Error(`not an order field: ${JSON.stringify(order.field)}`);
  const desc = order.direction === 'DESC';
  const ordering = { orderField: field, descending: desc, nullLast: desc ? '' : '~' };
  return query(candidates === null ? 'findDirectives' : 'findDirectives.candidates', 'READ', [
    ...matchingDirectives(candidates !== null),
    'OPTIONAL MATCH (m:Meeting {id: d.meetingId})',
    "WITH d.id AS id, due, toString(m.date) AS meetingDate, CASE WHEN direct THEN [] ELSE inheritedFrom END AS inherited,",
    "  d.documentId + ' ' + right('0000000000' + toString(d.ordinal), 10) AS documentKey",
    "WITH id, inherited, id AS tieKey, CASE $orderField WHEN 'DEADLINE' THEN coalesce(due, $nullLast)",
    "  WHEN 'MEETING_DATE' THEN coalesce(meetingDate, $nullLast) ELSE documentKey END AS sortKey",
    'WHERE $afterSortKey IS NULL',
    '  OR ($descending AND sortKey < $afterSortKey) OR (NOT $descending AND sortKey > $afterSortKey)',
    '  OR (sortKey = $afterSortKey AND tieKey > $afterTieKey)',
    'RETURN id, inherited, sortKey, tieKey',
    'ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN NOT $descending THEN sortKey END ASC, tieKey ASC',
    'LIMIT $limit',
  ], { ...where, ...ordering, ...page, limit: toNeo4jInt(page.limit), ...withCandidates(candidates) });
}

/** totalCount of the same conditions: a count, in the same read transaction as the page. */
export function buildCountDirectives(where: DirectiveQueryParams, candidates: string[] | null = null): BuiltQuery {
  return query(candidates === null ? 'countDirectives' : 'countDirectives.candidates', 'READ', [
    ...matchingDirectives(candidates !== null),
    'RETURN count(d) AS totalCount',
  ], { ...where, ...withCandidates(candidates) });
}

/**
 * Agencies that became (transitively) one of `ids` (SUCCEEDED_BY points old → new), per
 * target in the given order, nearest first: the order in which a hit reports `inheritedFrom`.
 */
export function buildPredecessors(ids: readonly string[]): BuiltQuery {
  return query('predecessors', 'READ', [
    'UNWIND range(0, size($ids) - 1) AS i',
    'MATCH path = (p:Agency)-[:SUCCEEDED_BY*1..]->(:Agency {id: $ids[i]})',
    'WITH i, p.id AS id, min(length(path)) AS distance',
    'RETURN i AS targetIndex, id, distance',
    'ORDER BY targetIndex ASC, distance ASC, id ASC',
  ], { ids: [...ids] });
}

export type CandidateSource = 'assigned' | 'issued' | 'meeting';

/**
 * Directives that may match, found from the parties or meetings named in the query through
 * indexes: every directive with an ASSIGNED_TO edge to one of `ids` plus every directive with
 * curated assignees (they can name anyone); those issued by `ids`; those of meetings `ids`.
 */
export function buildDirectiveCandidates(source: CandidateSource, ids: readonly string[]): BuiltQuery {
  const lines: Record<CandidateSource, string[]> = {
    assigned: [
      'UNWIND $ids AS target',
      `MATCH (:${ENTITY} {id: target})<-[:ASSIGNED_TO]-(d:Directive)`,
      'RETURN d.id AS id',
      'UNION',
      `MATCH (c:${CURATION} {kind: 'ASSIGNEES'})`,
      'RETURN c.directiveId AS id',
    ],
    issued: ['UNWIND $ids AS official', 'MATCH (:Official {id: official})-[:ISSUED]->(d:Directive)', 'RETURN DISTINCT d.id AS id'],
    meeting: ['MATCH (d:Directive)', 'WHERE d.meetingId IN $ids', 'RETURN d.id AS id'],
  };
  if (!(source in lines)) throw new Error(`not a candidate source: ${JSON.stringify(source)}`);
  return query(`directiveCandidates.${source}`, 'READ', lines[source], { ids: [...ids] });
}
