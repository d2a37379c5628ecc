// Popolo over two outlets' reports of one meeting: the event cites both reports, a task both
// give cites both sentences, and the export is still valid.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPopolo } from '../../src/export/popolo';
import { readSnapshot } from '../../src/export/snapshot';
import { ReportJoiner } from '../../src/ingest/join-reports';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { batchOf, OUTLET_A, OUTLET_B } from '../ingest/support/two-outlets';
import { validatePopolo } from './popolo-shape';

test('the joined meeting cites both reports; a shared task both sentences', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-popolo-joined-'));
  const store = await openEmbeddedStore({ dir });
  try {
    const [a, b] = await Promise.all([batchOf(OUTLET_A, 'outlet-a'), batchOf(OUTLET_B, 'outlet-b')]);
    const joiner = new ReportJoiner(store);
    await joiner.write(b);
    await joiner.write(a);
    const popolo = toPopolo(await readSnapshot(store));
    expect(validatePopolo(popolo)).toEqual([]);
    expect(popolo.events).toHaveLength(1);
    expect(popolo.events[0].sources.map((s) => s.document_id)).toEqual([a.documentId, b.documentId].sort());
    const cited = popolo.directives.map((d) => d.sources.map((s) => s.sentence).sort());
    expect(cited.filter((s) => s.length === 2)).toEqual(expect.arrayContaining([[OUTLET_A.split('\n')[3], OUTLET_B.split('\n')[3]].sort()]));
    expect(popolo.directives).toHaveLength(4);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
