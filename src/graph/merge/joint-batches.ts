// What a store holds for reports of one meeting: each report keeps its own batch, re-aimed at
// the joined nodes of mergeReports' plan. The meeting keeps the id of its smallest report's
// meeting, a task several reports give keeps its smallest directive id and lists every source,
// and a fact two reports both give (the same chair, assignee, deadline) is one edge, written by
// the smallest report that gives it. Nodes carried by several batches are listed in
// `jointNodeIds`, so the store keeps them while any of those reports is live.
// Pure, and a function of the set of batches: the input order changes nothing.
import { deadlineId, edgeDistinction, edgeId } from '../ids';
import { DOCUMENT_OWNED_LABELS, type NodeLabel, type DirectiveNode, type GraphBatch, type GraphEdge, type GraphNode, type MeetingNode } from '../model';
import { mergeReports, type MergedMeeting } from './merge-reports';

/** The batches to store for `batches` (one per document, in input order), joined where their meetings match. */
export function jointBatches(batches: readonly GraphBatch[]): GraphBatch[] {
  const byDocument = new Map(batches.map((b) => [b.documentId, b]));
  const joined = new Map<string, GraphBatch>();
  for (const plan of mergeReports([...byDocument.values()])) {
    if (plan.documentIds.length < 2) continue;
    for (const batch of joinMeeting(plan, plan.documentIds.map((id) => byDocument.get(id) as GraphBatch))) joined.set(batch.documentId, batch);
  }
  return batches.map((b) => joined.get(b.documentId) ?? b);
}

const isMeeting = (n: GraphNode): n is MeetingNode => n.label === 'Meeting';
const OWNED = new Set<NodeLabel>(DOCUMENT_OWNED_LABELS.filter((l) => l !== 'Document'));

/** The joined meeting: the smallest report's, with the first title, kind, ordinal and organiser any report gives. */
function joinedMeetingNode(plan: MergedMeeting, members: readonly GraphBatch[]): MeetingNode {
  const meetings = members.map((b) => b.nodes.find(isMeeting) as MeetingNode);
  const first = <K extends 'title' | 'kind' | 'ordinal' | 'organiser'>(key: K): MeetingNode[K] => meetings.map((m) => m[key]).find((v) => v !== null) ?? null;
  const own = meetings.find((m) => m.id === plan.id) as MeetingNode;
  return { ...own, title: first('title'), kind: first('kind'), ordinal: first('ordinal'), organiser: first('organiser') };
}

/** Old id → joined id, and the node each joined id stands for. */
function joinedNodes(plan: MergedMeeting, members: readonly GraphBatch[]): { rename: Map<string, string>; nodes: Map<string, GraphNode> } {
  const rename = new Map<string, string>();
  const nodes = new Map<string, GraphNode>();
  const all = new Map(members.flatMap((b) => b.nodes).map((n) => [n.id, n]));
  nodes.set(plan.id, joinedMeetingNode(plan, members));
  for (const id of plan.meetingIds) rename.set(id, plan.id);
  for (const task of plan.directives) {
    const own = all.get(task.id) as DirectiveNode;
    const several = task.directiveIds.length > 1;
    nodes.set(task.id, { ...own, meetingId: plan.id, ...(several ? { sources: task.provenance } : {}) });
    if (!several) continue;
    const deadline = all.get(deadlineId(task.id));
    if (deadline !== undefined) nodes.set(deadline.id, deadline);
    for (const id of task.directiveIds) {
      rename.set(id, task.id);
      rename.set(deadlineId(id), deadlineId(task.id));
    }
  }
  return { rename, nodes };
}

function reaim(edge: GraphEdge, rename: ReadonlyMap<string, string>): GraphEdge {
  const from = rename.get(edge.from) ?? edge.from;
  const to = rename.get(edge.to) ?? edge.to;
  if (from === edge.from && to === edge.to) return edge;
  return { ...edge, id: edgeId(edge.type, from, to, edgeDistinction(edge.type, edge.props)), from, to };
}

function joinMeeting(plan: MergedMeeting, members: readonly GraphBatch[]): GraphBatch[] {
  const { rename, nodes } = joinedNodes(plan, members);
  const edges = members.map((b) => b.edges.map((e) => reaim(e, rename)));
  // Who chairs the joined meeting in any report does not also attend it.
  const chairs = new Set(edges.flat().filter((e) => e.type === 'CHAIRED').map((e) => e.from));
  // Each fact once: the smallest report that gives it writes it (members come sorted by id).
  const writer = new Map<string, string>();
  members.forEach((b, i) => {
    for (const e of edges[i]) if (e.documentId !== null && !writer.has(e.id)) writer.set(e.id, b.documentId);
  });
  const carried = members.map((b) => dedupe(b.nodes.map((n) => nodes.get(rename.get(n.id) ?? n.id) ?? n)));
  const carriers = new Map<string, number>();
  for (const list of carried) for (const n of list) if (OWNED.has(n.label)) carriers.set(n.id, (carriers.get(n.id) ?? 0) + 1);
  return members.map((b, i) => {
    const kept = dedupe(edges[i].filter((e) => (e.documentId === null || writer.get(e.id) === b.documentId) && !(e.type === 'ATTENDED' && chairs.has(e.from))));
    const jointNodeIds = carried[i].filter((n) => (carriers.get(n.id) ?? 0) > 1).map((n) => n.id).sort();
    return { documentId: b.documentId, nodes: carried[i], edges: kept, ...(jointNodeIds.length > 0 ? { jointNodeIds } : {}) };
  });
}

/** First of each id, in order (two directives of one report can join one task through a third report). */
function dedupe<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
}
