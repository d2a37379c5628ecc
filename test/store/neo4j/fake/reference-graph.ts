// The in-memory graph the recording driver answers from: nodes and relationships with the
// property maps exactly as the adapter sent them (neo4j Integer and Date values included),
// checked the way Neo4j checks properties. Written for the tests, independent of the adapter.
import neo4j from 'neo4j-driver';

export interface RefNode {
  labels: Set<string>;
  props: Record<string, unknown>;
}

export interface RefRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

export class RefGraph {
  nodes = new Map<string, RefNode>();
  rels: RefRel[] = [];
  curations = new Map<string, Record<string, unknown>>();
  schema = new Set<string>();

  clone(): RefGraph {
    const g = new RefGraph();
    for (const [id, n] of this.nodes) g.nodes.set(id, { labels: new Set(n.labels), props: { ...n.props } });
    g.rels = this.rels.map((r) => ({ ...r, props: { ...r.props } }));
    g.curations = new Map([...this.curations].map(([k, v]) => [k, { ...v }]));
    g.schema = new Set(this.schema);
    return g;
  }

  /** The :Ingest node of a document (held under a key no domain id can take), if merged. */
  ingestNode(documentId: string): RefNode | undefined {
    return this.nodes.get(ingestKey(documentId));
  }

  entity(id: unknown): RefNode | undefined {
    const n = typeof id === 'string' ? this.nodes.get(id) : undefined;
    return n && n.labels.has('Entity') ? n : undefined;
  }

  /** Relationships whose both ends are :Entity nodes (every domain edge). */
  entityRels(): RefRel[] {
    return this.rels.filter((r) => this.entity(r.start) && this.entity(r.end));
  }

  deleteNode(id: string): void {
    this.nodes.delete(id);
    this.rels = this.rels.filter((r) => r.start !== id && r.end !== id);
  }
}

/** Where an :Ingest node sits in `nodes`: it has no `id` property of its own. */
export const ingestKey = (documentId: string) => `\u0000ingest:${documentId}`;

export class FakeNeo4jError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || neo4j.isInt(v) || neo4j.isDate(v as object);

/** `SET n = map`: null entries are not stored; maps and mixed lists are refused, as Neo4j does. */
export function propertyMap(map: unknown): Record<string, unknown> {
  if (map === null || typeof map !== 'object') throw new FakeNeo4jError('Neo.ClientError.Statement.TypeError', `expected a map, got ${String(map)}`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map as Record<string, unknown>)) {
    if (value === null || value === undefined) continue;
    const ok = isScalar(value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) throw new FakeNeo4jError('Neo.ClientError.Statement.TypeError', `property ${key} cannot hold ${JSON.stringify(value)}`);
    out[key] = value;
  }
  return out;
}

/** Plain JS for comparisons: Integer → number, DATE → YYYY-MM-DD (Cypher's toString). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value as object)) return String(value);
  return value;
}

/** A parameter Neo4j requires to be an INTEGER (LIMIT, slices): a JS number arrives as FLOAT. */
export function integerParam(value: unknown, name: string): number {
  if (!neo4j.isInt(value)) throw new FakeNeo4jError('Neo.ClientError.Statement.ArgumentError', `$${name} must be an INTEGER, got ${typeof value} ${String(value)}`);
  return (value as { toNumber(): number }).toNumber();
}

export const int = (n: number) => neo4j.int(n);

export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The row shape every edge-returning statement yields. */
export function edgeFields(r: RefRel): Record<string, unknown> {
  return { id: r.props.id ?? null, type: r.type, from: r.start, to: r.end, propsJson: r.props.propsJson ?? null, documentId: r.props.documentId ?? null };
}
