// Contract: pages and cursors, listings, name search, shortest paths and statistics.
import { buildGraphBatch } from '../../src/graph/build-batch';
import type { DirectiveQuery } from '../../src/store/port';
import type { ContractContext } from './contract';
import { expectStoreError } from './contract';
import { DIR, IDS, META_002, REPORT_002 } from './fixtures';

export function describeListingContract(ctx: ContractContext): void {
  describe('pagination', () => {
    const byDeadline: DirectiveQuery = { orderBy: { field: 'DEADLINE', direction: 'ASC' } };

    test('pages follow each other through cursors, with totalCount and hasNextPage', async () => {
      const all = (await ctx.store.findDirectives(byDeadline, { first: 100 })).items.map((i) => i.value.id);
      const seen: string[] = [];
      let after: string | null = null;
      const shapes: [number, number, boolean][] = [];
      for (;;) {
        const page = await ctx.store.findDirectives(byDeadline, { first: 4, after });
        shapes.push([page.items.length, page.totalCount, page.hasNextPage]);
        seen.push(...page.items.map((i) => i.value.id));
        if (!page.hasNextPage) break;
        after = page.items[page.items.length - 1].cursor;
      }
      expect(shapes).toEqual([
        [4, 11, true],
        [4, 11, true],
        [3, 11, false],
      ]);
      expect(seen).toEqual(all);
    });

    test('a cursor stays valid: the same page again, and no repeats after a new document arrives', async () => {
      const first = await ctx.store.findDirectives(byDeadline, { first: 3 });
      const cursor = first.items[2].cursor;
      const second = await ctx.store.findDirectives(byDeadline, { first: 3, after: cursor });
      expect(await ctx.store.findDirectives(byDeadline, { first: 3, after: cursor })).toEqual(second);
      // Report 002 rewritten with a directive that has no deadline: it sorts after, not before.
      const changed = buildGraphBatch(META_002, { ...REPORT_002, directives: REPORT_002.directives.slice(0, 1) });
      await ctx.store.writeDocument(changed);
      const again = await ctx.store.findDirectives(byDeadline, { first: 3, after: cursor });
      const againIds = again.items.map((i) => i.value.id);
      expect(againIds.slice(0, 2)).toEqual(second.items.slice(0, 2).map((i) => i.value.id));
      expect(againIds.filter((id) => first.items.some((i) => i.value.id === id))).toEqual([]);
      expect(againIds).not.toContain(DIR.localitiesPlan);
      expect(again.totalCount).toBe(10);
    });

    test('first: 0 counts without items; a foreign cursor is refused', async () => {
      const empty = await ctx.store.findDirectives({ assignedTo: [IDS.moh] }, { first: 0 });
      expect(empty).toEqual({ items: [], totalCount: 2, hasNextPage: true });
      await expectStoreError(ctx.store.findDirectives({}, { first: 2, after: 'not-a-cursor' }), 'STORE_BAD_INPUT');
      const page = await ctx.store.findDirectives(byDeadline, { first: 2 });
      await expectStoreError(ctx.store.findDirectives({ orderBy: { field: 'MEETING_DATE', direction: 'ASC' } }, { first: 2, after: page.items[1].cursor }), 'STORE_BAD_INPUT');
    });
  });

  describe('listNodes / listEdges', () => {
    test('nodes of one label by id, paged', async () => {
      const all = await ctx.store.listNodes('Directive', { first: 100 });
      const ids = all.items.map((i) => i.value.id);
      expect(ids).toEqual([...Object.values(DIR)].sort());
      const page1 = await ctx.store.listNodes('Directive', { first: 5 });
      const page2 = await ctx.store.listNodes('Directive', { first: 10, after: page1.items[4].cursor });
      expect([...page1.items, ...page2.items].map((i) => i.value.id)).toEqual(ids);
      expect([page1.hasNextPage, page2.hasNextPage, page2.totalCount]).toEqual([true, false, 11]);
      expect((await ctx.store.listNodes('Meeting', { first: 10 })).items.map((i) => i.value.id)).toEqual([IDS.meeting001, IDS.meeting002, IDS.meeting003].sort());
    });

    test('meetings by date either way, undated last either way, paged by cursor', async () => {
      const walk = async (direction: 'ASC' | 'DESC') => {
        const ids: string[] = [];
        const shapes: [number, number, boolean][] = [];
        let after: string | null = null;
        for (;;) {
          const page = await ctx.store.listMeetingsByDate(direction, { first: 2, after });
          ids.push(...page.items.map((i) => i.value.id));
          shapes.push([page.items.length, page.totalCount, page.hasNextPage]);
          if (!page.hasNextPage) return { ids, shapes };
          after = page.items[page.items.length - 1].cursor;
        }
      };
      // 001: 2025-02-06, 002: 2024-11-14, 003: 2023-12-21.
      expect(await walk('DESC')).toEqual({ ids: [IDS.meeting001, IDS.meeting002, IDS.meeting003], shapes: [[2, 3, true], [1, 3, false]] });
      expect((await walk('ASC')).ids).toEqual([IDS.meeting003, IDS.meeting002, IDS.meeting001]);
      await ctx.store.writeDocument(buildGraphBatch(META_002, { ...REPORT_002, meeting: { ...REPORT_002.meeting, date: null } }));
      expect((await walk('DESC')).ids).toEqual([IDS.meeting001, IDS.meeting003, IDS.meeting002]);
      expect((await walk('ASC')).ids).toEqual([IDS.meeting003, IDS.meeting001, IDS.meeting002]);
      const descending = await ctx.store.listMeetingsByDate('DESC', { first: 1 });
      await expectStoreError(ctx.store.listMeetingsByDate('ASC', { first: 1, after: descending.items[0].cursor }), 'STORE_BAD_INPUT');
      const byId = await ctx.store.listNodes('Meeting', { first: 1 });
      await expectStoreError(ctx.store.listMeetingsByDate('DESC', { first: 1, after: byId.items[0].cursor }), 'STORE_BAD_INPUT');
    });

    test('edges of one type or all, by id', async () => {
      const due = await ctx.store.listEdges('DUE_BY', { first: 100 });
      expect(due.totalCount).toBe(5);
      expect(due.items.map((i) => i.value.id)).toEqual(due.items.map((i) => i.value.id).sort());
      const all = await ctx.store.listEdges(null, { first: 1000 });
      expect(all.totalCount).toBe(59);
      const succession = await ctx.store.listEdges('SUCCEEDED_BY', { first: 100 });
      expect(succession.items.every((i) => i.value.documentId === null)).toBe(true);
    });
  });

  describe('search', () => {
    test.each([
      ['MOH', 'moh'],
      ['Ministry of Health', 'ministry of health'],
      ['Bộ Y tế', 'bo y te'],
      ['bo y te', 'bo y te'],
      ['  BỘ Y TẾ ', 'bo y te'],
      ['BYT', 'byt'],
    ])('"%s" finds Bộ Y tế as an exact key', async (text, matched) => {
      const [hit] = await ctx.store.search({ text, first: 5 });
      expect(hit).toEqual({ id: IDS.moh, label: 'Agency', score: 3, matched });
      expect(await ctx.store.search({ text, exact: true, first: 5 })).toEqual([hit]);
    });

    test('ranking: exact 3, prefix 2, whole word 1.5, substring 1; exact mode only whole keys', async () => {
      const score = async (text: string, id: string) => (await ctx.store.search({ text, first: 50 })).find((h) => h.id === id)?.score;
      expect(await score('bo noi vu', IDS.moha)).toBe(3);
      expect(await score('bo noi', IDS.moha)).toBe(2);
      expect(await score('noi vu', IDS.moha)).toBe(1.5);
      expect(await score('oi v', IDS.moha)).toBe(1);
      expect(await ctx.store.search({ text: 'bo noi', exact: true, first: 10 })).toEqual([]);
      const hits = await ctx.store.search({ text: 'bo', first: 50 });
      expect(hits.length).toBeGreaterThan(5);
      expect(hits.map((h) => h.score)).toEqual([...hits].map((h) => h.score).sort((a, b) => b - a));
      expect(await ctx.store.search({ text: 'bo', first: 3 })).toHaveLength(3);
    });

    test('people by name with or without diacritics; labels filter', async () => {
      expect((await ctx.store.search({ text: 'Phạm Minh Chính', first: 5 }))[0]).toMatchObject({ id: IDS.pm, label: 'Official', score: 3 });
      expect((await ctx.store.search({ text: 'pham minh chinh', exact: true, first: 5 })).map((h) => h.id)).toEqual([IDS.pm]);
      expect((await ctx.store.search({ text: 'minh chinh', first: 5 }))[0]).toMatchObject({ id: IDS.pm, score: 1.5 });
      expect(await ctx.store.search({ text: 'Phạm Minh Chính', labels: ['Agency'], first: 5 })).toEqual([]);
      expect(await ctx.store.search({ text: 'no such name anywhere', first: 5 })).toEqual([]);
      expect(await ctx.store.search({ text: '  ', first: 5 })).toEqual([]);
    });
  });

  describe('shortestPath', () => {
    test('from the PM to Bộ Y tế: issued a directive assigned to it, edges as stored', async () => {
      const path = await ctx.store.shortestPath(IDS.pm, IDS.moh, 4);
      expect(path?.map((e) => e.type)).toEqual(['ISSUED', 'ASSIGNED_TO']);
      expect(path?.[0].from).toBe(IDS.pm);
      expect(path?.[1].to).toBe(IDS.moh);
      expect(path?.[0].to).toBe(path?.[1].from);
      const back = await ctx.store.shortestPath(IDS.moh, IDS.pm, 4);
      expect(back?.map((e) => [e.type, e.from === IDS.pm || e.to === IDS.moh])).toEqual([
        ['ASSIGNED_TO', true],
        ['ISSUED', true],
      ]);
    });

    test('bounds and edge cases', async () => {
      expect(await ctx.store.shortestPath(IDS.pm, IDS.moh, 1)).toBeNull();
      expect(await ctx.store.shortestPath(IDS.moh, IDS.moh, 3)).toEqual([]);
      expect(await ctx.store.shortestPath(IDS.moh, 'agy:no-such-agency', 3)).toBeNull();
      const succession = await ctx.store.shortestPath(IDS.moha, IDS.molisa, 3);
      expect(succession).toEqual([expect.objectContaining({ type: 'SUCCEEDED_BY', from: IDS.molisa, to: IDS.moha })]);
    });
  });

  describe('stats', () => {
    test('counts by label and type, busiest agencies and meetings', async () => {
      const stats = await ctx.store.stats(1);
      expect(stats.nodes).toEqual([
        { key: 'Agency', count: 13 },
        { key: 'Deadline', count: 5 },
        { key: 'Directive', count: 11 },
        { key: 'Document', count: 3 },
        { key: 'Meeting', count: 3 },
        { key: 'Official', count: 6 },
      ]);
      expect(stats.edges).toEqual([
        { key: 'ASSIGNED_TO', count: 15 },
        { key: 'ATTENDED', count: 4 },
        { key: 'CHAIRED', count: 3 },
        { key: 'DUE_BY', count: 5 },
        // PM at the National Committee on DX (001 and 003), Tô Lâm at Bộ Công an (003).
        { key: 'HOLDS_POST', count: 3 },
        { key: 'ISSUED', count: 11 },
        { key: 'PART_OF', count: 11 },
        { key: 'REPORTED_IN', count: 3 },
        { key: 'SUCCEEDED_BY', count: 4 },
      ]);
      expect(stats.topAssignees).toEqual([{ agencyId: IDS.ministries, lead: 2, coordinator: 1 }]);
      expect(stats.directivesPerMeeting).toEqual([{ meetingId: IDS.meeting001, count: 5 }]);
      expect((await ctx.store.stats(10)).topAssignees).toHaveLength(9);
    });
  });
}
