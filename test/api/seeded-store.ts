// The five seed reports, ingested into a fresh embedded store the way `minutes-graph ingest
// seeds/` does it: for each manifest entry, extract → buildGraphBatch → store.writeDocument.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import type { TempStore } from './support/fixture-store';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export async function openSeededStore(): Promise<TempStore & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-graph-api-seeds-'));
  const store: StorePort = await openEmbeddedStore({ dir });
  const summary = await ingestInputs(await collectInputs([SEEDS_DIR]), store);
  if (summary.ok !== 5) {
    const failures = summary.outcomes.filter((o) => !o.ok).map((o) => JSON.stringify(o));
    throw new Error(`seeding failed: ${summary.ok} of 5 ingested\n${failures.join('\n')}`);
  }
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
