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
 * Owned labels are created (their old nodes were just deleted); shared labels are merged on
 * their deterministic id and take the batch's properties.
 */
export function buildWriteNodes(label: NodeLabel, rows: { id: string; props: Record<string, unknown> }[]): BuiltQuery {
  const l = assertOneOf(label, NODE_LABELS, 'node label');
  const owned = DOCUMENT_OWNED_LABELS.includes(l);
  return query(`writeNodes.${l}`, 'WRITE', [
    'UNWIND $rows AS row',
    owned ? `CREATE (n:${ENTITY}:${l})` : `MERGE (n:${ENTITY} {id: row.id})`,
    owned ? 'SET n = row.props' : `SET n:${l}, n = row.props`,
    'RETURN count(n) AS written',
  ], { rows });
}

/** Edges are merged on their id between existing nodes; a missing endpoint shows in the count. */
export function buildMergeEdges(type: EdgeType, rows: { id: string; from: string; to: string; props: Record<string, unknown> }[]): BuiltQuery {
  const t = assertOneOf(type, EDGE_TYPES, 'edge type');
  return query(`mergeEdges.${t}`, 'WRITE', [
    'UNWIND $rows AS row',
    `MATCH (a:${ENTITY} {id: row.from})`,
    `MATCH (b:${ENTITY} {id: row.to})`,
    `MERGE (a)-[r:${t} {id: row.id}]->(b)`,
    'SET r = row.props',
    'RETURN count(r) AS written',
  ], { rows });
}

export function buildMarkIngested(documentId: string, hash: string): BuiltQuery {
  return query('markIngested', 'WRITE', [
    `MERGE (i:${INGEST} {documentId: $documentId})`,
    'SET i.hash = $hash',
  ], { documentId, hash });
}
