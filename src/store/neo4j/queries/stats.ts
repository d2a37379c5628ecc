// Graph statistics: counts per label and per edge type, the busiest lead agencies, directives
// per meeting. Assignment counts are extracted edges (curation is per directive).
import { EDGE_TYPES, NODE_LABELS } from '../../../graph/model';
import { toNeo4jInt } from '../values';
import { ENTITY, query, type BuiltQuery } from './built-query';

// Counts per label and per type, one branch each: a bare `MATCH (n:L) RETURN count(n)` and
// `MATCH ()-[r:T]->() RETURN count(r)` are answered from the count store, without a scan.
export function buildCountByLabel(): BuiltQuery {
  return query('stats.nodes', 'READ', NODE_LABELS.flatMap((label, i) => [...(i > 0 ? ['UNION ALL'] : []), `MATCH (n:${label})`, `RETURN '${label}' AS key, count(n) AS count`]), {});
}

export function buildCountByType(): BuiltQuery {
  return query('stats.edges', 'READ', EDGE_TYPES.flatMap((type, i) => [...(i > 0 ? ['UNION ALL'] : []), `MATCH ()-[r:${type}]->()`, `RETURN '${type}' AS key, count(r) AS count`]), {});
}

/** ASSIGNED_TO edges per agency and role; agencies with any, most leads first. */
export function buildTopAssignees(top: number): BuiltQuery {
  return query('stats.topAssignees', 'READ', [
    `MATCH (:${ENTITY})-[a:ASSIGNED_TO]->(x:Agency)`,
    'WITH x.id AS agencyId,',
    "  sum(CASE WHEN a.role = 'LEAD' THEN 1 ELSE 0 END) AS lead,",
    "  sum(CASE WHEN a.role = 'COORDINATOR' THEN 1 ELSE 0 END) AS coordinator",
    'WHERE lead + coordinator > 0',
    'RETURN agencyId, lead, coordinator',
    'ORDER BY lead DESC, coordinator DESC, agencyId ASC',
    'LIMIT $limit',
  ], { limit: toNeo4jInt(top) });
}

/** Every meeting, with none counted as 0, most directives first. */
export function buildDirectivesPerMeeting(top: number): BuiltQuery {
  return query('stats.directivesPerMeeting', 'READ', [
    'MATCH (m:Meeting)',
    `RETURN m.id AS meetingId, COUNT { (:${ENTITY})-[:PART_OF]->(m) } AS count`,
    'ORDER BY count DESC, meetingId ASC',
    'LIMIT $limit',
  ], { limit: toNeo4jInt(top) });
}
