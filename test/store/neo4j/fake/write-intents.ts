// What Neo4j does with each write statement of the adapter, on the reference graph.
import { DOCUMENT_OWNED_LABELS, type NodeLabel } from '../../../../src/graph/model';
import { FakeNeo4jError, int, propertyMap, type RefGraph } from './reference-graph';

type Params = Record<string, any>;
type Row = Record<string, unknown>;

export function readIngestHash(g: RefGraph, p: Params): Row[] {
  return [{ hash: g.ingest.get(p.documentId) ?? null }];
}

export function deleteOwnedNodes(g: RefGraph, p: Params): Row[] {
  for (const [id, n] of [...g.nodes]) if (n.labels.has('Entity') && n.props.ownerDocumentId === p.documentId) g.deleteNode(id);
  return [];
}

export function deleteOwnedEdges(g: RefGraph, p: Params): Row[] {
  const owned = new Set(g.entityRels().filter((r) => r.props.documentId === p.documentId));
  g.rels = g.rels.filter((r) => !owned.has(r));
  return [];
}

/** SET r.carriedBy / n.carriedBy = [x IN coalesce(old, []) WHERE x <> $documentId] + $documentId */
const carry = (old: unknown, documentId: string) => [...((old as string[] | undefined) ?? []).filter((x) => x !== documentId), documentId];

/** releaseShared*: drop the document from carriedBy; what nobody carries any more is deleted. */
export function releaseSharedEdges(g: RefGraph, p: Params): Row[] {
  const gone = new Set<unknown>();
  for (const r of g.entityRels()) {
    const carried = r.props.carriedBy as string[] | undefined;
    if (!carried?.includes(p.documentId)) continue;
    r.props.carriedBy = carried.filter((x) => x !== p.documentId);
    if ((r.props.carriedBy as string[]).length === 0) gone.add(r);
  }
  g.rels = g.rels.filter((r) => !gone.has(r));
  return [];
}

export function releaseSharedNodes(g: RefGraph, p: Params): Row[] {
  for (const [id, n] of [...g.nodes]) {
    const carried = n.props.carriedBy as string[] | undefined;
    if (!n.labels.has('Entity') || !carried?.includes(p.documentId)) continue;
    n.props.carriedBy = carried.filter((x) => x !== p.documentId);
    if ((n.props.carriedBy as string[]).length === 0) g.deleteNode(id);
  }
  return [];
}

/** writeNodes.<Label>: CREATE for document-owned labels (unique id enforced), MERGE + carrier otherwise. */
export function writeNodes(label: string) {
  const owned = DOCUMENT_OWNED_LABELS.includes(label as NodeLabel);
  return (g: RefGraph, p: Params): Row[] => {
    for (const row of p.rows as { id: string; props: Row }[]) {
      const props = propertyMap(row.props);
      const id = props.id;
      if (typeof id !== 'string') throw new FakeNeo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', `node without id: ${JSON.stringify(row)}`);
      if (owned) {
        if (g.nodes.has(id)) throw new FakeNeo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', `Node(${id}) already exists with label Entity and property id`);
        g.nodes.set(id, { labels: new Set(['Entity', label]), props });
      } else {
        const existing = g.nodes.get(row.id);
        if (existing) g.nodes.delete(row.id);
        props.carriedBy = carry(existing?.props.carriedBy, p.documentId);
        g.nodes.set(id, { labels: new Set(['Entity', label, ...(existing?.labels ?? [])]), props });
      }
    }
    return [{ written: int(p.rows.length) }];
  };
}

/** mergeEdges.<TYPE>: rows whose endpoints are missing match nothing and are not counted. */
export function mergeEdges(type: string) {
  return (g: RefGraph, p: Params): Row[] => {
    let written = 0;
    for (const row of p.rows as { id: string; from: string; to: string; shared: boolean; props: Row }[]) {
      if (!g.entity(row.from) || !g.entity(row.to)) continue;
      let r = g.rels.find((x) => x.type === type && x.start === row.from && x.end === row.to && x.props.id === row.id);
      if (!r) g.rels.push((r = { type, start: row.from, end: row.to, props: propertyMap(row.props) })); // ON CREATE SET r = row.props
      if (row.shared) r.props.carriedBy = carry(r.props.carriedBy, p.documentId);
      else delete r.props.carriedBy;
      written++;
    }
    return [{ written: int(written) }];
  };
}

export function markIngested(g: RefGraph, p: Params): Row[] {
  g.ingest.set(p.documentId, p.hash);
  return [];
}

export function addCuration(g: RefGraph, p: Params): Row[] {
  const seq = [...g.curations.values()].filter((c) => c.directiveId === p.directiveId).length;
  if (!g.curations.has(p.id)) g.curations.set(p.id, { id: p.id, ...propertyMap(p.props), seq: int(seq) });
  return [];
}
