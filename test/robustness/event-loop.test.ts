// Issue 15's figure: the event-loop delay (p99, perf_hooks monitorEventLoopDelay) and the time
// a small GraphQL query takes while 20 exports and a 10^6-entry list variable hit a 10k-directive
// store. Long (a 10k corpus is generated and ingested), so it runs under `npm run torture` only;
// it prints the figures and holds the target: p99 delay and the median query under 200 ms.
import { monitorEventLoopDelay } from 'node:perf_hooks';
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
import { rawRequest } from '../http/http-get';
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
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const exports = Array.from({ length: 20 }, () => rawRequest(port, '/export/popolo'));
    const bigList = post(port, { query: 'query($k: [EntityKind!]) { search(text: "Bộ", kinds: $k) { totalCount } }', variables: { k: Array.from({ length: 1_000_000 }, () => 'AGENCY') } });
    const probes: number[] = [];
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      probes.push((await post(port, { query: '{ directives(first: 1) { totalCount } }' })).ms);
    }
    const statuses = (await Promise.all(exports)).map((r) => r.status);
    const list = await bigList;
    delay.disable();
    const p99 = delay.percentile(99) / 1e6;
    const figures = {
      eventLoopDelayP99Ms: Math.round(p99),
      eventLoopDelayMaxMs: Math.round(delay.max / 1e6),
      queryMsMax: Math.round(Math.max(...probes)),
      queryMsMedian: Math.round([...probes].sort((a, b) => a - b)[10]),
      exports200: statuses.filter((s) => s === 200).length,
      exports429: statuses.filter((s) => s === 429).length,
      bigListMs: Math.round(list.ms),
    };
    reportFigures('event loop under 20 exports and a 10^6-entry list, 10k store', figures);
    expect(list.text).toContain('REQUEST_ENTITY_TOO_LARGE');
    expect(figures.exports200 + figures.exports429).toBe(20);
    // On a 2-core machine shared with other work the slowest single probe can exceed the target
    // (the 10 MB body is parsed on the event loop); the p99 delay and the typical query must not.
    expect(figures.eventLoopDelayP99Ms).toBeLessThan(200);
    expect(figures.queryMsMedian).toBeLessThan(200);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  }
});
