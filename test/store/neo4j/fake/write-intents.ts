// What Neo4j does with each write statement of the adapter, on the reference graph. :Ingest
// nodes and their CARRIES / CARRIES_EDGE relationships are held in the graph like any other,
// so domain reads (which require :Entity at both ends) see them only if a statement is wrong.
import { DOCUMENT_OWNED_LABELS, type NodeLabel } from '../../../../src/graph/model';
import { FakeNeo4jError, ingestKey, int, propertyMap, type RefGraph } from './reference-graph';

type Params = Record<string, any>;
type Row = Record<string, unknown>;

/** MERGE (i:Ingest {documentId}) RETURN i.hash */
export function readIngestHash(g: RefGraph, p: Params): Row[] {
  let node = g.ingestNode(p.documentId);
  if (!node) g.nodes.set(ingestKey(p.documentId), (node = { labels: new Set(['Ingest']), props: { documentId: p.documentId } }));
  return [{ hash: node.props.hash ?? null }];
}

function requireIngest(g: RefGraph, documentId: string): string {
  // MATCH (i:Ingest {documentId}) matches nothing without it: every row of the statement is lost.
  if (!g.ingestNode(documentId)) throw new Error(`no :Ingest node for ${documentId}: the statement would write nothing`);
  return ingestKey(documentId);
}

export function deleteOwnedNodes(g: RefGraph, p: Params): Row[] {
  for (const [id, n] of [...g.nodes]) if (n.labels.has('Entity') && n.props.ownerDocumentId === p.documentId) g.deleteNode(id);
  return [];
}

/** One typed subquery per edge type: MATCH ()-[r:T {documentId}]->() DELETE r */
export function deleteOwnedEdges(g: RefGraph, p: Params): Row[] {
  g.rels = g.rels.filter((r) => r.type === 'CARRIES' || r.type === 'CARRIES_EDGE' || r.props.documentId !== p.documentId);
  return [];
}

/** Drop the document's CARRIES_EDGE; an edge no :Ingest carries any more is deleted. */
export function releaseSharedEdges(g: RefGraph, p: Params): Row[] {
  const from = ingestKey(p.documentId);
  const released = g.rels.filter((r) => r.type === 'CARRIES_EDGE' && r.start === from && g.entity(r.end));
  g.rels = g.rels.filter((r) => !released.includes(r));
  for (const c of released) {
    const stillCarried = g.rels.some((k) => k.type === 'CARRIES_EDGE' && k.end === c.end && k.props.edgeId === c.props.edgeId && g.nodes.get(k.start)?.labels.has('Ingest'));
    if (stillCarried) continue;
    g.rels = g.rels.filter((r) => !(r.start === c.end && r.props.id === c.props.edgeId && g.entity(r.end)));
  }
  return [];
}

/** Drop the document's CARRIES; a node no :Ingest carries any more is detached and deleted. */
export function releaseSharedNodes(g: RefGraph, p: Params): Row[] {
  const from = ingestKey(p.documentId);
  const released = g.rels.filter((r) => r.type === 'CARRIES' && r.start === from && g.entity(r.end));
  g.rels = g.rels.filter((r) => !released.includes(r));
  for (const id of new Set(released.map((c) => c.end))) {
    if (!g.rels.some((k) => k.type === 'CARRIES' && k.end === id && g.nodes.get(k.start)?.labels.has('Ingest'))) g.deleteNode(id);
  }
  return [];
}

/**
 * writeNodes.<Label>: CREATE for document-owned labels (unique id enforced), MERGE, `+=` and
 * CARRIES otherwise; writeJointNodes.<Label> (joint): MERGE, `=` and CARRIES.
 */
export function writeNodes(label: string, options: { joint?: boolean } = {}) {
  const joint = options.joint === true;
  const owned = DOCUMENT_OWNED_LABELS.includes(label as NodeLabel) && !joint;
  return (g: RefGraph, p: Params): Row[] => {
    const ingest = owned ? null : requireIngest(g, p.documentId);
    for (const row of p.rows as { id: string; props: Row }[]) {
      const props = propertyMap(row.props);
      const id = props.id;
      if (typeof id !== 'string') throw new FakeNeo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', `node without id: ${JSON.stringify(row)}`);
      if (owned) {
        if (g.nodes.has(id)) throw new FakeNeo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', `Node(${id}) already exists with label Entity and property id`);
        g.nodes.set(id, { labels: new Set(['Entity', label]), props });
        continue;
      }
      const existing = g.nodes.get(row.id);
      if (existing) {
        existing.labels.add(label);
        if (joint) existing.props = props; // SET n = row.props
        else Object.assign(existing.props, props); // SET n += row.props
      } else {
        g.nodes.set(id, { labels: new Set(['Entity', label]), props });
      }
      const carried = g.rels.some((r) => r.type === 'CARRIES' && r.start === ingest && r.end === row.id);
      if (!carried) g.rels.push({ type: 'CARRIES', start: ingest as string, end: row.id, props: {} });
    }
    return [{ written: int(p.rows.length) }];
  };
}

/** mergeEdges.<TYPE>: rows whose endpoints are missing match nothing and are not counted. */
export function mergeEdges(type: string) {
  return (g: RefGraph, p: Params): Row[] => {
    const ingest = requireIngest(g, p.documentId);
    let written = 0;
    for (const row of p.rows as { id: string; from: string; to: string; shared: boolean; props: Row }[]) {
      if (!g.entity(row.from) || !g.entity(row.to)) continue;
      const r = g.rels.find((x) => x.type === type && x.start === row.from && x.end === row.to && x.props.id === row.id);
      if (!r) g.rels.push({ type, start: row.from, end: row.to, props: propertyMap(row.props) }); // ON CREATE SET r = row.props
      const carried = g.rels.some((c) => c.type === 'CARRIES_EDGE' && c.start === ingest && c.end === row.from && c.props.edgeId === row.id);
      if (row.shared && !carried) g.rels.push({ type: 'CARRIES_EDGE', start: ingest, end: row.from, props: { edgeId: row.id } });
      written++;
    }
    return [{ written: int(written) }];
  };
}

/** MATCH (i:Ingest {documentId}) DETACH DELETE i */
export function unmarkIngested(g: RefGraph, p: Params): Row[] {
  if (g.ingestNode(p.documentId)) g.deleteNode(ingestKey(p.documentId));
  return [];
}

export function markIngested(g: RefGraph, p: Params): Row[] {
  const node = g.ingestNode(p.documentId);
  if (node) node.props.hash = p.hash;
  return [];
}

export function addCuration(g: RefGraph, p: Params): Row[] {
  const seq = [...g.curations.values()].filter((c) => c.directiveId === p.directiveId).length;
  if (!g.curations.has(p.id)) g.curations.set(p.id, { id: p.id, ...propertyMap(p.props), seq: int(seq) });
  return [];
}
