// Flat attribute records for formats that only hold scalars (CSV, GEXF, GraphML): arrays
// are joined, the provenance object becomes provenance_* columns. Derived search fields
// (searchKeys, textFolded) are left out: they are an index, not a fact.
import type { GraphEdge, GraphNode } from '../graph/model';

export type FlatValue = string | number | boolean | null;
export type FlatRecord = Record<string, FlatValue>;

/** Joins list values. A pipe, because names and titles contain commas and semicolons. */
export const LIST_SEPARATOR = ' | ';

const DERIVED_KEYS = new Set(['label', 'searchKeys', 'textFolded']);

function flatValue(value: unknown): FlatValue {
  if (value === null || value === undefined) return null;
  // A directive's sources are objects: JSON keeps their fields apart.
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.map(String).join(LIST_SEPARATOR) : JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The node's own fields, without `label` (it names the file or is its own column). */
export function flattenNode(node: GraphNode): FlatRecord {
  const out: FlatRecord = {};
  for (const [key, value] of Object.entries(node)) {
    if (DERIVED_KEYS.has(key)) continue;
    if (key === 'provenance' && value !== null && typeof value === 'object') {
      for (const [pk, pv] of Object.entries(value)) out[`provenance_${pk}`] = flatValue(pv);
      continue;
    }
    out[key] = flatValue(value);
  }
  return out;
}

const EDGE_BASE_KEYS = ['id', 'from', 'to', 'documentId'] as const;

/** id, from, to, documentId, then the props; a prop that shadows one of those gets `prop_`. */
export function flattenEdge(edge: GraphEdge): FlatRecord {
  const out: FlatRecord = { id: edge.id, from: edge.from, to: edge.to, documentId: edge.documentId };
  for (const [key, value] of Object.entries(edge.props)) {
    const name = (EDGE_BASE_KEYS as readonly string[]).includes(key) || key === 'type' ? `prop_${key}` : key;
    out[name] = flatValue(value);
  }
  return out;
}

/** Column names for a set of records: the union of their keys, in first-seen order. */
export function columnsOf(records: readonly FlatRecord[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}

/** What a person would call the node: a name, a title, a date. */
export function displayName(node: GraphNode): string {
  switch (node.label) {
    case 'Agency':
    case 'Official':
      return node.name;
    case 'Meeting':
      return node.title ?? `Meeting ${node.date ?? node.id}`;
    case 'Document':
      return node.title ?? node.source ?? node.id;
    case 'Directive':
      return node.text.length > 80 ? `${node.text.slice(0, 79)}…` : node.text;
    case 'Deadline':
      return node.date;
  }
}
