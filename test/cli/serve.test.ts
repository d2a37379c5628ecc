// `serve` over real HTTP on a loopback port: the issue-2 headline query, GraphiQL, the page,
// and a clean stop that closes the store only after the server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { serveCommand } from '../../src/cli/serve-command';
import { ensureSeeds } from '../../src/cli/start-command';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { createPageHandler } from '../../src/http/page-handler';

const HEADLINE = `{ directives(filter: {assignedBy: "PM", assignedTo: "Ministry of Health"}) { totalCount edges
  { node { text deadline { date } meeting { date chairs { name } } source { sentence } } } } }`;

test('serve answers the headline query, GraphiQL and the page over HTTP, then stops cleanly', async () => {
  const store = await openEmbeddedStore({ dir: mkdtempSync(join(tmpdir(), 'mg-serve-')) });
  const out: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => out.push(`ERR ${s}`), isTTY: false };
  expect(await ensureSeeds(store, io)).toBe(true);

  let stop!: () => void;
  const untilStopped = new Promise<void>((resolve) => (stop = resolve));
  const page = createPageHandler(store, { clock: () => new Date('2025-07-01T00:00:00Z') });
  const served = serveCommand(store, { port: 0, host: '127.0.0.1', env: {}, untilStopped, page }, io);
  while (!out.some((l) => l.includes('/graphql'))) await new Promise((r) => setTimeout(r, 20));
  const base = /http:\/\/127\.0\.0\.1:\d+/.exec(out.find((l) => l.includes('/graphql'))!)![0];

  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: HEADLINE }),
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  expect(body.data.directives.totalCount).toBe(2);
  expect(body.data.directives.edges.map((e: any) => e.node.deadline.date)).toEqual(['2025-06-30', '2025-09-30']);
  for (const { node } of body.data.directives.edges) {
    expect(node.meeting).toEqual({ date: '2025-02-06', chairs: [{ name: 'Phạm Minh Chính' }] });
    expect(node.source.sentence).toContain('Bộ Y tế được giao');
  }

  const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(graphiql.status).toBe(200);
  expect(await graphiql.text()).toMatch(/GraphiQL/i);
  const home = await fetch(`${base}/`);
  expect(home.headers.get('content-type')).toMatch(/text\/html; charset=utf-8/);
  expect((await fetch(`${base}/no-such-page`)).status).toBe(404);

  stop();
  expect(await served).toBe(0);
  await store.close();
  await expect(fetch(`${base}/graphql`)).rejects.toThrow();
});
