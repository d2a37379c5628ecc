// What Neo4j returns for findDirectives, computed on the reference
// graph clause by clause as the statement reads: latest curation per kind (recordedAt, then
// seq), effective status / deadline / leads, the role's assignees, every switched-on
// condition, the string sort keys with their null sentinels, the keyset slice.
import { byString, int, integerParam, plain, type RefGraph, type RefNode } from './reference-graph';

type Params = Record<string, any>;

function latest(g: RefGraph, directiveId: unknown, kind: string): string | undefined {
  const list = [...g.curations.values()].filter((c) => c.directiveId === directiveId && c.kind === kind);
  list.sort((a, b) => byString(String(b.recordedAt), String(a.recordedAt)) || (plain(b.seq) as number) - (plain(a.seq) as number));
  return list.length > 0 ? String(list[0].value) : undefined;
}

function targets(g: RefGraph, d: RefNode, test: (role: unknown) => boolean): string[] {
  return g.rels.filter((r) => r.type === 'ASSIGNED_TO' && r.start === d.props.id && g.entity(r.end) && test(r.props.role)).map((r) => r.end);
}

const anyIn = (xs: readonly unknown[], list: readonly unknown[] | null) => list !== null && xs.some((x) => list.includes(x));

function matchRow(g: RefGraph, d: RefNode, p: Params) {
  const id = String(d.props.id);
  if (p.meetingIds !== null && !p.meetingIds.includes(d.props.meetingId)) return null;
  if (p.textFolded !== null && !String(d.props.textFolded).includes(p.textFolded)) return null;
  const curatedStatus = latest(g, id, 'STATUS');
  const curatedDeadline = latest(g, id, 'DEADLINE');
  const curatedAssignees = latest(g, id, 'ASSIGNEES');
  const dueDates = g.rels
    .filter((r) => r.type === 'DUE_BY' && r.start === id && g.nodes.get(r.end)?.labels.has('Deadline'))
    .map((r) => plain(g.nodes.get(r.end)?.props.date) as string)
    .sort(byString);
  const status = curatedStatus ?? 'OPEN';
  const due = curatedDeadline === undefined ? dueDates[0] ?? null : curatedDeadline === '' ? null : curatedDeadline;
  const leads = curatedAssignees === undefined
    ? targets(g, d, (role) => role === 'LEAD')
    : curatedAssignees.split(',').map((x) => x.trim()).filter((x) => x !== '');
  const coordinators = targets(g, d, (role) => role === 'COORDINATOR');
  const others = targets(g, d, (role) => role !== undefined && role !== 'LEAD');
  const roleAssignees = p.role === 'COORDINATOR' ? coordinators : p.role === 'ANY' ? [...leads, ...others] : leads;
  const direct = anyIn(roleAssignees, p.assignedTo ?? []);
  const inheritedFrom = roleAssignees.filter((x) => p.predecessors.includes(x));
  const issued = g.rels.filter((r) => r.type === 'ISSUED' && r.end === id && g.nodes.get(r.start)?.labels.has('Official'));
  const chaired = g.rels.filter((r) => r.type === 'CHAIRED' && r.end === d.props.meetingId && g.nodes.get(r.end)?.labels.has('Meeting') && g.nodes.get(r.start)?.labels.has('Official'));
  const keep =
    (p.assignedTo === null || direct || inheritedFrom.length > 0) &&
    (p.coordinatedBy === null || anyIn(coordinators, p.coordinatedBy)) &&
    (p.issuedBy === null || issued.some((r) => p.issuedBy.includes(r.start))) &&
    (p.issuedByRole === null || issued.some((r) => anyIn((r.props.roles as unknown[]) ?? [], p.issuedByRole))) &&
    (p.chairedBy === null || chaired.some((r) => p.chairedBy.includes(r.start))) &&
    (p.dueOn === null || (due !== null && due === p.dueOn)) &&
    (p.dueBefore === null || (due !== null && due <= p.dueBefore)) &&
    (p.dueAfter === null || (due !== null && due >= p.dueAfter)) &&
    (p.hasDeadline === null || (due !== null) === p.hasDeadline) &&
    (p.overdueOn === null || (due !== null && due < p.overdueOn && status !== 'DONE')) &&
    (p.status === null || p.status.includes(status));
  if (!keep) return null;
  const meeting = g.nodes.get(String(d.props.meetingId));
  const meetingDate = meeting?.labels.has('Meeting') ? (plain(meeting.props.date) as string | null) : null;
  const documentKey = `${d.props.documentId} ${String(plain(d.props.ordinal)).padStart(10, '0')}`;
  return { id, due, meetingDate, documentKey, inherited: direct ? [] : inheritedFrom };
}

function matching(g: RefGraph, p: Params) {
  const rows = [];
  for (const d of g.nodes.values()) {
    if (!d.labels.has('Directive')) continue;
    if (p.candidates !== undefined && !p.candidates.includes(d.props.id)) continue; // *.candidates
    const m = matchRow(g, d, p);
    if (m !== null) rows.push(m);
  }
  return rows;
}

/** countDirectives(.candidates): RETURN count(d) after the shared conditions. */
export function countDirectives(g: RefGraph, p: Params) {
  return [{ totalCount: int(matching(g, p).length) }];
}

/** findDirectives(.candidates): keyset WHERE, ORDER BY sort key then id, LIMIT. */
export function findDirectives(g: RefGraph, p: Params) {
  const desc = p.descending === true;
  const rows = matching(g, p).map((m) => {
    const sortKey = p.orderField === 'DEADLINE' ? m.due ?? p.nullLast : p.orderField === 'MEETING_DATE' ? m.meetingDate ?? p.nullLast : m.documentKey;
    return { id: m.id, inherited: m.inherited, sortKey, tieKey: m.id };
  });
  const after = rows.filter((r) =>
    p.afterSortKey === null ||
    (desc ? r.sortKey < p.afterSortKey : r.sortKey > p.afterSortKey) ||
    (r.sortKey === p.afterSortKey && r.tieKey > p.afterTieKey),
  );
  after.sort((a, b) => (desc ? -1 : 1) * byString(a.sortKey, b.sortKey) || byString(a.tieKey, b.tieKey));
  return after.slice(0, integerParam(p.limit, 'limit'));
}

/** directiveCandidates.<source>: what each look-up statement returns. */
export function directiveCandidates(source: string) {
  return (g: RefGraph, p: Params) => {
    const ids = new Set<string>();
    const isDirective = (id: string) => g.nodes.get(id)?.labels.has('Directive');
    if (source === 'assigned') {
      for (const r of g.rels) if (r.type === 'ASSIGNED_TO' && p.ids.includes(r.end) && g.entity(r.end) && isDirective(r.start)) ids.add(r.start);
      for (const c of g.curations.values()) if (c.kind === 'ASSIGNEES') ids.add(String(c.directiveId));
    } else if (source === 'issued') {
      for (const r of g.rels) if (r.type === 'ISSUED' && p.ids.includes(r.start) && g.nodes.get(r.start)?.labels.has('Official') && isDirective(r.end)) ids.add(r.end);
    } else {
      for (const [id, n] of g.nodes) if (n.labels.has('Directive') && p.ids.includes(n.props.meetingId)) ids.add(id);
    }
    return [...ids].map((id) => ({ id }));
  };
}
