// Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), with the
// parameters a statement is sent with declared and the closed sets of labels and types as
// the database schema: undeclared labels, types or parameters are diagnostics too. The
// linter runs in a plain Node child process (lint-worker.js): inside Jest's sandbox the same
// work takes three times as long.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EDGE_TYPES, NODE_LABELS } from '../../../src/graph/model';
import { CURATION, ENTITY, INGEST } from '../../../src/store/neo4j/queries/built-query';

export const SCHEMA_LABELS = [...NODE_LABELS, ENTITY, CURATION, INGEST];

export interface LintInput {
  text: string;
  params: Record<string, unknown>;
}

/** Diagnostics ("line:col message") per statement; [] when Neo4j accepts it as written. */
export function lintStatements(statements: readonly LintInput[]): string[][] {
  if (statements.length === 0) return [];
  const schema = JSON.stringify({ labels: SCHEMA_LABELS, relationshipTypes: [...EDGE_TYPES] });
  const input = JSON.stringify(statements.map((s) => ({ text: s.text, parameters: Object.keys(s.params) })));
  const out = execFileSync(process.execPath, [join(__dirname, 'lint-worker.js'), schema], {
    input,
    cwd: join(__dirname, '..', '..', '..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8')) as string[][];
}

export function lintStatement(text: string, params: Record<string, unknown>): string[] {
  return lintStatements([{ text, params }])[0];
}

/** Lints each distinct (text, parameter names) once per process. */
export function createLintCache(): (text: string, params: Record<string, unknown>) => string[] {
  const seen = new Map<string, string[]>();
  return (text, params) => {
    const key = `${Object.keys(params).sort().join(',')}\n${text}`;
    let result = seen.get(key);
    if (result === undefined) seen.set(key, (result = lintStatement(text, params)));
    return result;
  };
}
