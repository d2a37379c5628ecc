// The compact snapshot (docs.snapshot) changes how fast the store opens, never what it holds:
// a store opened from snapshot + the log past it answers exactly as one that replays the
// whole log, and a snapshot that no longer matches the log (stale, damaged) is ignored.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphBatch } from '../../src/graph/build-batch';
import type { GraphNode } from '../../src/graph/model';
import { crc32Hex } from '../../src/store/embedded/crc32';
import { decodeSnapshot } from '../../src/store/embedded/snapshot-format';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import { contents, open, replayedWhole } from './snapshot-kit';
import { SNAPSHOT_FILE } from '../../src/store/embedded/snapshot';
import { IDS, META_001, REPORT_001, allBatches, batch002 } from './fixtures';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mg-snapshot-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A snapshot line as the store writes it: its CRC-32, then the value as ASCII JSON. */
function snapshotLine(value: unknown): string {
  const json = Buffer.from(JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')), 'latin1');
  return `${crc32Hex(json)} ${json.toString('latin1')}\n`;
}

/** Rewrites report 001 until dead records outweigh live ones, then compacts (ending on `title`). */
async function compactAfterRewrites(store: EmbeddedStore, title: string): Promise<void> {
  for (let i = 0; i < 6; i++) await store.writeDocument(buildGraphBatch({ ...META_001, title: i === 5 ? title : `draft ${i}` }, REPORT_001));
  const before = statSync(store.docsLogFile).size;
  store.compactIfWorthIt(0);
  expect(statSync(store.docsLogFile).size).toBeLessThan(before);
}

/** A store whose log holds dead records, a snapshot, then more records past it. */
async function storeWithSnapshotAndTail(dir: string): Promise<void> {
  const store = await open(dir);
  for (const batch of allBatches()) await store.writeDocument(batch);
  await store.writeDocument(buildGraphBatch({ ...META_001, title: 'first version' }, REPORT_001));
  store.writeSnapshot();
  await store.writeDocument(buildGraphBatch({ ...META_001, title: 'second version' }, REPORT_001));
  const directive = allBatches()[0].nodes.find((n) => n.label === 'Directive');
  await store.addCuration({ id: 'c-1', directiveId: directive?.id as string, kind: 'STATUS', value: 'DONE', effectiveDate: null, note: null, evidenceUrl: null, reason: null, curator: 'ana', recordedAt: '2025-07-01T00:00:00Z' });
  await store.close();
}

test('snapshot + the log past it gives what replaying the whole log gives', async () => {
  const dir = join(root, 'data');
  await storeWithSnapshotAndTail(dir);
  const expected = await replayedWhole(dir, root);
  const store = await open(dir);
  expect(store.snapshotCovered).toBeGreaterThan(0);
  expect(store.snapshotCovered).toBeLessThan(statSync(join(dir, 'docs.log')).size);
  expect(await contents(store)).toEqual(expected);
  expect((await store.getNodes([IDS.doc001]))[0]).toMatchObject({ title: 'second version', text: REPORT_001.text });
  await store.close();
});

test('a read-only store uses the snapshot too', async () => {
  const dir = join(root, 'data');
  await storeWithSnapshotAndTail(dir);
  const expected = await replayedWhole(dir, root);
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  expect(reader.snapshotCovered).toBeGreaterThan(0);
  expect(await contents(reader)).toEqual(expected);
  await reader.close();
});

test('compaction writes a new snapshot that matches the compacted log', async () => {
  const dir = join(root, 'data');
  await storeWithSnapshotAndTail(dir);
  const store = await open(dir);
  await compactAfterRewrites(store, 'compacted');
  expect(store.snapshotCovered).toBe(statSync(join(dir, 'docs.log')).size);
  await store.close();
  const expected = await replayedWhole(dir, root);
  const reopened = await open(dir);
  expect(reopened.snapshotCovered).toBe(statSync(join(dir, 'docs.log')).size);
  expect(await contents(reopened)).toEqual(expected);
  await reopened.close();
});

test.each([
  ['stale: taken before a compaction moved every record', (dir: string, old: string) => copyFileSync(old, join(dir, SNAPSHOT_FILE))],
  ['damaged: one byte changed', (dir: string) => {
    const file = join(dir, SNAPSHOT_FILE);
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0x01;
    writeFileSync(file, bytes);
  }],
  ['cut short', (dir: string) => writeFileSync(join(dir, SNAPSHOT_FILE), readFileSync(join(dir, SNAPSHOT_FILE)).subarray(0, 100))],
  ['checksums right, a line written wrong (an edge to a node the document does not have)', (dir: string) => {
    const file = join(dir, SNAPSHOT_FILE);
    const lines = readFileSync(file, 'latin1').split('\n');
    const docs = JSON.parse(lines[1].slice(9)) as unknown[][];
    docs[0][6] = ['e:wrong', 0, 9999, 0, 0, 0];
    lines[1] = snapshotLine(docs).slice(0, -1);
    writeFileSync(file, lines.join('\n'), 'latin1');
  }],
  ['of a format this version does not know', (dir: string) => {
    const file = join(dir, SNAPSHOT_FILE);
    writeFileSync(file, readFileSync(file, 'latin1').replace(/^minutes-graph\/snapshot\/\d+/, 'minutes-graph/snapshot/9'), 'latin1');
  }],
])('a snapshot that does not match the log is ignored (%s)', async (_name, spoil) => {
  const dir = join(root, 'data');
  await storeWithSnapshotAndTail(dir);
  const old = join(root, 'old.snapshot');
  copyFileSync(join(dir, SNAPSHOT_FILE), old);
  const store = await open(dir);
  await compactAfterRewrites(store, 'compacted');
  await store.writeDocument(batch002()); // unchanged
  await store.close();
  spoil(dir, old);
  const expected = await replayedWhole(dir, root);
  const reopened = await open(dir);
  expect(reopened.snapshotCovered).toBe(0);
  expect(await contents(reopened)).toEqual(expected);
  await reopened.close();
});

describe('the log past the snapshot', () => {
  test('damage in a record past it is STORE_CORRUPT at that byte', async () => {
    const dir = join(root, 'data');
    await storeWithSnapshotAndTail(dir);
    const reader = await openEmbeddedStore({ dir, readOnly: true });
    const covered = reader.snapshotCovered;
    await reader.close();
    const file = join(dir, 'docs.log');
    const bytes = readFileSync(file);
    bytes[covered + 100] ^= 0x01; // inside the body of the first record past the snapshot
    writeFileSync(file, bytes);
    await expect(open(dir)).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringContaining(`damaged at byte ${covered}`) });
  });

  test('a torn record after the acknowledged end is cut off, and the snapshot still used', async () => {
    const dir = join(root, 'data');
    await storeWithSnapshotAndTail(dir);
    const expected = await replayedWhole(dir, root);
    const file = join(dir, 'docs.log');
    const size = statSync(file).size;
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('#5000 0000', 'latin1')]));
    const store = await open(dir);
    expect(store.snapshotCovered).toBeGreaterThan(0);
    expect(statSync(file).size).toBe(size);
    expect(await contents(store)).toEqual(expected);
    await store.close();
  });
});

describe('a snapshot of format 3 (written by an older version)', () => {
  /** docs.snapshot rewritten in format 3, from the same live records as the current one. */
  function rewriteAsFormat3(dir: string): void {
    const file = join(dir, SNAPSHOT_FILE);
    const current = decodeSnapshot(readFileSync(file));
    if ('unusable' in current) throw new Error(current.unusable);
    const shared: GraphNode[] = [];
    const docs = [...current.docs()].map((d) => [
      d.documentId, d.identity, d.offset, d.length, d.textBytes,
      d.batch.nodes.map((n) => (n.label === 'Agency' || n.label === 'Official' ? shared.push(n) - 1 : n)),
      d.batch.edges.map((e) => [e.id, e.type, e.from, e.to, e.props, e.documentId === null ? 1 : 0]),
    ]);
    writeFileSync(file, `minutes-graph/snapshot/3 ${current.covered}\n${snapshotLine(docs)}${snapshotLine(shared)}end 2\n`, 'latin1');
  }

  test('opens from it, answers as replaying the log does, and writes the current format on close', async () => {
    const dir = join(root, 'data');
    await storeWithSnapshotAndTail(dir);
    rewriteAsFormat3(dir);
    const expected = await replayedWhole(dir, root);
    const store = await open(dir);
    expect(store.snapshotCovered).toBeGreaterThan(0);
    expect(await contents(store)).toEqual(expected);
    await store.close();
    expect(readFileSync(join(dir, SNAPSHOT_FILE), 'latin1').split('\n')[0]).toMatch(/^minutes-graph\/snapshot\/5 \d+ [0-9a-f]{16} \d+ [0-9a-f]{16}$/);
    const reopened = await open(dir);
    expect(reopened.snapshotCovered).toBeGreaterThan(0);
    expect(await contents(reopened)).toEqual(expected);
    await reopened.close();
  });
});
