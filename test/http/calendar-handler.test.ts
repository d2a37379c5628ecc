// GET /calendar/{agencyId}.ics over real HTTP on the hand-read reports: one all-day event per
// deadline, with the task, meeting, status and source; successor-aware; 404 for no agency.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALENDAR_PREFIX, calendarAgencyId } from '../../src/http/calendar-handler';
import { CALENDARS_UNDER } from '../../src/http/page-handler';
import { openFixtureStore, type TempStore } from '../api/support/fixture-store';
import { DIR, IDS } from '../store/fixtures';
import { rawRequest } from './http-get';
import { startTestServer, type RunningServer } from './test-server';

let fixture: TempStore;
let server: RunningServer;

beforeAll(async () => {
  fixture = await openFixtureStore();
  server = await startTestServer(fixture.store, { webRoot: join(mkdtempSync(join(tmpdir(), 'cal-')), 'no-page'), now: new Date('2025-07-01T00:00:00Z') });
});
afterAll(async () => {
  await server.close();
  await fixture.dispose();
});

test('the page handler hands calendar paths on by the prefix the calendar handler reads', () => {
  expect(CALENDARS_UNDER).toBe(CALENDAR_PREFIX);
});

/** The VEVENTs of a feed, each as its unfolded property lines. */
function events(ics: string): string[][] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) => m[1].split('\r\n').filter(Boolean));
}

const prop = (event: string[], name: string) => event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

test.each([
  ['/calendar/agy:bo-y-te.ics', 'agy:bo-y-te'],
  ['/calendar/agy%3Abo-y-te.ics', 'agy:bo-y-te'],
  ['/calendar/agy:bo-y-te', null],
  ['/calendar/.ics', null],
  ['/calendar/a/b.ics', null],
])('%s → %s', (path, id) => {
  expect(calendarAgencyId(path)).toBe(id);
});

test('/calendar/agy:bo-y-te.ics: the two deadlines 2025-06-30 and 2025-09-30 as all-day events', async () => {
  const r = await rawRequest(server.port, `/calendar/${IDS.moh}.ics`);
  expect(r.status).toBe(200);
  expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
  const text = r.body.toString('utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  expect(text.replace(/\r\n[ \t]/g, '')).toContain('X-WR-CALNAME:Bộ Y tế: deadlines');
  const feed = events(text);
  expect(feed.map((e) => [prop(e, 'DTSTART'), prop(e, 'DTEND')])).toEqual([
    ['DTSTART;VALUE=DATE:20250630', 'DTEND;VALUE=DATE:20250701'],
    ['DTSTART;VALUE=DATE:20250930', 'DTEND;VALUE=DATE:20251001'],
  ]);
  expect(prop(feed[0], 'UID')).toBe(`UID:${DIR.mohRecords}@minutes-graph`);
  expect(prop(feed[0], 'DESCRIPTION')).toContain('Status: OPEN');
  // TEXT values escape commas and semicolons (RFC 5545 §3.3.11).
  expect(prop(feed[0], 'DESCRIPTION')).toContain('\\nMeeting: Phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số\\, 2025-02-06\\n');
  expect(prop(feed[0], 'URL')).toBe(`URL:http://127.0.0.1:${server.port}/#/directive/${encodeURIComponent(DIR.mohRecords)}`);
});

test('Bộ Nội vụ\'s feed holds the deadlines it inherited from Bộ LĐTB&XH, marked so', async () => {
  const feed = events((await rawRequest(server.port, `/calendar/${IDS.moha}.ics`)).body.toString('utf8'));
  expect(feed.map((e) => prop(e, 'DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20240131', 'DTSTART;VALUE=DATE:20240210']);
  expect(feed.every((e) => prop(e, 'DESCRIPTION')?.includes('Inherited from Bộ Lao động - Thương binh và Xã hội'))).toBe(true);
});

test('an agency with no deadlines gets an empty calendar; no agency, 404', async () => {
  const empty = await rawRequest(server.port, `/calendar/${IDS.mof}.ics`);
  expect([empty.status, events(empty.body.toString('utf8'))]).toEqual([200, []]);
  expect((await rawRequest(server.port, '/calendar/agy:none.ics')).status).toBe(404);
});
