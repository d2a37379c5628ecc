// Ingesting the same reports again — in the same session or after reopening the store — changes
// nothing: the same ids, the same counts, and every document reported unchanged.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openStore } from '../../src/store/open-store';
import { REPO } from './support/bundle';
import { smallCorpus, tempDir, TORTURE } from './support/corpus-dir';
import { snapshotStore } from './support/store-snapshot';

describe('idempotent ingest', () => {
  const corpus = smallCorpus(TORTURE ? 3000 : 300, 5);
  const dir = tempDir('idem');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(corpus.dir, '..'), { recursive: true, force: true });
  });

  test('twice the same corpus (and the seeds) leaves identical ids and counts', async () => {
    const paths = [corpus.dir, join(REPO, 'seeds')];
    const store = await openStore({ kind: 'embedded', dir });
    const first = await ingestInputs(await collectInputs(paths), store);
    expect(first.failed).toBe(0);
    expect(first.ok).toBe(corpus.reports + 5);
    const once = await snapshotStore(store);

    const second = await ingestInputs(await collectInputs(paths), store);
    expect(second.unchanged).toBe(second.ok);
    const twice = await snapshotStore(store);
    await store.close();

    const reopened = await openStore({ kind: 'embedded', dir });
    const third = await ingestInputs(await collectInputs(paths), reopened);
    expect(third.unchanged).toBe(third.ok);
    const thrice = await snapshotStore(reopened);
    const stats = await reopened.stats(5);
    await reopened.close();

    expect(once.dangling).toEqual([]);
    expect(once.documents.size).toBe(corpus.reports + 5);
    for (const later of [twice, thrice]) {
      expect(later.ids).toEqual(once.ids);
      expect(later.edgeIds).toEqual(once.edgeIds);
      expect([...later.documents]).toEqual([...once.documents]);
    }
    const directiveCount = stats.nodes.find((n) => n.key === 'Directive')?.count;
    expect(directiveCount).toBe(once.ids.Directive.length);
  });
});
