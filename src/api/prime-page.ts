// A page of directives loads, as it arrives, what its selected fields read (the directives'
// nodes, their curations, the edges those fields follow), all in one round of batches, then the
// nodes those lead to (assignees, meetings, issuers, deadlines, reports) in one getNodes. Every
// such field then answers at once from the loaders (known-loader.ts) instead of each waiting on
// the same batch. Only what the selection asks for is loaded: each store call is one the fields
// would have made themselves.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EdgeType } from '../graph/model';
import type { Direction, EdgeKey } from '../store/port';
import type { ApiContext } from './context';

/** Second-level nodes: the other ends of an edge the page read, or a node a directive names. */
type Next = readonly [EdgeType, Direction] | 'meeting' | 'document';

interface Reads {
  node?: boolean;
  curations?: boolean;
  edges?: readonly [EdgeType, Direction][];
  next?: readonly Next[];
}

/** What each Directive field reads (resolvers/Directive.ts, directive-view.ts). */
export const DIRECTIVE_FIELD_READS: Readonly<Record<string, Reads>> = {
  id: {},
  __typename: {},
  text: { node: true },
  recipients: { node: true },
  meeting: { node: true, next: ['meeting'] },
  source: { node: true },
  sources: { node: true },
  ruleIds: { node: true },
  deadline: { curations: true, edges: [['DUE_BY', 'out']], next: [['DUE_BY', 'out']] },
  assignees: { curations: true, edges: [['ASSIGNED_TO', 'out']], next: [['ASSIGNED_TO', 'out']] },
  coordinators: { edges: [['ASSIGNED_TO', 'out']], next: [['ASSIGNED_TO', 'out']] },
  monitors: { edges: [['ASSIGNED_TO', 'out']], next: [['ASSIGNED_TO', 'out']] },
  issuedBy: { edges: [['ISSUED', 'in']], next: [['ISSUED', 'in']] },
  issuerRoles: { edges: [['ISSUED', 'in']] },
  status: { curations: true },
  overdue: { curations: true, edges: [['DUE_BY', 'out']] },
  curations: { curations: true },
  curated: { curations: true },
  extracted: { edges: [['ASSIGNED_TO', 'out'], ['DUE_BY', 'out']] },
  // The predecessor's id travels with the page's ref; its node is a second-level read.
  inheritedFrom: {},
};

/** Anything not in the table (a fragment, a field added later) reads everything listed. */
const EVERYTHING: Reads = { node: true, curations: true, edges: [['ASSIGNED_TO', 'out'], ['DUE_BY', 'out'], ['ISSUED', 'in']] };

const fieldsOf = (set: SelectionSetNode | undefined): readonly FieldNode[] | null =>
  set === undefined ? [] : set.selections.every((s) => s.kind === Kind.FIELD) ? (set.selections as FieldNode[]) : null;

/** The reads of the node selections under `edges { node }` and `nodes` of a connection field. */
export function pageReads(info: GraphQLResolveInfo): Reads {
  let node = false;
  let curations = false;
  const edges: [EdgeType, Direction][] = [];
  const next: Next[] = [];
  const sameNext = (a: Next, b: Next) => (typeof a === 'string' || typeof b === 'string' ? a === b : a[0] === b[0] && a[1] === b[1]);
  const add = (r: Reads) => {
    node ||= r.node === true;
    curations ||= r.curations === true;
    for (const [type, direction] of r.edges ?? []) if (!edges.some(([t, d]) => t === type && d === direction)) edges.push([type, direction]);
    for (const n of r.next ?? []) if (!next.some((m) => sameNext(m, n))) next.push(n);
  };
  const addNodeSelection = (set: SelectionSetNode | undefined) => {
    const fields = fieldsOf(set);
    if (fields === null) return add(EVERYTHING);
    for (const f of fields) {
      add(DIRECTIVE_FIELD_READS[f.name.value] ?? EVERYTHING);
      // A source's report is read only when the selection asks for it (its text is on disk).
      const sourceFields = f.name.value === 'source' || f.name.value === 'sources' ? fieldsOf(f.selectionSet) : [];
      if (sourceFields === null || sourceFields.some((s) => s.name.value === 'document')) add({ next: ['document'] });
    }
  };
  for (const field of info.fieldNodes) {
    const top = fieldsOf(field.selectionSet);
    if (top === null) return EVERYTHING;
    for (const f of top) {
      if (f.name.value === 'nodes') addNodeSelection(f.selectionSet);
      if (f.name.value !== 'edges') continue;
      const edge = fieldsOf(f.selectionSet);
      if (edge === null) return EVERYTHING;
      for (const e of edge) if (e.name.value === 'node') addNodeSelection(e.selectionSet);
    }
  }
  return { ...(node ? { node } : {}), ...(curations ? { curations } : {}), edges, next };
}

// Yoga caches parsed documents, so a field's AST node is the same object on every request of
// the same query text: its reads are worked out once.
const readsByField = new WeakMap<FieldNode, Reads>();

function cachedPageReads(info: GraphQLResolveInfo): Reads {
  const key = info.fieldNodes[0];
  let reads = readsByField.get(key);
  if (reads === undefined) readsByField.set(key, (reads = pageReads(info)));
  return reads;
}

/** Loads what the page's selected fields read; a failed load is reported by the fields themselves. */
export async function primeDirectivePage(ctx: ApiContext, ids: readonly string[], info: GraphQLResolveInfo): Promise<void> {
  if (ids.length === 0) return;
  const reads = cachedPageReads(info);
  const keys: EdgeKey[] = (reads.edges ?? []).flatMap(([type, direction]) => ids.map((nodeId) => ({ nodeId, type, direction })));
  // A failed fetch leaves its keys unknown: the fields then load them and report the error.
  try {
    await Promise.all([
      reads.node ? ctx.loaders.nodes.fetchKnown(ids) : null,
      reads.curations ? ctx.loaders.curations.fetchKnown(ids) : null,
      keys.length > 0 ? ctx.loaders.edges.fetchKnown(keys) : null,
    ]);
    const second = secondLevelIds(ctx, ids, reads.next ?? []);
    if (second.length > 0) await ctx.loaders.nodes.fetchKnown(second);
  } catch {
    return;
  }
}

/** The ids of the nodes the page's fields read next, from what the first round returned. */
function secondLevelIds(ctx: ApiContext, ids: readonly string[], next: readonly Next[]): string[] {
  const found = new Set<string>();
  for (const id of ids) {
    for (const n of next) {
      if (typeof n !== 'string') {
        for (const e of ctx.loaders.edges.peek({ nodeId: id, type: n[0], direction: n[1] }) ?? []) found.add(n[1] === 'out' ? e.to : e.from);
        continue;
      }
      const node = ctx.loaders.nodes.peek(id);
      if (node === undefined || node === null || node.label !== 'Directive') continue;
      if (n === 'meeting') found.add(node.meetingId);
      else for (const p of node.sources ?? [node.provenance]) found.add(p.documentId);
    }
  }
  return [...found];
}
