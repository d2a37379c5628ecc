// `serve --workers 2` over real HTTP: two worker processes share the port and answer from
// read-only copies of the store, the primary is the one writer, a curation sent to any worker
// is seen by every later request, and SIGTERM stops everything, releasing the store's lock.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSeeds } from '../../src/cli/start-command';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { bundleCli } from '../robustness/support/bundle';

jest.setTimeout(120_000);

const MOH = `{ directives(filter: { assignedTo: "Bộ Y tế" }) { totalCount edges { node { id status } } } }`;

async function post(base: string, query: string, token?: string): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return response.json();
}

test('two workers answer, one writer records, every later read sees the write, SIGTERM stops all', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-workers-'));
  const seeded = await openEmbeddedStore({ dir });
  expect(await ensureSeeds(seeded, { stdout: () => undefined, stderr: () => undefined, isTTY: false })).toBe(true);
  await seeded.close();

  const child = spawn(process.execPath, [bundleCli(), '--data', dir, 'serve', '--port', '0', '--host', '127.0.0.1', '--workers', '2'], {
    env: { ...process.env, MINUTES_GRAPH_CURATION_TOKEN: 'secret-token' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  while ((out.match(/GraphQL and GraphiQL at/g) ?? []).length < 2) {
    if (child.exitCode !== null) throw new Error(`serve exited early:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(out).toContain('2 workers serving (this process writes, the workers read)');
  const base = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0] as string;

  const before = await post(base, MOH);
  expect(before.data.directives.totalCount).toBe(2);
  const [first] = before.data.directives.edges.map((e: any) => e.node.id);
  const written = await post(base, `mutation { setDirectiveStatus(id: "${first}", status: DONE, curator: "lan") { id status } }`, 'secret-token');
  expect(written).toEqual({ data: { setDirectiveStatus: { id: first, status: 'DONE' } } });
  // Connections are spread over both workers: each of them must already hold the write.
  const after = await Promise.all(Array.from({ length: 8 }, () => post(base, MOH)));
  for (const answer of after) expect(answer.data.directives.edges.find((e: any) => e.node.id === first).node.status).toBe('DONE');

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  // The lock went with the primary, and the curation is on disk.
  const reopened = await openEmbeddedStore({ dir });
  expect((await reopened.getCurations([first]))[0].map((c) => c.value)).toEqual(['DONE']);
  await reopened.close();
});
