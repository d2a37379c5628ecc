// The same hostile requests over real HTTP against `minutes-graph serve`: the Node server in
// front of yoga must refuse an oversized body without buffering it, answer everything else
// properly, and stay healthy with bounded memory.
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { REPO, bundleCli } from './support/bundle';
import { tempDir, TORTURE } from './support/corpus-dir';
import { reportFigures } from './support/figures';
import { hostileRequests } from './support/hostile-requests';
import { runCli, startCli } from './support/run-cli';

const COUNT = TORTURE ? 2000 : 200;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Peak resident memory of a process, in MB (Linux /proc). */
const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function healthy(url: string): Promise<boolean> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ meetings { totalCount } }' }) });
  const body = (await r.json()) as { data?: { meetings: { totalCount: number } } };
  return r.status === 200 && body.data?.meetings.totalCount === 5;
}

describe('hostile requests over HTTP', () => {
  const dir = tempDir('hostile-http');
  let server: ReturnType<typeof startCli>;
  let url: string;

  beforeAll(async () => {
    const cli = bundleCli();
    expect(runCli(cli, ['--data', dir, 'ingest', `${REPO}/seeds`]).status).toBe(0);
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    server = startCli(cli, ['--data', dir, 'serve', '--port', String(port), '--host', '127.0.0.1']);
    for (let i = 0; i < 500 && !/GraphQL/.test(server.output().stdout); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await healthy(url)).toBe(true);
  });

  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a 64 MB body is refused with 413 and a GraphQL error, without being held in memory', async () => {
    const before = peakRssMb(server.child.pid!);
    const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(64 * 1024 * 1024)}` });
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/too large/i);
    expect(peakRssMb(server.child.pid!) - before).toBeLessThan(64);
    expect(await healthy(url)).toBe(true);
  });

  test(`${COUNT} generated hostile requests get a status and body, none with a stack; the server stays up`, async () => {
    const problems: string[] = [];
    let failed = 0;
    for (const [i, req] of hostileRequests(COUNT, 9).entries()) {
      const problemsBefore = problems.length;
      const r = await fetch(`${url}${req.search ?? ''}`, { method: req.method, headers: req.headers, body: req.body });
      const text = await r.text();
      if (r.status >= 500) problems.push(`#${i} ${req.kind}: status ${r.status}`);
      if (/\bat \/|node_modules|\.ts:\d+|\.js:\d+|TypeError|ReferenceError/.test(text)) problems.push(`#${i} ${req.kind}: leaks ${text.slice(0, 200)}`);
      if (problems.length > problemsBefore) failed += 1;
    }
    reportFigures('hostile requests over HTTP (serve)', { tried: COUNT, held: COUNT - failed });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(server.child.exitCode).toBeNull();
    expect(await healthy(url)).toBe(true);
  });
});
