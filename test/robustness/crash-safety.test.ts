// An ingest killed with SIGKILL at a random point must leave a store in which every document
// the CLI acknowledged is present, no document is half-written, and a second ingest finishes.
// The reference is a clean ingest of the same reports.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store';
import { Rng } from '../../scripts/corpus/rng';
import { bundleCli } from './support/bundle';
import { smallCorpus, tempDir, TORTURE } from './support/corpus-dir';
import { acknowledgedIds, runCli, startCli } from './support/run-cli';
import { reportFigures } from './support/figures';
import { snapshotStore, type StoreSnapshot } from './support/store-snapshot';

const TRIALS = TORTURE ? 20 : 3;
const DIRECTIVES = TORTURE ? 600 : 150;

async function snapshotOf(dir: string): Promise<StoreSnapshot> {
  const store = await openStore({ kind: 'embedded', dir });
  try {
    return await snapshotStore(store);
  } finally {
    await store.close();
  }
}

describe('crash safety of ingest (SIGKILL at random points)', () => {
  let cli: string;
  let reports: string;
  let reportCount: number;
  let clean: StoreSnapshot;
  const dirs: string[] = [];

  beforeAll(async () => {
    cli = bundleCli();
    const corpus = smallCorpus(DIRECTIVES, 11);
    reports = corpus.dir;
    reportCount = corpus.reports;
    const cleanDir = tempDir('clean');
    dirs.push(cleanDir, join(corpus.dir, '..'));
    const run = runCli(cli, ['--data', cleanDir, 'ingest', reports]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(acknowledgedIds(run.stdout)).toHaveLength(reportCount);
    clean = await snapshotOf(cleanDir);
    expect(clean.documents.size).toBe(reportCount);
  });

  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  // Per trial: documents present right after the kill (to prove the kills landed mid-ingest).
  const presentAfterKill: number[] = [];
  let cleanTrials = 0;
  const rng = new Rng(2024);
  // Each trial: how many acknowledgements to wait for, then how long (ms) before the kill, so
  // the signal lands at a random point of the next document's write.
  const trials = Array.from({ length: TRIALS }, (_, i) => [i, i === 0 ? 0 : rng.int(1, 12), rng.int(0, 4)] as const);

  test.each(trials)('trial %i: killed %i acknowledgements + %i ms in', async (_trial, acks, delayMs) => {
    const dataDir = tempDir('crash');
    dirs.push(dataDir);
    const run = startCli(cli, ['--data', dataDir, 'ingest', reports]);
    // Kill as soon as `acks` documents were acknowledged (0: while the store is opening).
    await new Promise<void>((resolve) => {
      const check = () => {
        if (acknowledgedIds(run.output().stdout).length >= acks) {
          setTimeout(() => {
            run.child.kill('SIGKILL');
            resolve();
          }, delayMs);
        } else setTimeout(check, 1);
      };
      check();
    });
    const exit = await run.exited;
    const acknowledged = acknowledgedIds(run.output().stdout);
    expect(acknowledged.length).toBeGreaterThanOrEqual(acks);

    const after = await snapshotOf(dataDir);
    if (exit.signal === 'SIGKILL') presentAfterKill.push(after.documents.size);
    expect(after.dangling).toEqual([]);
    for (const id of acknowledged) expect(after.documents.has(id)).toBe(true);
    // Whatever is present is whole: the same counts as the clean ingest of that document.
    for (const [id, counts] of after.documents) expect([id, counts]).toEqual([id, clean.documents.get(id)]);

    const rerun = runCli(cli, ['--data', dataDir, 'ingest', reports]);
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);
    const final = await snapshotOf(dataDir);
    expect(final.ids).toEqual(clean.ids);
    expect(final.edgeIds).toEqual(clean.edgeIds);
    expect(exit.signal === 'SIGKILL' || exit.code === 0).toBe(true);
    cleanTrials += 1;
  });

  test('the kills landed mid-ingest: some trials left a partly filled store', () => {
    expect(presentAfterKill.some((n) => n < reportCount)).toBe(true);
    reportFigures('kill -9 during ingest', { trials: TRIALS, clean: cleanTrials, killedMidIngest: presentAfterKill.filter((n) => n < reportCount).length });
  });
});
