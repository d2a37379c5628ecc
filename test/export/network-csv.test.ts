// The co-assignment network export, from the hand-read reports: a Gephi edge list with the
// same pairs and weights as the `network` query.
import { readSnapshot } from '../../src/export/snapshot';
import { toNetworkCsv } from '../../src/export/network-csv';
import { DIR } from '../store/fixtures';
import { openFixtureStore } from '../api/support/fixture-store';

test('one row per pair of agencies sharing directives, with names, weight and the directives', async () => {
  const fixture = await openFixtureStore();
  try {
    const lines = toNetworkCsv(await readSnapshot(fixture.store)).split('\r\n');
    expect(lines[0]).toBe('Source,Target,Weight,Type,source_name,target_name,directive_ids');
    expect(lines).toContain(`agy:bo-cong-an,agy:bo-lao-dong-thuong-binh-va-xa-hoi,1,Undirected,Bộ Công an,Bộ Lao động - Thương binh và Xã hội,${DIR.molisaVneid}`);
    expect(lines.filter((l) => l !== '')).toHaveLength(5);
  } finally {
    await fixture.dispose();
  }
});
