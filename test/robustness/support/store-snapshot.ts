// What a store holds, per document, read through the port only: used to compare a store after
// a crash with a clean ingest of the same files, and two ingests with each other.
import type { GraphEdge, GraphNode, NodeLabel } from '../../../src/graph/model';
import type { StorePort } from '../../../src/store/port';

export interface DocumentCounts {
  Meeting: number;
  Directive: number;
  Deadline: number;
  edges: number;
}

export interface StoreSnapshot {
  /** Document id → what it owns. */
  documents: Map<string, DocumentCounts>;
  /** Every node id by label, sorted. */
  ids: Record<NodeLabel, string[]>;
  edgeIds: string[];
  /** Problems: owned nodes whose document (or directive's meeting) is missing. */
  dangling: string[];
}

const PAGE = 500;

async function allNodes(store: StorePort, label: NodeLabel): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listNodes(label, { first: PAGE, after });
    out.push(...page.items.map((i) => i.value));
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items[page.items.length - 1].cursor;
  }
}

async function allEdges(store: StorePort): Promise<GraphEdge[]> {
  const out: GraphEdge[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listEdges(null, { first: PAGE, after });
    out.push(...page.items.map((i) => i.value));
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items[page.items.length - 1].cursor;
  }
}

export async function snapshotStore(store: StorePort): Promise<StoreSnapshot> {
  const labels: NodeLabel[] = ['Document', 'Meeting', 'Official', 'Agency', 'Directive', 'Deadline'];
  const nodes = new Map<NodeLabel, GraphNode[]>();
  for (const label of labels) nodes.set(label, await allNodes(store, label));
  const edges = await allEdges(store);

  const documents = new Map<string, DocumentCounts>();
  for (const doc of nodes.get('Document')!) documents.set(doc.id, { Meeting: 0, Directive: 0, Deadline: 0, edges: 0 });
  const allIds = new Set(labels.flatMap((l) => nodes.get(l)!.map((n) => n.id)));
  const dangling: string[] = [];
  const countFor = (what: string, documentId: string): DocumentCounts | null => {
    const counts = documents.get(documentId);
    if (!counts) dangling.push(`${what}: document ${documentId} missing`);
    return counts ?? null;
  };
  for (const m of nodes.get('Meeting')!) {
    const counts = m.label === 'Meeting' ? countFor(`meeting ${m.id}`, m.documentId) : null;
    if (counts) counts.Meeting += 1;
  }
  for (const d of nodes.get('Directive')!) {
    if (d.label !== 'Directive') continue;
    if (!allIds.has(d.meetingId)) dangling.push(`directive ${d.id}: meeting ${d.meetingId} missing`);
    const counts = countFor(`directive ${d.id}`, d.documentId);
    if (counts) counts.Directive += 1;
  }
  // Deadlines carry no documentId; they are counted through the DUE_BY edges of directives.
  for (const e of edges) {
    if (!allIds.has(e.from) || !allIds.has(e.to)) dangling.push(`edge ${e.id}: endpoint missing`);
    if (e.documentId === null) continue;
    const counts = countFor(`edge ${e.id}`, e.documentId);
    if (!counts) continue;
    counts.edges += 1;
    if (e.type === 'DUE_BY') counts.Deadline += 1;
  }
  const ids = Object.fromEntries(labels.map((l) => [l, nodes.get(l)!.map((n) => n.id).sort()])) as Record<NodeLabel, string[]>;
  return { documents, ids, edgeIds: edges.map((e) => e.id).sort(), dangling };
}
