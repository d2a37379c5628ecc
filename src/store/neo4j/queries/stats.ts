// Graph statistics: counts per label and per edge type, the busiest lead agencies, directives
// per meeting. Assignment counts are extracted edges (curation is per directive).
import { EDGE_TYPES, NODE_LABELS } from '../../../graph/model';
import { toNeo4jInt } from '../values';
import { ENTITY, query, type BuiltQuery } from './built-query';

export function buildCountByLabel(): BuiltQuery {
  return query('stats.nodes', 'READ', [
    `MATCH (n:${ENTITY})`,
    'UNWIND labels(n) AS label',
    'WITH label WHERE label IN $labels',
    'RETURN label AS key, count(*) AS count',
  ], { labels: [...NODE_LABELS] });
}

export function buildCountByType(): BuiltQuery {
  return query('stats.edges', 'READ', [
    `MATCH (:${ENTITY})-[r]->(:${ENTITY})`,
    'WITH type(r) AS key WHERE key IN $types',
    'RETURN key, count(*) AS count',
  ], { types: [...EDGE_TYPES] });
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
