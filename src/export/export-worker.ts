// Runs one export in a worker thread, so the server's event loop stays free (issue 15: one
// GET /export/popolo on a 10k store blocked every client for 42 s). The worker opens the store
// read-only itself, renders, and sends the bytes in chunks, each only after the server asked
// for more (so a slow client holds back the worker instead of filling the server's memory).
import { parentPort, workerData } from 'node:worker_threads';
import type { StoreConfig } from '../store/config';
import { openStore } from '../store/open-store';
import { renderExport, type ExportJob } from './render-export';

export interface ExportWorkerData {
  config: StoreConfig;
  job: ExportJob;
  mtime: string;
}

export type ExportWorkerMessage = { kind: 'chunk'; bytes: Uint8Array } | { kind: 'end' } | { kind: 'error'; message: string };

const CHUNK = 256 * 1024;

async function run(data: ExportWorkerData): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('export-worker must run in a worker thread');
  const more = () => new Promise<void>((resolve) => port.once('message', () => resolve()));
  const store = await openStore(data.config.kind === 'embedded' ? { ...data.config, readOnly: true } : data.config);
  let body: Buffer;
  try {
    body = await renderExport(store, data.job, new Date(data.mtime));
  } finally {
    await store.close();
  }
  for (let at = 0; at < body.length; at += CHUNK) {
    const bytes = new Uint8Array(body.subarray(at, at + CHUNK));
    port.postMessage({ kind: 'chunk', bytes } satisfies ExportWorkerMessage, [bytes.buffer]);
    await more();
  }
  port.postMessage({ kind: 'end' } satisfies ExportWorkerMessage);
}

run(workerData as ExportWorkerData).catch((err: unknown) => {
  parentPort?.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) } satisfies ExportWorkerMessage);
});
