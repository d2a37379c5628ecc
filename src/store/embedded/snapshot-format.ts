// The compact snapshot of docs.log's live records, as bytes and back (pure). One header line
// "minutes-graph/snapshot/1 <crc32> <bytes> <covered>\n" then one JSON text:
//   { shared: [node…], docs: [[documentId, identity, offset, length, textBytes, nodes, edges]…] }
// Agencies and officials, repeated in every report that names them, are held once in
// `shared` and referred to by index from a document's node list (numbers among the objects);
// edges are arrays [id, type, from, to, props, gazetteer?] without keys or the document id.
// Loading it is one JSON.parse instead of one per record, over about half the bytes.
import type { EdgeType, GraphBatch, GraphEdge, GraphNode } from '../../graph/model';
import { DOCUMENT_OWNED_LABELS } from '../../graph/model';
import { crc32Hex } from './crc32';

export const SNAPSHOT_FORMAT = 'minutes-graph/snapshot/1';

/** One live document record of docs.log: where it lies, its identity, its stored batch. */
export interface SnapshotDoc {
  documentId: string;
  identity: string;
  offset: number;
  length: number;
  textBytes: number;
  batch: GraphBatch;
}

export interface Snapshot {
  /** docs.log bytes the snapshot covers: records from there on are replayed from the log. */
  covered: number;
  docs: SnapshotDoc[];
}

type CompactEdge = [string, EdgeType, string, string, GraphEdge["props"], 1 | 0];
type CompactDoc = [string, string, number, number, number, (GraphNode | number)[], CompactEdge[]];

export function encodeSnapshot(snapshot: Snapshot): Buffer {
  const shared: GraphNode[] = [];
  const sharedIndex = new Map<string, number>();
  const docs: CompactDoc[] = snapshot.docs.map((d) => {
    const nodes = d.batch.nodes.map((node) => {
      if (DOCUMENT_OWNED_LABELS.includes(node.label)) return node;
      let i = sharedIndex.get(node.id);
      // The last written version wins, as replaying the log would leave it.
      if (i === undefined) sharedIndex.set(node.id, (i = shared.push(node) - 1));
      else shared[i] = node;
      return i;
    });
    const edges = d.batch.edges.map((e): CompactEdge => [e.id, e.type, e.from, e.to, e.props, e.documentId === null ? 1 : 0]);
    return [d.documentId, d.identity, d.offset, d.length, d.textBytes, nodes, edges];
  });
  const body = Buffer.from(JSON.stringify({ shared, docs }), 'utf8');
  const header = Buffer.from(`${SNAPSHOT_FORMAT} ${crc32Hex(body)} ${body.length} ${snapshot.covered}\n`, 'latin1');
  return Buffer.concat([header, body]);
}

/** The snapshot, or a reason it cannot be used (the log is the truth: the store then replays it all). */
export function decodeSnapshot(buf: Buffer): Snapshot | { unusable: string } {
  const newline = buf.indexOf(0x0a);
  const header = /^(\S+) ([0-9a-f]{8}) (\d+) (\d+)$/.exec(buf.toString('latin1', 0, Math.max(0, newline)));
  if (newline < 0 || header === null || header[1] !== SNAPSHOT_FORMAT) return { unusable: 'not a snapshot of this format' };
  const body = buf.subarray(newline + 1);
  if (body.length !== Number(header[3]) || crc32Hex(body) !== header[2]) return { unusable: 'incomplete or damaged' };
  const { shared, docs } = JSON.parse(body.toString('utf8')) as { shared: GraphNode[]; docs: CompactDoc[] };
  return {
    covered: Number(header[4]),
    docs: docs.map(([documentId, identity, offset, length, textBytes, nodes, edges]) => ({
      documentId,
      identity,
      offset,
      length,
      textBytes,
      batch: {
        documentId,
        nodes: nodes.map((n) => (typeof n === 'number' ? shared[n] : n)),
        edges: edges.map(([id, type, from, to, props, gazetteer]): GraphEdge => ({ id, type, from, to, props, documentId: gazetteer === 1 ? null : documentId })),
      },
    })),
  };
}
