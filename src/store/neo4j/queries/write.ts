// The statements of one document's write transaction, in the order the adapter runs them.
import type { EdgeType, NodeLabel } from '../../../graph/model';
import { DOCUMENT_OWNED_LABELS, EDGE_TYPES, NODE_LABELS } from '../../../graph/model';
import { assertOneOf, ENTITY, INGEST, query, type BuiltQuery } from './built-query';

export function buildReadIngestHash(documentId: string): BuiltQuery {
  return query('readIngestHash', 'WRITE', [
    `OPTIONAL MATCH (i:${INGEST} {documentId: $documentId})`,
    'RETURN i.hash AS hash',
  ], { documentId });
}

/** Owned nodes go with their edges (DETACH); curation lives on separate nodes and stays. */
export function buildDeleteOwnedNodes(documentId: string): BuiltQuery {
  return query('deleteOwnedNodes', 'WRITE', [
    `MATCH (n:${ENTITY} {ownerDocumentId: $documentId})`,
    'DETACH DELETE n',
  ], { documentId });
}

/** Edges the document contributed between shared nodes (Agency, Official) outlive the nodes. */
export function buildDeleteOwnedEdges(documentId: string): BuiltQuery {
  return query('deleteOwnedEdges', 'WRITE', [
    `MATCH (:${ENTITY})-[r:${EDGE_TYPES.join('|')}]->(:${ENTITY})`,
    'WHERE r.documentId = $documentId',
    'DELETE r',
  ], { documentId });
}

/**
 * Shared nodes and gazetteer edges (documentId null) are kept while any document carries them,
 * as the embedded store counts references: `carriedBy` lists those documents. Rewriting a
 * document first releases what it carried; what no document carries any more goes.
 */
export function buildReleaseSharedEdges(documentId: string): BuiltQuery {
  return query('releaseSharedEdges', 'WRITE', [
    `MATCH (:${ENTITY})-[r:${EDGE_TYPES.join('|')}]->(:${ENTITY})`,
    'WHERE $documentId IN r.carriedBy',
    'SET r.carriedBy = [x IN r.carriedBy WHERE x <> $documentId]',
    'WITH r WHERE size(r.carriedBy) = 0',
    'DELETE r',
  ], { documentId });
}

export function buildReleaseSharedNodes(documentId: string): BuiltQuery {
  return query('releaseSharedNodes', 'WRITE', [
    `MATCH (n:${ENTITY})`,
    'WHERE $documentId IN n.carriedBy',
    'SET n.carriedBy = [x IN n.carriedBy WHERE x <> $documentId]',
    'WITH n WHERE size(n.carriedBy) = 0',
    'DETACH DELETE n',
  ], { documentId });
}

/**
 * Owned labels are created (their old nodes were just deleted); shared labels are merged on
 * their deterministic id, take the batch's properties and record that this document carries them.
 */
export function buildWriteNodes(label: NodeLabel, documentId: string, rows: { id: string; props: Record<string, unknown> }[]): BuiltQuery {
  const l = assertOneOf(label, NODE_LABELS, 'node label');
  if (DOCUMENT_OWNED_LABELS.includes(l)) {
    return query(`writeNodes.${l}`, 'WRITE', ['UNWIND $rows AS row', `CREATE (n:${ENTITY}:${l})`, 'SET n = row.props', 'RETURN count(n) AS written'], { rows });
  }
  return query(`writeNodes.${l}`, 'WRITE', [
    'UNWIND $rows AS row',
    `MERGE (n:${ENTITY} {id: row.id})`,
    'WITH n, row, [x IN coalesce(n.carriedBy, []) WHERE x <> $documentId] + $documentId AS carriedBy',
    `SET n:${l}, n = row.props, n.carriedBy = carriedBy`,
    'RETURN count(n) AS written',
  ], { rows, documentId });
}

/**
 * Edges are merged on their id between existing nodes (a missing endpoint shows in the count).
 * The document's own edges were deleted before, so they are always created; a gazetteer edge
 * another document already carries keeps its properties and gains a carrier.
 */
export function buildMergeEdges(type: EdgeType, documentId: string, rows: { id: string; from: string; to: string; shared: boolean; props: Record<string, unknown> }[]): BuiltQuery {
  const t = assertOneOf(type, EDGE_TYPES, 'edge type');
  return query(`mergeEdges.${t}`, 'WRITE', [
    'UNWIND $rows AS row',
    `MATCH (a:${ENTITY} {id: row.from})`,
    `MATCH (b:${ENTITY} {id: row.to})`,
    `MERGE (a)-[r:${t} {id: row.id}]->(b)`,
    'ON CREATE SET r = row.props',
    'SET r.carriedBy = CASE WHEN row.shared',
    '  THEN [x IN coalesce(r.carriedBy, []) WHERE x <> $documentId] + $documentId ELSE null END',
    'RETURN count(r) AS written',
  ], { rows, documentId });
}

export function buildMarkIngested(documentId: string, hash: string): BuiltQuery {
  return query('markIngested', 'WRITE', [
    `MERGE (i:${INGEST} {documentId: $documentId})`,
    'SET i.hash = $hash',
  ], { documentId, hash });
}
