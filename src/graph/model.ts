// The domain graph: what the store keeps and the API serves. Pure data types, no I/O.
import type { OfficialLayout } from '../extract/document/official-layout/types';
// Every node and edge id is deterministic (see ids.ts), so re-ingesting a report rewrites
// the same records and changes nothing.

export type NodeLabel = 'Document' | 'Meeting' | 'Official' | 'Agency' | 'Directive' | 'Deadline';

export const NODE_LABELS: readonly NodeLabel[] = ['Document', 'Meeting', 'Official', 'Agency', 'Directive', 'Deadline'];

export type EdgeType =
  | 'CHAIRED' // Official → Meeting (props: role MAIN | BRIDGE, titles, location?)
  | 'ATTENDED' // Official → Meeting (props: titles) — named officials who are not chairs
  | 'ISSUED' // Official → Directive (props: roles — the posts the issuer held at the meeting)
  | 'PART_OF' // Directive → Meeting
  | 'ASSIGNED_TO' // Directive → Agency | Official (props: role LEAD | COORDINATOR | MONITOR)
  | 'DUE_BY' // Directive → Deadline
  | 'REPORTED_IN' // Meeting → Document
  | 'SUCCEEDED_BY' // Agency → Agency (props: effective YYYY-MM-DD) — from the gazetteer
  | 'HOLDS_POST'; // Official → Agency (props: title, seen YYYY-MM-DD) — a post read from a title

export const EDGE_TYPES: readonly EdgeType[] = [
  'CHAIRED',
  'ATTENDED',
  'ISSUED',
  'PART_OF',
  'ASSIGNED_TO',
  'DUE_BY',
  'REPORTED_IN',
  'SUCCEEDED_BY',
  'HOLDS_POST',
];

export type AssignmentRole = 'LEAD' | 'COORDINATOR' | 'MONITOR';

/** Posts an official can hold that questions refer to ("PM", "Thủ tướng", "Deputy PM"). */
export type OfficialRole =
  | 'PRIME_MINISTER'
  | 'PERMANENT_DEPUTY_PRIME_MINISTER'
  | 'DEPUTY_PRIME_MINISTER'
  | 'GENERAL_SECRETARY'
  | 'PRESIDENT'
  | 'NA_CHAIR'
  | 'MINISTER'
  | 'DEPUTY_MINISTER'
  | 'PROVINCIAL_CHAIR'
  | 'PROVINCIAL_VICE_CHAIR'
  | 'PARTY_SECRETARY';

export interface Provenance {
  documentId: string;
  start: number;
  end: number;
  sentence: string;
  ruleIds: string[];
}

/** The file formats a report's text is read from. */
export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface DocumentNode {
  label: 'Document';
  id: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  language: string;
  /** sha256 of the normalised text, hex. */
  contentHash: string;
  /** Where the text came from (file name or URL), for people; never part of the id. */
  source: string | null;
  /** The http(s) address the report was downloaded from; null for a file. Never part of the id. */
  url: string | null;
  /** What the text was read from. */
  format: DocumentFormat;
  /** The official document's own structure (number, issuing body, signer…); null for a news report. */
  official: OfficialLayout | null;
  /** The normalised text; spans of the document's directives index it. */
  text: string;
}

export interface MeetingNode {
  label: 'Meeting';
  id: string;
  title: string | null;
  date: string | null;
  kind: string | null;
  ordinal: number | null;
  organiser: string | null;
  documentId: string;
}

export interface OfficialNode {
  label: 'Official';
  id: string;
  name: string;
  /** Folded search keys: the name, with and without diacritics. */
  searchKeys: string[];
}

export interface AgencyNode {
  label: 'Agency';
  id: string;
  /** Canonical Vietnamese name. */
  name: string;
  nameEn: string | null;
  abbreviations: string[];
  /** Other spellings (Vietnamese and English) the name is known by. */
  aliases: string[];
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  /** Folded search keys: name, aliases, abbreviations, English name and abbreviations. */
  searchKeys: string[];
}

export interface DirectiveNode {
  label: 'Directive';
  id: string;
  text: string;
  documentId: string;
  meetingId: string;
  /** Name of the assigner as the extractor resolved it (the ISSUED edge links the node). */
  assignerName: string | null;
  /** Recipients of reports/submissions, as names: never assignees. */
  recipients: string[];
  /** Folded text, for diacritic-insensitive search. */
  textFolded: string;
  /** Position of the directive within its document (0-based), for stable ordering. */
  ordinal: number;
  provenance: Provenance;
  /**
   * When several reports of one meeting give this task: every report's provenance, ordered by
   * document id (`provenance` is the first). Absent when one report gives it.
   */
  sources?: Provenance[];
}

export interface DeadlineNode {
  label: 'Deadline';
  id: string;
  date: string;
  precision: string;
  phrase: string;
  relation: string;
  yearImplied: boolean;
  start: number;
  end: number;
}

export type GraphNode = DocumentNode | MeetingNode | OfficialNode | AgencyNode | DirectiveNode | DeadlineNode;

export type NodeOfLabel<L extends NodeLabel> = Extract<GraphNode, { label: L }>;

export type EdgeProps = Record<string, string | number | boolean | string[] | null>;

export interface GraphEdge {
  id: string;
  type: EdgeType;
  from: string;
  to: string;
  props: EdgeProps;
  /** The document whose extraction produced this edge; null for gazetteer facts. */
  documentId: string | null;
}

/**
 * Everything one document contributes, written to a store as a unit. Nodes owned by the
 * document (Document, Meeting, Directive, Deadline) and every edge with this documentId are
 * replaced wholesale on re-ingest; shared nodes (Agency, Official) are upserted.
 */
export interface GraphBatch {
  documentId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /**
   * Nodes of document-owned labels that this document carries jointly with other reports of
   * the same meeting (the joined Meeting, a directive two reports give, its Deadline): kept
   * while any of those documents carries them, like shared nodes. Absent when there are none.
   */
  jointNodeIds?: string[];
}

/** Labels whose nodes belong to exactly one document and are replaced with it. */
export const DOCUMENT_OWNED_LABELS: readonly NodeLabel[] = ['Document', 'Meeting', 'Directive', 'Deadline'];
