// Edge reads: adjacency per (node, type, direction) key and keyset pages by id.
import type { EdgeType } from '../../../graph/model';
import { EDGE_TYPES } from '../../../graph/model';
import type { EdgeKey } from '../../port';
import { toNeo4jInt } from '../values';
import { assertOneOf, ENTITY, query, type BuiltQuery } from './built-query';

/** The projection every edge-returning statement ends with (see codec EdgeRow). */
export const EDGE_FIELDS = 'r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.propsJson AS propsJson, r.documentId AS documentId';

/** Rows carry the key's index; within a key, edges come by id (the port's stable order). */
export function buildGetEdges(keys: readonly EdgeKey[]): BuiltQuery {
  return query('getEdges', 'READ', [
    'UNWIND range(0, size($keys) - 1) AS i',
    'WITH i, $keys[i] AS key',
    `MATCH (n:${ENTITY} {id: key.nodeId})-[r]-(:${ENTITY})`,
    'WHERE type(r) = key.type',
    "  AND CASE key.direction WHEN 'out' THEN startNode(r) = n ELSE endNode(r) = n END",
    `RETURN DISTINCT i AS keyIndex, ${EDGE_FIELDS}`,
    'ORDER BY keyIndex ASC, id ASC',
  ], { keys: keys.map((k) => ({ nodeId: k.nodeId, type: k.type, direction: k.direction })) });
}

function edgePattern(type: EdgeType | null): string {
  return type === null ? `(:${ENTITY})-[r]->(:${ENTITY})` : `(:${ENTITY})-[r:${assertOneOf(type, EDGE_TYPES, 'edge type')}]->(:${ENTITY})`;
}

/** From the count store: one typed count, or the sum of one per type (never a scan). */
export function buildCountEdges(type: EdgeType | null): BuiltQuery {
  if (type !== null) {
    return query(`countEdges.${type}`, 'READ', [`MATCH ()-[r:${assertOneOf(type, EDGE_TYPES, 'edge type')}]->()`, 'RETURN count(r) AS total'], {});
  }
  const branches = EDGE_TYPES.flatMap((t, i) => [...(i > 0 ? ['  UNION ALL'] : []), `  MATCH ()-[r:${t}]->() RETURN count(r) AS n`]);
  return query('countEdges.ALL', 'READ', ['CALL () {', ...branches, '}', 'RETURN sum(n) AS total'], {});
}

export function buildListEdges(type: EdgeType | null, afterId: string | null, limit: number): BuiltQuery {
  return query(`listEdges.${type ?? 'ALL'}`, 'READ', [
    `MATCH ${edgePattern(type)}`,
    'WHERE $afterId IS NULL OR r.id > $afterId',
    `RETURN ${EDGE_FIELDS}`,
    'ORDER BY id ASC',
    'LIMIT $limit',
  ], { afterId, limit: toNeo4jInt(limit) });
}
