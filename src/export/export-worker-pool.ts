// Exports run in worker threads, at most `limit` at a time: beyond that the server answers 429
// with Retry-After instead of queueing work it cannot finish soon (issue 15: 20 parallel exports
// took 802 s and peaked at 2.1 GB). Each worker has its own heap limit, and is terminated when
// the client goes away, so an abandoned download stops costing anything.
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportWorkerData, ExportWorkerMessage } from './export-worker';

export interface ExportPoolOptions {
  /** Exports rendering at once. */
  limit: number;
  /** Heap of one export worker, in MB. */
  maxHeapMb: number;
}

/**
 * One core is left to the event loop: exports running on every core starved it (a query took
 * 700 ms on 2 cores with 2 exports rendering, under 100 ms with one).
 */
export const DEFAULT_EXPORT_POOL: ExportPoolOptions = { limit: Math.max(1, availableParallelism() - 1), maxHeapMb: 1024 };

/** Compiled, the worker sits beside this file; from source (tests) it is bundled once with esbuild. */
function workerScript(): string {
  const compiled = join(__dirname, 'export-worker.js');
  if (existsSync(compiled)) return compiled;
  let root = __dirname;
  while (!existsSync(join(root, 'package.json')) || !existsSync(join(root, 'src/export/export-worker.ts'))) {
    if (dirname(root) === root) throw new Error('export worker: neither dist/export/export-worker.js nor src/export/export-worker.ts found');
    root = dirname(root);
  }
  const outfile = join(root, 'node_modules/.cache/minutes-graph', `export-worker-${process.pid}.js`);
  if (!existsSync(outfile)) {
    mkdirSync(dirname(outfile), { recursive: true });
    // esbuild is a devDependency: present wherever the TypeScript sources run.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildSync } = require('esbuild') as typeof import('esbuild');
    buildSync({ entryPoints: [join(root, 'src/export/export-worker.ts')], bundle: true, platform: 'node', target: 'node20', packages: 'external', outfile, logLevel: 'error' });
  }
  return outfile;
}

export class ExportPool {
  private running = 0;
  private script: string | null = null;

  constructor(private readonly options: ExportPoolOptions = DEFAULT_EXPORT_POOL) {}

  /**
   * Finds (from source: bundles) the worker script now rather than on the first export: the
   * bundling is synchronous and held the event loop ~0.5 s in the middle of serving.
   */
  prepare(): void {
    this.script ??= workerScript();
  }

  /** False when `limit` exports already run: the caller answers 429. */
  tryStart(): boolean {
    if (this.running >= this.options.limit) return false;
    this.running += 1;
    return true;
  }

  finished(): void {
    this.running = Math.max(0, this.running - 1);
  }

  /**
   * Renders in a worker and hands each chunk to `write`, asking for the next one only once
   * `write` resolved (the response drained). Rejects with the worker's error; `signal` ends it.
   */
  run(data: ExportWorkerData, write: (bytes: Uint8Array) => Promise<void>, signal: AbortSignal): Promise<void> {
    this.prepare();
    const worker = new Worker(this.script as string, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error: Error | null) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        void worker.terminate();
        if (error) reject(error);
        else resolve();
      };
      const abort = () => settle(new Error('the client went away'));
      signal.addEventListener('abort', abort);
      worker.on('message', (message: ExportWorkerMessage) => {
        if (message.kind === 'chunk') write(message.bytes).then(() => worker.postMessage('more'), (err: Error) => settle(err));
        else if (message.kind === 'end') settle(null);
        else settle(new Error(message.message));
      });
      worker.on('error', (err) => settle(err));
      worker.on('exit', (code) => settle(code === 0 ? null : new Error(`the export worker stopped (exit code ${code})`)));
    });
  }
}
