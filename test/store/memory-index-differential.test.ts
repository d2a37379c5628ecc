// The memory index's findDirectives (ordered-index fast path and the general path) against a
// plain reference filter written from the port's wording, over a generated graph with
// curations, succession and document replacement, for random queries, orders and page walks.
// Also: exact search (a key-map lookup) against the full scan filtered to whole-key matches.
import type { AgencyNode, DirectiveNode, GraphBatch, GraphEdge, GraphNode, OfficialRole } from '../../src/graph/model';
import { MemoryGraph } from '../../src/store/memory-index/memory-graph';
import type { CurationRecord, DirectiveHit, DirectiveQuery, DirectiveStatus } from '../../src/store/port';
import { fold } from '../../src/text/fold';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCY_NAMES = ['Bộ Y tế', 'Bộ Tài chính', 'Bộ Công an', 'Bộ Nội vụ', 'Bộ Kế hoạch và Đầu tư', 'Các bộ, ngành', 'Bộ Xây dựng', 'Bộ Giao thông vận tải'];
const AGENCIES = AGENCY_NAMES.map((name, i) => `agency:${i}`);
const OFFICIALS = ['official:pm', 'official:dpm1', 'official:dpm2', 'official:min'];
const OFFICIAL_ROLES: Record<string, OfficialRole[]> = {
  'official:pm': ['PRIME_MINISTER'],
  'official:dpm1': ['DEPUTY_PRIME_MINISTER', 'PERMANENT_DEPUTY_PRIME_MINISTER'],
  'official:dpm2': ['DEPUTY_PRIME_MINISTER'],
  'official:min': ['MINISTER'],
};
const WORDS = ['triển khai', 'bệnh án điện tử', 'chuyển đổi số', 'đầu tư công', 'giải ngân', 'báo cáo', 'hoàn thành', 'cơ sở dữ liệu'];
const DATES = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-06-30'];
const ROLES: OfficialRole[] = ['PRIME_MINISTER', 'DEPUTY_PRIME_MINISTER', 'PERMANENT_DEPUTY_PRIME_MINISTER', 'MINISTER'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const some = <T>(r: () => number, list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, list)))];

function agencyNode(i: number): AgencyNode {
  const name = AGENCY_NAMES[i];
  return { label: 'Agency', id: AGENCIES[i], name, nameEn: null, abbreviations: [], aliases: [], kind: 'ministry', validFrom: null, validTo: null, searchKeys: [fold(name), `co quan ${i % 3}`] };
}

function edge(type: GraphEdge['type'], from: string, to: string, props: GraphEdge['props'], documentId: string | null): GraphEdge {
  return { id: `${type}:${from}:${to}:${String(props.role ?? '')}`, type, from, to, props, documentId };
}

/** One document: a meeting chaired by one official, 3–12 directives with random assignees. */
function documentBatch(r: () => number, docNo: number, version: number): GraphBatch {
  // Ids whose sort order differs from creation order, to exercise DOCUMENT_ORDER.
  const documentId = `doc:${((docNo * 7919) % 1000).toString().padStart(3, '0')}`;
  const meetingId = `${documentId}:m`;
  const chair = pick(r, OFFICIALS);
  const nodes: GraphNode[] = [
    { label: 'Document', id: documentId, title: `Thông báo ${docNo % 5}`, publisher: null, published: null, language: 'vi', contentHash: `h${docNo}.${version}`, source: null, url: null, format: 'text', official: null, text: '' },
    { label: 'Meeting', id: meetingId, title: `Hội nghị ${docNo % 4}`, date: pick(r, DATES), kind: null, ordinal: null, organiser: null, documentId },
    ...AGENCIES.map((_, i) => agencyNode(i)),
    ...OFFICIALS.map((id) => ({ label: 'Official' as const, id, name: id, searchKeys: [fold(id)] })),
  ];
  const edges: GraphEdge[] = [
    edge('CHAIRED', chair, meetingId, { role: r() < 0.8 ? 'MAIN' : 'BRIDGE' }, documentId),
    // Gazetteer succession: 1 → 0, 2 → 1, 6 → 5 (documentId null, carried by every batch).
    edge('SUCCEEDED_BY', AGENCIES[1], AGENCIES[0], {}, null),
    edge('SUCCEEDED_BY', AGENCIES[2], AGENCIES[1], {}, null),
    edge('SUCCEEDED_BY', AGENCIES[6], AGENCIES[5], {}, null),
  ];
  const count = 3 + Math.floor(r() * 10);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    // Version 1 keeps the ids of version 0 (a re-extraction that changed assignees); 2 makes new ones.
    const id = version === 2 ? `${documentId}:d${ordinal}.2` : `${documentId}:d${ordinal}`;
    const text = `${some(r, WORDS, 3).join(' ')} ${ordinal}`;
    const node: DirectiveNode = {
      label: 'Directive', id, text, documentId, meetingId, assignerName: null, recipients: [], textFolded: fold(text), ordinal,
      provenance: { documentId, start: 0, end: 0, sentence: text, ruleIds: [] },
    };
    nodes.push(node);
    edges.push(edge('PART_OF', id, meetingId, {}, documentId));
    for (const issuer of some(r, OFFICIALS, 2)) edges.push(edge('ISSUED', issuer, id, { roles: OFFICIAL_ROLES[issuer] }, documentId));
    for (const target of some(r, AGENCIES, 2)) edges.push(edge('ASSIGNED_TO', id, target, { role: 'LEAD' }, documentId));
    if (r() < 0.5) for (const target of some(r, AGENCIES, 2)) edges.push(edge('ASSIGNED_TO', id, target, { role: 'COORDINATOR' }, documentId));
    if (r() < 0.2) edges.push(edge('ASSIGNED_TO', id, pick(r, AGENCIES), { role: 'MONITOR' }, documentId));
    if (r() < 0.6) {
      const deadlineId = `${id}:due`;
      nodes.push({ label: 'Deadline', id: deadlineId, date: pick(r, DATES), precision: 'DAY', phrase: '', relation: 'BY', yearImplied: false, start: 0, end: 0 });
      edges.push(edge('DUE_BY', id, deadlineId, {}, documentId));
    }
  }
  return { documentId, nodes, edges };
}

/** The port's wording, as a plain filter over every directive. */
function reference(graph: MemoryGraph, query: DirectiveQuery): { id: string; inheritedFrom: string | null; key: [string | null, number, string] }[] {
  const { state, curations } = graph;
  const outOf = (id: string, type: string) => state.out(id).filter((e) => e.type === type);
  const predecessors = (agency: string): string[] => {
    const order: string[] = [];
    const queue = [agency];
    const seen = new Set(queue);
    while (queue.length > 0) {
      for (const e of state.in(queue.shift() as string)) {
        if (e.type !== 'SUCCEEDED_BY' || seen.has(e.from)) continue;
        seen.add(e.from);
        order.push(e.from);
        queue.push(e.from);
      }
    }
    return order;
  };
  const deadlineOf = (id: string): string | null => {
    const curated = curations.curatedDeadline(id);
    if (curated !== undefined) return curated;
    const due = outOf(id, 'DUE_BY')[0];
    const node = due === undefined ? undefined : state.nodes.get(due.to);
    return node?.label === 'Deadline' ? node.date : null;
  };
  const assignedTo = (d: string, target: string): boolean => {
    const role = query.role ?? 'LEAD';
    const extracted = (r: string) => outOf(d, 'ASSIGNED_TO').some((e) => e.props.role === r && e.to === target);
    const lead = curations.curatedAssignees(d)?.includes(target) ?? extracted('LEAD');
    if (role === 'LEAD') return lead;
    if (role === 'COORDINATOR') return extracted('COORDINATOR');
    return lead || extracted('COORDINATOR') || extracted('MONITOR');
  };
  const hits = [];
  for (const id of state.idsOfLabel('Directive')) {
    const node = state.nodes.get(id) as DirectiveNode;
    let inheritedFrom: string | null = null;
    if (query.assignedTo !== undefined) {
      if (!query.assignedTo.some((t) => assignedTo(id, t))) {
        const via = query.followSuccession === true ? query.assignedTo.flatMap(predecessors).find((p) => assignedTo(id, p)) : undefined;
        if (via === undefined) continue;
        inheritedFrom = via;
      }
    }
    if (query.coordinatedBy !== undefined && !outOf(id, 'ASSIGNED_TO').some((e) => e.props.role === 'COORDINATOR' && query.coordinatedBy?.includes(e.to))) continue;
    const issued = state.in(id).filter((e) => e.type === 'ISSUED');
    if (query.issuedBy !== undefined && !issued.some((e) => query.issuedBy?.includes(e.from))) continue;
    if (query.issuedByRole !== undefined && !issued.some((e) => (e.props.roles as string[]).some((role) => query.issuedByRole?.includes(role as OfficialRole)))) continue;
    if (query.meetingIds !== undefined && !query.meetingIds.includes(node.meetingId)) continue;
    if (query.chairedBy !== undefined && !state.in(node.meetingId).some((e) => e.type === 'CHAIRED' && query.chairedBy?.includes(e.from))) continue;
    const due = deadlineOf(id);
    const status = curations.statusOf(id);
    if (query.hasDeadline !== undefined && (due !== null) !== query.hasDeadline) continue;
    if (query.dueOn !== undefined && due !== query.dueOn) continue;
    if (query.dueBefore !== undefined && (due === null || due > query.dueBefore)) continue;
    if (query.dueAfter !== undefined && (due === null || due < query.dueAfter)) continue;
    if (query.overdueOn !== undefined && (due === null || due >= query.overdueOn || status === 'DONE')) continue;
    if (query.status !== undefined && !query.status.includes(status)) continue;
    if (query.text !== undefined && fold(query.text) !== '' && !node.textFolded.includes(fold(query.text))) continue;
    const field = query.orderBy?.field ?? 'DOCUMENT_ORDER';
    const meeting = state.nodes.get(node.meetingId);
    const key: [string | null, number, string] =
      field === 'DOCUMENT_ORDER' ? [node.documentId, node.ordinal, id] : field === 'DEADLINE' ? [due, 0, id] : [meeting?.label === 'Meeting' ? meeting.date : null, 0, id];
    hits.push({ id, inheritedFrom, key });
  }
  const sign = query.orderBy?.direction === 'DESC' ? -1 : 1;
  return hits.sort(({ key: a }, { key: b }) => {
    if (a[0] !== b[0]) return a[0] === null ? 1 : b[0] === null ? -1 : (a[0] < b[0] ? -1 : 1) * sign;
    if (a[1] !== b[1]) return (a[1] - b[1]) * sign;
    return a[2] < b[2] ? -1 : 1;
  });
}

function randomQuery(r: () => number, graph: MemoryGraph): DirectiveQuery {
  const q: DirectiveQuery = {};
  const meetings = [...graph.state.idsOfLabel('Meeting')];
  if (r() < 0.8) q.assignedTo = some(r, AGENCIES, 2);
  if (r() < 0.3) q.role = pick(r, ['LEAD', 'COORDINATOR', 'ANY'] as const);
  if (r() < 0.3) q.followSuccession = true;
  if (r() < 0.15) q.coordinatedBy = some(r, AGENCIES, 2);
  if (r() < 0.6) q.issuedByRole = some(r, ROLES, 2);
  if (r() < 0.15) q.issuedBy = some(r, OFFICIALS, 2);
  if (r() < 0.1) q.chairedBy = some(r, OFFICIALS, 2);
  if (r() < 0.1) q.meetingIds = some(r, meetings, 3);
  if (r() < 0.1) q.dueBefore = pick(r, DATES);
  if (r() < 0.1) q.dueAfter = pick(r, DATES);
  if (r() < 0.05) q.dueOn = pick(r, DATES);
  if (r() < 0.1) q.hasDeadline = r() < 0.5;
  if (r() < 0.1) q.overdueOn = pick(r, DATES);
  if (r() < 0.15) q.status = some(r, ['OPEN', 'IN_PROGRESS', 'DONE'] as DirectiveStatus[], 2);
  if (r() < 0.15) q.text = pick(r, ['benh an', 'ĐẦU TƯ', 'giải ngân', '3', 'không có']);
  if (r() < 0.4) q.orderBy = { field: pick(r, ['DOCUMENT_ORDER', 'DEADLINE', 'MEETING_DATE'] as const), direction: pick(r, ['ASC', 'DESC'] as const) };
  return q;
}

/** Walks every page of the query with a random page size; returns the hits and the totals seen. */
function walk(graph: MemoryGraph, query: DirectiveQuery, first: number): { hits: DirectiveHit[]; totals: number[] } {
  const hits: DirectiveHit[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = graph.findDirectives(query, { first, after });
    totals.push(page.totalCount);
    hits.push(...page.items.map((item) => item.value));
    if (!page.hasNextPage) break;
    expect(page.items).toHaveLength(first);
    after = page.items[page.items.length - 1].cursor;
  }
  return { hits, totals };
}

function curate(r: () => number, graph: MemoryGraph, n: number): void {
  const directives = [...graph.state.idsOfLabel('Directive')];
  for (let i = 0; i < n; i++) {
    const kind = pick(r, ['STATUS', 'ASSIGNEES', 'DEADLINE'] as const);
    const value = kind === 'STATUS' ? pick(r, ['OPEN', 'IN_PROGRESS', 'DONE']) : kind === 'ASSIGNEES' ? some(r, AGENCIES, 2).join(',') : r() < 0.2 ? '' : pick(r, DATES);
    const record: CurationRecord = {
      id: `cur:${n}:${i}`, directiveId: pick(r, directives), kind, value, effectiveDate: null, note: null, evidenceUrl: null, reason: null, curator: 'test',
      recordedAt: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    };
    graph.checkCuration(record);
    graph.applyCuration(record);
  }
}

function expectAgreement(r: () => number, graph: MemoryGraph, queries: number): number {
  let nonEmpty = 0;
  for (let i = 0; i < queries; i++) {
    const query = randomQuery(r, graph);
    const expected = reference(graph, query);
    const { hits, totals } = walk(graph, query, pick(r, [3, 7, 20, 200]));
    const context = JSON.stringify(query);
    expect({ context, hits }).toEqual({ context, hits: expected.map(({ id, inheritedFrom }) => (inheritedFrom === null ? { id } : { id, inheritedFrom })) });
    expect({ context, totals: [...new Set(totals)] }).toEqual({ context, totals: [expected.length] });
    if (expected.length > 0) nonEmpty++;
  }
  return nonEmpty;
}

/** Every agency's own listing by deadline and in document order (the API's Agency.directives). */
function sweepAgencies(graph: MemoryGraph): void {
  for (const agency of AGENCIES) {
    for (const role of ['LEAD', 'COORDINATOR'] as const) {
      for (const field of ['DEADLINE', 'DOCUMENT_ORDER'] as const) {
        const query: DirectiveQuery = { assignedTo: [agency], role, orderBy: { field, direction: 'ASC' } };
        const expected = reference(graph, query).map(({ id }) => ({ id }));
        const { hits, totals } = walk(graph, query, 3);
        expect({ query, hits, totals: [...new Set(totals)] }).toEqual({ query, hits: expected, totals: [expected.length] });
      }
    }
  }
}

describe('memory index findDirectives against a reference filter', () => {
  test.each([1, 2, 3])('seed %d: 60 documents, curations, replacements, 80 random queries per stage', (seed) => {
    const r = rng(seed);
    const graph = new MemoryGraph();
    for (let doc = 0; doc < 60; doc++) graph.applyBatch(documentBatch(r, doc, 0), `h${doc}`);
    // Stage 1: extraction only (ordered lists built on first use).
    expect(expectAgreement(r, graph, 80)).toBeGreaterThan(25);
    sweepAgencies(graph);
    // Stage 2: replace and remove documents while the ordered lists exist, add new ones.
    for (let doc = 0; doc < 60; doc += 3) graph.applyBatch(documentBatch(r, doc, 1 + (doc % 2)), `h${doc}.1`);
    for (let doc = 2; doc < 60; doc += 9) graph.state.removeDocument(documentBatch(rng(0), doc, 0).documentId);
    for (let doc = 60; doc < 75; doc++) graph.applyBatch(documentBatch(r, doc, 0), `h${doc}`);
    expect(expectAgreement(r, graph, 80)).toBeGreaterThan(25);
    sweepAgencies(graph);
    // Stage 3: curated status, deadlines and reassignments.
    curate(r, graph, 80);
    expect(expectAgreement(r, graph, 80)).toBeGreaterThan(25);
    sweepAgencies(graph);
  });

  test('the headline shape (one agency, the PM) pages in document order with the right total', () => {
    const r = rng(7);
    const graph = new MemoryGraph();
    for (let doc = 0; doc < 80; doc++) graph.applyBatch(documentBatch(r, doc, 0), `h${doc}`);
    const query: DirectiveQuery = { assignedTo: [AGENCIES[0]], issuedByRole: ['PRIME_MINISTER'] };
    const expected = reference(graph, query).map((hit) => hit.id);
    expect(expected.length).toBeGreaterThan(20);
    const page = graph.findDirectives(query, { first: 20 });
    expect(page.items.map((item) => item.value.id)).toEqual(expected.slice(0, 20));
    expect(page.totalCount).toBe(expected.length);
    expect(page.hasNextPage).toBe(true);
  });
});

describe('exact search against the full scan', () => {
  test('every key and a few non-keys, per label set, before and after replacing documents', () => {
    const r = rng(11);
    const graph = new MemoryGraph();
    for (let doc = 0; doc < 30; doc++) graph.applyBatch(documentBatch(r, doc, 0), `h${doc}`);
    const check = () => {
      const texts = ['Bộ Y tế', 'bo y te', 'BỘ TÀI CHÍNH', 'co quan 1', 'Hội nghị 2', 'thong bao 3', 'official:pm', 'Bộ', 'không có', 'triển khai 1'];
      const labelSets = [undefined, ['Agency'], ['Meeting', 'Document'], ['Official', 'Agency'], ['Directive']] as const;
      let found = 0;
      for (const text of texts) {
        for (const labels of labelSets) {
          const args = { text, labels: labels === undefined ? undefined : [...labels], first: 5 };
          const scan = graph.search({ ...args, first: 10_000 }).filter((hit) => hit.score === 3).slice(0, 5);
          const exact = graph.search({ ...args, exact: true });
          expect({ text, labels, exact }).toEqual({ text, labels, exact: scan });
          found += exact.length;
        }
      }
      return found;
    };
    expect(check()).toBeGreaterThan(20);
    for (let doc = 0; doc < 30; doc += 3) graph.applyBatch(documentBatch(r, doc + 100, 0), `x${doc}`);
    for (let doc = 1; doc < 30; doc += 3) graph.state.removeDocument(documentBatch(rng(0), doc, 0).documentId);
    expect(check()).toBeGreaterThan(20);
  });
});
