// The deadlines of an agency for its calendar feed: every directive it leads, coordinates or
// monitors — and those of the agencies whose duties passed to it — with a deadline in force
// (curated ones win), its text, meeting and source sentence. Read through the same loaders
// and store queries as the GraphQL API, so the feed says what the API says.
import type { AgencyNode } from '../graph/model';
import type { StorePort } from '../store/port';
import { DEFAULT_API_CONFIG } from './config';
import type { ApiContext } from './context';
import { directiveNode, effectiveDeadline, effectiveStatus, type DeadlineView } from './directive-view';
import { createLoaders, loadNode } from './loaders';

export interface CalendarEntry {
  directiveId: string;
  text: string;
  deadline: DeadlineView;
  status: string;
  sentence: string;
  meeting: { date: string | null; title: string | null };
  document: { title: string | null; published: string | null };
  /** The predecessor the directive was assigned to, when it came through succession. */
  inheritedFrom: string | null;
}

const PAGE = 500;

function contextOf(store: StorePort, clock: () => Date): ApiContext {
  // A feed has no GraphQL request timeout: its signal is never aborted.
  const controller = new AbortController();
  return { store, config: DEFAULT_API_CONFIG, loaders: createLoaders(store), clock, authorization: null, notices: [], signal: controller.signal, abort: (reason) => controller.abort(reason) };
}

/** The agency and its entries, earliest deadline first; null when there is no such agency. */
export async function agencyCalendar(store: StorePort, agencyId: string, clock: () => Date): Promise<{ agency: AgencyNode; entries: CalendarEntry[] } | null> {
  const ctx = contextOf(store, clock);
  const agency = await loadNode(ctx.loaders, agencyId, 'Agency');
  if (agency === null) return null;
  const hits = [];
  for (let after: string | null = null; ; ) {
    const page = await store.findDirectives({ assignedTo: [agencyId], role: 'ANY', followSuccession: true, hasDeadline: true, orderBy: { field: 'DEADLINE', direction: 'ASC' } }, { first: PAGE, after });
    hits.push(...page.items.map((i) => i.value));
    if (!page.hasNextPage || page.items.length === 0) break;
    after = page.items[page.items.length - 1].cursor;
  }
  const entries = await Promise.all(
    hits.map(async (hit): Promise<CalendarEntry | null> => {
      const [node, deadline, status] = await Promise.all([directiveNode(ctx, hit.id), effectiveDeadline(ctx, hit.id), effectiveStatus(ctx, hit.id)]);
      if (deadline === null) return null;
      const [meeting, document, from] = await Promise.all([
        loadNode(ctx.loaders, node.meetingId, 'Meeting'),
        loadNode(ctx.loaders, node.documentId, 'Document'),
        hit.inheritedFrom ? loadNode(ctx.loaders, hit.inheritedFrom, 'Agency') : null,
      ]);
      return {
        directiveId: hit.id,
        text: node.text,
        deadline,
        status,
        sentence: node.provenance.sentence,
        meeting: { date: meeting?.date ?? null, title: meeting?.title ?? null },
        document: { title: document?.title ?? null, published: document?.published ?? null },
        inheritedFrom: from?.name ?? null,
      };
    }),
  );
  return { agency, entries: entries.filter((e): e is CalendarEntry => e !== null) };
}
