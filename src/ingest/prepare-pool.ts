// prepareForStore (decode, extract, build the batch and encode its record: the CPU-heavy part
// of ingest) on a pool of worker_threads, so reports are extracted on every core while the main thread writes. The
// pool is used from the compiled build (dist/ingest/prepare-worker.js); where that file does
// not exist (tests running the TypeScript) or there is one core, reports are prepared in-process.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from './document-meta';
import type { PrepareOptions } from './prepare-document';
import { prepareForStore, type PreparedForStore } from './prepare-report';

export interface Preparer {
  prepare(bytes: Uint8Array, meta: Partial<DocumentMeta>, source: string | null, options?: PrepareOptions): Promise<PreparedForStore>;
  close(): Promise<void>;
}

export interface PrepareRequest {
  id: number;
  bytes: Uint8Array;
  meta: Partial<DocumentMeta>;
  source: string | null;
  options: PrepareOptions;
}

export type PrepareReply = { id: number; result: PreparedForStore } | { id: number; crash: string };

export const inProcessPreparer: Preparer = {
  prepare: (bytes, meta, source, options) => prepareForStore(bytes, meta, source, options),
  close: async () => undefined,
};

export const DEFAULT_WORKER_FILE = join(__dirname, 'prepare-worker.js');

/** Worker threads for `items` reports: none for a handful, else one per core but the main thread's. */
export function defaultPreparer(items: number, workerFile = DEFAULT_WORKER_FILE): Preparer {
  const threads = availableParallelism() - 1;
  if (items < 8 || threads < 1 || !__filename.endsWith('.js') || !existsSync(workerFile)) return inProcessPreparer;
  return createPreparePool(threads, workerFile);
}

export function createPreparePool(size: number, workerFile: string): Preparer {
  const waiting = new Map<number, { resolve(result: PreparedForStore): void; reject(error: Error): void }>();
  const load = new Map<Worker, number>();
  let nextId = 1;
  const settle = (worker: Worker) => (reply: PrepareReply) => {
    load.set(worker, (load.get(worker) ?? 1) - 1);
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('crash' in reply) entry?.reject(new Error(`extraction crashed: ${reply.crash}`));
    else entry?.resolve(reply.result);
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerFile);
    worker.on('message', settle(worker));
    worker.on('error', (error) => {
      // A dead worker fails what it held; the batch reports each file and stops as a crash would.
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
    });
    load.set(worker, 0);
    return worker;
  });
  return {
    prepare(bytes, meta, source, options = {}) {
      const id = nextId++;
      const worker = workers.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, bytes, meta, source, options } satisfies PrepareRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
