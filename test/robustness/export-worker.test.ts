// Issue 15: one unauthenticated GET /export/popolo on a 10k store blocked the event loop for
// 42–46 s, and 20 parallel exports took 802 s and 2.1 GB. Exports now render in a worker thread
// that opens the store read-only, stream with backpressure, and beyond the pool's limit are
// answered 429 with Retry-After. (The 10k figures are in event-loop.test.ts, under torture.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { renderExport } from '../../src/export/render-export';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import { createExportHandler, EXPORT_RETRY_AFTER_SECONDS } from '../../src/http/export-handler';
import { rawRequest } from '../http/http-get';
import { REPO } from './support/bundle';
import { tempDir } from './support/corpus-dir';

const MTIME = new Date('2025-07-01T00:00:00Z');
let store: EmbeddedStore;
let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = join(tempDir('export-worker'), 'data');
  store = await openEmbeddedStore({ dir });
  await ingestInputs(await collectInputs([join(REPO, 'seeds')]), store);
  const handler = createExportHandler(store, { clock: () => MTIME, storeConfig: { kind: 'embedded', dir }, pool: { limit: 1, maxHeapMb: 256 } });
  server = createServer((req, res) => {
    if (!handler(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

test.each([
  ['/export/popolo', { kind: 'single', format: 'popolo' }],
  ['/export/gexf', { kind: 'single', format: 'gexf' }],
  ['/export/csv', { kind: 'csv-tar' }],
] as const)('%s from the worker is byte for byte what the store renders in-process', async (path, job) => {
  const response = await rawRequest(port, path);
  expect(response.status).toBe(200);
  expect(response.headers['transfer-encoding']).toBe('chunked');
  expect(response.body.equals(await renderExport(store, job, MTIME))).toBe(true);
});

test('beyond the pool limit: 429 with Retry-After, and the slot is free again afterwards', async () => {
  const responses = await Promise.all([1, 2, 3].map(() => rawRequest(port, '/export/graphml')));
  const statuses = responses.map((r) => r.status).sort();
  expect(statuses[0]).toBe(200);
  expect(statuses).toContain(429);
  const refused = responses.find((r) => r.status === 429)!;
  expect(refused.headers['retry-after']).toBe(String(EXPORT_RETRY_AFTER_SECONDS));
  expect(refused.body.toString()).toBe(`Too many exports are running; try again in ${EXPORT_RETRY_AFTER_SECONDS} s.\n`);
  expect((await rawRequest(port, '/export/graphml')).status).toBe(200);
});
