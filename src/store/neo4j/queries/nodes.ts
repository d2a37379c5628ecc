// Node reads: batch by id (aligned by the adapter), and keyset pages of one label by id.
import type { MeetingDirection } from '../../../graph/meeting-order';
import type { NodeLabel } from '../../../graph/model';
import { NODE_LABELS } from '../../../graph/model';
import { toNeo4jDate, toNeo4jInt } from '../values';
import { assertOneOf, ENTITY, query, type BuiltQuery } from './built-query';

export function buildGetNodes(ids: readonly string[]): BuiltQuery {
  return query('getNodes', 'READ', [
    'UNWIND $ids AS id',
    `MATCH (n:${ENTITY} {id: id})`,
    'RETURN DISTINCT n.id AS id, labels(n) AS labels, properties(n) AS props',
  ], { ids: [...ids] });
}

export function buildCountNodes(label: NodeLabel): BuiltQuery {
  const l = assertOneOf(label, NODE_LABELS, 'node label');
  return query(`countNodes.${l}`, 'READ', [`MATCH (n:${l})`, 'RETURN count(n) AS total'], {});
}

/** `limit` is one more than the page so the adapter can tell whether a next page exists. */
export function buildListNodes(label: NodeLabel, afterId: string | null, limit: number): BuiltQuery {
  const l = assertOneOf(label, NODE_LABELS, 'node label');
  return query(`listNodes.${l}`, 'READ', [
    `MATCH (n:${l})`,
    'WHERE $afterId IS NULL OR n.id > $afterId',
    'RETURN properties(n) AS props',
    'ORDER BY n.id ASC',
    'LIMIT $limit',
  ], { afterId, limit: toNeo4jInt(limit) });
}

/** Documents reporting a meeting held on `date`: the reports a new one may join. */
export function buildDocumentsOnMeetingDate(date: string): BuiltQuery {
  return query('documentsOnMeetingDate', 'READ', [
    'MATCH (m:Meeting {date: $date})-[:REPORTED_IN]->(d:Document)',
    'RETURN DISTINCT d.id AS id',
    'ORDER BY id',
  ], { date: toNeo4jDate(date) });
}

/** A meeting's place in the date listing: undated 0 or 1 (undated last), its day ('' when undated), its id. */
export interface MeetingPosition {
  undated: number;
  day: string;
  id: string;
}

/**
 * Every meeting by date, undated last either way, then by id (src/graph/meeting-order.ts),
 * after a keyset position, so a page costs its own rows and never a scan of the rest. The
 * direction picks one of two fixed texts (ORDER BY takes no parameter).
 */
export function buildListMeetingsByDate(direction: MeetingDirection, after: MeetingPosition | null, limit: number): BuiltQuery {
  const d = assertOneOf(direction, ['ASC', 'DESC'] as const, 'direction');
  return query(`listMeetingsByDate.${d}`, 'READ', [
    'MATCH (m:Meeting)',
    "WITH m, CASE WHEN m.date IS NULL THEN 1 ELSE 0 END AS undated, coalesce(toString(m.date), '') AS day",
    'WHERE $afterId IS NULL OR undated > $afterUndated',
    `   OR (undated = $afterUndated AND (day ${d === 'ASC' ? '>' : '<'} $afterDay OR (day = $afterDay AND m.id > $afterId)))`,
    'RETURN properties(m) AS props, undated, day',
    `ORDER BY undated ASC, day ${d}, m.id ASC`,
    'LIMIT $limit',
  ], { afterUndated: toNeo4jInt(after?.undated ?? 0), afterDay: after?.day ?? '', afterId: after?.id ?? null, limit: toNeo4jInt(limit) });
}
