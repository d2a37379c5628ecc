// search, shortestPath and stats: the reads that compute rather than look up.
import type { GraphEdge } from '../../graph/model';
import { EDGE_TYPES, NODE_LABELS } from '../../graph/model';
import { fold } from '../../text/fold';
import type { GraphStats, SearchArgs, SearchHit } from '../port';
import type { Executor } from './executor';
import { luceneContainsQuery } from './lucene-query';
import { buildShortestPathEdges } from './queries/path';
import { buildSearch, DEFAULT_SEARCH_LABELS } from './queries/search';
import { checkPageSize } from './cursor';
import { buildCountByLabel, buildCountByType, buildDirectivesPerMeeting, buildTopAssignees } from './queries/stats';
import { edgeOf, getNodes } from './reads';
import { asNumber, asString } from './values';

export async function search(executor: Executor, args: SearchArgs): Promise<SearchHit[]> {
  checkPageSize(args.first);
  const folded = fold(args.text);
  if (folded === '') return [];
  // People's keys also hold the lower-case name with diacritics.
  const lower = args.text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
  const queries = lower === folded ? [folded] : [folded, lower];
  const lucene = luceneContainsQuery(queries);
  if (lucene === null) return [];
  const built = buildSearch({ queries, labels: [...(args.labels ?? DEFAULT_SEARCH_LABELS)], exact: args.exact === true, lucene });
  const records = await executor.read((run) => run(built));
  const hits = records.map((r) => ({
    id: String(asString(r.get('id'))),
    label: asString(r.get('label')) as SearchHit['label'],
    score: asNumber(r.get('score')),
    matched: String(asString(r.get('matched'))),
    name: String(asString(r.get('name'))),
  }));
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi') || (a.id < b.id ? -1 : 1));
  return hits.slice(0, args.first).map(({ id, label, score, matched }) => ({ id, label, score, matched }));
}

export async function shortestPath(executor: Executor, from: string, to: string, maxHops: number): Promise<GraphEdge[] | null> {
  const hops = Math.floor(maxHops);
  if (from === to || !(hops >= 1)) {
    // Neo4j refuses a shortest path from a node to itself; the empty chain is the answer.
    const [node] = await getNodes(executor, [from]);
    return node && from === to ? [] : null;
  }
  const records = await executor.read((run) => run(buildShortestPathEdges(from, to, hops)));
  return records.length === 0 ? null : pickPath(records.map(edgeOf), from, to);
}

/** Breadth-first over the edges of all shortest paths, neighbours in edge-id order. */
export function pickPath(edges: GraphEdge[], from: string, to: string): GraphEdge[] | null {
  const sorted = [...edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const via = new Map<string, GraphEdge | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !via.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of sorted) {
        if (edge.from !== node && edge.to !== node) continue;
        const other = edge.from === node ? edge.to : edge.from;
        if (via.has(other)) continue;
        via.set(other, edge);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const path: GraphEdge[] = [];
  for (let at = to, edge = via.get(at); edge; edge = via.get(at)) {
    path.unshift(edge);
    at = edge.from === at ? edge.to : edge.from;
  }
  return path;
}

export async function stats(executor: Executor, top: number): Promise<GraphStats> {
  checkPageSize(top);
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
  return executor.read(async (run) => {
    const counts = async (q: ReturnType<typeof buildCountByLabel>, keys: readonly string[]) => {
      const found = new Map((await run(q)).map((r) => [String(asString(r.get('key'))), asNumber(r.get('count'))]));
      return keys.map((key) => ({ key, count: found.get(key) ?? 0 })).sort(byKey);
    };
    const nodes = await counts(buildCountByLabel(), NODE_LABELS);
    const edges = await counts(buildCountByType(), EDGE_TYPES);
    const topAssignees = (await run(buildTopAssignees(top))).map((r) => ({
      agencyId: String(asString(r.get('agencyId'))),
      lead: asNumber(r.get('lead')),
      coordinator: asNumber(r.get('coordinator')),
    }));
    const directivesPerMeeting = (await run(buildDirectivesPerMeeting(top))).map((r) => ({
      meetingId: String(asString(r.get('meetingId'))),
      count: asNumber(r.get('count')),
    }));
    return { nodes, edges, topAssignees, directivesPerMeeting };
  });
}
