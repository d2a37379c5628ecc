// meetings(filter, orderBy): the meetings of the reports by day, chair and organiser, most
// recent first unless asked otherwise. The port lists meetings without conditions, and a
// corpus holds one meeting per report, so they are filtered and ordered here, in memory.
import type { MeetingNode } from '../graph/model';
import { allMeetings } from './ask/meetings-scan';
import { meetingMatches } from './ask/meeting-match';
import type { ApiContext } from './context';
import type { GraphQLError } from 'graphql';
import { loadEdges, loadNodes } from './loaders';
import { listConnection } from './adjacency';
import { emptyConnection } from './find-directives';
import type { Connection } from './pagination';
import { resolveAgencies, resolveOfficials } from './resolve-names';
import type { PageArgsInput } from './resolvers/types';

export interface MeetingFilterInput {
  from?: string | null;
  to?: string | null;
  chairedBy?: string | null;
  organiser?: string | null;
}

export interface MeetingOrderInput {
  field: 'DATE';
  direction?: 'ASC' | 'DESC' | null;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * By date (undated last either way), then id, so pages are stable. Dates are ISO days and ids
 * ASCII, which order by code point as localeCompare would; localeCompare costs a collation per
 * call, and every meeting is sorted on each request.
 */
export function byMeetingDate(direction: 'ASC' | 'DESC') {
  return (a: MeetingNode, b: MeetingNode): number => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return direction === 'ASC' ? byCodePoint(a.date, b.date) : byCodePoint(b.date, a.date);
    }
    return byCodePoint(a.id, b.id);
  };
}

async function chairedMeetingIds(ctx: ApiContext, officialIds: readonly string[]): Promise<Set<string>> {
  const edges = await Promise.all(officialIds.map((id) => loadEdges(ctx.loaders, id, 'CHAIRED', 'out')));
  return new Set(edges.flat().map((e) => e.to));
}

async function organisedBy(ctx: ApiContext, meetings: MeetingNode[], agencyIds: readonly string[]): Promise<MeetingNode[]> {
  const bodies = await loadNodes(ctx.loaders, agencyIds, 'Agency');
  const docs = await ctx.loaders.nodes.loadMany(meetings.map((m) => m.documentId));
  return meetings.filter((m, i) => {
    const doc = docs[i];
    return meetingMatches(m, doc !== null && !(doc instanceof Error) && doc.label === 'Document' ? doc : null, bodies, null);
  });
}

export async function meetingsConnection(
  ctx: ApiContext,
  filter: MeetingFilterInput | null | undefined,
  orderBy: MeetingOrderInput | null | undefined,
  args: PageArgsInput,
): Promise<{ connection: Connection<MeetingNode>; unresolved: GraphQLError[] }> {
  const f = filter ?? {};
  // Unknown names answer an empty page with the NOT_FOUND beside it, as directives do.
  const chairs = f.chairedBy ? await resolveOfficials(ctx.store, f.chairedBy) : null;
  const organisers = f.organiser ? await resolveAgencies(ctx.store, f.organiser) : null;
  const unresolved = [chairs, organisers].flatMap((r) => (r !== null && !r.ok ? [r.error] : []));
  if (unresolved.length > 0) return { connection: emptyConnection(), unresolved };
  let meetings = await allMeetings(ctx.store);
  if (f.from) meetings = meetings.filter((m) => m.date !== null && m.date >= (f.from as string));
  if (f.to) meetings = meetings.filter((m) => m.date !== null && m.date <= (f.to as string));
  if (chairs?.ok) {
    const chaired = await chairedMeetingIds(ctx, chairs.value);
    meetings = meetings.filter((m) => chaired.has(m.id));
  }
  if (organisers?.ok) meetings = await organisedBy(ctx, meetings, organisers.value);
  const connection = listConnection(ctx, meetings.sort(byMeetingDate(orderBy?.direction ?? 'DESC')), args);
  // The page's meetings only: priming every meeting cost more than the page's fields.
  for (const m of connection.nodes) ctx.loaders.nodes.prime(m.id, m);
  return { connection, unresolved: [] };
}
