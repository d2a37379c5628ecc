// Ingest keeps several writes in flight (the embedded store commits them with one fsync) but
// reports each document only once its write is acknowledged, in input order.
import { join } from 'node:path';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import type { GraphBatch } from '../../src/graph/model';
import type { StorePort, WriteResult } from '../../src/store/port';
import { seedDirectiveCount } from '../support/seed-directive-count';

/** A store whose writes finish only when the test says so, newest first. */
function controlledStore() {
  const waiting: { batch: GraphBatch; finish: (r: WriteResult) => void; fail: (e: Error) => void }[] = [];
  let inFlight = 0;
  let started = 0;
  let maxInFlight = 0;
  const store = {
    kind: 'embedded',
    // No stored report to join: the seeds' meetings are on different days anyway.
    documentsOnMeetingDate: async () => [],
    writeDocument: (batch: GraphBatch) =>
      new Promise<WriteResult>((finish, fail) => {
        inFlight += 1;
        started += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        waiting.push({ batch, finish: (r) => (inFlight--, finish(r)), fail });
      }),
  } as unknown as StorePort;
  const finishNewestFirst = () => {
    while (waiting.length) {
      const w = waiting.pop()!;
      w.finish({ documentId: w.batch.documentId, changed: true, nodes: w.batch.nodes.length, edges: w.batch.edges.length });
    }
  };
  return { store, waiting, finishNewestFirst, maxInFlight: () => maxInFlight, started: () => started };
}

const SEEDS = join(__dirname, '../../seeds');

test('outcomes are reported in input order after their writes finish, with at most `concurrency` in flight', async () => {
  const items = await collectInputs([SEEDS]);
  const control = controlledStore();
  const reported: string[] = [];
  const run = ingestInputs(items, control.store, {
    concurrency: 2,
    onOutcome: (o) => reported.push(o.path.slice(-30)),
  });
  // Release writes newest-first once the window is full (or the last file has started).
  let done = false;
  run.finally(() => (done = true));
  while (!done) {
    await new Promise((r) => setImmediate(r));
    expect(reported.length).toBeLessThanOrEqual(items.length - control.waiting.length);
    if (control.waiting.length >= 2 || control.started() === items.length) control.finishNewestFirst();
  }
  const summary = await run;
  expect(control.maxInFlight()).toBe(2);
  expect(reported).toEqual(items.map((i) => i.path.slice(-30)));
  expect(summary).toMatchObject({ ok: 5, failed: 0, unchanged: 0, directives: seedDirectiveCount().total });
});

test('a store failure stops the batch with the store error', async () => {
  const items = await collectInputs([SEEDS]);
  const control = controlledStore();
  const run = ingestInputs(items, control.store, { concurrency: 3 });
  while (control.waiting.length === 0) await new Promise((r) => setImmediate(r));
  control.waiting[0].fail(new Error('disk full'));
  await expect(run).rejects.toThrow('disk full');
});
