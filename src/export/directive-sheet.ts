// directives.csv: one row per directive for spreadsheets — the task, who leads and coordinates
// it, who gave it, its deadline (date, precision, phrase), status, meeting and source — with
// curated values in force, and who answers for it now (the lead's successor after a merger).
import type { DeadlineNode, DirectiveNode, GraphEdge, GraphNode, MeetingNode } from '../graph/model';
import type { CurationRecord } from '../store/port';
import { toCsv } from './csv';
import { LIST_SEPARATOR } from './flatten';
import type { GraphSnapshot } from './snapshot';

export const DIRECTIVE_SHEET = 'directives.csv';

export const DIRECTIVE_COLUMNS = [
  'id', 'text', 'lead', 'coordinators', 'issued_by', 'deadline', 'precision', 'deadline_phrase', 'deadline_curated',
  'status', 'responsible_now', 'meeting_date', 'meeting_title', 'document_title', 'document_published', 'sentence',
] as const;

const latest = (records: readonly CurationRecord[], kind: CurationRecord['kind']) => [...records].reverse().find((r) => r.kind === kind) ?? null;

/** Where an agency's duties are now: the end of its SUCCEEDED_BY chain. */
function currentHolder(agencyId: string, successor: ReadonlyMap<string, string>): string {
  const seen = new Set([agencyId]);
  let at = agencyId;
  for (let next = successor.get(at); next !== undefined && !seen.has(next); next = successor.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

export function toDirectiveSheet(snapshot: GraphSnapshot, curations: ReadonlyMap<string, readonly CurationRecord[]>): { content: string; rows: number } {
  const nodes = new Map<string, GraphNode>(snapshot.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = nodes.get(id);
    return node && 'name' in node ? node.name : id;
  };
  const out = new Map<string, GraphEdge[]>();
  const issuer = new Map<string, string>();
  const successor = new Map<string, string>();
  for (const edge of snapshot.edges) {
    if (edge.type === 'ISSUED') issuer.set(edge.to, edge.from);
    else if (edge.type === 'SUCCEEDED_BY') successor.set(edge.from, edge.to);
    else out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  }
  const directives = snapshot.nodes.filter((n): n is DirectiveNode => n.label === 'Directive');
  const records = directives.map((d) => {
    const edges = out.get(d.id) ?? [];
    const records = curations.get(d.id) ?? [];
    const partiesIn = (role: string) => edges.filter((e) => e.type === 'ASSIGNED_TO' && e.props.role === role).map((e) => e.to);
    const curatedLeads = latest(records, 'ASSIGNEES');
    const leads = curatedLeads ? curatedLeads.value.split(',').filter(Boolean) : partiesIn('LEAD');
    const due = edges.find((e) => e.type === 'DUE_BY');
    const extracted = due ? (nodes.get(due.to) as DeadlineNode | undefined) : undefined;
    const curatedDeadline = latest(records, 'DEADLINE');
    const meeting = nodes.get(d.meetingId) as MeetingNode | undefined;
    const document = nodes.get(d.documentId);
    const now = [...new Set(leads.map((id) => (nodes.get(id)?.label === 'Agency' ? currentHolder(id, successor) : id)))];
    return {
      id: d.id,
      text: d.text,
      lead: leads.map(name).join(LIST_SEPARATOR),
      coordinators: partiesIn('COORDINATOR').map(name).join(LIST_SEPARATOR),
      issued_by: issuer.has(d.id) ? name(issuer.get(d.id) as string) : null,
      deadline: curatedDeadline ? curatedDeadline.value || null : (extracted?.date ?? null),
      precision: curatedDeadline ? (curatedDeadline.value ? 'DAY' : null) : (extracted?.precision ?? null),
      deadline_phrase: curatedDeadline ? null : (extracted?.phrase ?? null),
      deadline_curated: curatedDeadline !== null,
      status: latest(records, 'STATUS')?.value ?? 'OPEN',
      responsible_now: now.map(name).join(LIST_SEPARATOR),
      meeting_date: meeting?.date ?? null,
      meeting_title: meeting?.title ?? null,
      document_title: document?.label === 'Document' ? document.title : null,
      document_published: document?.label === 'Document' ? document.published : null,
      sentence: d.provenance.sentence,
    };
  });
  return { content: toCsv(DIRECTIVE_COLUMNS, records), rows: records.length };
}
