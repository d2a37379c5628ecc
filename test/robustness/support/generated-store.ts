// An embedded store holding a generated corpus: big enough for work that grows with the graph
// (path searches, exports) to take a while, built the way a user would, by ingesting reports.
import { join } from 'node:path';
import { collectInputs } from '../../../src/ingest/collect-inputs';
import { ingestInputs } from '../../../src/ingest/ingest-files';
import { openEmbeddedStore, type EmbeddedStore } from '../../../src/store/embedded/index';
import { smallCorpus, tempDir } from './corpus-dir';

export async function generatedStore(directives: number, seed: number): Promise<{ store: EmbeddedStore; dir: string }> {
  const corpus = smallCorpus(directives, seed);
  const dir = join(tempDir('generated-store'), 'data');
  const store = await openEmbeddedStore({ dir });
  await ingestInputs(await collectInputs([corpus.dir]), store, { published: '2025-02-06' });
  return { store, dir };
}
