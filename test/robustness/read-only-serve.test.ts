// Issue 15: `export` was refused while a server ran, the lock message offered a read-only mode
// that did not exist, and a server did not see what another process ingested until restarted.
// Now export opens the store read-only, a second `serve` serves it read-only instead of failing,
// a read-only server follows the log of the process that writes, and a server without curation
// (which writes nothing) holds no lock, so an ingest runs beside it and shows up without a restart.
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

/** The directive count once it is above `before` (the server has followed another process's ingest). */
const countAbove = (base: string, before: number) =>
  waitFor(async () => {
    const n = await totalCount(base);
    return n > before ? n : null;
  });

/** A server that may curate (and so writes), or with `curation: false` one that never writes. */
function serve(cli: string, data: string, { curation = true } = {}) {
  const env = curation ? { MINUTES_GRAPH_CURATION_TOKEN: 'read-only-test' } : { MINUTES_GRAPH_CURATION_TOKEN: '' };
  const server = startCli(cli, ['--data', data, 'serve', '--port', '0', '--host', '127.0.0.1'], env);
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
    const after = await countAbove(readerBase, before);
    expect(after).toBeGreaterThan(before);
  } finally {
    writer.child.kill('SIGTERM');
    reader.child.kill('SIGTERM');
    await Promise.all([writer.exited, reader.exited]);
  }
});

test('a server without curation lets another process ingest meanwhile, and serves what it stored', async () => {
  const cli = bundleCli();
  const data = join(tempDir('serve-and-ingest'), 'data');
  expect(runCli(cli, ['--data', data, 'ingest', '--published', '2025-02-06', join(SEEDS, '001_83451dbc79f63736.txt')]).status).toBe(0);
  const server = serve(cli, data, { curation: false });
  try {
    const base = await server.base;
    expect(base).toMatch(/^http/);
    expect(server.output().stderr).toContain('curation is off (no MINUTES_GRAPH_CURATION_TOKEN): the store is opened read-only and its log followed');
    const before = await totalCount(base);

    const ingest = runCli(cli, ['--data', data, 'ingest', SEEDS]);
    expect([ingest.status, ingest.stderr]).toEqual([0, '']);
    const after = await countAbove(base, before);
    expect(after).toBeGreaterThan(before);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});
