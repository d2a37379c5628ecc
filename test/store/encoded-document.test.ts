// A record encoded where its batch is built (a prepare worker) and written with writeEncoded
// is the record writeDocument makes of the same batch: the same log bytes, the same graph before
// and after reopening, the same "unchanged" answer for a repeat. Its body owns its buffer, so it
// survives being transferred to another thread; the batch comes back from it whole.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../../src/graph/model';
import { batchOfEncoded, encodeDocument, storedBatchOf } from '../../src/store/embedded/encoded-document';
import { documentRecord } from '../../src/store/embedded/document-text';
import { frameHeaderOf } from '../../src/store/embedded/framing';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import { allBatches, batch001, IDS } from './fixtures';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mg-encoded-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every node with its edges both ways, and the stats: what a reader can see of the graph. */
async function contents(store: EmbeddedStore, batches: GraphBatch[]) {
  const ids = [...new Set(batches.flatMap((b) => b.nodes.map((n) => n.id)))].sort();
  const nodes = await store.getNodes(ids);
  const edges = await store.getEdges(ids.flatMap((nodeId) => (['out', 'in'] as const).map((direction) => ({ nodeId, type: 'ASSIGNED_TO' as const, direction }))));
  return { nodes, edges, stats: await store.stats(10) };
}

test.each(allBatches().map((b) => [b.documentId, b] as const))('%s comes back whole from its encoded record', (_id, batch) => {
  const encoded = encodeDocument(batch);
  expect(batchOfEncoded(encoded)).toEqual(batch);
  expect(storedBatchOf(encoded)).toEqual(JSON.parse(JSON.stringify(documentRecord(batch).stored)));
  expect({ nodes: encoded.nodes, edges: encoded.edges }).toEqual({ nodes: batch.nodes.length, edges: batch.edges.length });
  // The body is a whole ArrayBuffer of its own: transferring it detaches nothing else.
  expect([encoded.body.byteOffset, encoded.body.byteLength]).toEqual([0, encoded.body.buffer.byteLength]);
});

test('writeEncoded stores what writeDocument stores: same log bytes, same graph, before and after reopening', async () => {
  const batches = allBatches();
  const byBatch = await openEmbeddedStore({ dir: join(root, 'batch') });
  const byRecord = await openEmbeddedStore({ dir: join(root, 'record') });
  for (const batch of batches) {
    // Transferred as a prepare worker sends it: the store gets a copy whose original is detached.
    const encoded = encodeDocument(batch);
    const moved = structuredClone(encoded, { transfer: [encoded.body.buffer as ArrayBuffer] });
    expect(encoded.body.byteLength).toBe(0);
    expect(await byRecord.writeEncoded(moved)).toEqual(await byBatch.writeDocument(batch));
  }
  expect(await contents(byRecord, batches)).toEqual(await contents(byBatch, batches));
  await Promise.all([byBatch.close(), byRecord.close()]);
  // Byte for byte past the header frame, which holds each log's own id.
  const records = (dir: string) => {
    const bytes = readFileSync(join(root, dir, 'docs.log'));
    return bytes.subarray(frameHeaderOf(bytes)?.length ?? 0);
  };
  expect(records('record').length).toBeGreaterThan(0);
  expect(records('record').equals(records('batch'))).toBe(true);

  const reopened = await openEmbeddedStore({ dir: join(root, 'record') });
  const reference = await openEmbeddedStore({ dir: join(root, 'batch') });
  try {
    expect(await contents(reopened, batches)).toEqual(await contents(reference, batches));
    // The same record again changes nothing, whichever way it comes.
    expect(await reopened.writeEncoded(encodeDocument(batch001()))).toMatchObject({ documentId: IDS.doc001, changed: false });
  } finally {
    await Promise.all([reopened.close(), reference.close()]);
  }
});

test('a batch that does not hold together is refused when it is encoded, as writeDocument refuses it', async () => {
  const batch = batch001();
  const broken: GraphBatch = { ...batch, edges: [...batch.edges, { ...batch.edges[0], id: 'e:dangling', to: 'agy:nowhere' }] };
  expect(() => encodeDocument(broken)).toThrow(expect.objectContaining({ code: 'STORE_BAD_INPUT' }));
  const store = await openEmbeddedStore({ dir: root });
  await expect(store.writeDocument(broken)).rejects.toMatchObject({ code: 'STORE_BAD_INPUT' });
  await store.close();
});

test('a read-only store refuses an encoded record as it refuses a batch', async () => {
  const writer = await openEmbeddedStore({ dir: root });
  await writer.writeDocument(batch001());
  await writer.close();
  const reader = await openEmbeddedStore({ dir: root, readOnly: true });
  await expect(reader.writeEncoded(encodeDocument(batch001()))).rejects.toMatchObject({ code: 'STORE_NOT_WRITABLE' });
  await reader.close();
});
