// Issue 2's acceptance query: "what did the PM assign the Ministry of Health" returns exactly
// the two Ministry of Health directives of the 2025-02-06 session (deadlines 2025-06-30 and
// 2025-09-30), each with its source sentence and the meeting chaired by Phạm Minh Chính —
// whichever way the agency and the post are written. Run on the hand-read fixtures (the API on
// its own) and on the seeds through the real extractor (the whole chain).
import { createApi, type ApiServer } from '../../src/api/server';
import { testClock, testConfig } from './support/api-config';
import { gql } from './support/client';
import { openFixtureStore, type TempStore } from './support/fixture-store';
import { openSeededStore } from './seeded-store';

const ACCEPTANCE = (assignedBy: string, assignedTo: string) => `{
  directives(filter: {assignedBy: ${JSON.stringify(assignedBy)}, assignedTo: ${JSON.stringify(assignedTo)}}) {
    totalCount
    edges { node { text deadline { date } meeting { date chairs { name } } source { sentence } } }
  }
}`;

const MOH_SENTENCE =
  'Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm; triển khai Bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9.';

const VARIANTS: [string, string][] = [
  ['PM', 'Ministry of Health'],
  ['PM', 'Bộ Y tế'],
  ['PM', 'MOH'],
  ['PM', 'bo y te'],
  ['Thủ tướng', 'Ministry of Health'],
  ['Prime Minister', 'BYT'],
  ['Thủ tướng Chính phủ', 'BỘ Y TẾ'],
  ['the Prime Minister', 'the Ministry of Health'],
];

describe.each([
  ['hand-read fixtures', openFixtureStore],
  ['seeds through the extractor', openSeededStore],
])('on the %s', (_label, open) => {
  let store: TempStore;
  let yoga: ApiServer;
  beforeAll(async () => {
    store = await open();
    yoga = createApi({ store: store.store, config: testConfig(), clock: testClock });
  });
  afterAll(() => store.dispose());

  test.each(VARIANTS)('assignedBy %j, assignedTo %j → the two MOH directives of 2025-02-06', async (by, to) => {
    const r = await gql(yoga, ACCEPTANCE(by, to));
    expect(r.errors).toBeUndefined();
    const { totalCount, edges } = r.data.directives;
    expect(totalCount).toBe(2);
    expect(edges.map((e: any) => e.node.deadline.date).sort()).toEqual(['2025-06-30', '2025-09-30']);
    for (const { node } of edges) {
      expect(node.text).toMatch(/[Bb]ệnh án điện tử/);
      expect(node.source.sentence).toBe(MOH_SENTENCE);
      expect(node.meeting).toEqual({ date: '2025-02-06', chairs: [{ name: 'Phạm Minh Chính' }] });
    }
  });

  test('a Deputy PM did not assign them: assignedBy "Deputy PM" finds none of them', async () => {
    const r = await gql(yoga, ACCEPTANCE('Deputy PM', 'Bộ Y tế'));
    expect(r.errors).toBeUndefined();
    expect(r.data.directives.totalCount).toBe(0);
  });

  test('the PM by name finds the same two', async () => {
    const r = await gql(yoga, ACCEPTANCE('Phạm Minh Chính', 'MOH'));
    expect(r.data.directives.totalCount).toBe(2);
  });
});
