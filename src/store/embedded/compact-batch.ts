// The stored batch of a docs.log record in its compact form (issue 14): each edge as a tuple
// instead of an object with six keys, and the document's own id, which every owned node, its
// provenance and most edges repeat, written once. The nodes keep every key in its place (an
// id equal to the batch's is written as 0), so a batch read back is the batch written, key
// order included. Records written before hold the batch whole under "batch" and still read.
import type { EdgeProps, EdgeType, GraphBatch, GraphEdge, GraphNode } from '../../graph/model';

/** [id, type, from, to], then props (0: none) when not empty or the edge is another's, then its document. */
export type EdgeTuple = [string, EdgeType, string, string] | [string, EdgeType, string, string, EdgeProps | 0] | [string, EdgeType, string, string, EdgeProps | 0, string | null];

export interface CompactBatch {
  d: string;
  n: unknown[];
  e: EdgeTuple[];
  j?: string[];
}

/** A docs.log document record as parsed: the compact batch ("c") or, before, the batch whole. */
export interface DocRecordFields {
  batch?: GraphBatch;
  c?: CompactBatch;
}

const THIS_DOCUMENT = 0;

function isEmpty(props: EdgeProps): boolean {
  for (const key in props) if (Object.prototype.hasOwnProperty.call(props, key)) return false;
  return true;
}

function edgeTuple(edge: GraphEdge, documentId: string): EdgeTuple {
  const own = edge.documentId === documentId;
  const empty = isEmpty(edge.props);
  if (own && empty) return [edge.id, edge.type, edge.from, edge.to];
  if (own) return [edge.id, edge.type, edge.from, edge.to, edge.props];
  return [edge.id, edge.type, edge.from, edge.to, empty ? 0 : edge.props, edge.documentId];
}

function compactNode(node: GraphNode, documentId: string): unknown {
  const owned = (node as { documentId?: unknown }).documentId === documentId;
  const provenance = (node as { provenance?: { documentId: string } }).provenance;
  const cited = provenance !== undefined && provenance.documentId === documentId;
  if (!owned && !cited) return node;
  const copy: Record<string, unknown> = { ...node };
  if (owned) copy.documentId = THIS_DOCUMENT;
  if (cited) copy.provenance = { ...provenance, documentId: THIS_DOCUMENT };
  return copy;
}

export function compactBatch(batch: GraphBatch): CompactBatch {
  const d = batch.documentId;
  const compact: CompactBatch = { d, n: batch.nodes.map((node) => compactNode(node, d)), e: batch.edges.map((edge) => edgeTuple(edge, d)) };
  if (batch.jointNodeIds !== undefined) compact.j = batch.jointNodeIds;
  return compact;
}

/** The batch of a freshly parsed compact form: its nodes are completed in place, not copied. */
export function expandBatch(compact: CompactBatch): GraphBatch {
  const d = compact.d;
  for (const node of compact.n as { documentId?: unknown; provenance?: { documentId: unknown } }[]) {
    if (node.documentId === THIS_DOCUMENT) node.documentId = d;
    if (node.provenance !== undefined && node.provenance.documentId === THIS_DOCUMENT) node.provenance.documentId = d;
  }
  const edges = compact.e.map((t): GraphEdge => {
    const props = t.length > 4 && t[4] !== 0 ? (t[4] as EdgeProps) : {};
    return { id: t[0], type: t[1], from: t[2], to: t[3], props, documentId: t.length > 5 ? (t[5] as string | null) : d };
  });
  const batch: GraphBatch = { documentId: d, nodes: compact.n as GraphNode[], edges };
  if (compact.j !== undefined) batch.jointNodeIds = compact.j;
  return batch;
}

/** The batch of a parsed document record, in either form (undefined: none there). */
export function batchOfRecord(record: DocRecordFields): GraphBatch | undefined {
  return record.c !== undefined ? expandBatch(record.c) : record.batch;
}
