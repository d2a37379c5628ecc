// Succession in every count: what an agency owes on a day includes the open directives of the
// predecessors whose duties had passed to it by then; an abolished agency says where they went.
import { DIR, IDS } from '../store/fixtures';
import { TEST_TOKEN } from './support/api-config';
import { gql } from './support/client';
import { useFixtureApi } from './support/fixture-api';

const api = useFixtureApi();

const RESPONSIBILITY = `query($id: ID!, $asOf: Date!, $dueBy: Date) { agency(id: $id) { name responsibility(asOf: $asOf, dueBy: $dueBy) {
  lead coordinator open overdue done owedBy
  byRole { role total open overdue done dueBy }
  inherited { agency { name } effective lead coordinator open overdue }
  movedTo { agency { name } effective }
  nextDeadlines { id inheritedFrom { name } }
} } }`;

const responsibility = async (id: string, asOf: string, dueBy: string | null = null) => {
  const r = await gql(api(), RESPONSIBILITY, { id, asOf, dueBy });
  expect(r.errors).toBeUndefined();
  return r.data.agency.responsibility;
};

const MOLISA = 'Bộ Lao động - Thương binh và Xã hội';

test('Bộ Nội vụ on 2026-01-01 owes the 2 overdue directives it inherited from Bộ LĐTB&XH', async () => {
  const r = await responsibility(IDS.moha, '2026-01-01');
  expect(r).toMatchObject({ lead: 3, open: 3, overdue: 2, done: 0, owedBy: null, movedTo: null });
  expect(r.inherited).toEqual([{ agency: { name: MOLISA }, effective: '2025-03-01', lead: 2, coordinator: 0, open: 2, overdue: 2 }]);
});

test('Bộ LĐTB&XH on 2026-01-01: its duties moved to Bộ Nội vụ, it owes nothing itself', async () => {
  const r = await responsibility(IDS.molisa, '2026-01-01');
  expect(r.movedTo).toEqual({ agency: { name: 'Bộ Nội vụ' }, effective: '2025-03-01' });
  expect(r).toMatchObject({ lead: 0, open: 0, overdue: 0, inherited: [], nextDeadlines: [] });
});

test('before the merger each ministry owes its own: Bộ Nội vụ inherits nothing on 2024-02-05', async () => {
  const [moha, molisa] = await Promise.all([responsibility(IDS.moha, '2024-02-05'), responsibility(IDS.molisa, '2024-02-05')]);
  expect(moha).toMatchObject({ lead: 1, overdue: 0, inherited: [] });
  expect(molisa).toMatchObject({ lead: 2, overdue: 1, movedTo: null, nextDeadlines: [{ id: DIR.molisaTet, inheritedFrom: null }] });
});

test('counts per role: a coordinator\'s overdue task shows under COORDINATOR and ANY', async () => {
  const r = await responsibility(IDS.mps, '2024-02-05', '2024-12-31');
  expect(r.byRole).toEqual([
    { role: 'LEAD', total: 1, open: 1, overdue: 0, done: 0, dueBy: 0 },
    { role: 'COORDINATOR', total: 1, open: 1, overdue: 1, done: 0, dueBy: 1 },
    { role: 'ANY', total: 2, open: 2, overdue: 1, done: 0, dueBy: 1 },
  ]);
});

test('owes by a date: Bộ Nội vụ on 2024-02-05 owes nothing by 2024-02-10; after the merger the Tết task counts', async () => {
  expect((await responsibility(IDS.moha, '2024-02-05', '2024-02-10')).owedBy).toBe(0);
  expect((await responsibility(IDS.moha, '2025-03-01', '2024-02-10')).owedBy).toBe(2);
});

// Last: it curates a deadline into the future, which the tests above must not see.
test('next deadlines of a successor carry the predecessor they came from', async () => {
  const auth = { authorization: `Bearer ${TEST_TOKEN}` };
  const set = await gql(api(), 'mutation($id: ID!) { correctDirective(id: $id, deadline: "2026-03-31", reason: "Extended") { id } }', { id: DIR.molisaTet }, auth);
  expect(set.errors).toBeUndefined();
  const r = await responsibility(IDS.moha, '2026-01-01');
  expect(r.nextDeadlines).toEqual([{ id: DIR.molisaTet, inheritedFrom: { name: MOLISA } }]);
  expect(r).toMatchObject({ overdue: 1, open: 3 });
});

test('stats count agency loads on a day: after the merger Bộ LĐTB&XH counts under Bộ Nội vụ', async () => {
  const loads = async (asOf: string) => {
    const r = await gql(api(), 'query($asOf: Date) { stats(top: 100, asOf: $asOf) { asOf topAssignees { agency { name } lead coordinator inheritedLead } } }', { asOf });
    expect(r.errors).toBeUndefined();
    return r.data.stats.topAssignees as { agency: { name: string } }[];
  };
  const after = await loads('2026-01-01');
  expect(after.find((l) => l.agency.name === 'Bộ Nội vụ')).toEqual({ agency: { name: 'Bộ Nội vụ' }, lead: 3, coordinator: 0, inheritedLead: 2 });
  expect(after.map((l) => l.agency.name)).not.toContain(MOLISA);
  const before = await loads('2024-06-01');
  expect(before.find((l) => l.agency.name === MOLISA)).toEqual({ agency: { name: MOLISA }, lead: 2, coordinator: 0, inheritedLead: 0 });
});
