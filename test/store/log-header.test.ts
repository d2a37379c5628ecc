// A log's header frame names its format and, since format 5 snapshots, the log's own id. A log
// holding only the start of a header (a first open that crashed while writing it) is an empty
// store, whatever id was being written; anything else that is not a header is damage.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURATIONS_FORMAT, DOCS_FORMAT, openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import { headerFrameOf, headerOfFrame } from '../../src/store/embedded/log-file';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mg-header-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const WITH_ID = headerFrameOf(DOCS_FORMAT, '0a1b2c3d4e5f6789');
const WITHOUT_ID = headerFrameOf(DOCS_FORMAT, null);

async function nodeCount(store: EmbeddedStore): Promise<number> {
  return (await store.stats(5)).nodes.reduce((sum, { count }) => sum + count, 0);
}

function storeWithLog(bytes: Buffer): string {
  const dir = join(root, 'data');
  mkdirSync(dir);
  writeFileSync(join(dir, 'docs.log'), bytes);
  return dir;
}

test.each([
  ['the first byte of a header with an id', WITH_ID.subarray(0, 1)],
  ['a header with an id, cut inside its checksum', WITH_ID.subarray(0, WITH_ID.indexOf(' ') + 4)],
  ['a header with an id, cut inside the id', WITH_ID.subarray(0, WITH_ID.indexOf('"log":"') + 10)],
  ['a header with an id but its last byte', WITH_ID.subarray(0, WITH_ID.length - 1)],
  ['a header from before ids but its last byte', WITHOUT_ID.subarray(0, WITHOUT_ID.length - 1)],
])('%s: an empty store, its log started afresh with an id', async (_name, bytes) => {
  const dir = storeWithLog(bytes);
  const store = await openEmbeddedStore({ dir });
  expect(await nodeCount(store)).toBe(0);
  await store.close();
  expect(headerOfFrame(readFileSync(join(dir, 'docs.log')))).toMatchObject({ format: DOCS_FORMAT, logId: expect.stringMatching(/^[0-9a-f]{16}$/) });
});

test.each([
  ['a header with a letter that is no hex digit in its checksum', Buffer.concat([WITH_ID.subarray(0, WITH_ID.indexOf(' ') + 1), Buffer.from('zz')])],
  ["the curations log's header, cut", headerFrameOf(CURATIONS_FORMAT, null).subarray(0, 60)],
])('%s: STORE_CORRUPT', async (_name, bytes) => {
  const dir = storeWithLog(bytes);
  await expect(openEmbeddedStore({ dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
});

test('a complete header frame, with or without an id, is an empty log of that id', async () => {
  for (const [header, logId] of [[WITH_ID, '0a1b2c3d4e5f6789'], [WITHOUT_ID, null]] as const) {
    const dir = storeWithLog(header);
    const store = await openEmbeddedStore({ dir });
    expect(await nodeCount(store)).toBe(0);
    await store.close();
    expect(headerOfFrame(readFileSync(join(dir, 'docs.log')))?.logId).toBe(logId);
    rmSync(dir, { recursive: true });
  }
});
