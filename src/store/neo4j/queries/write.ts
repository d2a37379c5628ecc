// The statements of one document's write transaction, in the order the adapter runs them.
// Each one starts from an index: the document's :Ingest node (unique on documentId), the
// owner index on nodes, the per-type relationship index on documentId, or node ids. None reads
// a property of every node or relationship, so a write costs what its own document holds.
import type { EdgeType, NodeLabel } from '../../../graph/model';
import { DOCUMENT_OWNED_LABELS, EDGE_TYPES, NODE_LABELS } from '../../../graph/model';
import { assertOneOf, CARRIES, CARRIES_EDGE, ENTITY, INGEST, query, type BuiltQuery } from './built-query';

/**
 * Merges the document's :Ingest node (what it carries hangs off it) and reads the hash of the
 * batch last written. The MERGE also locks the node, so two writers of one document queue.
 */
export function buildReadIngestHash(documentId: string): BuiltQuery {
  return query('readIngestHash', 'WRITE', [
    `MERGE (i:${INGEST} {documentId: $documentId})`,
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

/**
 * Edges the document contributed between shared nodes (Agency, Official) outlive the nodes.
 * One subquery per type, so each is a seek in that type's documentId index (a pattern over
 * several types could not use them).
 */
export function buildDeleteOwnedEdges(documentId: string): BuiltQuery {
  return query('deleteOwnedEdges', 'WRITE', EDGE_TYPES.map((type) => `CALL () { MATCH ()-[r:${type} {documentId: $documentId}]->() DELETE r }`), { documentId });
}

/**
 * Shared nodes and gazetteer edges (documentId null) are kept while any document carries them,
 * as the embedded store counts references. Rewriting a document first drops its carries; what
 * no document carries any more goes.
 */
export function buildReleaseSharedEdges(documentId: string): BuiltQuery {
  return query('releaseSharedEdges', 'WRITE', [
    `MATCH (:${INGEST} {documentId: $documentId})-[c:${CARRIES_EDGE}]->(a:${ENTITY})`,
    'WITH a, c.edgeId AS edgeId, c',
    'DELETE c',
    'WITH a, edgeId',
    `WHERE NOT EXISTS { MATCH (:${INGEST})-[k:${CARRIES_EDGE}]->(a) WHERE k.edgeId = edgeId }`,
    `MATCH (a)-[r]->(:${ENTITY})`,
    'WHERE r.id = edgeId',
    'DELETE r',
  ], { documentId });
}

export function buildReleaseSharedNodes(documentId: string): BuiltQuery {
  return query('releaseSharedNodes', 'WRITE', [
    `MATCH (:${INGEST} {documentId: $documentId})-[c:${CARRIES}]->(n:${ENTITY})`,
    'DELETE c',
    'WITH DISTINCT n',
    `WHERE NOT EXISTS { MATCH (:${INGEST})-[:${CARRIES}]->(n) }`,
    'DETACH DELETE n',
  ], { documentId });
}

/**
 * Owned labels are created (their old nodes were just deleted). Shared labels are merged on
 * their deterministic id and take the properties this batch has (`+=`: another document's
 * properties that this one lacks stay), and the document's :Ingest node carries them.
 */
export function buildWriteNodes(label: NodeLabel, documentId: string, rows: { id: string; props: Record<string, unknown> }[]): BuiltQuery {
  const l = assertOneOf(label, NODE_LABELS, 'node label');
  if (DOCUMENT_OWNED_LABELS.includes(l)) {
    return query(`writeNodes.${l}`, 'WRITE', ['UNWIND $rows AS row', `CREATE (n:${ENTITY}:${l})`, 'SET n = row.props', 'RETURN count(n) AS written'], { rows });
  }
  return query(`writeNodes.${l}`, 'WRITE', [
    `MATCH (i:${INGEST} {documentId: $documentId})`,
    'UNWIND $rows AS row',
    `MERGE (n:${ENTITY} {id: row.id})`,
    `SET n:${l}, n += row.props`,
    `MERGE (i)-[:${CARRIES}]->(n)`,
    'RETURN count(n) AS written',
  ], { rows, documentId });
}

/**
 * Nodes of a document-owned label that reports of one meeting carry jointly (the batch's
 * jointNodeIds: the joined Meeting, a task several reports give, its Deadline) are merged on
 * their id and carried like shared nodes. Every carrier writes the same node, so its
 * properties replace the old ones (`=`): an owner's mark from before the join goes with them.
 */
export function buildWriteJointNodes(label: NodeLabel, documentId: string, rows: { id: string; props: Record<string, unknown> }[]): BuiltQuery {
  const l = assertOneOf(label, DOCUMENT_OWNED_LABELS, 'document-owned label');
  return query(`writeJointNodes.${l}`, 'WRITE', [
    `MATCH (i:${INGEST} {documentId: $documentId})`,
    'UNWIND $rows AS row',
    `MERGE (n:${ENTITY} {id: row.id})`,
    `SET n:${l}, n = row.props`,
    `MERGE (i)-[:${CARRIES}]->(n)`,
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
    `MATCH (i:${INGEST} {documentId: $documentId})`,
    'UNWIND $rows AS row',
    `MATCH (a:${ENTITY} {id: row.from})`,
    `MATCH (b:${ENTITY} {id: row.to})`,
    `MERGE (a)-[r:${t} {id: row.id}]->(b)`,
    'ON CREATE SET r = row.props',
    `FOREACH (_ IN CASE WHEN row.shared THEN [1] ELSE [] END | MERGE (i)-[:${CARRIES_EDGE} {edgeId: row.id}]->(a))`,
    'RETURN count(r) AS written',
  ], { rows, documentId });
}

/** A removed document's :Ingest node goes (what it carried was released before). */
export function buildUnmarkIngested(documentId: string): BuiltQuery {
  return query('unmarkIngested', 'WRITE', [
    `MATCH (i:${INGEST} {documentId: $documentId})`,
    'DETACH DELETE i',
  ], { documentId });
}

export function buildMarkIngested(documentId: string, hash: string): BuiltQuery {
  return query('markIngested', 'WRITE', [
    `MATCH (i:${INGEST} {documentId: $documentId})`,
    'SET i.hash = $hash',
  ], { documentId, hash });
}
