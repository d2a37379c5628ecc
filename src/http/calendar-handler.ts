// GET /calendar/{agencyId}.ics: an agency's deadlines as an iCalendar feed (RFC 5545, written
// by the `ics` library) that calendar apps subscribe to — one all-day event per directive on
// its deadline, with the task, its meeting, status, the report's sentence and a link to the
// directive in the explorer. Successor-aware: Bộ Nội vụ's feed holds Bộ LĐTB&XH's deadlines.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventAttributes } from 'ics';
import { agencyCalendar, type CalendarEntry } from '../api/agency-calendar';
import type { StorePort } from '../store/port';
import type { OptionalHandler } from './static-handler';

export const CALENDAR_PREFIX = '/calendar/';

/** The agency id of a calendar path ("/calendar/agy:bo-y-te.ics"), or null. */
export function calendarAgencyId(urlPath: string): string | null {
  if (!urlPath.startsWith(CALENDAR_PREFIX) || !urlPath.endsWith('.ics')) return null;
  const id = decodeURIComponent(urlPath.slice(CALENDAR_PREFIX.length, -'.ics'.length));
  return id === '' || id.includes('/') ? null : id;
}

const parts = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
};

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function calendarEvent(entry: CalendarEntry, baseUrl: string): EventAttributes {
  const meeting = [entry.meeting.title, entry.meeting.date].filter(Boolean).join(', ');
  const description = [
    entry.text,
    `Deadline: ${entry.deadline.date}${entry.deadline.phrase ? ` ("${entry.deadline.phrase}", ${entry.deadline.precision})` : ` (${entry.deadline.precision})`}`,
    `Status: ${entry.status}`,
    meeting ? `Meeting: ${meeting}` : null,
    entry.inheritedFrom ? `Inherited from ${entry.inheritedFrom}` : null,
    `Source: "${entry.sentence}" (${entry.document.title ?? 'report'}${entry.document.published ? `, ${entry.document.published}` : ''})`,
  ].filter((l): l is string => l !== null);
  return {
    uid: `${entry.directiveId}@minutes-graph`,
    start: parts(entry.deadline.date),
    end: parts(dayAfter(entry.deadline.date)),
    title: entry.text.length > 120 ? `${entry.text.slice(0, 119)}…` : entry.text,
    description: description.join('\n'),
    url: `${baseUrl}/#/directive/${encodeURIComponent(entry.directiveId)}`,
    categories: entry.inheritedFrom ? ['minutes-graph', 'inherited'] : ['minutes-graph'],
  };
}

async function respond(store: StorePort, agencyId: string, req: IncomingMessage, res: ServerResponse, clock: () => Date): Promise<void> {
  const calendar = await agencyCalendar(store, agencyId, clock);
  if (calendar === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`No agency with id ${JSON.stringify(agencyId)}.\n`);
    return;
  }
  const baseUrl = `http://${req.headers.host ?? 'localhost'}`;
  // Loaded on the first calendar asked for, not at every start of `serve` (with its yup schemas).
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(calendar.entries.map((e) => calendarEvent(e, baseUrl)), {
    productId: 'minutes-graph',
    method: 'PUBLISH',
    calName: `${calendar.agency.name}: deadlines`,
  });
  // An agency without deadlines still gets a valid, empty calendar to subscribe to.
  const body = Buffer.from(value ?? 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:minutes-graph\r\nEND:VCALENDAR\r\n', 'utf8');
  if (error && calendar.entries.length > 0) throw error;
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function createCalendarHandler(store: StorePort, options: { clock: () => Date }): OptionalHandler {
  return (req, res) => {
    const agencyId = calendarAgencyId((req.url ?? '/').split('?')[0]);
    if (agencyId === null) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Method ${req.method} not allowed on a calendar\n`);
      return true;
    }
    respond(store, agencyId, req, res, options.clock).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Calendar failed: ${err instanceof Error ? err.message : String(err)}\n`);
    });
    return true;
  };
}
