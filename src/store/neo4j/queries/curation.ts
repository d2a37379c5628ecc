// Curation records: separate :Curation nodes keyed by directive id (not edges), so they
// survive a re-ingest that replaces the directive node. `seq` is the insertion order per
// directive, the order records are read back in (as in the embedded store).
import { CURATION, query, type BuiltQuery } from './built-query';

export function buildGetCuration(id: string): BuiltQuery {
  return query('getCuration', 'READ', [`MATCH (c:${CURATION} {id: $id})`, 'RETURN properties(c) AS props'], { id });
}

/** Idempotent on the record id (the adapter has checked any existing record is the same). */
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
    'RETURN DISTINCT directiveId, properties(c) AS props, c.seq AS seq',
    'ORDER BY directiveId ASC, seq ASC',
  ], { directiveIds: [...directiveIds] });
}
