// Graph statistics: counts per label and per edge type, top lead agencies, directives per meeting.
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

/** Distinct directives per agency and role, as extracted. */
export function buildTopAssignees(top: number): BuiltQuery {
  return query('stats.topAssignees', 'READ', [
    'MATCH (d:Directive)-[a:ASSIGNED_TO]->(x:Agency)',
    'WITH x.id AS agencyId,',
    "  count(DISTINCT CASE WHEN a.role = 'LEAD' THEN d END) AS lead,",
    "  count(DISTINCT CASE WHEN a.role = 'COORDINATOR' THEN d END) AS coordinator",
    'WHERE lead > 0',
    'RETURN agencyId, lead, coordinator',
    'ORDER BY lead DESC, coordinator DESC, agencyId ASC',
    'LIMIT $limit',
  ], { limit: toNeo4jInt(top) });
}

export function buildDirectivesPerMeeting(): BuiltQuery {
  return query('stats.directivesPerMeeting', 'READ', [
    'MATCH (d:Directive)-[:PART_OF]->(m:Meeting)',
    'RETURN m.id AS meetingId, count(DISTINCT d) AS count',
    'ORDER BY count DESC, meetingId ASC',
  ], {});
}
