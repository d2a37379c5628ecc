// CSV cells as neo4j-admin import reads them: strings always quoted (so "" stays an empty
// string), nulls as an empty unquoted cell (no property), arrays joined by ARRAY_DELIMITER.
import { StoreError } from '../errors';
import neo4j from 'neo4j-driver';

export const ARRAY_DELIMITER = ';';

export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]';

export function columnTypeOf(value: unknown): ColumnType | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return 'long';
  if (neo4j.isDate(value as object)) return 'date';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (Array.isArray(value)) return 'string[]';
  return 'string';
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function cell(value: unknown, column: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    for (const item of value) {
      if (String(item).includes(ARRAY_DELIMITER)) {
        // neo4j-admin has no escape for the array delimiter: refuse rather than split a value.
        throw new StoreError('STORE_BAD_INPUT', `cannot export ${column}: value "${item}" contains the array delimiter "${ARRAY_DELIMITER}"`);
      }
    }
    return quote(value.map(String).join(ARRAY_DELIMITER));
  }
  if (typeof value === 'string') return quote(value);
  return String(value);
}

export function header(columns: readonly string[]): string {
  return columns.map((c) => (c.includes(',') || c.includes('"') ? quote(c) : c)).join(',');
}

/** Reads back what this module writes (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') { quoted = true; wasQuoted = true; }
    else if (ch === ',') { row.push(cur); cur = ''; wasQuoted = false; }
    else if (ch === '\n') { row.push(cur); rows.push(row); row = []; cur = ''; wasQuoted = false; }
    else cur += ch;
  }
  if (cur !== '' || wasQuoted || row.length > 0) { row.push(cur); rows.push(row); }
  return rows;
}
