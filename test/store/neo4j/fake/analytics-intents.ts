// What Neo4j returns for search, allShortestPaths and the statistics statements.
import { EDGE_TYPES, NODE_LABELS } from '../../../../src/graph/model';
import { fulltextQueryNodes } from './fulltext';
import { byString, edgeFields, int, integerParam, type RefGraph, type RefNode, type RefRel } from './reference-graph';

type Params = Record<string, any>;
type Row = Record<string, unknown>;

/** The statement's reduce over $queries: exact 3, prefix 2, whole word 1.5, substring 1. */
function score(key: string, queries: string[]): number {
  let s = 0;
  for (const q of queries) {
    if (key === q) s = 3;
    else if (s >= 2) continue;
    else if (key.startsWith(q)) s = 2;
    else if (s >= 1.5) continue;
    else if (` ${key} `.includes(` ${q} `)) s = 1.5;
    else if (s >= 1) continue;
    else if (key.includes(q)) s = 1;
  }
  return s;
}

function keysOf(n: RefNode, label: string): string[] {
  if (label === 'Agency' || label === 'Official') return (n.props.searchKeys as string[] | undefined) ?? [];
  if (label === 'Directive') return n.props.textFolded === undefined ? [] : [String(n.props.textFolded)];
  if (label === 'Deadline') return [];
  return n.props.titleFolded === undefined ? [] : [String(n.props.titleFolded)];
}

export function search(g: RefGraph, p: Params): Row[] {
  const rows: Row[] = [];
  for (const n of fulltextQueryNodes(g, 'entity_search', p.lucene)) {
    const label = (p.labels as string[]).find((l) => n.labels.has(l));
    if (label === undefined) continue;
    let best = { key: '', score: 0 };
    for (const key of keysOf(n, label)) {
      const s = score(key, p.queries);
      if (s > best.score) best = { key, score: s };
    }
    if (best.score === 0 || (p.exact && best.score !== 3)) continue;
    const name = label === 'Directive' ? n.props.text : label === 'Agency' || label === 'Official' ? n.props.name : n.props.title ?? '';
    rows.push({ id: n.props.id, label, score: best.score, matched: best.key, name });
  }
  return rows;
}

function distances(g: RefGraph, rels: RefRel[], from: string, limit: number): Map<string, number> {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= limit && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const r of rels) {
        const other = r.start === at ? r.end : r.end === at ? r.start : null;
        if (other === null || dist.has(other)) continue;
        dist.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** shortestPath.<N>: the edges of every shortest undirected path of at most N hops. */
export function shortestPathEdges(hops: number) {
  return (g: RefGraph, p: Params): Row[] => {
    integerParam(p.maxPaths, 'maxPaths'); // LIMIT $maxPaths
    if (!g.entity(p.from) || !g.entity(p.to)) return [];
    if (p.from === p.to) throw new Error('shortestPath with the same start and end node is an error in Neo4j');
    const rels = g.entityRels();
    const fromStart = distances(g, rels, p.from, hops);
    const total = fromStart.get(p.to);
    if (total === undefined) return [];
    const toEnd = distances(g, rels, p.to, hops);
    const on = (u: string, v: string) => (fromStart.get(u) ?? Infinity) + 1 + (toEnd.get(v) ?? Infinity) === total;
    return rels
      .filter((r) => on(r.start, r.end) || on(r.end, r.start))
      .sort((a, b) => byString(String(a.props.id), String(b.props.id)))
      .map(edgeFields);
  };
}

/** One UNION ALL branch per label, zeros included: MATCH (n:L) RETURN 'L' AS key, count(n) AS count */
export function countByLabel(g: RefGraph): Row[] {
  return NODE_LABELS.map((key) => ({ key, count: int([...g.nodes.values()].filter((n) => n.labels.has(key)).length) }));
}

/** One UNION ALL branch per type: MATCH ()-[r:T]->() counts every relationship of the type. */
export function countByType(g: RefGraph): Row[] {
  return EDGE_TYPES.map((key) => ({ key, count: int(g.rels.filter((r) => r.type === key).length) }));
}

export function topAssignees(g: RefGraph, p: Params): Row[] {
  const counts = new Map<string, { lead: number; coordinator: number }>();
  for (const r of g.entityRels()) {
    if (r.type !== 'ASSIGNED_TO' || !g.nodes.get(r.end)?.labels.has('Agency')) continue;
    const c = counts.get(r.end) ?? { lead: 0, coordinator: 0 };
    if (r.props.role === 'LEAD') c.lead++;
    if (r.props.role === 'COORDINATOR') c.coordinator++;
    counts.set(r.end, c);
  }
  return [...counts]
    .filter(([, c]) => c.lead + c.coordinator > 0)
    .sort(([a, x], [b, y]) => y.lead - x.lead || y.coordinator - x.coordinator || byString(a, b))
    .slice(0, integerParam(p.limit, 'limit'))
    .map(([agencyId, c]) => ({ agencyId, lead: int(c.lead), coordinator: int(c.coordinator) }));
}

export function directivesPerMeeting(g: RefGraph, p: Params): Row[] {
  const rels = g.entityRels();
  return [...g.nodes.values()]
    .filter((n) => n.labels.has('Meeting'))
    .map((m) => ({ meetingId: String(m.props.id), count: rels.filter((r) => r.type === 'PART_OF' && r.end === m.props.id).length }))
    .sort((a, b) => b.count - a.count || byString(a.meetingId, b.meetingId))
    .slice(0, integerParam(p.limit, 'limit'))
    .map((r) => ({ meetingId: r.meetingId, count: int(r.count) }));
}
