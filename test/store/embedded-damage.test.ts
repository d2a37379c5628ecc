// Issue 15: silent loss at the end of the log. A flipped byte in the last complete record, or a
// truncation anywhere (even to half the file), was taken for a torn write and cut back without
// a word; a missing docs.log opened as an empty store; a missing or emptied curations.log
// dropped every curation. Now each is STORE_CORRUPT naming the file and offset, the files are
// left as they were, and `repair` keeps a copy and says what it drops.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRepair } from '../../src/cli/repair-command';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { documentIdsIn, openErrorOf } from './disk-helpers';
import { repairEmbeddedStore } from '../../src/store/embedded/repair';
import type { CurationRecord } from '../../src/store/port';
import { DIR, IDS, allBatches } from './fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-damage-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const docsLog = () => join(dir, 'docs.log');
const curationsLog = () => join(dir, 'curations.log');
const NOW = new Date('2026-12-01T10:00:00Z');

const CURATION: CurationRecord = {
  id: 'cur:issue15',
  directiveId: DIR.molisaTet,
  kind: 'STATUS',
  value: 'DONE',
  effectiveDate: '2024-02-08',
  note: 'Đã cấp đủ tiền Tết',
  evidenceUrl: null,
  reason: null,
  curator: 'Lan',
  recordedAt: '2024-02-09T00:00:00.000Z',
};

async function seeded(withCuration = false): Promise<void> {
  const store = await openEmbeddedStore({ dir });
  for (const batch of allBatches()) await store.writeDocument(batch);
  if (withCuration) await store.addCuration(CURATION);
  await store.close();
}

const openError = () => openErrorOf({ dir });

const documentIds = () => documentIdsIn(dir);

/** Offset of the last record's header in a log. */
const lastRecordAt = (bytes: Buffer) => bytes.lastIndexOf('\n#', bytes.length - 2) + 1;

describe('damage is told from a torn write', () => {
  test.each([
    ['a flipped byte inside the last complete record', (b: Buffer) => {
      const at = b.length - 40;
      b[at] ^= 0x01;
      return b;
    }, /docs\.log is damaged at byte \d+ \(checksum mismatch, before the acknowledged end at byte \d+\)/],
    ['a truncation to 50%', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), /docs\.log is \d+ bytes, shorter than the \d+ bytes acknowledged/],
    ['a truncation inside the last record', (b: Buffer) => b.subarray(0, b.length - 500), /shorter than the \d+ bytes acknowledged \(500 bytes of acknowledged records are missing\)/],
    ['a truncation to the header alone', (b: Buffer) => b.subarray(0, b.indexOf('\n#') + 1), /shorter than the \d+ bytes acknowledged/],
  ])('%s: STORE_CORRUPT naming file and offset; the file is left untouched', async (_name, damage, message) => {
    await seeded();
    const damaged = damage(readFileSync(docsLog()));
    writeFileSync(docsLog(), damaged);
    const error = await openError();
    expect(error).toMatchObject({ code: 'STORE_CORRUPT', target: docsLog() });
    expect(error.message).toMatch(message);
    expect(error.message).toContain('minutes-graph repair');
    expect(readFileSync(docsLog()).equals(damaged)).toBe(true);
  });

  test('a missing docs.log in a store that had one is an error, not an empty store', async () => {
    await seeded();
    rmSync(docsLog());
    const error = await openError();
    expect(error.message).toMatch(/docs\.log is missing, but docs\.log\.ack records \d+ acknowledged bytes/);
    expect(existsSync(docsLog())).toBe(false);
  });

  test.each([
    ['missing', () => rmSync(curationsLog()), /curations\.log is missing/],
    ['emptied', () => truncateSync(curationsLog(), 0), /curations\.log is 0 bytes, shorter than the \d+ bytes acknowledged/],
  ])('a %s curations.log is an error, not every curation dropped', async (_name, damage, message) => {
    await seeded(true);
    damage();
    expect((await openError()).message).toMatch(message);
  });

  test('an incomplete record after the acknowledged end is still a torn write: cut, the rest kept', async () => {
    await seeded();
    const log = readFileSync(docsLog());
    writeFileSync(docsLog(), Buffer.concat([log, log.subarray(lastRecordAt(log), log.length - 300)]));
    expect(await documentIds()).toEqual([IDS.doc001, IDS.doc002, IDS.doc003].sort());
    expect(readFileSync(docsLog()).equals(log)).toBe(true);
  });

  test('a reader opening while a writer appends sees no damage', async () => {
    const writer = await openEmbeddedStore({ dir });
    const readers = [];
    for (const batch of allBatches()) {
      const write = writer.writeDocument(batch);
      readers.push(openEmbeddedStore({ dir, readOnly: true }).then((r) => r.close()));
      await write;
    }
    await Promise.all(readers);
    await writer.close();
  });
});

describe('minutes-graph repair', () => {
  test('a flipped byte in the middle: a copy is kept, the damaged record dropped, every other record kept', async () => {
    await seeded(true);
    const bytes = readFileSync(docsLog());
    const at = bytes.indexOf('Bộ LĐTB&XH đôn đốc');
    bytes[at] = 'X'.charCodeAt(0);
    writeFileSync(docsLog(), bytes);
    const [docs, curations] = repairEmbeddedStore(dir, NOW);
    expect(docs).toMatchObject({ state: 'repaired', records: 2, missingBytes: 0, copy: `${docsLog()}.damaged-20261201T100000Z` });
    expect(docs.dropped).toEqual([{ offset: expect.any(Number), length: expect.any(Number), reason: 'checksum mismatch' }]);
    expect(docs.dropped[0].offset).toBeLessThan(at);
    expect(curations).toMatchObject({ state: 'intact', records: 1 });
    expect(readFileSync(docs.copy as string).equals(bytes)).toBe(true);
    expect(await documentIds()).toHaveLength(2);
    const lines = describeRepair(docs);
    expect(lines[0]).toMatch(/^repair: .*docs\.log: .*docs\.log is damaged at byte \d+ \(checksum mismatch\)$/);
    expect(lines[1]).toMatch(/^repair: .*docs\.log: dropped bytes \d+-\d+ \(\d+ bytes: checksum mismatch\)$/);
    expect(lines[2]).toMatch(/kept 2 records; the damaged file is kept as .*docs\.log\.damaged-20261201T100000Z$/);
  });

  test('a truncation to 50%: the complete records before the cut are kept, the loss is stated', async () => {
    await seeded();
    const bytes = readFileSync(docsLog());
    writeFileSync(docsLog(), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const [docs] = repairEmbeddedStore(dir, NOW);
    expect(docs.state).toBe('repaired');
    expect(docs.missingBytes).toBe(bytes.length - Math.floor(bytes.length / 2));
    expect(describeRepair(docs).join('\n')).toContain(`${docs.missingBytes} acknowledged bytes were already missing`);
    expect(await documentIds()).toHaveLength(docs.records);
  });

  test('a missing curations.log is created empty, saying how much was lost', async () => {
    await seeded(true);
    rmSync(curationsLog());
    const [, curations] = repairEmbeddedStore(dir, NOW);
    expect(curations).toMatchObject({ state: 'recreated', records: 0, missingBytes: expect.any(Number) });
    expect(curations.missingBytes).toBeGreaterThan(0);
    expect(await documentIds()).toHaveLength(3);
  });

  test('an intact store is left as it is', async () => {
    await seeded(true);
    const before = readdirSync(dir).sort();
    expect(repairEmbeddedStore(dir, NOW).map((r) => r.state)).toEqual(['intact', 'intact']);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

test('docs.log deleted together with its .ack: the curations sidecar shows the store had it', async () => {
  await seeded(true);
  rmSync(docsLog());
  rmSync(`${docsLog()}.ack`);
  expect((await openError()).message).toMatch(/docs\.log is missing \(with its \.ack\), but curations\.log\.ack shows the store had both logs/);
});
