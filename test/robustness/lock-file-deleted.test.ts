// Issue 15: the lock was only a file. Deleting LOCK while a writer ran let a second writer in,
// and two ingests that each acknowledged 300 documents left 367. The lock is now a flock on
// the data directory: deleting LOCK changes nothing, and a writer whose directory was replaced
// under it refuses to write instead of acknowledging into a file nobody reads.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { isStoreError } from '../../src/store/errors';
import { REPO, bundle, bundleCli } from './support/bundle';
import { tempDir } from './support/corpus-dir';
import { runCli, startCli } from './support/run-cli';
import { allBatches, batch001 } from '../store/fixtures';

function waitFor(read: () => string, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (pattern.test(read()) ? resolve() : setTimeout(check, 5));
    check();
  });
}

test('deleting LOCK while another process writes does not let a second writer in', async () => {
  const cli = bundleCli();
  const holder = bundle('test/robustness/support/hold-store.ts', 'hold-store');
  const dir = tempDir('lock-deleted');
  const held = startCli(holder, [dir]);
  await waitFor(() => held.output().stdout + held.output().stderr, /READY|hold-store:/);
  try {
    rmSync(join(dir, 'LOCK'), { force: true });
    const second = runCli(cli, ['--data', dir, 'ingest', join(REPO, 'seeds')]);
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toMatch(/is open for writing by another process; stop it, or open the store read-only/);
    expect(second.stdout).not.toMatch(/^ingested /m);
  } finally {
    held.child.kill('SIGTERM');
    await held.exited;
  }
});

test('a writer whose data directory was moved away and recreated refuses to write', async () => {
  const root = tempDir('lock-replaced');
  const dir = join(root, 'data');
  const store = await openEmbeddedStore({ dir });
  try {
    const [first] = allBatches();
    await store.writeDocument(first);
    renameSync(dir, join(root, 'moved'));
    mkdirSync(dir);
    const refused = await store.writeDocument(batch001()).then(() => null, (err: unknown) => err);
    expect(isStoreError(refused) && refused.code).toBe('STORE_LOCKED');
    expect((refused as Error).message).toContain('was replaced while this process held it for writing; refusing to write');
  } finally {
    await store.close();
  }
});
