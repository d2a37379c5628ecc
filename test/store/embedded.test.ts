// The embedded store: the shared contract, then what only an on-disk store must do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import { describeStoreContract } from './contract';

describeStoreContract('embedded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-contract-'));
  let current: StorePort = await openEmbeddedStore({ dir });
  return {
    store: current,
    reopen: async () => (current = await openEmbeddedStore({ dir })),
    cleanup: async () => {
      await current.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
