// Contract: every DirectiveQuery condition, alone and combined (AND across conditions, OR
// inside a list), and the three orders.
import type { DirectiveHit, DirectiveQuery } from '../../src/store/port';
import type { ContractContext } from './contract';
import { DIR, IDS } from './fixtures';

const ALL = Object.values(DIR);

export function describeQueryContract(ctx: ContractContext): void {
  const ids = async (query: DirectiveQuery) => (await ctx.store.findDirectives(query, { first: 100 })).items.map((i) => i.value.id);
  const sorted = async (query: DirectiveQuery) => (await ids(query)).sort();
  const same = (list: string[]) => [...list].sort();

  describe('findDirectives conditions', () => {
    test.each<[string, DirectiveQuery, string[]]>([
      ['no condition: every directive', {}, ALL],
      ['assignedTo Bộ Y tế (LEAD by default)', { assignedTo: [IDS.moh] }, [DIR.mohRecords, DIR.mohHospitals]],
      ['assignedTo Bộ Y tế, issued by whoever was PM', { assignedTo: [IDS.moh], issuedByRole: ['PRIME_MINISTER'] }, [DIR.mohRecords, DIR.mohHospitals]],
      ['assignedTo Bộ Y tế by a Deputy PM: none', { assignedTo: [IDS.moh], issuedByRole: ['DEPUTY_PRIME_MINISTER'] }, []],
      ['issuedByRole PERMANENT_DEPUTY_PRIME_MINISTER', { issuedByRole: ['PERMANENT_DEPUTY_PRIME_MINISTER'] }, [DIR.ministriesLaw, DIR.localitiesPlan]],
      ['issuedByRole as alternatives', { issuedByRole: ['DEPUTY_PRIME_MINISTER', 'MINISTER'] }, [DIR.ministriesLaw, DIR.localitiesPlan]],
      ['assignedTo alternatives', { assignedTo: [IDS.moh, IDS.moha] }, [DIR.moha, DIR.mohRecords, DIR.mohHospitals]],
      ['assignedTo an empty list: nothing', { assignedTo: [] }, []],
      ['assignedTo an unknown id: nothing', { assignedTo: ['agy:no-such-agency'] }, []],
      ['Bộ Công an as LEAD', { assignedTo: [IDS.mps], role: 'LEAD' }, [DIR.mpsSecurity]],
      ['Bộ Công an as COORDINATOR', { assignedTo: [IDS.mps], role: 'COORDINATOR' }, [DIR.molisaVneid]],
      ['Bộ Công an in ANY role', { assignedTo: [IDS.mps], role: 'ANY' }, [DIR.mpsSecurity, DIR.molisaVneid]],
      ['coordinatedBy các bộ, ngành', { coordinatedBy: [IDS.ministries] }, [DIR.mofBudget]],
      ['a group as LEAD', { assignedTo: [IDS.ministries] }, [DIR.allLeaders, DIR.ministriesLaw]],
      ['issuedBy the Permanent Deputy PM', { issuedBy: [IDS.permanentDeputyPm] }, [DIR.ministriesLaw, DIR.localitiesPlan]],
      ['chairedBy the PM (MAIN chair)', { chairedBy: [IDS.pm] }, ALL.filter((d) => d !== DIR.ministriesLaw && d !== DIR.localitiesPlan)],
      ['chairedBy someone who only attended: none', { chairedBy: [IDS.toLam] }, []],
      ['meetingIds', { meetingIds: [IDS.meeting002, IDS.meeting003] }, [DIR.ministriesLaw, DIR.localitiesPlan, DIR.molisaTet, DIR.molisaVneid, DIR.mofBudget, DIR.govOffice]],
      ['dueOn', { dueOn: '2025-06-30' }, [DIR.allLeaders, DIR.mohRecords]],
      ['dueBefore is inclusive', { dueBefore: '2024-02-10' }, [DIR.molisaTet, DIR.molisaVneid]],
      ['dueAfter is inclusive', { dueAfter: '2025-06-30' }, [DIR.allLeaders, DIR.mohRecords, DIR.mohHospitals]],
      ['a deadline window', { dueAfter: '2024-02-01', dueBefore: '2025-07-01' }, [DIR.molisaTet, DIR.allLeaders, DIR.mohRecords]],
      ['hasDeadline true', { hasDeadline: true }, [DIR.allLeaders, DIR.mohRecords, DIR.mohHospitals, DIR.molisaTet, DIR.molisaVneid]],
      ['hasDeadline false', { hasDeadline: false }, [DIR.moha, DIR.mpsSecurity, DIR.ministriesLaw, DIR.localitiesPlan, DIR.mofBudget, DIR.govOffice]],
      ['overdueOn: deadline strictly before the day', { overdueOn: '2025-06-30' }, [DIR.molisaTet, DIR.molisaVneid]],
      ['status OPEN without curation: all', { status: ['OPEN'] }, ALL],
      ['status DONE without curation: none', { status: ['DONE'] }, []],
      ['text: folded substring', { text: 'benh an dien tu' }, [DIR.mohRecords, DIR.mohHospitals]],
      ['text: with diacritics and upper case', { text: 'BỆNH ÁN Điện Tử' }, [DIR.mohRecords, DIR.mohHospitals]],
      ['AND across conditions', { assignedTo: [IDS.moh], dueOn: '2025-09-30' }, [DIR.mohHospitals]],
      ['AND with text', { issuedByRole: ['PRIME_MINISTER'], text: 'an sinh xa hoi' }, [DIR.molisaTet, DIR.molisaVneid]],
    ])('%s', async (_name, query, expected) => {
      expect(await sorted(query)).toEqual(same(expected));
      expect((await ctx.store.findDirectives(query, { first: 100 })).totalCount).toBe(expected.length);
    });
  });

  describe('findDirectivesMany', () => {
    test('answers each request exactly as findDirectives would, aligned to the requests, in one call', async () => {
      const requests = [
        { query: { assignedTo: [IDS.moh] }, page: { first: 1 } },
        { query: { assignedTo: ['agy:no-such-agency'] }, page: { first: 5 } },
        { query: { assignedTo: [IDS.mps], role: 'ANY' as const }, page: { first: 0 } },
        { query: {}, page: { first: 3 } },
        { query: { assignedTo: [IDS.moh] }, page: { first: 1 } },
      ];
      const many = await ctx.store.findDirectivesMany(requests);
      const one = await Promise.all(requests.map((r) => ctx.store.findDirectives(r.query, r.page)));
      expect(many).toEqual(one);
      expect(many.map((p) => [p.totalCount, p.items.length, p.hasNextPage])).toEqual([
        [2, 1, true],
        [0, 0, false],
        [2, 0, true],
        [ALL.length, 3, true],
        [2, 1, true],
      ]);
      const after = await ctx.store.findDirectivesMany([{ query: { assignedTo: [IDS.moh] }, page: { first: 1, after: many[0].items[0].cursor } }]);
      expect(after[0].items.map((i) => i.value.id)).toEqual(one[0].items.length ? (await ctx.store.findDirectives({ assignedTo: [IDS.moh] }, { first: 2 })).items.slice(1).map((i) => i.value.id) : []);
    });

    test('no requests, no pages', async () => {
      expect(await ctx.store.findDirectivesMany([])).toEqual([]);
    });
  });

  describe('succession', () => {
    const hits = async (query: DirectiveQuery) => {
      const page = await ctx.store.findDirectives(query, { first: 100 });
      return page.items.map((i): [string, string | null] => [i.value.id, (i.value as DirectiveHit).inheritedFrom ?? null]).sort();
    };

    test('followSuccession also finds what predecessors were assigned, and says through whom', async () => {
      expect(await hits({ assignedTo: [IDS.moha] })).toEqual([[DIR.moha, null]]);
      expect(await hits({ assignedTo: [IDS.moha], followSuccession: true })).toEqual(
        [
          [DIR.moha, null],
          [DIR.molisaTet, IDS.molisa],
          [DIR.molisaVneid, IDS.molisa],
        ].sort(),
      );
    });

    test('succession follows the role asked for', async () => {
      expect(await hits({ assignedTo: [IDS.mof], followSuccession: true })).toEqual([[DIR.mofBudget, null]]);
      expect(await hits({ assignedTo: [IDS.mof], role: 'COORDINATOR', followSuccession: true })).toEqual([[DIR.govOffice, IDS.mpi]]);
    });
  });

  describe('orders', () => {
    test('DEADLINE ascending, undated last, ties by id', async () => {
      const list = await ids({ orderBy: { field: 'DEADLINE', direction: 'ASC' } });
      const june = same([DIR.allLeaders, DIR.mohRecords]);
      const undated = same([DIR.moha, DIR.mpsSecurity, DIR.ministriesLaw, DIR.localitiesPlan, DIR.mofBudget, DIR.govOffice]);
      expect(list).toEqual([DIR.molisaVneid, DIR.molisaTet, ...june, DIR.mohHospitals, ...undated]);
    });

    test('DEADLINE descending keeps undated last', async () => {
      const list = await ids({ hasDeadline: true, orderBy: { field: 'DEADLINE', direction: 'DESC' } });
      expect(list[0]).toBe(DIR.mohHospitals);
      expect(list.slice(-2)).toEqual([DIR.molisaTet, DIR.molisaVneid]);
      const all = await ids({ orderBy: { field: 'DEADLINE', direction: 'DESC' } });
      expect(all.slice(0, 5)).toEqual(list);
    });

    test('MEETING_DATE orders by the meeting, oldest first', async () => {
      const list = await ids({ orderBy: { field: 'MEETING_DATE', direction: 'ASC' } });
      expect(same(list.slice(0, 4))).toEqual(same([DIR.molisaTet, DIR.molisaVneid, DIR.mofBudget, DIR.govOffice]));
      expect(same(list.slice(4, 6))).toEqual(same([DIR.ministriesLaw, DIR.localitiesPlan]));
      expect(same(list.slice(6))).toEqual(same([DIR.moha, DIR.allLeaders, DIR.mohRecords, DIR.mohHospitals, DIR.mpsSecurity]));
    });

    test('DOCUMENT_ORDER keeps each report in reading order', async () => {
      const list = await ids({ meetingIds: [IDS.meeting001], orderBy: { field: 'DOCUMENT_ORDER', direction: 'ASC' } });
      expect(list).toEqual([DIR.moha, DIR.allLeaders, DIR.mohRecords, DIR.mohHospitals, DIR.mpsSecurity]);
      const reversed = await ids({ meetingIds: [IDS.meeting001], orderBy: { field: 'DOCUMENT_ORDER', direction: 'DESC' } });
      expect(reversed).toEqual([...list].reverse());
    });
  });
}
