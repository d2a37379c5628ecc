// The store port: the only way the API reaches data. Reads come in batches shaped for
// DataLoader (one result per key, in key order, null or [] for a miss); a document's graph is
// written as one unit. Adapters: embedded/ (default, on disk) and neo4j/.
import type { MeetingDirection } from '../graph/meeting-order';
import type { ReadOptions } from './sliced-work';
import type { EncodedDocument } from './embedded/encoded-document';
import type { AssignmentRole, EdgeType, GraphBatch, GraphEdge, GraphNode, MeetingNode, NodeLabel, OfficialRole } from '../graph/model';

export type Direction = 'out' | 'in';

/** One adjacency look-up: the edges of `type` leaving (`out`) or entering (`in`) `nodeId`. */
export interface EdgeKey {
  nodeId: string;
  type: EdgeType;
  direction: Direction;
}

export interface PageArgs {
  /** Page size; the API caps it before it gets here. */
  first: number;
  /** Opaque cursor returned by the same store for the previous page's last item. */
  after?: string | null;
}

export interface Page<T> {
  items: { value: T; cursor: string }[];
  totalCount: number;
  hasNextPage: boolean;
}

export type DirectiveStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

export type DirectiveOrderField = 'DEADLINE' | 'MEETING_DATE' | 'DOCUMENT_ORDER';

/**
 * A directive query with every name already resolved to ids by the API. All present
 * conditions must hold (AND); lists inside one condition are alternatives (OR).
 * Curated values (status, corrected assignees and deadline) take precedence over extracted ones.
 */
export interface DirectiveQuery {
  /** Agency or official ids the directive is assigned to, in `role` (default LEAD). */
  assignedTo?: string[];
  /** Agency ids coordinating the directive. */
  coordinatedBy?: string[];
  /** Role for `assignedTo`: LEAD (default), COORDINATOR or ANY. */
  role?: 'LEAD' | 'COORDINATOR' | 'ANY';
  /**
   * With assignedTo: also match directives assigned to predecessors of these agencies
   * (SUCCEEDED_BY, transitively); such hits report `inheritedFrom`.
   */
  followSuccession?: boolean;
  /** Official ids who issued the directive. */
  issuedBy?: string[];
  /** Posts the issuer held when the directive was issued (ISSUED edge `roles`). */
  issuedByRole?: OfficialRole[];
  /** Official ids who chaired the directive's meeting (main or bridge-point chair, as Official.meetingsChaired counts). */
  chairedBy?: string[];
  meetingIds?: string[];
  /** ISO dates, inclusive bounds on the deadline date. */
  dueOn?: string;
  dueBefore?: string;
  dueAfter?: string;
  hasDeadline?: boolean;
  /** Deadline strictly before this date and status not DONE. */
  overdueOn?: string;
  status?: DirectiveStatus[];
  /** Diacritic- and case-insensitive substring of the directive text. */
  text?: string;
  orderBy?: { field: DirectiveOrderField; direction: 'ASC' | 'DESC' };
}

export interface DirectiveHit {
  id: string;
  /** Set when the hit matched through succession: the predecessor agency it was assigned to. */
  inheritedFrom?: string | null;
}

/** One directive query with its own page, for findDirectivesMany. */
export interface DirectiveRequest {
  query: DirectiveQuery;
  page: PageArgs;
}

export interface SearchArgs {
  /** Free text: a name, alias, abbreviation, English name, with or without diacritics. */
  text: string;
  labels?: NodeLabel[];
  /** Only whole-key matches (used to resolve names in filters), never prefixes or substrings. */
  exact?: boolean;
  first: number;
}

export interface SearchHit {
  id: string;
  label: NodeLabel;
  /** Higher is better: exact key 3, prefix 2, word match 1.5, substring 1 (ties by name). */
  score: number;
  /** The search key that matched. */
  matched: string;
}

export interface CountByKey {
  key: string;
  count: number;
}

export interface GraphStats {
  nodes: CountByKey[];
  edges: CountByKey[];
  /** Agencies by number of directives they lead, most first. */
  topAssignees: { agencyId: string; lead: number; coordinator: number }[];
  directivesPerMeeting: { meetingId: string; count: number }[];
}

export type CurationKind = 'STATUS' | 'ASSIGNEES' | 'DEADLINE';

/** A curator's statement about a directive, kept apart from extraction. */
export interface CurationRecord {
  id: string;
  directiveId: string;
  kind: CurationKind;
  /** STATUS: the status; ASSIGNEES: agency/official ids joined by ','; DEADLINE: YYYY-MM-DD or ''. */
  value: string;
  /** Date the status took effect / the evidence date, YYYY-MM-DD. */
  effectiveDate: string | null;
  note: string | null;
  evidenceUrl: string | null;
  reason: string | null;
  curator: string;
  /** ISO timestamp when recorded. */
  recordedAt: string;
}

export interface WriteResult {
  documentId: string;
  /** False when the store already held exactly this batch (nothing rewritten). */
  changed: boolean;
  nodes: number;
  edges: number;
}

export interface StorePort {
  /** Which adapter this is, for messages and logs. */
  readonly kind: 'embedded' | 'neo4j';

  /** Replace everything the batch's document owns with the batch, atomically and durably. */
  writeDocument(batch: GraphBatch): Promise<WriteResult>;
  /**
   * writeDocument of a batch a prepare worker already encoded as the embedded store's record
   * (embedded/encoded-document.ts); only that store has it. Callers fall back to writeDocument.
   */
  writeEncoded?(encoded: EncodedDocument): Promise<WriteResult>;
  /** The batch of the document's stored record as written (null: not held); only the embedded store keeps records to read. */
  storedBatch?(documentId: string): Promise<GraphBatch | null>;
  /**
   * Remove everything the document owns and release what it carried, atomically and durably
   * (`changed` false when the store did not hold it). Curation records stay.
   */
  removeDocument(documentId: string): Promise<WriteResult>;
  /** Ids of the documents reporting a meeting held on `date` (YYYY-MM-DD), sorted. */
  documentsOnMeetingDate(date: string): Promise<string[]>;

  /** Nodes by id, aligned to `ids`, null where missing. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** Adjacency, aligned to `keys`; [] where a node has no such edges. Stable order. */
  getEdges(keys: readonly EdgeKey[]): Promise<GraphEdge[][]>;

  findDirectives(query: DirectiveQuery, page: PageArgs): Promise<Page<DirectiveHit>>;
  /**
   * Many directive queries in one call, each answered exactly as findDirectives would, aligned
   * to `requests`. Lets a page of agencies ask for each agency's own first page and counts in
   * one store call instead of one per agency (or every hit of all of them).
   */
  findDirectivesMany(requests: readonly DirectiveRequest[]): Promise<Page<DirectiveHit>[]>;
  /** All nodes of one label, ordered by id. */
  listNodes(label: NodeLabel, page: PageArgs): Promise<Page<GraphNode>>;
  /** Every meeting by date (undated last either way), then by id: src/graph/meeting-order.ts. */
  listMeetingsByDate(direction: MeetingDirection, page: PageArgs): Promise<Page<MeetingNode>>;
  /** All edges, optionally of one type, ordered by id (exports). */
  listEdges(type: EdgeType | null, page: PageArgs): Promise<Page<GraphEdge>>;
  search(args: SearchArgs): Promise<SearchHit[]>;
  /**
   * Shortest undirected chain of edges from one node to another, or null. The one read whose
   * work grows with the whole graph: it stops with the signal's reason once that is aborted.
   */
  shortestPath(from: string, to: string, maxHops: number, options?: ReadOptions): Promise<GraphEdge[] | null>;
  stats(top: number): Promise<GraphStats>;

  addCuration(record: CurationRecord): Promise<void>;
  /** Curation records per directive id, aligned, oldest first. */
  getCurations(directiveIds: readonly string[]): Promise<CurationRecord[][]>;

  close(): Promise<void>;
}

export type { AssignmentRole };
export type { ReadOptions };
