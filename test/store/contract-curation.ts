// Contract: curation records, the values they make effective, and that they outlive a
// rewrite of the document they are about.
import type { CurationRecord } from '../../src/store/port';
import type { ContractContext } from './contract';
import { expectStoreError } from './contract';
import { DIR, IDS, batch001 } from './fixtures';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { META_001, REPORT_001 } from './fixtures';

let counter = 0;
function curation(directiveId: string, kind: CurationRecord['kind'], value: string, recordedAt: string): CurationRecord {
  counter++;
  return {
    id: `cur-${kind.toLowerCase()}-${counter}`,
    directiveId,
    kind,
    value,
    effectiveDate: recordedAt.slice(0, 10),
    note: null,
    evidenceUrl: null,
    reason: 'contract test',
    curator: 'tester',
    recordedAt,
  };
}

export function describeCurationContract(ctx: ContractContext): void {
  const ids = async (query: Parameters<typeof ctx.store.findDirectives>[0]) =>
    (await ctx.store.findDirectives(query, { first: 100 })).items.map((i) => i.value.id).sort();

  describe('curation', () => {
    test('records come back per directive, aligned, oldest first', async () => {
      const a = curation(DIR.mohRecords, 'STATUS', 'IN_PROGRESS', '2025-03-01T08:00:00.000Z');
      const b = curation(DIR.mohRecords, 'STATUS', 'DONE', '2025-07-01T08:00:00.000Z');
      await ctx.store.addCuration(a);
      await ctx.store.addCuration(b);
      const lists = await ctx.store.getCurations([DIR.mohRecords, 'dir:missing', DIR.mohHospitals, DIR.mohRecords]);
      expect(lists).toEqual([[a, b], [], [], [a, b]]);
    });

    test('the latest STATUS is in force: status filter and overdueOn follow it', async () => {
      await ctx.store.addCuration(curation(DIR.molisaTet, 'STATUS', 'IN_PROGRESS', '2024-01-15T00:00:00.000Z'));
      await ctx.store.addCuration(curation(DIR.molisaTet, 'STATUS', 'DONE', '2024-02-09T00:00:00.000Z'));
      await ctx.store.addCuration(curation(DIR.mohRecords, 'STATUS', 'IN_PROGRESS', '2025-03-01T00:00:00.000Z'));
      expect(await ids({ status: ['DONE'] })).toEqual([DIR.molisaTet]);
      expect(await ids({ status: ['IN_PROGRESS', 'DONE'] })).toEqual([DIR.molisaTet, DIR.mohRecords].sort());
      expect((await ctx.store.findDirectives({ status: ['OPEN'] }, { first: 0 })).totalCount).toBe(9);
      expect(await ids({ overdueOn: '2025-07-01' })).toEqual([DIR.molisaVneid, DIR.allLeaders, DIR.mohRecords].sort());
    });

    test('curated assignees replace the extracted leads', async () => {
      await ctx.store.addCuration(curation(DIR.mohHospitals, 'ASSIGNEES', `${IDS.mps},${IDS.localities}`, '2025-03-01T00:00:00.000Z'));
      expect(await ids({ assignedTo: [IDS.moh] })).toEqual([DIR.mohRecords]);
      expect(await ids({ assignedTo: [IDS.mps] })).toEqual([DIR.mpsSecurity, DIR.mohHospitals].sort());
      expect(await ids({ assignedTo: [IDS.localities] })).toEqual([DIR.allLeaders, DIR.localitiesPlan, DIR.mohHospitals].sort());
    });

    test('a curated deadline replaces the extracted one; an empty one removes it', async () => {
      await ctx.store.addCuration(curation(DIR.mohHospitals, 'DEADLINE', '2026-01-15', '2025-03-01T00:00:00.000Z'));
      await ctx.store.addCuration(curation(DIR.mohRecords, 'DEADLINE', '', '2025-03-01T00:00:00.000Z'));
      expect(await ids({ dueOn: '2025-09-30' })).toEqual([]);
      expect(await ids({ dueOn: '2026-01-15' })).toEqual([DIR.mohHospitals]);
      expect(await ids({ dueOn: '2025-06-30' })).toEqual([DIR.allLeaders]);
      expect(await ids({ hasDeadline: false, assignedTo: [IDS.moh] })).toEqual([DIR.mohRecords]);
      const ordered = (await ctx.store.findDirectives({ hasDeadline: true, orderBy: { field: 'DEADLINE', direction: 'DESC' } }, { first: 1 })).items;
      expect(ordered.map((i) => i.value.id)).toEqual([DIR.mohHospitals]);
    });

    test('curation survives rewriting the document, changed or not', async () => {
      const record = curation(DIR.mohRecords, 'STATUS', 'DONE', '2025-07-01T00:00:00.000Z');
      await ctx.store.addCuration(record);
      await ctx.store.writeDocument(buildGraphBatch({ ...META_001, title: 'Re-ingested' }, REPORT_001));
      await ctx.store.writeDocument(batch001());
      expect(await ctx.store.getCurations([DIR.mohRecords])).toEqual([[record]]);
      expect(await ids({ status: ['DONE'] })).toEqual([DIR.mohRecords]);
      if (ctx.harness.reopen !== undefined) {
        await ctx.store.close();
        ctx.store = await ctx.harness.reopen();
        expect(await ctx.store.getCurations([DIR.mohRecords])).toEqual([[record]]);
        expect(await ids({ status: ['DONE'] })).toEqual([DIR.mohRecords]);
      }
    });

    test('records about unknown directives or with bad values are refused', async () => {
      await expectStoreError(ctx.store.addCuration(curation('dir:missing', 'STATUS', 'DONE', '2025-01-01T00:00:00.000Z')), 'STORE_BAD_INPUT');
      await expectStoreError(ctx.store.addCuration(curation(DIR.moha, 'STATUS', 'FINISHED', '2025-01-01T00:00:00.000Z')), 'STORE_BAD_INPUT');
      await expectStoreError(ctx.store.addCuration(curation(DIR.moha, 'DEADLINE', '30/06/2025', '2025-01-01T00:00:00.000Z')), 'STORE_BAD_INPUT');
      await expectStoreError(ctx.store.addCuration(curation(DIR.moha, 'ASSIGNEES', 'agy:no-such-agency', '2025-01-01T00:00:00.000Z')), 'STORE_BAD_INPUT');
      expect(await ctx.store.getCurations([DIR.moha])).toEqual([[]]);
    });
  });
}
