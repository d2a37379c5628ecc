// Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), with the
// parameters a statement is sent with declared and the closed sets of labels and types as
// the database schema: undeclared labels, types or parameters are diagnostics too.
import { EDGE_TYPES, NODE_LABELS } from '../../../src/graph/model';
import { CURATION, ENTITY, INGEST } from '../../../src/store/neo4j/queries/built-query';

// The package ships CJS for Node 20; its types come from the ESM build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, dbSchema: Record<string, unknown>): { message: string; range: { start: { line: number; character: number } } }[];
};

export const SCHEMA_LABELS = [...NODE_LABELS, ENTITY, CURATION, INGEST];

/** Diagnostics as "line:col message"; [] when Neo4j would accept the statement as written. */
export function lintStatement(text: string, params: Record<string, unknown>): string[] {
  return lintCypherQuery(text, { parameters: params, labels: SCHEMA_LABELS, relationshipTypes: [...EDGE_TYPES] }).map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
  );
}

/** Lints each distinct (text, parameter names) once per process: the linter takes ~0.1 s a statement. */
export function createLintCache(): (text: string, params: Record<string, unknown>) => string[] {
  const seen = new Map<string, string[]>();
  return (text, params) => {
    const key = `${Object.keys(params).sort().join(',')}\n${text}`;
    let result = seen.get(key);
    if (result === undefined) seen.set(key, (result = lintStatement(text, params)));
    return result;
  };
}
