// A second process opening the same embedded store for writing is refused at once with a
// message naming the directory, and the store the first process holds is left intact.
import { rmSync } from 'node:fs';
import { isStoreError } from '../../src/store/errors';
import { openStore } from '../../src/store/open-store';
import { REPO, bundle, bundleCli } from './support/bundle';
import { tempDir } from './support/corpus-dir';
import { runCli, startCli } from './support/run-cli';
import { snapshotStore, type StoreSnapshot } from './support/store-snapshot';

async function snapshotOf(dir: string): Promise<StoreSnapshot> {
  const store = await openStore({ kind: 'embedded', dir });
  try {
    return await snapshotStore(store);
  } finally {
    await store.close();
  }
}

function waitFor(read: () => string, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (pattern.test(read()) ? resolve() : setTimeout(check, 5));
    check();
  });
}

describe('embedded store: one writer at a time', () => {
  let cli: string;
  let holder: string;
  let dir: string;
  let before: StoreSnapshot;

  beforeAll(async () => {
    cli = bundleCli();
    holder = bundle('test/robustness/support/hold-store.ts', 'hold-store');
    dir = tempDir('lock');
    const seeded = runCli(cli, ['--data', dir, 'ingest', `${REPO}/seeds`]);
    expect(seeded.status).toBe(0);
    before = await snapshotOf(dir);
    expect(before.documents.size).toBe(5);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('while another process holds it: STORE_LOCKED in-process, exit 1 with one clear line from the CLI', async () => {
    const held = startCli(holder, [dir]);
    await waitFor(() => held.output().stdout + held.output().stderr, /READY|hold-store:/);
    expect(held.output().stderr).toBe('');

    const refused = await openStore({ kind: 'embedded', dir }).then(
      async (store) => {
        await store.close();
        return null;
      },
      (err: unknown) => err,
    );
    expect(isStoreError(refused)).toBe(true);
    expect(isStoreError(refused) && refused.code).toBe('STORE_LOCKED');
    expect((refused as Error).message).toContain(dir);

    const cliRun = runCli(cli, ['--data', dir, 'ingest', `${REPO}/seeds`]);
    expect(cliRun.status).toBe(1);
    const lines = cliRun.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/lock|in use|another process/i);
    expect(lines[0]).not.toMatch(/\bat \/|\.js:\d+|\.ts:\d+/);

    held.child.kill('SIGTERM');
    await held.exited;
    expect(held.output().stdout).toContain('CLOSED');
    const after = await snapshotOf(dir);
    expect(after.ids).toEqual(before.ids);
    expect(after.edgeIds).toEqual(before.edgeIds);
  });

  test('a holder killed with SIGKILL leaves no lock behind', async () => {
    const held = startCli(holder, [dir]);
    await waitFor(() => held.output().stdout + held.output().stderr, /READY|hold-store:/);
    held.child.kill('SIGKILL');
    await held.exited;
    const after = await snapshotOf(dir);
    expect(after.ids).toEqual(before.ids);
    expect(after.dangling).toEqual([]);
  });
});
