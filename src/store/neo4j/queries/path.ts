// Every edge on a shortest undirected path. The adapter picks one path from them exactly as
// the embedded store does (breadth-first, neighbours in edge-id order), since which of several
// equally short paths shortestPath() returns is up to Neo4j. Neo4j accepts no parameter as the
// hop bound, so the bound is an integer literal from a fixed range, every variant linted;
// larger bounds are clamped (an unbounded search is a lint warning and a risk on a big graph).
import { EDGE_TYPES } from '../../../graph/model';
import { toNeo4jInt } from '../values';
import { EDGE_FIELDS } from './edges';
import { ENTITY, query, type BuiltQuery } from './built-query';

export const MAX_LITERAL_HOPS = 15;
/** Enough equally short paths to choose from; more only means a denser graph, not a shorter path. */
export const MAX_SHORTEST_PATHS = 1000;

export function buildShortestPathEdges(from: string, to: string, maxHops: number): BuiltQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new Error(`maxHops must be a positive integer: ${maxHops}`);
  const hops = Math.min(maxHops, MAX_LITERAL_HOPS);
  return query(`shortestPath.${hops}`, 'READ', [
    // Domain types only: a path must not run through an :Ingest node's CARRIES relationships.
    `MATCH p = allShortestPaths((a:${ENTITY} {id: $from})-[:${EDGE_TYPES.join('|')}*..${hops}]-(b:${ENTITY} {id: $to}))`,
    'WITH p LIMIT $maxPaths',
    'UNWIND relationships(p) AS r',
    `RETURN DISTINCT ${EDGE_FIELDS}`,
    'ORDER BY id ASC',
  ], { from, to, maxPaths: toNeo4jInt(MAX_SHORTEST_PATHS) });
}
