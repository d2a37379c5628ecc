// Memory per directive matters at scale (target ≤ 2 KB), and a batch parsed from JSON holds
// a fresh copy of every repeated string and value. Before the graph keeps a batch, this pass
// points repeated values at one shared instance: ids at the node's own id string, common edge
// props at one frozen object, and a directive's text at its place inside its sentence (V8
// keeps such a slice as a reference, not a copy). Nothing observable changes.
import type { EdgeProps, EdgeType, GraphBatch, GraphEdge, GraphNode } from '../../graph/model';

/** Edge types whose props take few distinct values (roles), worth sharing. */
const SHARED_PROPS = new Set<EdgeType>(['ASSIGNED_TO', 'ISSUED', 'PART_OF', 'DUE_BY', 'REPORTED_IN']);

/** A cheap key for the props of the shared types (JSON.stringify per edge showed in profiles). */
function propsKey(type: EdgeType, props: EdgeProps): string {
  const keys = Object.keys(props);
  if (keys.length === 0) return type;
  if (keys.length === 1 && keys[0] === 'role' && typeof props.role === 'string') return type + '|' + props.role;
  if (keys.length === 1 && keys[0] === 'roles' && Array.isArray(props.roles)) return type + '[' + props.roles.join(',');
  return type + JSON.stringify(props);
}

export class PropsInterner {
  private readonly known = new Map<string, EdgeProps>();
  private readonly ruleIds = new Map<string, string[]>();
  private readonly words = new Map<string, string>();

  /**
   * Short values that repeat across the graph (labels, edge types, precisions, dates, names):
   * JSON.parse gives each occurrence its own copy; this keeps one.
   */
  word<T extends string | null>(value: T): T {
    if (value === null || (value as string).length > 64) return value;
    const known = this.words.get(value as string);
    if (known !== undefined) return known as T;
    this.words.set(value as string, value as string);
    return value;
  }

  /** Rule id lists repeat across directives ("directive.giao", …): one frozen copy each. */
  internRuleIds(ids: string[]): string[] {
    const key = ids.join('\u0000');
    const known = this.ruleIds.get(key);
    if (known !== undefined) return known;
    const frozen = Object.freeze([...ids]) as string[];
    this.ruleIds.set(key, frozen);
    return frozen;
  }

  intern(type: EdgeType, props: EdgeProps): EdgeProps {
    if (!SHARED_PROPS.has(type)) return props;
    const key = propsKey(type, props);
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const frozen = Object.freeze({ ...props }) as EdgeProps;
    this.known.set(key, frozen);
    return frozen;
  }
}

/** `canonical(id)` returns the id string already held for that node, or the id itself. */
export type Canonical = (id: string) => string;

function copyOf(node: GraphNode): GraphNode {
  return node.label === 'Directive' ? { ...node, provenance: { ...node.provenance } } : { ...node };
}

/**
 * The node with shared values. `inPlace` (for records just parsed from the log, which nobody
 * else holds) saves a copy of every node on start-up; a caller's batch is never changed.
 */
export function compactNode(parsed: GraphNode, canonical: Canonical, shared: PropsInterner, inPlace: boolean): GraphNode {
  const node = inPlace ? parsed : copyOf(parsed);
  (node as { label: string }).label = shared.word(node.label);
  if (node.label === 'Meeting') {
    node.documentId = canonical(node.documentId);
    node.date = shared.word(node.date);
    node.kind = shared.word(node.kind);
  } else if (node.label === 'Deadline') {
    node.date = shared.word(node.date);
    node.precision = shared.word(node.precision);
    node.relation = shared.word(node.relation);
  } else if (node.label === 'Directive') {
    const { provenance } = node;
    const at = provenance.sentence.indexOf(node.text);
    if (at >= 0) node.text = provenance.sentence.slice(at, at + node.text.length);
    node.documentId = canonical(node.documentId);
    node.meetingId = canonical(node.meetingId);
    node.assignerName = shared.word(node.assignerName);
    provenance.documentId = canonical(provenance.documentId);
    provenance.ruleIds = shared.internRuleIds(provenance.ruleIds);
  }
  return node;
}

export function compactEdge(parsed: GraphEdge, canonical: Canonical, props: PropsInterner, inPlace: boolean): GraphEdge {
  const edge = inPlace ? parsed : { ...parsed };
  edge.type = props.word(edge.type);
  edge.from = canonical(edge.from);
  edge.to = canonical(edge.to);
  edge.props = props.intern(edge.type, edge.props);
  if (edge.documentId !== null) edge.documentId = canonical(edge.documentId);
  return edge;
}

export type { GraphBatch };
