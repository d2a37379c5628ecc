// Snapshot format 4 holds the two commonest node shapes (Directive, Deadline: nine in ten nodes)
// as arrays of values, and a document's edges as one flat array of six values each, with
// nodes referred to by their place in the document's node list, and words, edge props and
// rule-id lists by their place in tables held once. Parsing then makes no key strings, no
// per-edge arrays and no copies of repeated values, and decoding builds each node and edge
// once, already in the shared form the graph keeps (compact-batch.ts), so the graph need not
// look each id up again: that was half of opening a large store (pure, no I/O).
// A node or a document's edges take the compact form only when it decodes back to exactly what
// was stored (checked on encoding); anything else is kept as the object it is.
import { EDGE_TYPES, type EdgeProps, type EdgeType, type GraphEdge, type GraphNode } from '../../graph/model';
import { PropsInterner, compactEdge, compactNode } from '../memory-index/compact-batch';

const DIRECTIVE = 1;
const DEADLINE = 2;

/** [DIRECTIVE, id, textFolded, assignerName word|-1, recipients, ordinal, start, end, ruleIds, sentenceAt, sentenceLength, meeting node index] */
type DirectiveTuple = [1, string, string, number, string[], number, number, number, number, number, number, number];
/** [DEADLINE, id, date word, precision word, phrase, relation word, yearImplied 0|1, start, end] */
type DeadlineTuple = [2, string, number, number, string, number, 0 | 1, number, number];
/** A node in a document's list: a shared node's index, a tuple, or the node as stored. */
export type PackedNode = number | DirectiveTuple | DeadlineTuple | GraphNode;
/** Six values an edge: id, type (index in EDGE_TYPES), from and to (node list indexes), props index, gazetteer 0|1; or the edges as stored. */
export type PackedEdges = (string | number)[] | GraphEdge[];

/** The tables, as written at the snapshot's end: [words, props, rule-id lists]. */
export type Tables = [string[], EdgeProps[], string[][]];

const TYPE_CODE = new Map<string, number>(EDGE_TYPES.map((type, i) => [type, i]));

/** Builds the tables while encoding: each value gets its index on first sight. */
export class TableBuilder {
  readonly tables: Tables = [[], [], []];
  private readonly seen = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];

  private index(table: 0 | 1 | 2, key: string, value: never): number {
    let i = this.seen[table].get(key);
    if (i === undefined) this.seen[table].set(key, (i = (this.tables[table] as unknown[]).push(value) - 1));
    return i;
  }

  word(value: string): number {
    return this.index(0, value, value as never);
  }

  props(value: EdgeProps): number {
    return this.index(1, JSON.stringify(value), value as never);
  }

  ruleIds(value: string[]): number {
    return this.index(2, JSON.stringify(value), value as never);
  }
}

/** Freezes the tables' props and rule-id lists: every node and edge decoded shares them. */
export function freezeTables(tables: Tables): Tables {
  for (const props of tables[1]) Object.freeze(props);
  for (const ids of tables[2]) Object.freeze(ids);
  return tables;
}

/**
 * Nine directives in ten have no recipients: they share one empty list (JSON.parse makes one
 * each, and the fewer objects the graph keeps, the less the young-generation collector copies).
 */
const NO_RECIPIENTS: string[] = Object.freeze([]) as unknown as string[];

/** What decoding a document needs: the tables (held, not copied) and the shared nodes. */
export class TupleDecoder {
  /** Shares the values of nodes and edges kept as objects, as the graph would. */
  private readonly interner = new PropsInterner();

  constructor(private readonly tables: Tables, private readonly shared: readonly GraphNode[]) {}

  /** The document's nodes, in the shared form the graph keeps. */
  nodes(documentId: string, packed: readonly PackedNode[]): GraphNode[] {
    const canonical = (id: string) => (id === documentId ? documentId : id);
    const nodes: GraphNode[] = new Array(packed.length);
    // Tuples name their meeting by index, so every meeting comes first (Meeting precedes its directives in a batch).
    for (let i = 0; i < packed.length; i++) {
      const p = packed[i];
      nodes[i] = typeof p === 'number' ? this.shared[p] : Array.isArray(p) ? this.tuple(documentId, p, nodes) : compactNode(p, canonical, this.interner, true);
    }
    return nodes;
  }

  /** A tuple's node; `nodes` is the document's node list so far (its meeting comes before it). */
  tuple(documentId: string, t: DirectiveTuple | DeadlineTuple, nodes: readonly GraphNode[]): GraphNode {
    const w = this.tables[0];
    if (t[0] === DEADLINE) {
      return { label: 'Deadline', id: t[1], date: w[t[2]], precision: w[t[3]], phrase: t[4], relation: w[t[5]], yearImplied: t[6] === 1, start: t[7], end: t[8] };
    }
    const meeting = nodes[t[11]];
    return {
      label: 'Directive',
      id: t[1],
      text: '',
      documentId,
      meetingId: meeting.id,
      assignerName: t[3] < 0 ? null : w[t[3]],
      recipients: t[4].length === 0 ? NO_RECIPIENTS : t[4],
      textFolded: t[2],
      ordinal: t[5],
      provenance: { documentId, start: t[6], end: t[7], sentence: '', ruleIds: this.tables[2][t[8]] },
      sentenceAt: t[9],
      sentenceLength: t[10],
    } as GraphNode;
  }

  /** The document's edges, their ends the very id strings of its nodes. */
  edges(documentId: string, packed: PackedEdges, nodes: readonly GraphNode[]): GraphEdge[] {
    if (packed.length === 0 || typeof packed[0] === 'object') {
      const canonical = (id: string) => (id === documentId ? documentId : id);
      return (packed as GraphEdge[]).map((e) => compactEdge(e, canonical, this.interner, true));
    }
    const flat = packed as (string | number)[];
    const edges: GraphEdge[] = new Array(flat.length / 6);
    for (let i = 0, at = 0; at < flat.length; i++, at += 6) {
      edges[i] = {
        id: flat[at] as string,
        type: EDGE_TYPES[flat[at + 1] as number],
        from: nodes[flat[at + 2] as number].id,
        to: nodes[flat[at + 3] as number].id,
        props: this.tables[1][flat[at + 4] as number],
        documentId: flat[at + 5] === 1 ? null : documentId,
      };
    }
    return edges;
  }
}

/**
 * Whether two values have the same JSON. Most packed nodes decode to the very shape stored
 * (same keys in the same order, equal values), which is checked without serialising; only
 * what that check does not confirm is compared as JSON text (issue 14: the two JSON.stringify
 * per node were a third of writing the snapshot on close).
 */
const same = (a: unknown, b: unknown) => sameShape(a, b) || JSON.stringify(a) === JSON.stringify(b);

function sameShape(a: unknown, b: unknown): boolean {
  if (a === b) return a !== undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameShape(a[i], b[i])) return false;
    return true;
  }
  // Plain objects only: another kind (a Date, a Map) says in its JSON what its keys do not.
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i];
    if (key !== keysB[i] || !sameShape((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The tuple of a stored directive or deadline, or null when its shape is another. */
function tupleOf(node: GraphNode, documentId: string, indexOf: ReadonlyMap<string, number>, t: TableBuilder): DirectiveTuple | DeadlineTuple | null {
  if (node.label === 'Deadline') {
    return [DEADLINE, node.id, t.word(node.date), t.word(node.precision), node.phrase, t.word(node.relation), node.yearImplied ? 1 : 0, node.start, node.end];
  }
  if (node.label !== 'Directive' || node.documentId !== documentId) return null;
  const meeting = indexOf.get(node.meetingId);
  const held = node as typeof node & { sentenceAt?: number; sentenceLength?: number };
  if (meeting === undefined || held.sentenceAt === undefined || held.sentenceLength === undefined) return null;
  const { provenance: p } = node;
  return [DIRECTIVE, node.id, node.textFolded, node.assignerName === null ? -1 : t.word(node.assignerName), node.recipients, node.ordinal, p.start, p.end, t.ruleIds(p.ruleIds), held.sentenceAt, held.sentenceLength, meeting];
}

/**
 * A document's nodes and edges in packed form. `sharedIndex` gives a shared node's index (or
 * undefined for a node the document owns). Each tuple, and the flat edges, are checked to
 * decode back to exactly what was stored; what does not is kept as stored.
 */
export function packDocument(documentId: string, nodes: readonly GraphNode[], edges: readonly GraphEdge[], sharedIndex: (node: GraphNode) => number | undefined, t: TableBuilder): { nodes: PackedNode[]; edges: PackedEdges } {
  const indexOf = new Map<string, number>(nodes.map((n, i) => [n.id, i]));
  const check = new TupleDecoder(t.tables, []);
  const packedNodes = nodes.map((node, i): PackedNode => {
    const shared = sharedIndex(node);
    if (shared !== undefined) return shared;
    const tuple = tupleOf(node, documentId, indexOf, t);
    // A tuple names its meeting by index, so the meeting must come first; decoding reads only
    // the ids of the node list, which the stored nodes give.
    const fits = tuple !== null && (tuple[0] === DEADLINE || tuple[11] < i) && same(check.tuple(documentId, tuple, nodes), node);
    return fits ? tuple : node;
  });
  const flat: (string | number)[] = [];
  for (const e of edges) {
    const from = indexOf.get(e.from);
    const to = indexOf.get(e.to);
    const type = TYPE_CODE.get(e.type as EdgeType);
    if (from === undefined || to === undefined || type === undefined || (e.documentId !== null && e.documentId !== documentId)) return { nodes: packedNodes, edges: [...edges] };
    flat.push(e.id, type, from, to, t.props(e.props), e.documentId === null ? 1 : 0);
  }
  const packedEdges = same(check.edges(documentId, flat, nodes), edges) ? flat : [...edges];
  return { nodes: packedNodes, edges: packedEdges };
}
