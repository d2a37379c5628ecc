// Differential parity on the five real seed reports: the same question asked of the embedded
// store and of the Neo4j adapter (over the recording driver) gets the same answer, for every
// directive condition and order, names searched every way, paths between every kind of node,
// listings and statistics. Cursors are opaque per store, so pages are compared by content.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../../src/ingest/collect-inputs';
import { ingestInputs } from '../../../src/ingest/ingest-files';
import { EDGE_TYPES, NODE_LABELS, type GraphBatch, type GraphNode } from '../../../src/graph/model';
import { openEmbeddedStore } from '../../../src/store/embedded/index';
import type { DirectiveQuery, Page, PageArgs, SearchHit, StorePort } from '../../../src/store/port';
import { openRecorded } from './fake/open-recorded';
import { RecordingDriver } from './fake/recording-driver';
import { allBatches, batch001 } from '../fixtures';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
let dir: string;
let embedded: StorePort;
let neo: StorePort;
let nodes: GraphNode[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-parity-'));
  embedded = await openEmbeddedStore({ dir });
  neo = await openRecorded(new RecordingDriver());
  const inputs = await collectInputs([SEEDS]);
  for (const store of [embedded, neo]) expect((await ingestInputs(inputs, store)).failed).toBe(0);
  nodes = (await Promise.all(NODE_LABELS.map((l) => embedded.listNodes(l, { first: 1000 })))).flatMap((p) => p.items.map((i) => i.value));
});

afterAll(async () => {
  await embedded.close();
  await neo.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every page of a listing, following each store's own cursors. */
async function walk<T>(list: (page: PageArgs) => Promise<Page<T>>, first: number): Promise<{ values: T[]; totals: number[] }> {
  const values: T[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page: Page<T> = await list({ first, after });
    values.push(...page.items.map((i) => i.value));
    totals.push(page.totalCount);
    if (!page.hasNextPage) return { values, totals };
    after = page.items[page.items.length - 1].cursor;
  }
  throw new Error('listing did not end');
}

const ids = (label: string) => nodes.filter((n) => n.label === label).map((n) => n.id);

function directiveQueries(): [string, DirectiveQuery][] {
  const agencies = ids('Agency');
  const officials = ids('Official');
  const queries: [string, DirectiveQuery][] = [['everything', {}]];
  for (const a of agencies) {
    queries.push([`assignedTo ${a}`, { assignedTo: [a] }]);
    queries.push([`assignedTo ${a} ANY with succession`, { assignedTo: [a], role: 'ANY', followSuccession: true }]);
    queries.push([`coordinatedBy ${a}`, { coordinatedBy: [a] }]);
  }
  for (const o of officials) {
    queries.push([`issuedBy ${o}`, { issuedBy: [o] }]);
    queries.push([`chairedBy ${o}`, { chairedBy: [o] }]);
  }
  queries.push(['issuedByRole PM', { issuedByRole: ['PRIME_MINISTER'] }]);
  queries.push(['meetings', { meetingIds: ids('Meeting').slice(0, 2) }]);
  for (const day of ['2024-01-31', '2024-12-31', '2025-06-30']) {
    queries.push([`due around ${day}`, { dueOn: day }], [`before ${day}`, { dueBefore: day }], [`after ${day}`, { dueAfter: day }], [`overdue ${day}`, { overdueOn: day }]);
  }
  queries.push(['hasDeadline', { hasDeadline: true }], ['no deadline', { hasDeadline: false }], ['text', { text: 'chuyển đổi số' }], ['OPEN', { status: ['OPEN'] }]);
  return queries;
}

test('findDirectives: every condition, every order, page by page', async () => {
  const orders = [undefined, ...(['DEADLINE', 'MEETING_DATE', 'DOCUMENT_ORDER'] as const).flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })))];
  let compared = 0;
  for (const [name, q] of directiveQueries()) {
    for (const orderBy of orders) {
      const query = orderBy ? { ...q, orderBy } : q;
      const [a, b] = await Promise.all([embedded, neo].map((s) => walk((p) => s.findDirectives(query, p), 4)));
      expect({ name, orderBy, ...b }).toEqual({ name, orderBy, ...a });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(100);
});

test('getNodes, getEdges, listings and stats', async () => {
  const all = nodes.map((n) => n.id);
  expect(await neo.getNodes([...all, 'missing', all[0]])).toEqual(await embedded.getNodes([...all, 'missing', all[0]]));
  const keys = all.flatMap((nodeId) => EDGE_TYPES.flatMap((type) => (['in', 'out'] as const).map((direction) => ({ nodeId, type, direction }))));
  expect(await neo.getEdges(keys)).toEqual(await embedded.getEdges(keys));
  for (const label of NODE_LABELS) expect(await walk((p) => neo.listNodes(label, p), 7)).toEqual(await walk((p) => embedded.listNodes(label, p), 7));
  for (const type of [null, ...EDGE_TYPES]) expect(await walk((p) => neo.listEdges(type, p), 9)).toEqual(await walk((p) => embedded.listEdges(type, p), 9));
  for (const top of [0, 1, 3, 100]) expect(await neo.stats(top)).toEqual(await embedded.stats(top));
});

test('search: every name, abbreviation and alias, folded, lower-cased, cut short and exact', async () => {
  const texts = new Set<string>();
  for (const n of nodes) {
    if (n.label === 'Agency') [n.name, n.nameEn ?? '', ...n.abbreviations, ...n.aliases].forEach((t) => texts.add(t));
    if (n.label === 'Official' || n.label === 'Agency') {
      texts.add(n.name.toLowerCase());
      texts.add(n.name.slice(0, 6));
      texts.add(n.name.split(' ').slice(-1)[0]);
    }
    if (n.label === 'Meeting' && n.title) texts.add(n.title.split(' ').slice(0, 3).join(' '));
  }
  for (const text of [...texts].filter((t) => t.trim() !== '')) {
    for (const args of [{ text, first: 10 }, { text, first: 3, exact: true }]) {
      expect({ args, hits: await neo.search(args) }).toEqual({ args, hits: await embedded.search(args) });
    }
    // Directives tie by their text, which the embedded store reads back from the document.
    const args = { text, first: 100, labels: ['Directive' as const, 'Agency' as const] };
    expect({ args, hits: await neo.search(args) }).toEqual({ args, hits: await embedded.search(args) });
  }
});

test('shortestPath between every pair of officials, agencies and meetings', async () => {
  const ends = [...ids('Official'), ...ids('Agency').slice(0, 10), ...ids('Meeting')];
  for (const from of ends) {
    for (const to of ends) {
      for (const hops of [2, 6]) expect({ from, to, path: await neo.shortestPath(from, to, hops) }).toEqual({ from, to, path: await embedded.shortestPath(from, to, hops) });
    }
  }
});

describe('rewriting a report with different content', () => {
  /** batch with one agency left out, together with every edge that touches it. */
  function without(batch: GraphBatch, agencyId: string): GraphBatch {
    return { ...batch, nodes: batch.nodes.filter((n) => n.id !== agencyId), edges: batch.edges.filter((e) => e.from !== agencyId && e.to !== agencyId) };
  }

  async function snapshot(store: StorePort) {
    const listed = await Promise.all(NODE_LABELS.map((l) => walk((p) => store.listNodes(l, p), 50)));
    const edges = await walk((p) => store.listEdges(null, p), 50);
    return { listed, edges, stats: await store.stats(50), search: await store.search({ text: 'bo', first: 50 }) };
  }

  test('shared agencies and gazetteer edges go when no report carries them any more, and come back', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'mg-parity-rewrite-'));
    const a = await openEmbeddedStore({ dir: dir2 });
    const b = await openRecorded(new RecordingDriver());
    try {
      for (const s of [a, b]) for (const batch of allBatches()) await s.writeDocument(batch);
      const original = batch001();
      // Agencies only this report mentions, and one it shares with another report.
      const others = allBatches().filter((x) => x.documentId !== original.documentId).flatMap((x) => x.nodes.map((n) => n.id));
      const agencies = original.nodes.filter((n) => n.label === 'Agency').map((n) => n.id);
      const own = agencies.filter((id) => !others.includes(id));
      const shared = agencies.filter((id) => others.includes(id));
      expect(own.length).toBeGreaterThan(0);
      expect(shared.length).toBeGreaterThan(0);
      const versions = [without(without(original, own[0]), shared[0]), original, without(original, own[own.length - 1])];
      for (const version of versions) {
        const [ra, rb] = [await a.writeDocument(version), await b.writeDocument(version)];
        expect(rb).toEqual(ra);
        expect(await snapshot(b)).toEqual(await snapshot(a));
      }
      expect((await b.getNodes([own[0], shared[0]])).map((n) => n?.id ?? null)).toEqual([own[0], shared[0]]);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});
