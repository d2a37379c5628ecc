// ask() end to end on the hand-read fixtures: how each question was understood, the result and
// its citations; refusals say so and offer examples.
import { createApi, type ApiServer } from '../../../src/api/server';
import { DIR, IDS } from '../../store/fixtures';
import { testClock, testConfig } from '../support/api-config';
import { gql } from '../support/client';
import { openFixtureStore, type TempStore } from '../support/fixture-store';

let fixture: TempStore;
let yoga: ApiServer;

beforeAll(async () => {
  fixture = await openFixtureStore();
  yoga = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
});
afterAll(() => fixture.dispose());

const ASK = `query($q: String!) { ask(question: $q) {
  status message
  understood { intent pattern query summary }
  directives { totalCount nodes { id } }
  meetings { id date }
  officials { name }
  path { length steps { edgeType } }
  citations { sentence document { id } }
  examples
} }`;

async function ask(q: string) {
  const r = await gql(yoga, ASK, { q });
  expect(r.errors).toBeUndefined();
  return r.data.ask;
}

const MOH_SENTENCE = /^Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử/;

test.each(['what did the PM assign the Ministry of Health', 'Thủ tướng giao Bộ Y tế những nhiệm vụ gì'])('%s → the two MOH directives, cited', async (q) => {
  const a = await ask(q);
  expect(a.status).toBe('ANSWERED');
  expect(a.understood.intent).toBe('DIRECTIVES');
  expect(a.understood.query).toMatch(/^directives\(filter: \{assignedBy: "(PM|Thủ tướng)", assignedTo: "(Ministry of Health|Bộ Y tế)"\}\)$/);
  expect(a.directives.nodes.map((n: any) => n.id).sort()).toEqual([DIR.mohRecords, DIR.mohHospitals].sort());
  expect(a.citations).toHaveLength(1);
  expect(a.citations[0].sentence).toMatch(MOH_SENTENCE);
  expect(a.citations[0].document.id).toBe(IDS.doc001);
  expect(a.message).toBe('2 directive(s) match.');
});

test('what is due by June 2025 → deadlines up to 2025-06-30', async () => {
  const a = await ask('what is due by June 2025');
  expect(a.understood).toMatchObject({ intent: 'DUE_BY', query: 'directives(filter: {dueBefore: "2025-06-30"})' });
  expect(a.directives.nodes.map((n: any) => n.id).sort()).toEqual([DIR.allLeaders, DIR.mohRecords, DIR.molisaTet, DIR.molisaVneid].sort());
});

test('overdue for an agency: judged on today in Vietnam by the injected clock', async () => {
  const a = await ask('which directives are overdue for Bộ LĐTB&XH');
  expect(a.understood).toMatchObject({ intent: 'OVERDUE', query: 'directives(filter: {assignedTo: "Bộ LĐTB&XH", overdueOn: "2025-07-15"})' });
  expect(a.directives.totalCount).toBe(2);
});

test('overdue for the Ministry of Public Security: understood, and it has none', async () => {
  const a = await ask('which directives are overdue for the Ministry of Public Security');
  expect(a).toMatchObject({ status: 'ANSWERED', message: '0 directive(s) match.', directives: { totalCount: 0 }, citations: [] });
});

test('who chaired the 10th session of the National Committee on Digital Transformation', async () => {
  const a = await ask('who chaired the 10th session of the National Committee on Digital Transformation');
  expect(a.status).toBe('ANSWERED');
  expect(a.officials).toEqual([{ name: 'Phạm Minh Chính' }]);
  expect(a.meetings).toEqual([{ id: IDS.meeting001, date: '2025-02-06' }]);
  expect(a.citations[0].sentence).toContain('Phạm Minh Chính');
  expect(a.citations[0].document.id).toBe(IDS.doc001);
});

test('how is Tô Lâm linked to Bộ Y tế → a path with cited steps', async () => {
  const a = await ask('how is Tô Lâm linked to Bộ Y tế');
  expect(a.understood.intent).toBe('PATH');
  expect(a.path.steps.map((s: any) => s.edgeType)).toEqual(['ATTENDED', 'CHAIRED', 'ISSUED', 'ASSIGNED_TO']);
  expect(a.citations.map((c: any) => c.sentence)).toEqual([
    expect.stringContaining('Tô Lâm'),
    expect.stringContaining('Phạm Minh Chính'),
    expect.stringMatching(MOH_SENTENCE),
  ]);
});

test('"A and B" questions try each reading of the names until both match', async () => {
  // "Bộ Lao động - Thương binh" alone matches nothing; the reading at "and" is tried next.
  const a = await ask('how are Bộ Lao động - Thương binh và Xã hội and Bộ Công an connected');
  expect(a.status).toBe('ANSWERED');
  expect(a.message).toBe('Bộ Lao động - Thương binh và Xã hội and Bộ Công an are linked in 2 step(s): ASSIGNED_TO → ASSIGNED_TO.');
  expect(a.citations[0].sentence).toMatch(/VNeID/);
  const b = await ask('how are Tô Lâm and Bộ Y tế connected');
  expect(b.path.steps).toHaveLength(4);
});

test('meetings chaired by a person', async () => {
  const a = await ask('which meetings did Phạm Minh Chính chair');
  expect(a.meetings.map((m: any) => m.date).sort()).toEqual(['2023-12-21', '2025-02-06']);
});

test('a name that matches nothing: NOT_FOUND naming it, never another agency', async () => {
  const a = await ask('what did the PM assign Bộ Không Tồn Tại');
  expect(a).toMatchObject({ status: 'NOT_FOUND', message: 'No agency or official matches "Bộ Không Tồn Tại".', directives: null, citations: [] });
});

test('a question outside the table: NOT_UNDERSTOOD with examples, no result', async () => {
  const a = await ask('what is the weather in Hanoi');
  expect(a).toMatchObject({ status: 'NOT_UNDERSTOOD', understood: null, directives: null, meetings: null, path: null, citations: [] });
  expect(a.message).toMatch(/^Not understood/);
  expect(a.examples).toContain('what did the PM assign the Ministry of Health');
  expect(a.examples).toContain('Thủ tướng giao Bộ Y tế những nhiệm vụ gì');
});
