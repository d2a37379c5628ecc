// Name search with the port's scores: exact key 3, prefix 2, whole-word 1.5, substring 1; the
// best key per node. Keys are the folded search keys of agencies and officials, the folded
// title of meetings and documents, the folded text of directives (only when asked for).
// Candidates come from the full-text index (a superset: see lucene-query.ts), then the
// statement scores each candidate's keys exactly: Lucene's own scores and tokenisation cannot
// give these answers, but its index keeps the statement from reading every node.
// Ties are ordered by the adapter: Vietnamese collation of names is not available in Cypher.
import type { NodeLabel } from '../../../graph/model';
import { query, type BuiltQuery } from './built-query';
import { SEARCH_INDEX } from './schema';

export const DEFAULT_SEARCH_LABELS: readonly NodeLabel[] = ['Agency', 'Official', 'Meeting', 'Document'];

export interface SearchParams {
  /** The query as fold() gives it and, when different, lower-cased with its diacritics. */
  queries: string[];
  labels: NodeLabel[];
  exact: boolean;
  /** luceneContainsQuery(queries): the index query for the candidates. */
  lucene: string;
}

const scoreOf = (k: string) =>
  `reduce(s = 0.0, q IN $queries | CASE WHEN ${k} = q THEN 3.0 WHEN s >= 2.0 THEN s WHEN ${k} STARTS WITH q THEN 2.0 ` +
  `WHEN s >= 1.5 THEN s WHEN (' ' + ${k} + ' ') CONTAINS (' ' + q + ' ') THEN 1.5 WHEN s >= 1.0 THEN s WHEN ${k} CONTAINS q THEN 1.0 ELSE s END)`;

export function buildSearch(args: SearchParams): BuiltQuery {
  return query('search', 'READ', [
    `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS n`,
    'WITH n, [l IN $labels WHERE l IN labels(n)][0] AS label',
    'WHERE label IS NOT NULL',
    "WITH n, label, CASE WHEN label IN ['Agency', 'Official'] THEN coalesce(n.searchKeys, [])",
    "    WHEN label = 'Directive' THEN [n.textFolded]",
    "    WHEN label = 'Deadline' OR n.titleFolded IS NULL THEN [] ELSE [n.titleFolded] END AS keys",
    `WITH n, label, reduce(best = {key: '', score: 0.0}, k IN keys |`,
    `  CASE WHEN ${scoreOf('k')} > best.score THEN {key: k, score: ${scoreOf('k')}} ELSE best END) AS best`,
    'WHERE best.score > 0.0 AND (NOT $exact OR best.score = 3.0)',
    "RETURN n.id AS id, label, best.score AS score, best.key AS matched,",
    "  CASE label WHEN 'Directive' THEN n.text WHEN 'Agency' THEN n.name WHEN 'Official' THEN n.name ELSE coalesce(n.title, '') END AS name",
  ], { queries: args.queries, labels: args.labels, exact: args.exact, lucene: args.lucene });
}
