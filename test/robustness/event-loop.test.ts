// Issue 15's figure: the event-loop delay (p99, perf_hooks monitorEventLoopDelay) and the time
// a small GraphQL query takes while 20 exports and a 10^6-entry list variable hit a 10k-directive
// store. Long (a 10k corpus is generated and ingested), so it runs under `npm run torture` only;
// it prints the figures and holds the target: p99 delay and the median query under 200 ms. The
// load comes from another process (support/load-client.js), so that building its 9 MB body and
// receiving the exports are not counted against the server's event loop.
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApi } from '../../src/api/server';
import { createHttpServer } from '../../src/cli/http-server';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { createPageHandler } from '../../src/http/page-handler';
import { writeCorpus } from '../../scripts/corpus/write-corpus';
import { testConfig } from '../api/support/api-config';
import { tempDir, TORTURE } from './support/corpus-dir';
import { reportFigures } from './support/figures';

const maybe = TORTURE ? test : test.skip;

async function post(port: number, body: unknown): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, ms: performance.now() - started, text };
}

maybe('20 exports and a 10^6-entry list variable on a 10k store leave the event loop free', async () => {
  const root = tempDir('event-loop');
  writeCorpus({ directives: 10_000, seed: 42, out: join(root, 'reports'), goldDir: join(root, 'gold') });
  const dir = join(root, 'data');
  const store = await openEmbeddedStore({ dir });
  const summary = await ingestInputs(await collectInputs([join(root, 'reports')]), store, { published: '2025-02-06' });
  expect(summary.directives).toBeGreaterThanOrEqual(9000);
  const yoga = createApi({ store, config: testConfig() });
  const page = createPageHandler(store, { clock: () => new Date(), storeConfig: { kind: 'embedded', dir } });
  const server = createHttpServer(yoga, page);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  try {
    // Once before measuring: the first query of a fresh server compiles and caches its plan.
    await post(port, { query: '{ directives(first: 1) { totalCount } }' });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // Garbage-collection pauses, to tell the store's own heap from the work under test.
    let longestGcMs = 0;
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration);
    });
    gc.observe({ entryTypes: ['gc'] });
    const load = spawn(process.execPath, [join(__dirname, 'support/load-client.js'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let loadOutput = '';
    load.stdout.setEncoding('utf8').on('data', (d: string) => (loadOutput += d));
    let loading = true;
    const loaded = new Promise<void>((resolve) =>
      load.on('exit', () => {
        loading = false;
        resolve();
      }),
    );
    // A small query every 100 ms for as long as the load runs (at least 20).
    const probes: number[] = [];
    while (loading || probes.length < 20) {
      await new Promise((r) => setTimeout(r, 100));
      probes.push((await post(port, { query: '{ directives(first: 1) { totalCount } }' })).ms);
    }
    await loaded;
    delay.disable();
    gc.disconnect();
    const { exports, list } = JSON.parse(loadOutput) as { exports: number[]; list: { status: number; code: string | null; ms: number; bytes: number } };
    const sorted = [...probes].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
    const figures = {
      eventLoopDelayP99Ms: Math.round(delay.percentile(99) / 1e6),
      eventLoopDelayMaxMs: Math.round(delay.max / 1e6),
      longestGcPauseMs: Math.round(longestGcMs),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
      queries: probes.length,
      queryMsMedian: at(0.5),
      queryMsP99: at(0.99),
      queryMsMax: Math.round(sorted[sorted.length - 1]),
      exports200: exports.filter((s) => s === 200).length,
      exports429: exports.filter((s) => s === 429).length,
      bigListBytes: list.bytes,
      bigListStatus: list.status,
      bigListMs: list.ms,
    };
    reportFigures('event loop under 20 exports and a 10^6-entry list, 10k store', figures);
    expect([list.status, list.code]).toEqual([413, 'REQUEST_ENTITY_TOO_LARGE']);
    expect(figures.exports200 + figures.exports429).toBe(20);
    expect(figures.exports200).toBeGreaterThanOrEqual(1);
    expect(figures.eventLoopDelayP99Ms).toBeLessThan(200);
    // On 2 cores shared with other work the slowest probe can land on a pause of the machine
    // (a control process beside it stalls too); the p99 delay and the typical query must not.
    expect(figures.queryMsMedian).toBeLessThan(200);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  }
});
