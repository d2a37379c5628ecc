// `serve --workers 2` over real HTTP: two worker processes share the port and answer from
// read-only copies of the store, the primary is the one writer, a curation sent to any worker
// is seen by every later request, and SIGTERM stops everything, releasing the store's lock.
// Without curation nothing here writes: no process holds the lock, `ingest` runs beside the
// workers and each of them serves what it stored. By default there is one worker per core.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workersFrom } from '../../src/cli/cluster/serve-workers';
import { ensureSeeds } from '../../src/cli/start-command';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { bundleCli } from '../robustness/support/bundle';
import { runCli } from '../robustness/support/run-cli';

jest.setTimeout(120_000);

const MOH = `{ directives(filter: { assignedTo: "Bộ Y tế" }) { totalCount edges { node { id status } } } }`;

async function post(base: string, query: string, token?: string): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return response.json();
}

/** A new store directory holding the seeds. */
async function seededDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mg-workers-'));
  const seeded = await openEmbeddedStore({ dir });
  expect(await ensureSeeds(seeded, { stdout: () => undefined, stderr: () => undefined, isTTY: false })).toBe(true);
  await seeded.close();
  return dir;
}

/** `serve --workers 2` once both workers listen; `token` turns curation on. */
async function serveTwoWorkers(dir: string, token: string) {
  const child = spawn(process.execPath, [bundleCli(), '--data', dir, 'serve', '--port', '0', '--host', '127.0.0.1', '--workers', '2'], {
    env: { ...process.env, MINUTES_GRAPH_CURATION_TOKEN: token },
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
  return { child, exited, output: () => out, base: /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0] as string };
}

test.each([
  [undefined, 4, 4],
  [undefined, 1, 1],
  ['auto', 3, 3],
  ['1', 8, 1],
  ['3', 2, 3],
])('--workers %s on a machine with %i cores: %i processes serve', (raw, cores, expected) => {
  expect(workersFrom(raw, cores)).toBe(expected);
});

test.each(['0', '-1', '1.5', 'many'])('--workers %s is refused', (raw) => {
  expect(() => workersFrom(raw, 2)).toThrow(/--workers must be a whole number/);
});

test('two workers answer, one writer records, every later read sees the write, SIGTERM stops all', async () => {
  const dir = await seededDir();

  const { child, exited, output, base } = await serveTwoWorkers(dir, 'secret-token');
  expect(output()).toContain('2 workers serving (this process writes, the workers read)');

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

test('without curation no process holds the lock: an ingest runs beside the workers and every worker serves it', async () => {
  const dir = await seededDir();
  const { child, exited, output, base } = await serveTwoWorkers(dir, '');
  try {
    expect(output()).toContain("2 workers serving (each follows the store's log read-only)");
    expect(output()).toContain('curation is off (no MINUTES_GRAPH_CURATION_TOKEN)');
    const before = (await post(base, MOH)).data.directives.totalCount;
    // A report of its own meeting that assigns the Ministry of Health a task.
    const report = join(dir, 'new-report.txt');
    writeFileSync(report, 'Ngày 3/3/2025, Thủ tướng chủ trì cuộc họp về phòng chống dịch bệnh. Thủ tướng giao Bộ Y tế xây dựng kế hoạch tiêm chủng mở rộng cho trẻ em trong năm 2025.\n');
    const ingest = runCli(bundleCli(), ['--data', dir, 'ingest', '--published', '2025-03-03', report]);
    expect([ingest.status, ingest.stderr]).toEqual([0, '']);
    // Each worker follows the log on its own: keep asking until eight answers in a row, spread over both, see it.
    const deadline = Date.now() + 20_000;
    let counts: number[] = [];
    do {
      await new Promise((r) => setTimeout(r, 200));
      counts = (await Promise.all(Array.from({ length: 8 }, () => post(base, MOH)))).map((a) => a.data.directives.totalCount);
    } while (counts.some((n) => n === before) && Date.now() < deadline);
    expect(counts).toEqual(Array(8).fill(before + 1));
  } finally {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
});
