// Who owns and who carries what, as far as a StorePort shows it, for the neo4j-admin import
// files: owners become `ownerDocumentId`, carriers :Ingest nodes with CARRIES (shared and
// joint nodes) and CARRIES_EDGE (gazetteer edges, from the report to the edge's start node)
// relationships.
import type { EdgeType, GraphEdge, GraphNode, NodeLabel } from '../../graph/model';
import { DOCUMENT_OWNED_LABELS } from '../../graph/model';

/**
 * The nodes reports of one meeting carry jointly, with their carriers, as the port shows them:
 * a Meeting reported in several documents, a Directive with several sources, and the Deadline
 * of such a directive (see src/graph/merge/joint-batches.ts).
 */
export function jointCarriersOf(nodesByLabel: Map<NodeLabel, GraphNode[]>, edgesByType: Map<EdgeType, GraphEdge[]>): Map<string, string[]> {
  const joint = new Map<string, string[]>();
  const reports = new Map<string, Set<string>>();
  for (const e of edgesByType.get('REPORTED_IN') ?? []) reports.set(e.from, (reports.get(e.from) ?? new Set()).add(e.to));
  for (const [meetingId, documents] of reports) if (documents.size > 1) joint.set(meetingId, [...documents].sort());
  for (const n of nodesByLabel.get('Directive') ?? []) {
    const documents = n.label === 'Directive' ? new Set((n.sources ?? []).map((p) => p.documentId)) : new Set<string>();
    if (documents.size > 1) joint.set(n.id, [...documents].sort());
  }
  for (const e of edgesByType.get('DUE_BY') ?? []) {
    const carriers = joint.get(e.from);
    if (carriers !== undefined && e.from.startsWith('dir:')) joint.set(e.to, carriers);
  }
  return joint;
}

/** The document that owns each Document, Meeting, Directive and Deadline (what a re-ingest replaces); joint nodes have none. */
export function ownersOf(nodesByLabel: Map<NodeLabel, GraphNode[]>, dueBy: GraphEdge[], joint: ReadonlyMap<string, string[]> = new Map()): Map<string, string> {
  const owners = new Map<string, string>();
  for (const list of nodesByLabel.values()) {
    for (const n of list) {
      if (n.label === 'Document') owners.set(n.id, n.id);
      else if ((n.label === 'Meeting' || n.label === 'Directive') && !joint.has(n.id)) owners.set(n.id, n.documentId);
    }
  }
  // A deadline belongs to the document of the directive due by it.
  for (const e of dueBy) {
    const owner = owners.get(e.from);
    if (owner !== undefined) owners.set(e.to, owner);
  }
  return owners;
}

/**
 * Which reports carry each shared node, as far as the port shows it: the reports whose own
 * edges touch it. (A report that only names an agency, with no edge to it, is not seen; such
 * a node is then kept on re-ingest rather than dropped, the safe side.)
 */
export function carriersOf(edges: GraphEdge[]): Map<string, string[]> {
  const carriers = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.documentId === null) continue;
    for (const id of [e.from, e.to]) carriers.set(id, (carriers.get(id) ?? new Set()).add(e.documentId));
  }
  return new Map([...carriers].map(([id, docs]) => [id, [...docs].sort()]));
}

/** A gazetteer edge is carried by the reports that carry both its ends. */
export function sharedCarriers(carriers: Map<string, string[]>, e: GraphEdge): string[] {
  const to = new Set(carriers.get(e.to) ?? []);
  return (carriers.get(e.from) ?? []).filter((d) => to.has(d));
}

export interface CarriesRow {
  documentId: string;
  to: string;
  props: Record<string, unknown>;
}

/** One CARRIES row per (report, shared node) and one CARRIES_EDGE row per (report, gazetteer edge). */
export function carriesRows(nodesByLabel: Map<NodeLabel, GraphNode[]>, edgesByType: Map<EdgeType, GraphEdge[]>, carriers: Map<string, string[]>, joint: ReadonlyMap<string, string[]> = new Map()): { nodes: CarriesRow[]; edges: CarriesRow[] } {
  const nodes: CarriesRow[] = [];
  for (const [label, list] of nodesByLabel) {
    const owned = DOCUMENT_OWNED_LABELS.includes(label);
    for (const n of list) for (const documentId of (owned ? joint.get(n.id) : carriers.get(n.id)) ?? []) nodes.push({ documentId, to: n.id, props: {} });
  }
  const edges: CarriesRow[] = [];
  for (const list of edgesByType.values()) {
    for (const e of list) {
      if (e.documentId !== null) continue;
      for (const documentId of sharedCarriers(carriers, e)) edges.push({ documentId, to: e.from, props: { edgeId: e.id } });
    }
  }
  return { nodes, edges };
}
