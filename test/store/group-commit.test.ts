// Group commit in the embedded store: the fsync of docs.log runs off the main thread, and the
// writes that arrive while it runs share the next append and fsync. Durability must not
// weaken: no write is acknowledged (or visible to reads) before an fsync that covers it, the
// log keeps the order the writes were asked for, and a crash while an fsync is held loses no
// acknowledged report. fs.fsync is held by the test to fix the moment of each step.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphBatch } from '../../src/graph/build-batch';
import type { GraphBatch } from '../../src/graph/model';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { META_001, META_003, REPORT_001, REPORT_003 } from './fixtures';

/** Distinct documents: the two reports with a numbered line appended (spans stay valid). */
function documents(count: number): GraphBatch[] {
  return Array.from({ length: count }, (_, i) => {
    const [meta, report] = i % 2 === 0 ? [META_001, REPORT_001] : [META_003, REPORT_003];
    return buildGraphBatch(meta, { ...report, text: `${report.text}\n[bản ${i}]` });
  });
}

type Callback = (error: NodeJS.ErrnoException | null) => void;
// The module object itself (an ES namespace import of it cannot be spied on), as record-log.ts calls it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs') as typeof import('node:fs');

/** fs.fsync calls wait until the test releases them (or fails them), in order. */
function holdFsync() {
  const held: { fd: number; done: Callback }[] = [];
  const real = fs.fsync;
  const spy = jest.spyOn(fs, 'fsync').mockImplementation(((fd: number, done: Callback) => { held.push({ fd, done }); }) as unknown as typeof fs.fsync);
  return {
    held,
    release: () => {
      const next = held.shift();
      if (next === undefined) throw new Error('no fsync is waiting');
      real(next.fd, next.done);
    },
    fail: () => held.shift()?.done(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })),
    restore: () => spy.mockRestore(),
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
/** Waits (polling; a real fsync on a loaded disk takes a while) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 5000 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
  if (!condition()) throw new Error('condition never held');
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-group-commit-'));
  dirs.push(dir);
  return dir;
}

test('no write is acknowledged or readable before its fsync; writes arriving meanwhile share the next one, in order', async () => {
  const dir = freshDir();
  const store = await openEmbeddedStore({ dir });
  const [a, b, c] = documents(3);
  const fsync = holdFsync();
  try {
    const acked: string[] = [];
    const write = (batch: GraphBatch) => store.writeDocument(batch).then(() => acked.push(batch.documentId));
    const writes = [write(a)];
    await until(() => fsync.held.length === 1);
    writes.push(write(b), write(c));
    for (let i = 0; i < 20; i += 1) await turn();
    expect(acked).toEqual([]);
    expect(await store.getNodes([a.documentId])).toEqual([null]);
    expect(fsync.held).toHaveLength(1); // b and c wait for a's fsync to end, not one each

    fsync.release();
    await until(() => acked.length === 1);
    expect(acked).toEqual([a.documentId]);
    await until(() => fsync.held.length === 1);
    for (let i = 0; i < 20; i += 1) await turn();
    expect(acked).toEqual([a.documentId]);
    expect(await store.getNodes([b.documentId, c.documentId])).toEqual([null, null]);

    fsync.release(); // one fsync for b and c
    await Promise.all(writes);
    expect(acked).toEqual([a.documentId, b.documentId, c.documentId]);
    expect(fsync.held).toHaveLength(0);
  } finally {
    fsync.restore();
  }
  await store.close();
  const log = readFileSync(join(dir, 'docs.log'), 'latin1');
  const at = [a, b, c].map((batch) => log.indexOf(batch.documentId));
  expect(at.every((offset) => offset > 0)).toBe(true);
  expect([...at].sort((x, y) => x - y)).toEqual(at);
});

test('a crash while an fsync is held keeps every acknowledged report and opens cleanly', async () => {
  const dir = freshDir();
  const store = await openEmbeddedStore({ dir });
  const [a, b] = documents(2);
  await store.writeDocument(a);
  const fsync = holdFsync();
  let image: string;
  let bAcked = false;
  try {
    const pending = store.writeDocument(b).then(() => (bAcked = true));
    await until(() => fsync.held.length === 1);
    // The directory as a power cut would leave it now: b's record written, not yet durable.
    image = freshDir();
    cpSync(dir, image, { recursive: true });
    expect(bAcked).toBe(false);
    fsync.release();
    await pending;
  } finally {
    fsync.restore();
  }
  await store.close();
  const reopened = await openEmbeddedStore({ dir: image });
  const [docA] = await reopened.getNodes([a.documentId]);
  expect(docA?.id).toBe(a.documentId);
  await reopened.close();
});

test('an fsync that fails rejects its whole group, cuts the log back, and later writes go on', async () => {
  const dir = freshDir();
  const store = await openEmbeddedStore({ dir });
  const [a, b, c] = documents(3);
  await store.writeDocument(a);
  const size = statSync(join(dir, 'docs.log')).size;
  const fsync = holdFsync();
  try {
    const failed = store.writeDocument(b);
    await until(() => fsync.held.length === 1);
    fsync.fail();
    await expect(failed).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(statSync(join(dir, 'docs.log')).size).toBe(size);
    expect(await store.getNodes([b.documentId])).toEqual([null]);
  } finally {
    fsync.restore();
  }
  await store.writeDocument(c);
  await store.close();
  const reopened = await openEmbeddedStore({ dir });
  expect((await reopened.getNodes([a.documentId, b.documentId, c.documentId])).map((n) => n?.id ?? null)).toEqual([a.documentId, null, c.documentId]);
  await reopened.close();
});
