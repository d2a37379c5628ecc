// Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), with the
// parameters a statement is sent with declared and the closed sets of labels and types as
// the database schema: undeclared labels, types or parameters are diagnostics too. The
// linter runs in a plain Node child process (lint-worker.js): inside Jest's sandbox the same
// work takes three times as long.
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EDGE_TYPES, NODE_LABELS } from '../../../src/graph/model';
import { CARRIES, CARRIES_EDGE, CURATION, ENTITY, INGEST } from '../../../src/store/neo4j/queries/built-query';

export const SCHEMA_LABELS = [...NODE_LABELS, ENTITY, CURATION, INGEST];

export interface LintInput {
  text: string;
  params: Record<string, unknown>;
}

const WORKER = join(__dirname, 'lint-worker.js');
const ROOT = join(__dirname, '..', '..', '..');
const SCHEMA = JSON.stringify({ labels: SCHEMA_LABELS, relationshipTypes: [...EDGE_TYPES, CARRIES, CARRIES_EDGE] });
const inputOf = (statements: readonly LintInput[]) => JSON.stringify(statements.map((s) => ({ text: s.text, parameters: Object.keys(s.params) })));

/** Diagnostics ("line:col message") per statement; [] when Neo4j accepts it as written. */
export function lintStatements(statements: readonly LintInput[]): string[][] {
  if (statements.length === 0) return [];
  const out = execFileSync(process.execPath, [WORKER, SCHEMA], { input: inputOf(statements), cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as string[][];
}

/** The same, split over `workers` child processes running at once (one per core). */
export async function lintStatementsInParallel(statements: readonly LintInput[], workers = 2): Promise<string[][]> {
  const size = Math.ceil(statements.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => statements.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<string[][]>((resolve, reject) => {
          const child = execFile(process.execPath, [WORKER, SCHEMA], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout) =>
            err ? reject(err) : resolve(JSON.parse(stdout) as string[][]),
          );
          child.stdin?.end(inputOf(chunk));
        }),
    ),
  );
  return results.flat();
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
