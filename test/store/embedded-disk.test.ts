// What only the on-disk store must do: reload, recover from a torn tail, refuse damage,
// name an unwritable directory, keep a second writer out, and compact without losing data.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { documentIdsIn, openErrorOf } from './disk-helpers';
import { DIR, IDS, META_001, REPORT_001, REPORT_002, REPORT_003, allBatches, batch001, batch002, batch003 } from './fixtures';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mg-disk-'));
  dir = root;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const docsLog = () => join(dir, 'docs.log');

async function seeded(): Promise<void> {
  const store = await openEmbeddedStore({ dir });
  for (const batch of allBatches()) await store.writeDocument(batch);
  await store.close();
}

const documentIds = () => documentIdsIn(dir);

const openError = openErrorOf;

describe('embedded store on disk', () => {
  test('a fresh directory is created; documents and their queries come back after reopen', async () => {
    dir = join(dir, 'nested', 'data');
    await seeded();
    expect(await documentIds()).toEqual([IDS.doc001, IDS.doc002, IDS.doc003].sort());
  });

  test('a torn last record (crash mid-append, never acknowledged) is cut off; every complete document is kept', async () => {
    await seeded();
    const log = readFileSync(docsLog());
    // What a crash leaves: part of a record written after the acknowledged end of the log.
    const lastRecord = log.subarray(log.lastIndexOf('\n#', log.length - 2) + 1);
    appendFileSync(docsLog(), lastRecord.subarray(0, lastRecord.length - 500));
    expect(await documentIds()).toEqual([IDS.doc001, IDS.doc002, IDS.doc003].sort());
    expect(readFileSync(docsLog()).equals(log)).toBe(true);
  });

  test('a tail of zero bytes (file grown, data not yet landed) counts as torn', async () => {
    await seeded();
    appendFileSync(docsLog(), Buffer.alloc(4096));
    expect(await documentIds()).toEqual([IDS.doc001, IDS.doc002, IDS.doc003].sort());
    expect(readFileSync(docsLog()).subarray(-1)[0]).toBe(0x0a);
  });

  test('damage in the middle is STORE_CORRUPT naming the file and offset, and the file is left as it was', async () => {
    await seeded();
    const bytes = readFileSync(docsLog());
    const at = bytes.indexOf('Bộ LĐTB&XH đôn đốc');
    bytes[at] = 'X'.charCodeAt(0);
    writeFileSync(docsLog(), bytes);
    const error = await openError({ dir });
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.target).toBe(docsLog());
    expect(error.message).toMatch(/docs\.log is damaged at byte \d+ \(checksum mismatch\)/);
    expect(readFileSync(docsLog()).equals(bytes)).toBe(true);
  });

  test('a file that is not a store log is never started over', async () => {
    writeFileSync(docsLog(), 'name,title\nBộ Y tế,Ministry of Health\n');
    const error = await openError({ dir });
    expect(error).toMatchObject({ code: 'STORE_CORRUPT', target: docsLog() });
    expect(readFileSync(docsLog(), 'utf8')).toBe('name,title\nBộ Y tế,Ministry of Health\n');
  });

  test('a directory that cannot be created is STORE_NOT_WRITABLE naming it', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const target = join(dir, 'a-file', 'data');
    const error = await openError({ dir: target });
    expect(error.code).toBe('STORE_NOT_WRITABLE');
    expect(error.target).toBe(target);
    expect(error.message).toContain(target);
  });

  test('a second writer fails fast with STORE_LOCKED; a reader still opens', async () => {
    const writer = await openEmbeddedStore({ dir });
    await writer.writeDocument(batch002());
    const error = await openError({ dir });
    expect(error.code).toBe('STORE_LOCKED');
    expect(error.message).toContain(String(process.pid));
    const reader = await openEmbeddedStore({ dir, readOnly: true });
    expect((await reader.getNodes([IDS.doc002]))[0]).toMatchObject({ id: IDS.doc002, text: REPORT_002.text });
    await expect(reader.writeDocument(batch003())).rejects.toMatchObject({ code: 'STORE_NOT_WRITABLE' });
    await reader.close();
    await writer.close();
    const again = await openEmbeddedStore({ dir });
    await again.close();
  });

  test('a lock left by a process that is gone is taken over', async () => {
    await seeded();
    writeFileSync(join(dir, 'LOCK'), '2147483646');
    expect(await documentIds()).toHaveLength(3);
  });

  test('rewrites are compacted away without changing what the store holds', async () => {
    const store = await openEmbeddedStore({ dir });
    for (const batch of allBatches()) await store.writeDocument(batch);
    for (let i = 0; i < 10; i++) await store.writeDocument(buildGraphBatch({ ...META_001, title: `version ${i}` }, REPORT_001));
    const before = statSync(docsLog()).size;
    store.compactIfWorthIt(0);
    const after = statSync(docsLog()).size;
    expect(after).toBeLessThan(before / 3);
    expect((await store.getNodes([IDS.doc001, IDS.doc003]))[1]).toMatchObject({ text: REPORT_003.text });
    await store.writeDocument(batch002()); // unchanged: no append
    await store.close();
    const reopened = await openEmbeddedStore({ dir });
    const [doc] = await reopened.getNodes([IDS.doc001]);
    expect(doc).toMatchObject({ label: 'Document', title: 'version 9', text: REPORT_001.text });
    expect((await reopened.findDirectives({ assignedTo: [IDS.moh] }, { first: 5 })).items.map((i) => i.value.id)).toEqual([DIR.mohRecords, DIR.mohHospitals]);
    expect(statSync(docsLog()).size).toBe(after);
    await reopened.close();
  });

  test("writing never changes the caller's batch", async () => {
    const store = await openEmbeddedStore({ dir });
    const batch = batch001();
    const before = JSON.stringify(batch);
    await store.writeDocument(batch);
    await store.getNodes(batch.nodes.map((n) => n.id));
    expect(JSON.stringify(batch)).toBe(before);
    await store.close();
  });

  test('writes issued together all resolve; a repeat in the same group is unchanged', async () => {
    const store = await openEmbeddedStore({ dir });
    const written = await Promise.all([...allBatches(), batch001()].map((b) => store.writeDocument(b)));
    expect(written.map((w) => w.changed)).toEqual([true, true, true, false]);
    await store.close();
    expect(await documentIds()).toHaveLength(3);
  });
});
