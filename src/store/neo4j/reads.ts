// Batch reads aligned to their keys, and keyset pages over nodes and edges.
import type { MeetingDirection } from '../../graph/meeting-order';
import type { EdgeType, GraphEdge, GraphNode, MeetingNode, NodeLabel } from '../../graph/model';
import type { CurationRecord, EdgeKey, Page, PageArgs } from '../port';
import { decodeCuration, decodeEdge, decodeNode, labelOf, type EdgeRow } from './codec';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor';
import type { Executor } from './executor';
import type { RecordLike } from './driver-like';
import { buildGetCurations } from './queries/curation';
import { buildCountEdges, buildGetEdges, buildListEdges } from './queries/edges';
import { buildCountNodes, buildDocumentsOnMeetingDate, buildGetNodes, buildListMeetingsByDate, buildListNodes } from './queries/nodes';
import { asNumber, fromNeo4j } from './values';

export function edgeOf(record: RecordLike): GraphEdge {
  const row: EdgeRow = { id: record.get('id'), type: record.get('type'), from: record.get('from'), to: record.get('to'), propsJson: record.get('propsJson'), documentId: record.get('documentId') };
  return decodeEdge(row);
}

export async function getNodes(executor: Executor, ids: readonly string[]): Promise<(GraphNode | null)[]> {
  if (ids.length === 0) return [];
  const records = await executor.read((run) => run(buildGetNodes(ids)));
  const byId = new Map<string, GraphNode>();
  for (const r of records) {
    const label = labelOf((r.get('labels') as unknown[]) ?? []);
    if (label) byId.set(String(fromNeo4j(r.get('id'))), decodeNode(label, r.get('props') as Record<string, unknown>));
  }
  return ids.map((id) => byId.get(id) ?? null);
}

export async function documentsOnMeetingDate(executor: Executor, date: string): Promise<string[]> {
  const records = await executor.read((run) => run(buildDocumentsOnMeetingDate(date)));
  return records.map((r) => String(fromNeo4j(r.get('id'))));
}

export async function getEdges(executor: Executor, keys: readonly EdgeKey[]): Promise<GraphEdge[][]> {
  if (keys.length === 0) return [];
  const records = await executor.read((run) => run(buildGetEdges(keys)));
  const out: GraphEdge[][] = keys.map(() => []);
  for (const r of records) out[asNumber(r.get('keyIndex'))].push(edgeOf(r));
  return out;
}

/** Pages ordered by id; the cursor is the last id. */
async function pageById<T>(
  executor: Executor,
  page: PageArgs,
  tag: string,
  count: () => ReturnType<typeof buildCountNodes>,
  list: (afterId: string | null, limit: number) => ReturnType<typeof buildListNodes>,
  decode: (r: RecordLike) => T & { id: string },
): Promise<Page<T>> {
  checkPageSize(page.first);
  const afterId = page.after ? decodeCursor(page.after, tag, 1)[0] : null;
  return executor.read(async (run) => {
    const [total] = await run(count());
    const rows = (await run(list(afterId, page.first + 1))).map(decode);
    return {
      totalCount: total ? asNumber(total.get('total')) : 0,
      hasNextPage: rows.length > page.first,
      items: rows.slice(0, page.first).map((value) => ({ value, cursor: encodeCursor(tag, [value.id]) })),
    };
  });
}

export function listNodes(executor: Executor, label: NodeLabel, page: PageArgs): Promise<Page<GraphNode>> {
  return pageById(executor, page, `n:${label}`, () => buildCountNodes(label), (after, limit) => buildListNodes(label, after, limit), (r) =>
    decodeNode(label, r.get('props') as Record<string, unknown>),
  );
}

/** Meetings in date order; the cursor is the last meeting's position (undated, day, id). */
export async function listMeetingsByDate(executor: Executor, direction: MeetingDirection, page: PageArgs): Promise<Page<MeetingNode>> {
  checkPageSize(page.first);
  const tag = `m:date:${direction}`;
  const after = page.after ? decodeCursor(page.after, tag, 3) : null;
  const position = after === null ? null : { undated: Number(after[0]), day: after[1], id: after[2] };
  return executor.read(async (run) => {
    const [total] = await run(buildCountNodes('Meeting'));
    const rows = await run(buildListMeetingsByDate(direction, position, page.first + 1));
    return {
      totalCount: total ? asNumber(total.get('total')) : 0,
      hasNextPage: rows.length > page.first,
      items: rows.slice(0, page.first).map((r) => {
        const value = decodeNode('Meeting', r.get('props') as Record<string, unknown>) as MeetingNode;
        return { value, cursor: encodeCursor(tag, [String(asNumber(r.get('undated'))), String(r.get('day')), value.id]) };
      }),
    };
  });
}

export function listEdges(executor: Executor, type: EdgeType | null, page: PageArgs): Promise<Page<GraphEdge>> {
  return pageById(executor, page, `e:${type ?? '*'}`, () => buildCountEdges(type), (after, limit) => buildListEdges(type, after, limit), edgeOf);
}

export async function getCurations(executor: Executor, directiveIds: readonly string[]): Promise<CurationRecord[][]> {
  if (directiveIds.length === 0) return [];
  const records = await executor.read((run) => run(buildGetCurations(directiveIds)));
  const byDirective = new Map<string, CurationRecord[]>();
  for (const r of records) {
    const id = String(fromNeo4j(r.get('directiveId')));
    byDirective.set(id, [...(byDirective.get(id) ?? []), decodeCuration(r.get('props') as Record<string, unknown>)]);
  }
  return directiveIds.map((id) => byDirective.get(id) ?? []);
}
