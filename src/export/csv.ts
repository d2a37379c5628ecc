// CSV per node label and per edge type (RFC 4180: CRLF records, a header row, fields quoted
// when they hold a quote, comma or line break, quotes doubled). UTF-8, by default without a
// byte-order mark (pandas, csvkit and Neo4j read it as is); with the BOM option (formats.ts)
// Excel opens it with the diacritics intact.
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../graph/model';
import { columnsOf, flattenEdge, flattenNode, type FlatRecord, type FlatValue } from './flatten';
import type { GraphSnapshot } from './snapshot';

export interface CsvFile {
  /** File name only, e.g. `nodes-Agency.csv`, `edges-ASSIGNED_TO.csv`. */
  name: string;
  content: string;
  rows: number;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: FlatValue): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: header then one record per row, every record ending in CRLF. */
export function toCsv(columns: readonly string[], records: readonly FlatRecord[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const record of records) lines.push(columns.map((c) => csvField(record[c] ?? null)).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
}

export function nodeCsvName(label: NodeLabel): string {
  return `nodes-${label}.csv`;
}

export function edgeCsvName(type: EdgeType): string {
  return `edges-${type}.csv`;
}

/** One file per node label and per edge type, all of them, empty ones with just a header. */
export function toCsvFiles(snapshot: GraphSnapshot): CsvFile[] {
  const files: CsvFile[] = [];
  for (const label of NODE_LABELS) {
    const records = snapshot.nodes.filter((n) => n.label === label).map(flattenNode);
    const columns = records.length > 0 ? columnsOf(records) : ['id'];
    files.push({ name: nodeCsvName(label), content: toCsv(columns, records), rows: records.length });
  }
  for (const type of EDGE_TYPES) {
    const records = snapshot.edges.filter((e) => e.type === type).map(flattenEdge);
    const columns = records.length > 0 ? columnsOf(records) : ['id', 'from', 'to', 'documentId'];
    files.push({ name: edgeCsvName(type), content: toCsv(columns, records), rows: records.length });
  }
  return files;
}
