// meetings(filter, orderBy): the meetings of the reports by day, chair and organiser, most
// recent first unless asked otherwise. Without a filter the store pages them in date order
// (listMeetingsByDate); the port has no look-up by day, chair or organiser, so a filtered list
// is read whole, filtered and ordered here, in memory.
import type { MeetingNode } from '../graph/model';
import { byMeetingDate, type MeetingDirection } from '../graph/meeting-order';
import { allMeetings } from './ask/meetings-scan';
import { meetingMatches } from './ask/meeting-match';
import type { ApiContext } from './context';
import type { GraphQLError } from 'graphql';
import { loadEdges, loadNodes } from './loaders';
import { listConnection } from './adjacency';
import { emptyConnection } from './find-directives';
import { connectionFromPage, pageSize, type Connection } from './pagination';
import { storeCall } from './errors';
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
  const direction = orderBy?.direction ?? 'DESC';
  if (!f.from && !f.to && !chairs && !organisers) return { connection: await pageByDate(ctx, direction, args), unresolved: [] };
  let meetings = await allMeetings(ctx.store);
  if (f.from) meetings = meetings.filter((m) => m.date !== null && m.date >= (f.from as string));
  if (f.to) meetings = meetings.filter((m) => m.date !== null && m.date <= (f.to as string));
  if (chairs?.ok) {
    const chaired = await chairedMeetingIds(ctx, chairs.value);
    meetings = meetings.filter((m) => chaired.has(m.id));
  }
  if (organisers?.ok) meetings = await organisedBy(ctx, meetings, organisers.value);
  const connection = listConnection(ctx, meetings.sort(byMeetingDate(direction)), args);
  // The page's meetings only: priming every meeting cost more than the page's fields.
  for (const m of connection.nodes) ctx.loaders.nodes.prime(m.id, m);
  return { connection, unresolved: [] };
}

/**
 * Every meeting, a page in date order from the store: no scan of all meetings per request
 * (at a million directives that scan and its sort were most of the deep question's time).
 */
async function pageByDate(ctx: ApiContext, direction: MeetingDirection, args: PageArgsInput): Promise<Connection<MeetingNode>> {
  const first = pageSize(args.first, ctx.config);
  const page = await storeCall('cursor', () => ctx.store.listMeetingsByDate(direction, { first, after: args.after ?? null }));
  const connection = connectionFromPage(page, (m) => m);
  for (const m of connection.nodes) ctx.loaders.nodes.prime(m.id, m);
  return connection;
}
