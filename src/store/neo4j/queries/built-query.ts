// Every statement the adapter sends is a BuiltQuery: a fixed text (first line `// q:<id>`,
// so logs, the recording driver and the linter know which builder made it), parameters for
// every value, and whether it reads or writes.

export type AccessMode = 'READ' | 'WRITE';

export interface BuiltQuery {
  id: string;
  text: string;
  params: Record<string, unknown>;
  mode: AccessMode;
}

/** Internal labels next to the domain ones: every domain node is also an :Entity. */
export const ENTITY = 'Entity';
export const CURATION = 'Curation';
export const INGEST = 'Ingest';
/**
 * Ownership of shared elements: (:Ingest)-[:CARRIES]->(shared node) and, for a gazetteer edge,
 * (:Ingest)-[:CARRIES_EDGE {edgeId}]->(the edge's start node). A write finds what its document
 * carries from its own :Ingest node (unique index), never by reading a property of every node.
 */
export const CARRIES = 'CARRIES';
export const CARRIES_EDGE = 'CARRIES_EDGE';

export function query(id: string, mode: AccessMode, lines: string[], params: Record<string, unknown>): BuiltQuery {
  return { id, mode, text: [`// q:${id}`, ...lines].join('\n'), params };
}

/** The builder id a text was made by, read back from its first line. */
export function queryIdOf(text: string): string | null {
  const m = /^\/\/ q:(\S+)/.exec(text);
  return m ? m[1] : null;
}

/** Guards the closed sets: a label or type is spliced into text only after this check. */
export function assertOneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`not a ${what}: ${JSON.stringify(value)}`);
  return value as T;
}
