// Issue 15: damage at the end of the log passed for a torn write — a flipped byte in the last
// complete record, or a truncation anywhere (even to half the file), was cut back with exit 0
// and nothing printed; a missing docs.log opened as an empty store, a missing or emptied
// curations.log dropped every curation. Here random damage of every such kind, at random
// places inside what the store acknowledged, must be refused as STORE_CORRUPT naming the file,
// with the file left as it was: never opened as a smaller store.
import { existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '../../scripts/corpus/rng';
import { readAcknowledged } from '../../src/store/embedded/ack';
import { CURATIONS_LOG, DOCS_LOG, openEmbeddedStore } from '../../src/store/embedded/index';
import { StoreError } from '../../src/store/errors';
import { allBatches, doneCuration } from '../store/fixtures';
import { tempDir, TORTURE } from './support/corpus-dir';
import { reportFigures } from './support/figures';

const TRIALS = TORTURE ? 600 : 60;
type Damage = 'flip' | 'truncate' | 'empty' | 'delete' | 'delete with its .ack';
const DAMAGES: Damage[] = ['flip', 'truncate', 'empty', 'delete', 'delete with its .ack'];

/**
 * A fresh store for each trial: a copy would not do, since each log's acknowledged length is
 * recorded for its inode, and a copied log is another file.
 */
async function seededStore(): Promise<string> {
  const dir = join(tempDir('damage'), 'data');
  const store = await openEmbeddedStore({ dir });
  for (const batch of allBatches()) await store.writeDocument(batch);
  await store.addCuration(doneCuration('cur:fuzz', 'fuzz'));
  await store.close();
  return dir;
}

/** Damages one log of a copy of the template; returns what the log's bytes are afterwards (null: gone). */
function damage(dir: string, log: string, kind: Damage, rng: Rng): Buffer | null {
  const file = join(dir, log);
  const acknowledged = (readAcknowledged(file) as { length: number }).length;
  if (kind === 'flip') {
    const bytes = readFileSync(file);
    bytes[rng.int(0, acknowledged - 1)] ^= 1 << rng.int(0, 7);
    writeFileSync(file, bytes);
  } else if (kind === 'truncate') truncateSync(file, rng.int(0, acknowledged - 1));
  else if (kind === 'empty') truncateSync(file, 0);
  else {
    rmSync(file);
    if (kind === 'delete with its .ack') rmSync(`${file}.ack`);
    return null;
  }
  return readFileSync(file);
}

test(`${TRIALS} random damages inside the acknowledged logs: each refused as STORE_CORRUPT, the file untouched`, async () => {
  const rng = new Rng(15);
  const silent: string[] = [];
  const tried = new Map<string, number>();
  for (let trial = 0; trial < TRIALS; trial++) {
    const dir = await seededStore();
    const log = rng.int(0, 1) === 0 ? DOCS_LOG : CURATIONS_LOG;
    const kind = DAMAGES[rng.int(0, DAMAGES.length - 1)];
    const what = `${kind} ${log}`;
    tried.set(what, (tried.get(what) ?? 0) + 1);
    const left = damage(dir, log, kind, rng);
    const opened = await openEmbeddedStore({ dir }).then(
      async (store) => (await store.close(), null),
      (error: unknown) => error,
    );
    if (!(opened instanceof StoreError) || opened.code !== 'STORE_CORRUPT' || !opened.message.includes(log)) {
      silent.push(`trial ${trial}: ${what} → ${opened === null ? 'opened' : String(opened)}`);
    }
    const now = existsSync(join(dir, log)) ? readFileSync(join(dir, log)) : null;
    if (left === null ? now !== null : now === null || !now.equals(left)) silent.push(`trial ${trial}: ${what} → the log was changed on open`);
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
  reportFigures('log damage', { tried: TRIALS, detected: TRIALS - silent.length, silent: silent.length, kinds: JSON.stringify(Object.fromEntries(tried)) });
  expect(silent).toEqual([]);
  expect(tried.size).toBe(DAMAGES.length * 2);
});

// Found by the test above (600 trials): the CRC covers the body, not the header's identity, so a
// flipped bit in the identity opened as if nothing had happened.
test.each([DOCS_LOG, CURATIONS_LOG])('a changed digit in the identity of a record of %s is STORE_CORRUPT', async (log) => {
  const dir = await seededStore();
  const file = join(dir, log);
  const bytes = readFileSync(file);
  const secondHeader = bytes.indexOf('\n#') + 1;
  const identityAt = bytes.indexOf('\n', secondHeader) - 1;
  // Another hex digit, so the header still reads as one.
  bytes[identityAt] = bytes[identityAt] === 0x30 ? 0x31 : 0x30;
  writeFileSync(file, bytes);
  const error = await openEmbeddedStore({ dir }).then(() => null, (e: unknown) => e);
  expect(error).toMatchObject({ code: 'STORE_CORRUPT', target: file });
  expect((error as Error).message).toContain(`is damaged at byte ${secondHeader} (record identity does not match its body)`);
});
