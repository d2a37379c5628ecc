// Joined reports in the embedded store's other paths: opened again from its snapshot (which
// keeps owned nodes per document), and followed by a read-only reader while the writer joins
// two reports and removes one of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../../src/graph/model';
import { ReportJoiner } from '../../src/ingest/join-reports';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { batchOf, dumpStore, OUTLET_A, OUTLET_B } from '../ingest/support/two-outlets';

let dir: string;
let a: GraphBatch;
let b: GraphBatch;
beforeAll(async () => {
  [a, b] = await Promise.all([batchOf(OUTLET_A, 'outlet-a'), batchOf(OUTLET_B, 'outlet-b')]);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-joined-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('joined reports come back the same from the snapshot', async () => {
  const store = await openEmbeddedStore({ dir });
  const joiner = new ReportJoiner(store);
  await joiner.write(a);
  await joiner.write(b);
  const before = await dumpStore(store);
  store.writeSnapshot();
  await store.close();
  const reopened = await openEmbeddedStore({ dir });
  try {
    expect(reopened.snapshotCovered).toBeGreaterThan(0);
    expect(await dumpStore(reopened)).toEqual(before);
    // the removal releases the joint nodes loaded from the snapshot like any other carrier's
    await new ReportJoiner(reopened).remove(b.documentId);
    expect((await dumpStore(reopened)).nodes.Directive).toHaveLength(3);
  } finally {
    await reopened.close();
  }
});

test('a reader follows a join and a removal', async () => {
  const writer = await openEmbeddedStore({ dir });
  const joiner = new ReportJoiner(writer);
  await joiner.write(a);
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  try {
    await joiner.write(b);
    expect(await reader.refresh()).toBe(true);
    expect(await dumpStore(reader)).toEqual(await dumpStore(writer));
    await joiner.remove(a.documentId);
    expect(await reader.refresh()).toBe(true);
    const after = await dumpStore(reader);
    expect(after).toEqual(await dumpStore(writer));
    expect(after.nodes.Document.map((d) => d.id)).toEqual([b.documentId]);
  } finally {
    await reader.close();
    await writer.close();
  }
});
