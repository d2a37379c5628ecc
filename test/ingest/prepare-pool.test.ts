// Ingest with extraction off the main thread: reports prepared in a worker_threads pool give
// the same store as in-process, and writes are issued in input order however the preparing
// finishes (acks still come from the store, after its fsync).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { createPreparePool, inProcessPreparer, type Preparer } from '../../src/ingest/prepare-pool';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import { bundle } from '../robustness/support/bundle';

const SEEDS = join(__dirname, '../../seeds');
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mg-pool-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function contents(store: StorePort) {
  const documents = (await store.listNodes('Document', { first: 100 })).items.map((i) => i.value);
  const directives = (await store.listNodes('Directive', { first: 1000 })).items.map((i) => i.value);
  return { stats: await store.stats(20), documents, directives };
}

test('a pool of two worker threads stores exactly what in-process extraction stores', async () => {
  const items = await collectInputs([SEEDS]);
  const pool = createPreparePool(2, bundle('src/ingest/prepare-worker.ts', 'prepare-worker'));
  const pooled = await openEmbeddedStore({ dir: join(dir, 'pooled') });
  const local = await openEmbeddedStore({ dir: join(dir, 'local') });
  try {
    const a = await ingestInputs(items, pooled, { preparer: pool });
    const b = await ingestInputs(items, local, { preparer: inProcessPreparer });
    expect(a).toEqual(b);
    expect(a.failed).toBe(0);
    expect(await contents(pooled)).toEqual(await contents(local));
  } finally {
    await pool.close();
    await Promise.all([pooled.close(), local.close()]);
  }
});

test('writes are issued in input order when later reports are prepared first', async () => {
  const items = await collectInputs([SEEDS]);
  // The first report takes longest to prepare, the last is ready at once.
  let call = 0;
  const slowFirst: Preparer = {
    prepare: async (bytes, meta, source) => {
      const delay = (items.length - call++) * 20;
      const prepared = await inProcessPreparer.prepare(bytes, meta, source);
      await new Promise((r) => setTimeout(r, delay));
      return prepared;
    },
    close: async () => undefined,
  };
  const store = await openEmbeddedStore({ dir });
  const order: string[] = [];
  // The store as it is, but every write call noted in the order it is made.
  const recording: StorePort = Object.assign(Object.create(store) as StorePort, {
    writeDocument: (batch: Parameters<StorePort['writeDocument']>[0]) => (order.push(batch.documentId), store.writeDocument(batch)),
    writeEncoded: (encoded: Parameters<EmbeddedStore['writeEncoded']>[0]) => (order.push(encoded.documentId), store.writeEncoded(encoded)),
  });
  try {
    const summary = await ingestInputs(items, recording, { preparer: slowFirst });
    const stored = summary.outcomes.map((o) => (o.ok ? o.documentId : o.path));
    expect(order).toEqual(stored);
    expect(summary.outcomes.map((o) => o.path)).toEqual(items.map((i) => i.path));
  } finally {
    await store.close();
  }
});
