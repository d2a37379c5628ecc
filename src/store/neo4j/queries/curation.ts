// Curation records: separate :Curation nodes keyed by directive id (not edges), so they
// survive a re-ingest that replaces the directive node.
import { CURATION, query, type BuiltQuery } from './built-query';

/** Idempotent on the record id; `seq` keeps insertion order among equal timestamps. */
export function buildAddCuration(id: string, directiveId: string, props: Record<string, unknown>): BuiltQuery {
  return query('addCuration', 'WRITE', [
    `OPTIONAL MATCH (o:${CURATION} {directiveId: $directiveId})`,
    'WITH count(o) AS seq',
    `MERGE (c:${CURATION} {id: $id})`,
    'ON CREATE SET c += $props, c.seq = seq',
  ], { id, directiveId, props });
}

export function buildGetCurations(directiveIds: readonly string[]): BuiltQuery {
  return query('getCurations', 'READ', [
    'UNWIND $directiveIds AS directiveId',
    `MATCH (c:${CURATION} {directiveId: directiveId})`,
    'RETURN DISTINCT directiveId, properties(c) AS props, c.recordedAt AS recordedAt, c.seq AS seq',
    'ORDER BY directiveId ASC, recordedAt ASC, seq ASC',
  ], { directiveIds: [...directiveIds] });
}
