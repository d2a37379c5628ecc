// How domain nodes, edges and curation records are laid out as Neo4j properties, both ways.
// Neo4j has no null properties and no nested maps, so nulls are left out (and restored from
// the field list), provenance is flattened, and edge props travel as JSON next to promoted
// copies (role, roles, …) that queries filter on.
import type { EdgeType, GraphEdge, GraphNode, NodeLabel } from '../../graph/model';
import { NODE_LABELS } from '../../graph/model';
import type { CurationRecord } from '../port';
import { fold } from '../../text/fold';
import { fromNeo4j, toNeo4jDate, toNeo4jInt } from './values';

type FieldKind = 'string' | 'string?' | 'date?' | 'date' | 'int' | 'int?' | 'bool' | 'strings' | 'json?';

const FIELDS: Record<NodeLabel, Record<string, FieldKind>> = {
  Document: { id: 'string', title: 'string?', publisher: 'string?', published: 'date?', language: 'string', contentHash: 'string', source: 'string?', url: 'string?', format: 'string?', official: 'json?', text: 'string' },
  Meeting: { id: 'string', title: 'string?', date: 'date?', kind: 'string?', ordinal: 'int?', organiser: 'string?', documentId: 'string' },
  Official: { id: 'string', name: 'string', searchKeys: 'strings' },
  Agency: { id: 'string', name: 'string', nameEn: 'string?', abbreviations: 'strings', aliases: 'strings', kind: 'string', validFrom: 'date?', validTo: 'date?', searchKeys: 'strings' },
  Directive: { id: 'string', text: 'string', documentId: 'string', meetingId: 'string', assignerName: 'string?', recipients: 'strings', textFolded: 'string', ordinal: 'int' },
  Deadline: { id: 'string', date: 'date', precision: 'string', phrase: 'string', relation: 'string', yearImplied: 'bool', start: 'int', end: 'int' },
};

const CURATION_FIELDS: Record<string, FieldKind> = {
  id: 'string', directiveId: 'string', kind: 'string', value: 'string', effectiveDate: 'date?', note: 'string?',
  evidenceUrl: 'string?', reason: 'string?', curator: 'string', recordedAt: 'string',
};

function encodeFields(source: Record<string, unknown>, fields: Record<string, FieldKind>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    const value = source[name];
    if (value === null || value === undefined) continue;
    if (kind === 'date' || kind === 'date?') out[name] = toNeo4jDate(String(value));
    else if (kind === 'int' || kind === 'int?') out[name] = toNeo4jInt(Number(value));
    else if (kind === 'json?') out[name] = JSON.stringify(value); // Neo4j has no nested maps
    else out[name] = value;
  }
  return out;
}

function decodeFields(props: Record<string, unknown>, fields: Record<string, FieldKind>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    const value = fromNeo4j(props[name]);
    if (kind === 'json?') out[name] = typeof value === 'string' ? JSON.parse(value) : null;
    else out[name] = value === null && kind === 'strings' ? [] : value;
  }
  return out;
}

/** Properties of a node as written; `ownerDocumentId` marks nodes replaced with a document. */
export function encodeNode(node: GraphNode, ownerDocumentId: string | null): Record<string, unknown> {
  const props = encodeFields(node as unknown as Record<string, unknown>, FIELDS[node.label]);
  if (ownerDocumentId !== null) props.ownerDocumentId = ownerDocumentId;
  if (node.label === 'Directive') {
    const p = node.provenance;
    props.provenanceDocumentId = p.documentId;
    props.provenanceStart = toNeo4jInt(p.start);
    props.provenanceEnd = toNeo4jInt(p.end);
    props.provenanceSentence = p.sentence;
    props.provenanceRuleIds = p.ruleIds;
    if (node.sources !== undefined) props.sourcesJson = JSON.stringify(node.sources); // no nested maps
  }
  if ((node.label === 'Meeting' || node.label === 'Document') && node.title !== null) {
    props.titleFolded = fold(node.title);
  }
  if (node.label === 'Agency' || node.label === 'Official') {
    // Feeds the full-text index, which indexes string properties only.
    props.searchText = node.searchKeys.join(' | ');
  }
  return props;
}

export function labelOf(labels: readonly unknown[]): NodeLabel | null {
  return NODE_LABELS.find((l) => labels.includes(l)) ?? null;
}

export function decodeNode(label: NodeLabel, props: Record<string, unknown>): GraphNode {
  const node = { label, ...decodeFields(props, FIELDS[label]) } as Record<string, unknown>;
  if (label === 'Directive') {
    node.provenance = {
      documentId: fromNeo4j(props.provenanceDocumentId),
      start: fromNeo4j(props.provenanceStart),
      end: fromNeo4j(props.provenanceEnd),
      sentence: fromNeo4j(props.provenanceSentence),
      ruleIds: fromNeo4j(props.provenanceRuleIds) ?? [],
    };
    const sources = fromNeo4j(props.sourcesJson);
    if (typeof sources === 'string') node.sources = JSON.parse(sources);
  }
  return node as unknown as GraphNode;
}

/** Edge props that must never be shadowed by a promoted copy. */
const RESERVED_EDGE_KEYS = new Set(['id', 'documentId', 'propsJson']);

export function encodeEdgeProps(edge: GraphEdge): Record<string, unknown> {
  const props: Record<string, unknown> = { id: edge.id, propsJson: JSON.stringify(edge.props) };
  if (edge.documentId !== null) props.documentId = edge.documentId;
  for (const [key, value] of Object.entries(edge.props)) {
    if (value === null || RESERVED_EDGE_KEYS.has(key)) continue;
    props[key] = value;
  }
  return props;
}

/** The row every edge-returning query yields. */
export interface EdgeRow {
  id: unknown;
  type: unknown;
  from: unknown;
  to: unknown;
  propsJson: unknown;
  documentId: unknown;
}

export function decodeEdge(row: EdgeRow): GraphEdge {
  const json = fromNeo4j(row.propsJson);
  return {
    id: String(fromNeo4j(row.id)),
    type: String(fromNeo4j(row.type)) as EdgeType,
    from: String(fromNeo4j(row.from)),
    to: String(fromNeo4j(row.to)),
    props: typeof json === 'string' ? JSON.parse(json) : {},
    documentId: (fromNeo4j(row.documentId) as string | null) ?? null,
  };
}

export function encodeCuration(record: CurationRecord): Record<string, unknown> {
  return encodeFields(record as unknown as Record<string, unknown>, CURATION_FIELDS);
}

export function decodeCuration(props: Record<string, unknown>): CurationRecord {
  return decodeFields(props, CURATION_FIELDS) as unknown as CurationRecord;
}
