// Reading snapshots of format 3 (written before format 4): documents as
// [documentId, identity, offset, length, textBytes, nodes, edges] with shared nodes by index and
// edges as [id, type, from, to, props, gazetteer]. Kept so a store written by an older version
// opens as fast as it did; the next snapshot written is of the current format (pure).
import type { GraphEdge, GraphNode } from '../../graph/model';
import type { SnapshotDoc } from './snapshot-format';

type CompactEdgeV3 = [string, GraphEdge['type'], string, string, GraphEdge['props'], 1 | 0];
type CompactDocV3 = [string, string, number, number, number, (GraphNode | number)[], CompactEdgeV3[]];

export function* decodeDocsV3(lines: Iterable<string>, shared: readonly GraphNode[]): Iterable<SnapshotDoc> {
  for (const text of lines) {
    const chunk = JSON.parse(text) as CompactDocV3[];
    for (const [documentId, identity, offset, length, textBytes, nodes, edges] of chunk) {
      yield {
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
      };
    }
  }
}
