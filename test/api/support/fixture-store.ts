// An embedded store in a temp directory holding the three hand-read seed reports of
// test/store/fixtures.ts (real sentences and spans), for tests that must not depend on the
// extractor's current quality.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../../src/store/embedded/index';
import type { GraphBatch } from '../../../src/graph/model';
import type { StorePort } from '../../../src/store/port';
import { allBatches } from '../../store/fixtures';

export interface TempStore {
  store: StorePort;
  dispose(): Promise<void>;
}

/** The three hand-read reports, and any further batches a test builds itself. */
export async function openFixtureStore(extra: readonly GraphBatch[] = []): Promise<TempStore> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-graph-api-'));
  const store = await openEmbeddedStore({ dir });
  for (const batch of [...allBatches(), ...extra]) await store.writeDocument(batch);
  return {
    store,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
