// A snapshot is used only over the very docs.log it was taken of. The store checks this once
// (the log's id and the last record before the snapshot's end) instead of reading every
// document's frame; a snapshot without that anchor (format 4) or over a log from before ids is
// still checked document by document. Each case below is a log whose records lie at the same
// places as the snapshot says, one of them with other content: using the snapshot would serve
// the old record, so the store must notice and replay the log.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { DOCS_FORMAT, openEmbeddedStore } from '../../src/store/embedded/index';
import { frameHeaderOf } from '../../src/store/embedded/framing';
import { headerFrameOf } from '../../src/store/embedded/log-file';
import { SNAPSHOT_FILE } from '../../src/store/embedded/snapshot';
import { IDS, META_001, REPORT_001, batch002, batch003 } from './fixtures';
import { contents, open, replayedWhole } from './snapshot-kit';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mg-anchor-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Report 001 first (titled `title`), then 002 and 003: the last record is the same whatever the title. */
async function writeReports(dir: string, title: string, snapshot: boolean): Promise<void> {
  const store = await open(dir);
  for (const batch of [buildGraphBatch({ ...META_001, title }, REPORT_001), batch002(), batch003()]) await store.writeDocument(batch);
  if (snapshot) store.writeSnapshot();
  await store.close();
}

const headerLength = (file: string) => frameHeaderOf(readFileSync(file))?.length ?? 0;

/** The log with its header frame replaced by one from before logs had ids. */
function withoutId(file: string): Buffer {
  const bytes = readFileSync(file);
  return Buffer.concat([headerFrameOf(DOCS_FORMAT, null), bytes.subarray(headerLength(file))]);
}

async function titleOf001(dir: string): Promise<unknown> {
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  try {
    return (await reader.getNodes([IDS.doc001]))[0];
  } finally {
    await reader.close();
  }
}

/** Opens `dir` and expects the log replayed: no snapshot used, report 001 as the log has it. */
async function expectReplayed(dir: string, title: string): Promise<void> {
  const expected = await replayedWhole(dir, root);
  const store = await open(dir);
  try {
    expect(store.snapshotCovered).toBe(0);
    expect(await contents(store)).toEqual(expected);
    expect((await store.getNodes([IDS.doc001]))[0]).toMatchObject({ title });
  } finally {
    await store.close();
  }
}

test("another store's log with the same layout: its id is not the snapshot's", async () => {
  const [dir, other] = [join(root, 'data'), join(root, 'other')];
  await writeReports(dir, 'version A', true);
  await writeReports(other, 'version B', false);
  expect(statSync(join(other, 'docs.log')).size).toBe(statSync(join(dir, 'docs.log')).size);
  copyFileSync(join(other, 'docs.log'), join(dir, 'docs.log'));
  await expectReplayed(dir, 'version B');
});

test('the log cut and written again up to the same last record: the writer drops the snapshot it could not use', async () => {
  const dir = join(root, 'data');
  await writeReports(dir, 'version A', true);
  const file = join(dir, 'docs.log');
  const size = statSync(file).size;
  truncateSync(file, headerLength(file));
  rmSync(`${file}.ack`); // else the open refuses a log shorter than acknowledged
  await writeReports(dir, 'version B', false);
  expect(statSync(file).size).toBe(size);
  expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(false);
  await expectReplayed(dir, 'version B');
});

describe.each([
  ['a snapshot of format 4 (no anchor)', (dir: string) => {
    const file = join(dir, SNAPSHOT_FILE);
    const text = readFileSync(file, 'latin1');
    const covered = /^minutes-graph\/snapshot\/5 (\d+) /.exec(text)?.[1];
    writeFileSync(file, text.replace(/^[^\n]*/, `minutes-graph/snapshot/4 ${covered}`), 'latin1');
  }, (log: string) => readFileSync(log)],
  ['a log from before ids', () => undefined, withoutId],
])('%s: each document is checked in the log', (_name, spoilSnapshot, logBytes) => {
  /** A store of the reports titled `title`, with the log as `logBytes` makes it and a snapshot of that log. */
  async function store(dir: string, title: string): Promise<void> {
    await writeReports(dir, title, false);
    writeFileSync(join(dir, 'docs.log'), logBytes(join(dir, 'docs.log')));
    rmSync(join(dir, 'docs.log.ack'));
    const writer = await open(dir);
    writer.writeSnapshot();
    await writer.close();
    spoilSnapshot(dir);
  }

  test('the snapshot still opens the store, answering as the log does', async () => {
    const dir = join(root, 'data');
    await store(dir, 'version A');
    const expected = await replayedWhole(dir, root);
    const reader = await openEmbeddedStore({ dir, readOnly: true });
    expect(reader.snapshotCovered).toBeGreaterThan(0);
    expect(await contents(reader)).toEqual(expected);
    await reader.close();
    expect(await titleOf001(dir)).toMatchObject({ title: 'version A' });
  });

  test('a record with other content at the same place is noticed', async () => {
    const [dir, other] = [join(root, 'data'), join(root, 'other')];
    await store(dir, 'version A');
    await store(other, 'version B');
    copyFileSync(join(other, 'docs.log'), join(dir, 'docs.log'));
    await expectReplayed(dir, 'version B');
  });
});
