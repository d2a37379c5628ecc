// writeDocument as one write transaction: skip when the stored batch hash matches, else
// delete what the document owns, release what it shared (dropping what nobody carries any
// more), upsert shared and joint nodes, create the rest, merge edges by id. removeDocument
// is the first half alone.
import { createHash } from 'node:crypto';
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/model';
import { DOCUMENT_OWNED_LABELS, EDGE_TYPES, NODE_LABELS } from '../../graph/model';
import { StoreError } from '../errors';
import { validateBatch } from '../memory-index/graph-state';
import type { WriteResult } from '../port';
import { encodeEdgeProps, encodeNode } from './codec';
import type { Executor } from './executor';
import { buildDeleteOwnedEdges, buildDeleteOwnedNodes, buildMarkIngested, buildMergeEdges, buildReadIngestHash, buildReleaseSharedEdges, buildReleaseSharedNodes, buildUnmarkIngested, buildWriteJointNodes, buildWriteNodes } from './queries/write';
import { asNumber, fromNeo4j } from './values';

/** The embedded store's batch checks, plus the closed sets our Cypher splices in. */
function checkBatch(batch: GraphBatch): void {
  validateBatch(batch);
  for (const node of batch.nodes) {
    if (!NODE_LABELS.includes(node.label)) throw new StoreError('STORE_BAD_INPUT', `Invalid graph batch for ${batch.documentId}: node ${node.id} has unknown label "${node.label}"`);
  }
  for (const edge of batch.edges) {
    if (!EDGE_TYPES.includes(edge.type)) throw new StoreError('STORE_BAD_INPUT', `Invalid graph batch for ${batch.documentId}: edge ${edge.id} has unknown type "${edge.type}"`);
  }
}

export function batchHash(batch: GraphBatch): string {
  return createHash('sha256').update(JSON.stringify(batch)).digest('hex');
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

type Run = Parameters<Parameters<Executor['write']>[0]>[0];

/** Deletes what the document owns and releases what it carried (what nobody carries any more goes). */
async function releaseDocument(run: Run, documentId: string): Promise<void> {
  await run(buildDeleteOwnedNodes(documentId));
  await run(buildDeleteOwnedEdges(documentId));
  await run(buildReleaseSharedEdges(documentId));
  await run(buildReleaseSharedNodes(documentId));
}

export async function removeDocument(executor: Executor, documentId: string): Promise<WriteResult> {
  return executor.write(async (run) => {
    const [stored] = await run(buildReadIngestHash(documentId));
    const held = stored !== undefined && fromNeo4j(stored.get('hash')) !== null;
    if (held) await releaseDocument(run, documentId);
    // Reading the hash merged the :Ingest node: it goes whether or not the document was held.
    await run(buildUnmarkIngested(documentId));
    return { documentId, changed: held, nodes: 0, edges: 0 };
  });
}

export async function writeDocument(executor: Executor, batch: GraphBatch): Promise<WriteResult> {
  checkBatch(batch);
  const hash = batchHash(batch);
  const result = { documentId: batch.documentId, nodes: batch.nodes.length, edges: batch.edges.length };
  return executor.write(async (run) => {
    const [stored] = await run(buildReadIngestHash(batch.documentId));
    if (stored && fromNeo4j(stored.get('hash')) === hash) return { ...result, changed: false };
    await releaseDocument(run, batch.documentId);
    const joint = new Set(batch.jointNodeIds ?? []);
    const nodesByLabel = groupBy<GraphNode, string>(batch.nodes, (n) => (joint.has(n.id) ? 'joint:' : '') + n.label);
    for (const label of NODE_LABELS) {
      const nodes = nodesByLabel.get(label);
      const owner = DOCUMENT_OWNED_LABELS.includes(label) ? batch.documentId : null;
      if (nodes) await run(buildWriteNodes(label, batch.documentId, nodes.map((n) => ({ id: n.id, props: encodeNode(n, owner) }))));
      const jointNodes = nodesByLabel.get('joint:' + label);
      if (jointNodes) await run(buildWriteJointNodes(label, batch.documentId, jointNodes.map((n) => ({ id: n.id, props: encodeNode(n, null) }))));
    }
    const edgesByType = groupBy<GraphEdge, GraphEdge['type']>(batch.edges, (e) => e.type);
    for (const type of EDGE_TYPES) {
      const edges = edgesByType.get(type);
      if (!edges) continue;
      const rows = edges.map((e) => ({ id: e.id, from: e.from, to: e.to, shared: e.documentId === null, props: encodeEdgeProps(e) }));
      const [row] = await run(buildMergeEdges(type, batch.documentId, rows));
      const written = row ? asNumber(row.get('written')) : 0;
      // Throwing inside the unit rolls the whole document back.
      if (written !== edges.length) {
        throw new StoreError('STORE_BAD_INPUT', `document ${batch.documentId}: ${edges.length - written} ${type} edge(s) point at nodes that exist neither in the batch nor in the store`);
      }
    }
    await run(buildMarkIngested(batch.documentId, hash));
    return { ...result, changed: true };
  });
}
