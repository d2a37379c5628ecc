// search, shortestPath and stats: the reads that compute rather than look up.
import type { GraphEdge } from '../../graph/model';
import { EDGE_TYPES, NODE_LABELS } from '../../graph/model';
import { fold } from '../../text/fold';
import { StoreError } from '../errors';
import type { GraphStats, SearchArgs, SearchHit } from '../port';
import type { Executor } from './executor';
import { buildShortestPath } from './queries/path';
import { buildSearch } from './queries/search';
import { buildCountByLabel, buildCountByType, buildDirectivesPerMeeting, buildTopAssignees } from './queries/stats';
import { edgeOf, getNodes } from './reads';
import { asNumber, asString } from './values';

export async function search(executor: Executor, args: SearchArgs): Promise<SearchHit[]> {
  const folded = fold(args.text);
  if (folded === '' || args.first <= 0) return [];
  const built = buildSearch({ folded, labels: args.labels ? [...args.labels] : null, exact: args.exact ?? false, limit: args.first });
  const records = await executor.read((run) => run(built));
  return records.map((r) => ({
    id: String(asString(r.get('id'))),
    label: asString(r.get('label')) as SearchHit['label'],
    score: asNumber(r.get('score')),
    matched: String(asString(r.get('matched'))),
  }));
}

export async function shortestPath(executor: Executor, from: string, to: string, maxHops: number): Promise<GraphEdge[] | null> {
  if (!Number.isInteger(maxHops)) throw new StoreError('STORE_BAD_INPUT', `maxHops must be an integer, got ${maxHops}`);
  if (from === to) {
    // Neo4j refuses a shortestPath from a node to itself; the empty chain is the answer.
    const [node] = await getNodes(executor, [from]);
    return node ? [] : null;
  }
  if (maxHops < 1) return null;
  const records = await executor.read((run) => run(buildShortestPath(from, to, maxHops)));
  return records.length === 0 ? null : records.map(edgeOf);
}

export async function stats(executor: Executor, top: number): Promise<GraphStats> {
  return executor.read(async (run) => {
    const counts = async (q: ReturnType<typeof buildCountByLabel>, keys: readonly string[]) => {
      const found = new Map((await run(q)).map((r) => [String(asString(r.get('key'))), asNumber(r.get('count'))]));
      return keys.map((key) => ({ key, count: found.get(key) ?? 0 }));
    };
    const nodes = await counts(buildCountByLabel(), NODE_LABELS);
    const edges = await counts(buildCountByType(), EDGE_TYPES);
    const topAssignees = top <= 0 ? [] : (await run(buildTopAssignees(top))).map((r) => ({
      agencyId: String(asString(r.get('agencyId'))),
      lead: asNumber(r.get('lead')),
      coordinator: asNumber(r.get('coordinator')),
    }));
    const directivesPerMeeting = (await run(buildDirectivesPerMeeting())).map((r) => ({
      meetingId: String(asString(r.get('meetingId'))),
      count: asNumber(r.get('count')),
    }));
    return { nodes, edges, topAssignees, directivesPerMeeting };
  });
}
