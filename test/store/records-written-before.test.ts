// Stores written before document records were compact (compact-batch.ts) keep opening. The
// directory next to this test was written by main at 99896e7 (the store fixtures' three
// reports, closed, its snapshot removed so opening replays the log): every record holds its
// batch whole under "batch". Opened now, it shows the graph a store written now from the same
// batches shows, through the log, through the snapshot made from those records at close, and
// after a new write replaces one of them.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../../src/graph/model';
import { batchOfRecordBody } from '../../src/store/embedded/encoded-document';
import { scanFrames } from '../../src/store/embedded/framing';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { dumpStore } from '../ingest/support/two-outlets';

const WRITTEN_BEFORE = join(__dirname, 'store-written-by-99896e7');

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mg-before-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The document records of a docs.log: each one's JSON head and the batch it holds, texts put back. */
function documentRecords(dir: string): { head: Record<string, unknown>; batch: GraphBatch }[] {
  const log = readFileSync(join(dir, 'docs.log'));
  return scanFrames(log, 0)
    .frames.map((frame) => ({ frame, head: JSON.parse(frame.head()) as Record<string, unknown> }))
    .filter(({ head }) => head.t === 'doc')
    .map(({ frame, head }) => {
      const bytes = log.subarray(frame.offset, frame.offset + frame.length);
      return { head, batch: batchOfRecordBody(bytes.subarray(bytes.indexOf(0x0a) + 1, bytes.length - 1)) };
    });
}

async function graphWrittenNow(batches: GraphBatch[]) {
  const store = await openEmbeddedStore({ dir: join(root, 'now') });
  for (const batch of batches) await store.writeDocument(batch);
  const graph = await dumpStore(store);
  await store.close();
  return graph;
}

test('the records of a store written before hold whole batches; records written now hold compact ones', async () => {
  const before = documentRecords(WRITTEN_BEFORE);
  expect(before.map((r) => [typeof r.head.batch, typeof r.head.c])).toEqual([['object', 'undefined'], ['object', 'undefined'], ['object', 'undefined']]);
  await graphWrittenNow(before.map((r) => r.batch));
  const now = documentRecords(join(root, 'now'));
  expect(now.map((r) => [typeof r.head.batch, typeof r.head.c])).toEqual([['undefined', 'object'], ['undefined', 'object'], ['undefined', 'object']]);
  // The same batches either way, texts and all.
  expect(now.map((r) => r.batch)).toEqual(before.map((r) => r.batch));
  const headBytes = (records: { head: Record<string, unknown> }[]) => records.reduce((sum, r) => sum + JSON.stringify(r.head).length, 0);
  // Compact: the JSON of these reports' records is a sixth smaller (edges as tuples, the document's id once).
  expect(headBytes(now)).toBeLessThan(0.9 * headBytes(before));
});

test('a store written before opens with the graph of the same batches written now, from its log and from the snapshot it makes', async () => {
  const batches = documentRecords(WRITTEN_BEFORE).map((r) => r.batch);
  const expected = await graphWrittenNow(batches);
  const dir = join(root, 'before');
  cpSync(WRITTEN_BEFORE, dir, { recursive: true });

  const fromLog = await openEmbeddedStore({ dir });
  expect(await dumpStore(fromLog)).toEqual(expected);
  // What the joiner reads back of a stored report is the batch as written.
  for (const batch of batches) expect(await fromLog.storedBatch(batch.documentId)).toEqual(batch);
  await fromLog.close(); // writes a snapshot, reading the old records back

  const fromSnapshot = await openEmbeddedStore({ dir });
  expect(await dumpStore(fromSnapshot)).toEqual(expected);
  // A new record replaces an old one: the log then holds both forms.
  expect(await fromSnapshot.removeDocument(batches[0].documentId)).toBeTruthy();
  expect(await fromSnapshot.writeDocument(batches[0])).toMatchObject({ documentId: batches[0].documentId, changed: true });
  await fromSnapshot.close();

  rmSync(join(dir, 'docs.snapshot'), { force: true });
  const mixed = await openEmbeddedStore({ dir });
  try {
    expect(documentRecords(dir).map((r) => typeof r.head.c)).toEqual(['undefined', 'undefined', 'undefined', 'object']);
    expect(sorted(await dumpStore(mixed))).toEqual(sorted(expected));
  } finally {
    await mixed.close();
  }
});

/** The graph by id: a document written again lists after the others. */
function sorted(graph: Awaited<ReturnType<typeof dumpStore>>) {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return { nodes: Object.fromEntries(Object.entries(graph.nodes).map(([label, nodes]) => [label, byId(nodes)])), edges: byId(graph.edges) };
}
