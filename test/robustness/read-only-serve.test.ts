// Issue 15: `export` was refused while a server ran, the lock message offered a read-only mode
// that did not exist, and a server did not see what another process ingested until restarted.
// Now export opens the store read-only, a second `serve` serves it read-only instead of failing,
// and a read-only server follows the log of the process that writes.
import { join } from 'node:path';
import { REPO, bundleCli } from './support/bundle';
import { tempDir } from './support/corpus-dir';
import { runCli, startCli } from './support/run-cli';

const SEEDS = join(REPO, 'seeds');
const COUNT = '{ directives(first: 0) { totalCount } }';

function waitFor<T>(probe: () => Promise<T | null> | T | null, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = async () => {
      const value = await probe();
      if (value !== null) resolve(value);
      else if (Date.now() > until) reject(new Error('timed out'));
      else setTimeout(check, 50);
    };
    void check();
  });
}

async function totalCount(base: string): Promise<number> {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: COUNT }) });
  return ((await r.json()) as { data: { directives: { totalCount: number } } }).data.directives.totalCount;
}

function serve(cli: string, data: string, extra: string[] = []) {
  const server = startCli(cli, ['--data', data, ...extra, 'serve', '--port', '0', '--host', '127.0.0.1']);
  const base = waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.exec(server.output().stdout)?.[0] ?? (server.child.exitCode !== null ? 'exited' : null));
  return { ...server, base };
}

test('export and a second serve work while a server writes; a read-only server follows another process', async () => {
  const cli = bundleCli();
  const data = join(tempDir('read-only'), 'data');
  expect(runCli(cli, ['--data', data, 'ingest', '--published', '2025-02-06', join(SEEDS, '001_83451dbc79f63736.txt')]).status).toBe(0);

  const writer = serve(cli, data);
  expect(await writer.base).toMatch(/^http/);
  const reader = serve(cli, data);
  try {
    const readerBase = await reader.base;
    expect(readerBase).toMatch(/^http/);
    expect(reader.output().stderr).toMatch(/is open for writing by process \d+: serving it read-only, following its log/);

    const exported = runCli(cli, ['--data', data, 'export', '--format', 'graphml']);
    expect([exported.status, exported.stderr]).toEqual([0, '']);
    expect(exported.stdout).toContain('<graphml');

    const before = await totalCount(readerBase);
    writer.child.kill('SIGTERM');
    await writer.exited;
    expect(runCli(cli, ['--data', data, 'ingest', join(SEEDS)]).status).toBe(0);
    const after = await waitFor(async () => {
      const n = await totalCount(readerBase);
      return n > before ? n : null;
    });
    expect(after).toBeGreaterThan(before);
  } finally {
    writer.child.kill('SIGTERM');
    reader.child.kill('SIGTERM');
    await Promise.all([writer.exited, reader.exited]);
  }
});
