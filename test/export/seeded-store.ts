// A fresh embedded store in a temp directory holding the five seed reports, ingested the
// way `minutes-graph start` does it. Shared by the export and browser tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export interface SeededStore {
  store: StorePort;
  /** The temp directory; the store's files are in `dataDir` under it. */
  dir: string;
  dataDir: string;
  /** Closes the store and removes its directory. */
  dispose(): Promise<void>;
}

export async function openSeededStore(): Promise<SeededStore> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-graph-seeded-'));
  const dataDir = join(dir, 'data');
  const store = await openEmbeddedStore({ dir: dataDir });
  const summary = await ingestInputs(await collectInputs([SEEDS_DIR]), store);
  if (summary.failed > 0 || summary.ok !== 5) {
    const failures = summary.outcomes.filter((o) => !o.ok).map((o) => `${o.path}: ${'message' in o ? o.message : ''}`);
    throw new Error(`seeding failed: ${summary.ok} ingested, ${summary.failed} failed\n${failures.join('\n')}`);
  }
  return {
    store,
    dir,
    dataDir,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
