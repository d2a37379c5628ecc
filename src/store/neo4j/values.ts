// Conversion at the adapter boundary: neo4j Integer and temporal values never leave this
// module's callers, and JS values that Neo4j would store as Float are sent as Integer.
import neo4j from 'neo4j-driver';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A YYYY-MM-DD string as a Neo4j DATE (indexable, comparable); anything else, including an
 * impossible day such as 2025-02-30 that the server would reject, stays a string.
 */
export function toNeo4jDate(value: string): unknown {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return value;
  return new neo4j.types.Date(year, month, day);
}

export function toNeo4jInt(value: number): unknown {
  return neo4j.int(value);
}

/** Any value read from the driver, recursively, as plain JS: Integer → number, DATE → YYYY-MM-DD. */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value as object)) return String(value);
  if (
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isDuration(value as object)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

export function asString(value: unknown): string | null {
  const v = fromNeo4j(value);
  return v === null ? null : String(v);
}

export function asNumber(value: unknown): number {
  const v = fromNeo4j(value);
  return typeof v === 'number' ? v : Number(v);
}
