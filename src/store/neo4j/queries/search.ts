// Name search with the port's scores, computed over the folded search keys of agencies and
// officials: exact key 3, prefix 2, whole-word 1.5, substring 1; best key per node; ties by
// name, then id. Plain Cypher rather than the full-text index, because Lucene's scores and
// tokenisation cannot give these exact answers (the index serves ad-hoc exploration).
import type { NodeLabel } from '../../../graph/model';
import { toNeo4jInt } from '../values';
import { ENTITY, query, type BuiltQuery } from './built-query';

export const SEARCHABLE_LABELS: readonly NodeLabel[] = ['Agency', 'Official'];

export interface SearchParams {
  /** fold()ed query text, non-empty. */
  folded: string;
  labels: NodeLabel[] | null;
  exact: boolean;
  limit: number;
}

export function buildSearch(args: SearchParams): BuiltQuery {
  return query('search', 'READ', [
    `MATCH (n:${ENTITY})`,
    'WHERE (n:Agency OR n:Official)',
    '  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))',
    'WITH n, [k IN coalesce(n.searchKeys, []) | {key: k, score: CASE',
    '    WHEN k = $folded THEN 3.0',
    '    WHEN $exact THEN 0.0',
    '    WHEN k STARTS WITH $folded THEN 2.0',
    "    WHEN (' ' + k + ' ') CONTAINS (' ' + $folded + ' ') THEN 1.5",
    '    WHEN k CONTAINS $folded THEN 1.0',
    '    ELSE 0.0 END}] AS scored',
    'WITH n, reduce(best = {key: null, score: 0.0}, s IN scored |',
    '  CASE WHEN s.score > best.score THEN s ELSE best END) AS best',
    'WHERE best.score > 0.0',
    "RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Agency', 'Official']][0] AS label,",
    '  best.score AS score, best.key AS matched',
    'ORDER BY score DESC, n.name ASC, id ASC',
    'LIMIT $limit',
  ], { folded: args.folded, labels: args.labels, exact: args.exact, limit: toNeo4jInt(args.limit) });
}
