// ask() by slots, end to end on the hand-read fixtures (today is 2025-07-15): every question of
// issue 12 and the common phrasings around them — each answered with the query it ran, or
// refused naming the words it could not place. NOT_FOUND only for a name that is in no report.
import { DIR } from '../../store/fixtures';
import { gql } from '../support/client';
import { useFixtureApi } from '../support/fixture-api';

const api = useFixtureApi();

const ASK = `query($q: String!) { ask(question: $q) {
  status message understood { intent pattern query } directives { totalCount nodes { id inheritedFrom { name } } } officials { name }
} }`;

async function ask(q: string) {
  const r = await gql(api(), ASK, { q });
  expect(r.errors).toBeUndefined();
  return r.data.ask;
}

const MOH = [DIR.mohRecords, DIR.mohHospitals];
const NHB = [DIR.ministriesLaw, DIR.localitiesPlan];

describe('answered: the query it ran and what it found', () => {
  test.each([
    // The mis-reads, now read right.
    ['what has MOLISA been assigned', 'directives(filter: {assignedTo: "MOLISA"})', [DIR.molisaTet, DIR.molisaVneid]],
    ['Phó Thủ tướng Nguyễn Hòa Bình giao những nhiệm vụ gì', 'directives(filter: {assignedBy: "Phó Thủ tướng Nguyễn Hòa Bình"})', NHB],
    ['Thủ tướng giao Bộ Công an chủ trì những việc gì', 'directives(filter: {assignedBy: "Thủ tướng", assignedTo: "Bộ Công an"})', [DIR.mpsSecurity]],
    ['what did Deputy PM Nguyễn Hòa Bình assign', 'directives(filter: {assignedBy: "Deputy PM Nguyễn Hòa Bình"})', NHB],
    // The phrasings it refused.
    ['which tasks did the PM give MOH', 'directives(filter: {assignedBy: "PM", assignedTo: "MOH"})', MOH],
    ['Bộ LĐTB&XH được giao gì', 'directives(filter: {assignedTo: "Bộ LĐTB&XH"})', [DIR.molisaTet, DIR.molisaVneid]],
    ['what is overdue on 1 February 2024', 'directives(filter: {overdueOn: "2024-02-01"})', [DIR.molisaVneid]],
    ['what did Nguyễn Hòa Bình ask the localities to do', 'directives(filter: {assignedBy: "Nguyễn Hòa Bình", assignedTo: "localities"})', [DIR.localitiesPlan]],
    // The forms it always read, with and without diacritics, active and passive.
    ['what did the PM assign the Ministry of Health', 'directives(filter: {assignedBy: "PM", assignedTo: "Ministry of Health"})', MOH],
    ['Thủ tướng giao Bộ Y tế những nhiệm vụ gì?', 'directives(filter: {assignedBy: "Thủ tướng", assignedTo: "Bộ Y tế"})', MOH],
    ['thu tuong giao bo y te nhung nhiem vu gi', 'directives(filter: {assignedBy: "thu tuong", assignedTo: "bo y te"})', MOH],
    ['Thủ tướng đã giao cho Bộ Công an những việc gì', 'directives(filter: {assignedBy: "Thủ tướng", assignedTo: "Bộ Công an"})', [DIR.mpsSecurity]],
    ['What has the Prime Minister asked the Ministry of Home Affairs to do?', 'directives(filter: {assignedBy: "Prime Minister", assignedTo: "Ministry of Home Affairs", followSuccession: true})', [DIR.moha, DIR.molisaTet, DIR.molisaVneid]],
    ['what was MOH assigned by the PM', 'directives(filter: {assignedBy: "PM", assignedTo: "MOH"})', MOH],
    ['what was the Ministry of Health assigned', 'directives(filter: {assignedTo: "Ministry of Health"})', MOH],
    ['Bộ Y tế được Thủ tướng giao những nhiệm vụ gì', 'directives(filter: {assignedBy: "Thủ tướng", assignedTo: "Bộ Y tế"})', MOH],
    // Bộ Tài chính carries Bộ KH&ĐT's duties since 2025-03-01 (it only coordinated here).
    ['những nhiệm vụ giao cho Bộ Tài chính', 'directives(filter: {assignedTo: "Bộ Tài chính", followSuccession: true})', [DIR.mofBudget]],
    ['which tasks does Bộ Công an coordinate', 'directives(filter: {assignedTo: "Bộ Công an", role: COORDINATOR})', [DIR.molisaVneid]],
    ['Bộ Công an phối hợp những nhiệm vụ nào', 'directives(filter: {assignedTo: "Bộ Công an", role: COORDINATOR})', [DIR.molisaVneid]],
    ['what is due by June 2025', 'directives(filter: {dueBefore: "2025-06-30"})', [DIR.allLeaders, DIR.mohRecords, DIR.molisaTet, DIR.molisaVneid]],
    ["what's due before 30 June 2025 for MOH", 'directives(filter: {assignedTo: "MOH", dueBefore: "2025-06-30"})', [DIR.mohRecords]],
    ['những nhiệm vụ nào đến hạn trước tháng 6/2025', 'directives(filter: {dueBefore: "2025-06-30"})', [DIR.allLeaders, DIR.mohRecords, DIR.molisaTet, DIR.molisaVneid]],
    ['which tasks are due in September 2025', 'directives(filter: {dueAfter: "2025-09-01", dueBefore: "2025-09-30"})', [DIR.mohHospitals]],
    ['which directives are overdue for Bộ LĐTB&XH', 'directives(filter: {assignedTo: "Bộ LĐTB&XH", overdueOn: "2025-07-15"})', [DIR.molisaTet, DIR.molisaVneid]],
    ['what is overdue for Bộ LĐTB&XH as of 1 February 2024', 'directives(filter: {assignedTo: "Bộ LĐTB&XH", overdueOn: "2024-02-01"})', [DIR.molisaVneid]],
    ['Bộ Công an có những nhiệm vụ nào quá hạn', 'directives(filter: {assignedTo: "Bộ Công an", overdueOn: "2025-07-15"})', []],
    ['những nhiệm vụ nào của Bộ Y tế đã quá hạn', 'directives(filter: {assignedTo: "Bộ Y tế", overdueOn: "2025-07-15"})', [DIR.mohRecords]],
    ['what was assigned at the meeting on 14/11/2024', 'directives(filter: {meetingOn: "2024-11-14"})', NHB],
    ['list the tasks of the Ministry of Justice', 'directives(filter: {assignedTo: "Bộ Tư pháp"})', []],
  ])('%s', async (q, query, ids) => {
    const a = await ask(q);
    expect([a.status, a.understood?.query]).toEqual(['ANSWERED', query]);
    expect(a.directives.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ids].sort());
  });
});

test('Bộ Nội vụ, overdue on 2026-01-01: the two tasks it inherited, flagged, and the answer says so', async () => {
  const a = await ask('which tasks are overdue for Bộ Nội vụ as of 1 January 2026');
  expect(a.understood.query).toBe('directives(filter: {assignedTo: "Bộ Nội vụ", overdueOn: "2026-01-01", followSuccession: true})');
  expect(a.directives.nodes).toEqual([
    { id: DIR.molisaVneid, inheritedFrom: { name: 'Bộ Lao động - Thương binh và Xã hội' } },
    { id: DIR.molisaTet, inheritedFrom: { name: 'Bộ Lao động - Thương binh và Xã hội' } },
  ].sort((x, y) => a.directives.nodes.findIndex((n: any) => n.id === x.id) - a.directives.nodes.findIndex((n: any) => n.id === y.id)));
  expect(a.message).toBe('2 directive(s) match. Tasks of Bộ Lao động - Thương binh và Xã hội (from 2025-03-01) are included, flagged by inheritedFrom.');
});

test('an abolished ministry: its tasks, and where its duties went', async () => {
  const a = await ask('what has MOLISA been assigned');
  expect(a.message).toBe('2 directive(s) match. Its duties moved to Bộ Nội vụ on 2025-03-01, which answers for them now.');
});

test('a known agency no report names: answered, empty, saying so', async () => {
  const a = await ask('list the tasks of the Ministry of Justice');
  expect(a.message).toBe('Bộ Tư pháp (Ministry of Justice) is a known agency, but no report in the graph assigns it anything.');
});

test('ai chủ trì hội nghị ngày 14/11/2024 → the chair of the meeting held that day', async () => {
  const a = await ask('ai chủ trì hội nghị ngày 14/11/2024');
  expect(a).toMatchObject({ status: 'ANSWERED', officials: [{ name: 'Nguyễn Hòa Bình' }], understood: { intent: 'WHO_CHAIRED' } });
  expect((await ask('who chaired the meeting on 15 November 2024')).message).toBe('No meeting held on 2024-11-15 is in the reports.');
});

describe('refused, naming the words it could not place', () => {
  test.each([
    ['what is the weather in Hanoi', ['weather', 'Hanoi']],
    ['what is due by next week', ['next week']],
    ['which directives are overdue for the Ministry of Health as of soon', ['soon']],
    ['what is the budget of Hà Nội', ['budget', 'Hà Nội']],
    ['summarise the 10th session', ['summarise', '10th']],
    ['which ministry is the most efficient', ['ministry', 'most efficient']],
    ['Bộ Y tế', ['Bộ Y tế']],
    ['tell me everything', ['everything']],
    ['what did the PM assign the ministry people like most', ['ministry people like most']],
  ])('%s', async (q, words) => {
    const a = await ask(q);
    expect(a).toMatchObject({ status: 'NOT_UNDERSTOOD', understood: null, directives: null });
    expect(a.message).toContain(`could not place ${words.map((w) => JSON.stringify(w)).join(', ')} in the question`);
  });
});

test('NOT_FOUND only for a clear name that is in no report', async () => {
  const a = await ask('what did the PM assign Bộ Không Tồn Tại');
  expect(a).toMatchObject({ status: 'NOT_FOUND', message: 'No agency or official matches "Bộ Không Tồn Tại".', directives: null });
});
