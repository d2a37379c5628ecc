// Issue 15: on a full disk the ingest summary line was missing and a curation mutation answered
// a bare "Unexpected error.". The disk is simulated where the store meets it: the log's write
// fails with the errno the kernel gives (ENOSPC), mapped by the store's own fsError.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/api/server';
import { ingestCommand } from '../../src/cli/ingest-command';
import type { CliIO } from '../../src/cli/io';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import { fsError } from '../../src/store/embedded/fs-errors';
import type { StorePort } from '../../src/store/port';
import { DIR } from '../store/fixtures';
import { TEST_TOKEN, testClock, testConfig } from '../api/support/api-config';
import { codes, gql } from '../api/support/client';
import { openFixtureStore } from '../api/support/fixture-store';

const SEEDS = join(__dirname, '../../seeds');

function enospc(target: string) {
  return fsError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), target, 'append to');
}

/** The store, with its disk full after `writesLeft` document writes and for every curation. */
function fillingUp(store: StorePort, writesLeft: number): StorePort {
  let left = writesLeft;
  return new Proxy(store, {
    get(target, key, receiver) {
      // A document comes as a batch or as the record a prepare worker encoded: the disk fills either way.
      if (key === 'writeDocument') return (batch: never) => (left-- > 0 ? target.writeDocument(batch) : Promise.reject(enospc('docs.log')));
      if (key === 'writeEncoded') return (encoded: never) => (left-- > 0 ? (target as EmbeddedStore).writeEncoded(encoded) : Promise.reject(enospc('docs.log')));
      if (key === 'addCuration') return () => Promise.reject(enospc('curations.log'));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

test('ingest on a full disk: the acknowledged files, then a summary line naming ENOSPC, exit 1', async () => {
  const store = await openEmbeddedStore({ dir: mkdtempSync(join(tmpdir(), 'mg-full-')) });
  const out: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => out.push(`ERR ${s}`), isTTY: false };
  try {
    const code = await ingestCommand({ paths: [SEEDS], published: null, urlList: null }, fillingUp(store, 2), io);
    expect(code).toBe(1);
    expect(out.filter((l) => l.startsWith('ingested '))).toHaveLength(2);
    expect(out.at(-1)).toMatch(/^ingest: 2 document\(s\) stored \(0 unchanged\), 0 failed, \d+ directives; stopped: the disk is full \(ENOSPC\): /);
  } finally {
    await store.close();
  }
});

test('a curation on a full disk answers STORAGE_FULL saying so, not "Unexpected error."', async () => {
  const fixture = await openFixtureStore();
  try {
    const yoga = createApi({ store: fillingUp(fixture.store, 0), config: testConfig(), clock: testClock });
    const r = await gql(yoga, `mutation($id: ID!) { setDirectiveStatus(id: $id, status: DONE, curator: "Lan") { id } }`, { id: DIR.molisaTet }, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(codes(r)).toEqual(['STORAGE_FULL']);
    expect(r.errors?.[0].message).toBe('The store cannot record this change: its disk is full');
  } finally {
    await fixture.dispose();
  }
});
