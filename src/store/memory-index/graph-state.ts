// The in-memory graph behind the embedded store: nodes, edges, adjacency and, per document,
// what it owns, so a document can be replaced as a unit. Pure data structure, no I/O.
// Shared nodes (Agency, Official), the nodes reports of one meeting carry jointly (a batch's
// jointNodeIds) and gazetteer edges (documentId null) are reference-counted by the documents
// whose batches carry them, so the state depends only on the live batches.
import { directiveIdOfDeadline } from '../../graph/ids';
import { DOCUMENT_OWNED_LABELS, type GraphBatch, type GraphEdge, type GraphNode, type NodeLabel } from '../../graph/model';
import { StoreError } from '../errors';
import { PropsInterner, compactEdge, compactNode } from './compact-batch';
import { HubPulls, allOf, listOf, push, trim, type EdgeLists } from './edge-lists';
import { ExactKeyIndex } from './exact-key-index';
import { LabelIndex } from './label-index';

interface DocumentEntry {
  hash: string;
  nodeIds: string[];
  /** The document's own edges (kept here, so the graph needs no map of all edges by id). */
  edges: GraphEdge[];
  sharedNodeIds: string[];
  sharedEdgeIds: string[];
  /** The adjacency of the document's own nodes, not yet put in the lists (null: it is). */
  deferred: DeferredAdjacency | null;
}

/**
 * Opening a store from its snapshot defers the lists of each document's own directives,
 * deadlines, meeting and the document itself: they hold most of the graph's edges, putting them
 * into two large maps was a fifth of opening 100k directives, and the first query reads those of
 * some twenty directives. A document's are put in, in the order its batch gave them (the order
 * they would have had), the first time any of them is read or the document changes; the other
 * end of each edge (an agency, an official) gets its list as the batch is applied.
 */
interface DeferredAdjacency {
  /** The nodes whose lists wait: owned by the document, carried by no other, new in it. */
  ids: Set<string>;
  /** The edges that have one of them at an end, in batch order. */
  edges: GraphEdge[];
}

/**
 * How a batch handed to applyBatch may be kept: 'copy' (the caller's: copied before it is
 * changed), 'owned' (parsed for this call: its values are shared in place), 'compacted'
 * (decoded already in the shared form, as a snapshot's are: kept exactly as it is).
 */
export type BatchOwnership = 'copy' | 'owned' | 'compacted';

/** Called when an edge enters or leaves the graph, so indexes can follow. */
export interface EdgeListener {
  edgeAdded(edge: GraphEdge, state: GraphState): void;
  edgeRemoved(edge: GraphEdge, state: GraphState): void;
}

const OWNED = new Set<NodeLabel>(DOCUMENT_OWNED_LABELS);

/**
 * Whether a node new in a snapshot's batch can wait with the batch's document, told without a
 * lookup: its own document's directive, meeting or document node, or a deadline that comes right
 * after a directive waiting in the batch and mirrors its id (as build-batch.ts lays them out).
 * GraphState.deferringDocument must then find that document for it again (the deadline through
 * that directive), which is what lets its lists be put in when it is read.
 */
function defersWith(node: GraphNode, documentId: string, lastDeferred: GraphNode | null): boolean {
  if (node.label === 'Directive' || node.label === 'Meeting') return node.documentId === documentId;
  if (node.label === 'Document') return node.id === documentId;
  return node.label === 'Deadline' && lastDeferred !== null && mirrorsDirective(node.id, lastDeferred.id);
}

/** Whether directiveIdOfDeadline(deadlineId) is directiveId, compared in place: no string is made per deadline. */
function mirrorsDirective(deadlineId: string, directiveId: string): boolean {
  if (deadlineId.length !== directiveId.length || !deadlineId.startsWith('ddl:') || !directiveId.startsWith('dir:')) return false;
  for (let i = 4; i < deadlineId.length; i++) if (deadlineId.charCodeAt(i) !== directiveId.charCodeAt(i)) return false;
  return true;
}

export class GraphState {
  readonly nodes = new Map<string, GraphNode>();
  /** Gazetteer edges (documentId null) with the number of live documents carrying them. */
  private readonly sharedEdges = new Map<string, { edge: GraphEdge; refs: number }>();
  private readonly typeCounts = new Map<string, number>();
  private readonly outEdges: EdgeLists = new Map();
  private readonly inEdges: EdgeLists = new Map();
  private readonly byLabel = new LabelIndex(this.nodes);
  private readonly documents = new Map<string, DocumentEntry>();
  /** Documents whose adjacency is deferred: while there are none, reads check nothing. */
  private deferredDocuments = 0;
  /** Carriers of each node carried by more than one document (absent: one, or none). */
  private readonly refs = new Map<string, number>();
  /** Meeting ids by meeting date, to find the reports a new one may join. */
  private readonly meetingsByDate = new Map<string, Set<string>>();
  private readonly listeners: EdgeListener[] = [];
  private readonly props = new PropsInterner();
  /** Edges removed from long lists, dropped when a list is next read (edge-lists.ts). */
  private readonly hubs = new HubPulls();
  /** Node ids by whole search key, for exact searches. */
  readonly exactKeys = new ExactKeyIndex();
  /** Bumped on every change; caches keyed on it (sorted listings) know when to rebuild. */
  version = 0;

  addListener(listener: EdgeListener): void {
    this.listeners.push(listener);
  }

  documentHash(documentId: string): string | null {
    return this.documents.get(documentId)?.hash ?? null;
  }

  documentCount(): number {
    return this.documents.size;
  }

  idsOfLabel(label: NodeLabel): ReadonlySet<string> {
    return this.byLabel.ids(label);
  }

  /** How many nodes have the label, without making its set of ids. */
  countOfLabel(label: NodeLabel): number {
    return this.byLabel.count(label);
  }

  out(nodeId: string): readonly GraphEdge[] {
    this.undeferAt(nodeId);
    this.hubs.settle(this.outEdges, nodeId);
    return listOf(this.outEdges, nodeId);
  }

  in(nodeId: string): readonly GraphEdge[] {
    this.undeferAt(nodeId);
    this.hubs.settle(this.inEdges, nodeId);
    return listOf(this.inEdges, nodeId);
  }

  /** Every edge once (each is in exactly one out-list). */
  *allEdges(): Iterable<GraphEdge> {
    if (this.deferredDocuments > 0) for (const entry of this.documents.values()) this.undefer(entry);
    this.hubs.settleAll();
    yield* allOf(this.outEdges);
  }

  edgeCount(type: string): number {
    return this.typeCounts.get(type) ?? 0;
  }

  /** Replaces what the batch's document owned with the batch. The batch must be valid. */
  applyBatch(batch: GraphBatch, hash: string, ownership: BatchOwnership = 'copy'): void {
    if (this.documents.has(batch.documentId)) this.removeDocument(batch.documentId);
    const entry: DocumentEntry = { hash, nodeIds: [], edges: [], sharedNodeIds: [], sharedEdgeIds: [], deferred: null };
    const canonical = (id: string) => this.nodes.get(id)?.id ?? id;
    const joint = batch.jointNodeIds === undefined ? null : new Set(batch.jointNodeIds);
    const asIs = ownership === 'compacted';
    const inPlace = ownership !== 'copy';
    // Only a batch decoded from the snapshot (opening) defers its own nodes' lists.
    let deferred: DeferredAdjacency | null = null;
    // The directive whose lists were deferred last: a deadline right after it is its own.
    let lastDeferred: GraphNode | null = null;
    // Document and Meeting come first in a batch, so later nodes can share their id strings.
    for (const parsed of batch.nodes) {
      const node = asIs ? parsed : compactNode(parsed, canonical, this.props, inPlace);
      const owned = OWNED.has(node.label) && (joint === null || !joint.has(node.id));
      (owned ? entry.nodeIds : entry.sharedNodeIds).push(node.id);
      const added = this.putNode(node);
      if (!asIs || !owned || !added || !defersWith(node, batch.documentId, lastDeferred)) continue;
      (deferred ??= { ids: new Set(), edges: [] }).ids.add(node.id);
      if (node.label === 'Directive') lastDeferred = node;
    }
    for (const parsed of batch.edges) {
      const edge = asIs ? parsed : compactEdge(parsed, canonical, this.props, inPlace);
      if (edge.documentId === null) {
        entry.sharedEdgeIds.push(edge.id);
        const known = this.sharedEdges.get(edge.id);
        if (known !== undefined) {
          known.refs++; // the same gazetteer fact, already linked
          continue;
        }
        this.sharedEdges.set(edge.id, { edge, refs: 1 });
      } else {
        entry.edges.push(edge);
      }
      this.addEdge(edge, deferred);
    }
    // A document's own nodes are done growing.
    for (const id of entry.nodeIds) {
      if (deferred?.ids.has(id)) continue;
      this.trimLists(id);
    }
    if (deferred !== null) {
      entry.deferred = deferred;
      this.deferredDocuments++;
    }
    this.documents.set(batch.documentId, entry);
    this.version++;
  }

  removeDocument(documentId: string): void {
    const entry = this.documents.get(documentId);
    if (entry === undefined) return;
    // Whole lists first: an index told of each removal reads the lists as they are then.
    this.undefer(entry);
    for (const edge of entry.edges) this.removeEdge(edge);
    for (const id of entry.nodeIds) this.release(id);
    for (const id of entry.sharedEdgeIds) {
      const shared = this.sharedEdges.get(id);
      if (shared === undefined || --shared.refs > 0) continue;
      this.sharedEdges.delete(id);
      this.removeEdge(shared.edge);
    }
    for (const id of entry.sharedNodeIds) this.release(id);
    this.documents.delete(documentId);
    this.version++;
  }

  /** Ids of the meetings held on `date`. */
  meetingsOn(date: string): ReadonlySet<string> {
    return this.meetingsByDate.get(date) ?? new Set();
  }

  /** One document fewer carries the node; the last one takes it (its edges have gone before). */
  private release(id: string): void {
    const refs = this.refs.get(id) ?? 1;
    if (refs > 2) this.refs.set(id, refs - 1);
    else if (refs === 2) this.refs.delete(id);
    else this.removeNode(id);
  }

  /**
   * One more document carries the node. Most nodes have one carrier, so only nodes with more
   * keep a count (an owned node a joined report now also carries counts its owner too).
   * True when no document carried it before.
   */
  private putNode(node: GraphNode): boolean {
    const previous = this.nodes.get(node.id);
    if (previous !== undefined) {
      this.refs.set(node.id, (this.refs.get(node.id) ?? 1) + 1);
      // Another report carries it now: its lists take their edges after the ones deferred.
      this.undeferOf(previous);
    }
    // Opening from the snapshot hands every report the same object for a shared agency or
    // official: held and indexed already (re-indexing it per report was a tenth of opening 1M).
    if (previous === node) return false;
    if (previous !== undefined) this.exactKeys.remove(previous);
    if (previous?.label === 'Meeting' && previous.date !== null) this.meetingsByDate.get(previous.date)?.delete(node.id);
    if (node.label === 'Meeting' && node.date !== null) {
      let ids = this.meetingsByDate.get(node.date);
      if (ids === undefined) this.meetingsByDate.set(node.date, (ids = new Set()));
      ids.add(node.id);
    }
    this.exactKeys.add(node);
    this.nodes.set(node.id, node);
    this.byLabel.put(node, previous);
    return previous === undefined;
  }

  /** Shared nodes go only when no document carries them; their edges have gone before. */
  private removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (node === undefined) return;
    this.nodes.delete(id);
    this.exactKeys.remove(node);
    if (node.label === 'Meeting' && node.date !== null) this.meetingsByDate.get(node.date)?.delete(id);
    this.byLabel.remove(node);
    this.outEdges.delete(id);
    this.inEdges.delete(id);
    this.hubs.forget(this.outEdges, id);
    this.hubs.forget(this.inEdges, id);
  }

  private addEdge(edge: GraphEdge, deferred: DeferredAdjacency | null): void {
    this.typeCounts.set(edge.type, (this.typeCounts.get(edge.type) ?? 0) + 1);
    const fromWaits = deferred !== null && deferred.ids.has(edge.from);
    const toWaits = deferred !== null && deferred.ids.has(edge.to);
    if (!fromWaits) push(this.outEdges, edge.from, edge);
    if (!toWaits) push(this.inEdges, edge.to, edge);
    if (fromWaits || toWaits) deferred?.edges.push(edge);
    for (const listener of this.listeners) listener.edgeAdded(edge, this);
  }

  /** Puts the document's deferred lists in (each edge at the ends that waited, in batch order). */
  private undefer(entry: DocumentEntry): void {
    const deferred = entry.deferred;
    if (deferred === null) return;
    entry.deferred = null;
    this.deferredDocuments--;
    for (const edge of deferred.edges) {
      if (deferred.ids.has(edge.from)) push(this.outEdges, edge.from, edge);
      if (deferred.ids.has(edge.to)) push(this.inEdges, edge.to, edge);
    }
    for (const id of deferred.ids) {
      this.trimLists(id);
    }
  }

  /**
   * The document whose deferred lists hold the node's, if it is of a kind that defers them. A
   * deadline has no document of its own: it is its directive's (their ids mirror each other),
   * which keeps 70k deadlines at 100k directives out of the lists on open.
   */
  private deferringDocument(node: GraphNode): string | null {
    if (node.label === 'Directive' || node.label === 'Meeting') return node.documentId;
    if (node.label === 'Document') return node.id;
    if (node.label !== 'Deadline') return null;
    const directiveId = directiveIdOfDeadline(node.id);
    const directive = directiveId === null ? undefined : this.nodes.get(directiveId);
    return directive?.label === 'Directive' ? directive.documentId : null;
  }

  /** Before a node's lists are read or changed: its document's deferred lists, if any. */
  private undeferAt(nodeId: string): void {
    if (this.deferredDocuments === 0) return;
    const node = this.nodes.get(nodeId);
    if (node !== undefined) this.undeferOf(node);
  }

  /** undeferAt for a node already in hand (one map lookup fewer: putNode's, for every shared node). */
  private undeferOf(node: GraphNode): void {
    if (this.deferredDocuments === 0) return;
    const documentId = this.deferringDocument(node);
    const entry = documentId === null ? undefined : this.documents.get(documentId);
    if (entry !== undefined) this.undefer(entry);
  }

  /** A list that is done growing is cut to its length (edges removed lazily leave it first). */
  private trimLists(id: string): void {
    for (const lists of [this.outEdges, this.inEdges]) {
      this.hubs.settle(lists, id);
      trim(lists, id);
    }
  }

  private removeEdge(edge: GraphEdge): void {
    this.undeferAt(edge.from);
    this.undeferAt(edge.to);
    this.typeCounts.set(edge.type, (this.typeCounts.get(edge.type) ?? 1) - 1);
    this.hubs.pull(this.outEdges, edge.from, edge);
    this.hubs.pull(this.inEdges, edge.to, edge);
    for (const listener of this.listeners) listener.edgeRemoved(edge, this);
  }

}

/** The checks every adapter applies before writing: one document, closed under its edges. */
export function validateBatch(batch: GraphBatch): void {
  const bad = (message: string) => new StoreError('STORE_BAD_INPUT', `Invalid graph batch for ${batch.documentId}: ${message}`);
  const ids = new Set<string>();
  const joint = new Set(batch.jointNodeIds ?? []);
  let hasDocument = false;
  for (const node of batch.nodes) {
    if (ids.has(node.id)) throw bad(`duplicate node id ${node.id}`);
    ids.add(node.id);
    if (node.label === 'Document' && node.id === batch.documentId) hasDocument = true;
    // A joined meeting or task belongs to one of the reports that carry it, not always this one.
    if ((node.label === 'Meeting' || node.label === 'Directive') && node.documentId !== batch.documentId && !joint.has(node.id)) {
      throw bad(`${node.label} ${node.id} belongs to ${node.documentId}`);
    }
  }
  for (const id of joint) {
    const node = batch.nodes.find((n) => n.id === id);
    if (node === undefined || !OWNED.has(node.label) || node.label === 'Document') throw bad(`joint node ${id} is not a Meeting, Directive or Deadline of the batch`);
  }
  if (!hasDocument) throw bad('the batch holds no Document node with its documentId');
  const edgeIds = new Set<string>();
  for (const edge of batch.edges) {
    if (edgeIds.has(edge.id)) throw bad(`duplicate edge id ${edge.id}`);
    edgeIds.add(edge.id);
    if (!ids.has(edge.from) || !ids.has(edge.to)) throw bad(`edge ${edge.id} links a node outside the batch`);
    if (edge.documentId !== null && edge.documentId !== batch.documentId) throw bad(`edge ${edge.id} belongs to ${edge.documentId}`);
  }
}
