// Contract: writing documents as units, replacing them, idempotence, aligned batch reads, reload.
import { buildGraphBatch } from '../../src/graph/build-batch';
import type { GraphEdge, GraphNode } from '../../src/graph/model';
import type { StorePort } from '../../src/store/port';
import type { ContractContext } from './contract';
import { expectStoreError } from './contract';
import { DIR, IDS, META_001, REPORT_001, allBatches, batch001 } from './fixtures';

async function everything(store: StorePort): Promise<{ nodes: string[]; edges: string[] }> {
  const nodes: string[] = [];
  for (const label of ['Document', 'Meeting', 'Official', 'Agency', 'Directive', 'Deadline'] as const) {
    const page = await store.listNodes(label, { first: 1000 });
    nodes.push(...page.items.map((i) => i.value.id));
  }
  const edges = (await store.listEdges(null, { first: 1000 })).items.map((i) => i.value.id);
  return { nodes: nodes.sort(), edges: edges.sort() };
}

export function describeWriteContract(ctx: ContractContext): void {
  describe('writeDocument', () => {
    test('writing the same batches again changes nothing: same counts, same ids', async () => {
      const before = await everything(ctx.store);
      expect([before.nodes.length, before.edges.length]).toEqual([41, 59]);
      const results = [];
      for (const batch of allBatches()) results.push(await ctx.store.writeDocument(batch));
      expect(results.map((r) => r.changed)).toEqual([false, false, false]);
      expect(results.map((r) => [r.nodes, r.edges])).toEqual(allBatches().map((b) => [b.nodes.length, b.edges.length]));
      expect(await everything(ctx.store)).toEqual(before);
    });

    test('a rewrite replaces everything the document owned', async () => {
      // Report 001 read again without its last directive (Bộ Công an's).
      const shorter = buildGraphBatch(META_001, { ...REPORT_001, directives: REPORT_001.directives.slice(0, 4) });
      const result = await ctx.store.writeDocument(shorter);
      expect(result).toMatchObject({ documentId: IDS.doc001, changed: true });
      const [gone, kept, other] = await ctx.store.getNodes([DIR.mpsSecurity, DIR.mohRecords, DIR.molisaVneid]);
      expect(gone).toBeNull();
      expect(kept?.id).toBe(DIR.mohRecords);
      expect(other?.id).toBe(DIR.molisaVneid);
      const [issued, assigned] = await ctx.store.getEdges([
        { nodeId: DIR.mpsSecurity, type: 'ISSUED', direction: 'in' },
        { nodeId: IDS.mps, type: 'ASSIGNED_TO', direction: 'in' },
      ]);
      expect(issued).toEqual([]);
      // Only report 003's coordination with Bộ Công an remains.
      expect(assigned.map((e) => e.from)).toEqual([DIR.molisaVneid]);
      const lead = await ctx.store.findDirectives({ assignedTo: [IDS.mps] }, { first: 10 });
      expect(lead.totalCount).toBe(0);
      const all = await ctx.store.findDirectives({}, { first: 100 });
      expect(all.totalCount).toBe(10);
    });

    test('a batch that breaks the contract is refused and nothing is written', async () => {
      const broken = batch001();
      broken.edges.push({ id: 'e:dangling', type: 'PART_OF', from: 'dir:nowhere', to: IDS.meeting001, props: {}, documentId: broken.documentId });
      await expectStoreError(ctx.store.writeDocument(broken), 'STORE_BAD_INPUT');
      expect((await ctx.store.findDirectives({ meetingIds: [IDS.meeting001] }, { first: 10 })).totalCount).toBe(5);
    });
  });

  describe('removeDocument', () => {
    test('a removed report takes what it owns and releases what it carried; the others keep theirs', async () => {
      const alone = await everything(ctx.store);
      const result = await ctx.store.removeDocument(IDS.doc001);
      expect(result).toMatchObject({ documentId: IDS.doc001, changed: true });
      const after = await everything(ctx.store);
      expect(after.nodes).not.toContain(IDS.doc001);
      expect(after.nodes).not.toContain(IDS.meeting001);
      expect(after.nodes).not.toContain(DIR.mohRecords);
      expect(after.nodes).toContain(DIR.molisaVneid);
      // Bộ Công an is still named by report 003, so it stays
      expect(after.nodes).toContain(IDS.mps);
      expect((await ctx.store.findDirectives({}, { first: 100 })).totalCount).toBe(6);
      expect((await ctx.store.removeDocument(IDS.doc001)).changed).toBe(false);
      // written back, the report gives exactly what it gave before
      await ctx.store.writeDocument(batch001());
      expect(await everything(ctx.store)).toEqual(alone);
    });

    test('a removal lasts after reopening', async () => {
      if (ctx.harness.reopen === undefined) return;
      await ctx.store.removeDocument(IDS.doc001);
      const after = await everything(ctx.store);
      await ctx.store.close();
      ctx.store = await ctx.harness.reopen();
      expect(await everything(ctx.store)).toEqual(after);
    });
  });

  describe('documentsOnMeetingDate', () => {
    test('the reports of the meetings held on a date, sorted; none for another date', async () => {
      expect(await ctx.store.documentsOnMeetingDate('2025-02-06')).toEqual([IDS.doc001]);
      expect(await ctx.store.documentsOnMeetingDate('1999-01-01')).toEqual([]);
      await ctx.store.removeDocument(IDS.doc001);
      expect(await ctx.store.documentsOnMeetingDate('2025-02-06')).toEqual([]);
    });
  });

  describe('what is written comes back exactly', () => {
    test('every node and edge of every batch, field for field', async () => {
      for (const batch of allBatches()) {
        expect(await ctx.store.getNodes(batch.nodes.map((n) => n.id))).toEqual(batch.nodes);
        const lists = await ctx.store.getEdges(batch.edges.map((e) => ({ nodeId: e.from, type: e.type, direction: 'out' as const })));
        batch.edges.forEach((edge, i) => expect(lists[i]).toContainEqual(edge));
      }
      if (ctx.harness.reopen !== undefined) {
        await ctx.store.close();
        ctx.store = await ctx.harness.reopen();
        const batch = batch001();
        expect(await ctx.store.getNodes(batch.nodes.map((n) => n.id))).toEqual(batch.nodes);
        const listed = await ctx.store.listNodes('Directive', { first: 100 });
        const directive = listed.items.find((i) => i.value.id === DIR.mohRecords)?.value;
        expect(directive).toEqual(batch.nodes.find((n) => n.id === DIR.mohRecords));
      }
    });
  });

  describe('getNodes / getEdges are aligned to their keys', () => {
    test('nodes: one result per id, in order, null for a miss, duplicates repeated', async () => {
      const nodes = await ctx.store.getNodes([IDS.moh, 'agy:no-such-agency', IDS.moh, IDS.doc001, DIR.mohRecords]);
      expect(nodes.map((n) => n?.id ?? null)).toEqual([IDS.moh, null, IDS.moh, IDS.doc001, DIR.mohRecords]);
      const moh = nodes[0] as Extract<GraphNode, { label: 'Agency' }>;
      expect(moh).toMatchObject({ label: 'Agency', name: 'Bộ Y tế', nameEn: 'Ministry of Health', abbreviations: ['BYT', 'MOH'] });
      expect(nodes[3]).toMatchObject({ label: 'Document', text: REPORT_001.text, published: '2025-02-06' });
      const directive = nodes[4] as Extract<GraphNode, { label: 'Directive' }>;
      expect(directive.provenance).toMatchObject({ documentId: IDS.doc001, ruleIds: ['fixture.directive'] });
      expect(directive.provenance.sentence).toContain('Bộ Y tế được giao hoàn thành các công việc');
      expect(await ctx.store.getNodes([])).toEqual([]);
    });

    test('edges: one list per key, [] for a miss, the same order on every call', async () => {
      const keys = [
        { nodeId: IDS.moh, type: 'ASSIGNED_TO', direction: 'in' },
        { nodeId: 'agy:no-such-agency', type: 'ASSIGNED_TO', direction: 'in' },
        { nodeId: DIR.mohHospitals, type: 'DUE_BY', direction: 'out' },
        { nodeId: DIR.mohHospitals, type: 'DUE_BY', direction: 'in' },
        { nodeId: IDS.moh, type: 'ASSIGNED_TO', direction: 'in' },
        { nodeId: IDS.molisa, type: 'SUCCEEDED_BY', direction: 'out' },
      ] as const;
      const lists = await ctx.store.getEdges(keys);
      expect(lists.map((l) => l.length)).toEqual([2, 0, 1, 0, 2, 1]);
      expect(new Set(lists[0].map((e) => e.from))).toEqual(new Set([DIR.mohRecords, DIR.mohHospitals]));
      expect(lists[0].every((e: GraphEdge) => e.to === IDS.moh && e.props.role === 'LEAD' && e.documentId === IDS.doc001)).toBe(true);
      expect(lists[4].map((e) => e.id)).toEqual(lists[0].map((e) => e.id));
      expect(lists[5][0]).toMatchObject({ from: IDS.molisa, to: IDS.moha, props: { effective: '2025-03-01' }, documentId: null });
      expect((await ctx.store.getEdges(keys)).map((l) => l.map((e) => e.id))).toEqual(lists.map((l) => l.map((e) => e.id)));
    });
  });

  describe('reopening', () => {
    test('everything written is there after close and reopen', async () => {
      if (ctx.harness.reopen === undefined) return;
      const before = await everything(ctx.store);
      const mohBefore = await ctx.store.findDirectives({ assignedTo: [IDS.moh], issuedByRole: ['PRIME_MINISTER'] }, { first: 10 });
      await ctx.store.close();
      ctx.store = await ctx.harness.reopen();
      expect(await everything(ctx.store)).toEqual(before);
      const documents = await ctx.store.listNodes('Document', { first: 10 });
      expect(documents.items.find((i) => i.value.id === IDS.doc001)?.value).toMatchObject({ text: REPORT_001.text });
      expect(await ctx.store.findDirectives({ assignedTo: [IDS.moh], issuedByRole: ['PRIME_MINISTER'] }, { first: 10 })).toEqual(mohBefore);
      expect((await ctx.store.writeDocument(batch001())).changed).toBe(false);
    });

    test('a closed store refuses calls', async () => {
      const store = ctx.store;
      await store.close();
      await expectStoreError(store.getNodes([IDS.moh]), 'STORE_CLOSED');
      if (ctx.harness.reopen !== undefined) ctx.store = await ctx.harness.reopen();
    });
  });
}
