// Every meeting, page by page: the port has no look-up of meetings by organiser, session
// number or date, and a corpus holds one meeting per report, so a scan is small.
import type { MeetingNode } from '../../graph/model';
import type { StorePort } from '../../store/port';

const PAGE = 500;

export async function allMeetings(store: StorePort): Promise<MeetingNode[]> {
  const meetings: MeetingNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listNodes('Meeting', { first: PAGE, after });
    for (const item of page.items) meetings.push(item.value as MeetingNode);
    if (!page.hasNextPage || page.items.length === 0) return meetings;
    after = page.items[page.items.length - 1].cursor;
  }
}
