// GEXF 1.3 for Gephi (and networkx.read_gexf). Every attribute goes in the attribute model;
// nothing is mapped to GEXF's viz slots, so a node attribute called `kind` or `size` stays data.
import { write } from 'graphology-gexf';
import type { FlatRecord } from './flatten';
import type { GraphSnapshot } from './snapshot';
import { toGraphology } from './to-graphology';

function withoutNulls(record: FlatRecord): FlatRecord {
  const out: FlatRecord = {};
  for (const [key, value] of Object.entries(record)) if (value !== null && value !== '') out[key] = value;
  return out;
}

export function toGexf(snapshot: GraphSnapshot): string {
  const graph = toGraphology(snapshot);
  return write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ''), attributes: withoutNulls(attributes) }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.edgeType), attributes: withoutNulls(attributes) }),
  });
}
