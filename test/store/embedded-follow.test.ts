// Issue 15: a server did not see what another process ingested until it was restarted. A
// read-only embedded store now follows the writer's logs: refresh() applies what was appended,
// and reopens when a compaction renamed a new log into place.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { CurationRecord } from '../../src/store/port';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { DIR, IDS, META_002, REPORT_002, batch001, batch002, batch003, doneCuration } from './fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-follow-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CURATION: CurationRecord = doneCuration('cur:follow');

async function documentIdsOf(store: Awaited<ReturnType<typeof openEmbeddedStore>>): Promise<string[]> {
  return (await store.listNodes('Document', { first: 10 })).items.map((i) => i.value.id).sort();
}

test('a reader sees documents and curations the writer appends after it opened', async () => {
  const writer = await openEmbeddedStore({ dir });
  await writer.writeDocument(batch002());
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  try {
    expect(await documentIdsOf(reader)).toEqual([IDS.doc002]);
    expect(await reader.refresh()).toBe(false);
    await writer.writeDocument(batch003());
    await writer.writeDocument(batch001());
    await writer.addCuration(CURATION);
    expect(await reader.refresh()).toBe(true);
    expect(await documentIdsOf(reader)).toEqual([IDS.doc001, IDS.doc002, IDS.doc003].sort());
    expect(await reader.getCurations([DIR.molisaTet])).toEqual([[CURATION]]);
    // Texts of appended documents are read from the log on demand, at their new places.
    expect((await reader.getNodes([IDS.doc002]))[0]).toMatchObject({ text: REPORT_002.text });
  } finally {
    await reader.close();
    await writer.close();
  }
});

test('a reader follows through a compaction that replaced docs.log', async () => {
  const writer = await openEmbeddedStore({ dir });
  await writer.writeDocument(batch002());
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  try {
    const inode = statSync(join(dir, 'docs.log')).ino;
    // Two rewrites of the same report leave more dead records than live ones: worth compacting.
    for (const title of ['Bản sửa 1', 'Bản sửa 2']) await writer.writeDocument(buildGraphBatch({ ...META_002, title }, REPORT_002));
    writer.compactIfWorthIt(0);
    expect(statSync(join(dir, 'docs.log')).ino).not.toBe(inode);
    expect(await reader.refresh()).toBe(true);
    expect(await documentIdsOf(reader)).toEqual([IDS.doc002]);
    expect((await reader.getNodes([IDS.doc002]))[0]).toMatchObject({ title: 'Bản sửa 2', text: REPORT_002.text });
  } finally {
    await reader.close();
    await writer.close();
  }
});

test('a reader opened before the store existed picks it up once written', async () => {
  const data = join(dir, 'data');
  const reader = await openEmbeddedStore({ dir: data, readOnly: true });
  const writer = await openEmbeddedStore({ dir: data });
  try {
    await writer.writeDocument(batch002());
    expect(await reader.refresh()).toBe(true);
    expect(await documentIdsOf(reader)).toEqual([IDS.doc002]);
  } finally {
    await reader.close();
    await writer.close();
  }
});
