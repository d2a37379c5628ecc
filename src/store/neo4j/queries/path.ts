// Shortest undirected path. Neo4j accepts no parameter as the hop bound of shortestPath, so
// the bound is an integer literal from a fixed range, every variant linted. Bounds above the
// range are clamped to it: an unbounded shortestPath is a warning-level risk on a large graph,
// and a chain of more than MAX_LITERAL_HOPS edges explains nothing to a reader.
import { EDGE_FIELDS } from './edges';
import { ENTITY, query, type BuiltQuery } from './built-query';

export const MAX_LITERAL_HOPS = 15;

export function buildShortestPath(from: string, to: string, maxHops: number): BuiltQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new Error(`maxHops must be a positive integer: ${maxHops}`);
  const hops = Math.min(maxHops, MAX_LITERAL_HOPS);
  return query(`shortestPath.${hops}`, 'READ', [
    `MATCH p = shortestPath((a:${ENTITY} {id: $from})-[*..${hops}]-(b:${ENTITY} {id: $to}))`,
    'UNWIND range(0, length(p) - 1) AS step',
    'WITH step, relationships(p)[step] AS r',
    `RETURN step, ${EDGE_FIELDS}`,
    'ORDER BY step ASC',
  ], { from, to });
}
