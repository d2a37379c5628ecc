// `serve --workers N` (by default one per core): processes answering GraphQL on one port. With
// the embedded store the primary is the one writer only when something here may write
// (curation on): each worker serves a read-only copy it keeps current from the primary's
// catch-ups. Otherwise nobody here writes and nobody holds the lock: each worker opens the store
// read-only and follows its log, so `ingest` may run beside. With Neo4j each worker connects.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { openEmbeddedStore } from '../../store/embedded/index';
import type { StoreConfig } from '../../store/config';
import { openStore } from '../../store/open-store';
import type { StorePort } from '../../store/port';
import type { CliIO } from '../io';
import { UsageError } from '../io';
import { followWriter } from '../follow-store';
import { FollowingStore } from './following-store';
import type { ToPrimary, ToWorker } from './messages';
import { runPrimary } from './primary';

/**
 * `--workers N` (a whole number ≥ 1) or `--workers auto`; absent: one per core, as `auto`.
 * `--workers 1` serves from this one process.
 */
export function workersFrom(raw: string | undefined, cores = availableParallelism()): number {
  if (raw === undefined || raw === 'auto') return cores;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--workers must be a whole number ≥ 1 or "auto", not "${raw}"`);
  return n;
}

export const isClusterWorker = () => cluster.isWorker;

/**
 * How the workers get the embedded store (the primary tells them in their environment):
 * 'primary' when the primary holds it writable and sends them catch-ups, 'follow' when nobody
 * here writes and each worker opens it read-only and follows its log, as a one-process
 * read-only `serve` does (no lock held: `ingest` may run beside).
 */
export const WORKER_STORE_ENV = 'MINUTES_GRAPH_WORKER_STORE';

export interface ClusterServeOptions {
  config: StoreConfig;
  workers: number;
  io: CliIO;
  untilStopped: Promise<void>;
  /**
   * Runs in the primary before the workers start: the store it writes for them, or null when
   * nothing here may write (the workers then follow the log read-only). `start` seeds first.
   */
  openWriter: () => Promise<StorePort | null>;
  /** Serves HTTP in a worker until it is told to stop. */
  serve: (store: StorePort) => Promise<number>;
}

export async function serveWithWorkers(options: ClusterServeOptions): Promise<number> {
  const { config, io } = options;
  if (cluster.isPrimary) {
    const writer = await options.openWriter();
    const embeddedWriter = writer !== null && config.kind === 'embedded';
    try {
      return await runPrimary({
        store: embeddedWriter ? writer : null,
        workers: options.workers,
        io,
        untilStopped: options.untilStopped,
        workerEnv: { [WORKER_STORE_ENV]: embeddedWriter ? 'primary' : 'follow' },
        note: embeddedWriter ? ' (this process writes, the workers read)' : config.kind === 'embedded' ? " (each follows the store's log read-only)" : '',
      });
    } finally {
      await writer?.close();
    }
  }
  if (config.kind !== 'embedded') return serveAndClose(await openStore(config), options.serve);
  if (process.env[WORKER_STORE_ENV] === 'follow') {
    const store = await openStore({ ...config, readOnly: true });
    const stopFollowing = followWriter(store, io);
    return serveAndClose(store, options.serve, stopFollowing);
  }
  const send = (message: ToPrimary) => process.send?.(message);
  // Messages that arrive while the store opens are kept: a catch-up request must be answered.
  const early: ToWorker[] = [];
  let following: FollowingStore | null = null;
  process.on('message', (message: ToWorker) => (following === null ? early.push(message) : void following.receive(message)));
  following = await FollowingStore.open(() => openEmbeddedStore({ dir: config.dir, readOnly: true }), send);
  for (const message of early.splice(0)) await following.receive(message);
  return serveAndClose(following.port, options.serve);
}

async function serveAndClose(store: StorePort, serve: (store: StorePort) => Promise<number>, stop = () => undefined as void): Promise<number> {
  try {
    return await serve(store);
  } finally {
    stop();
    await store.close();
    // The IPC channel would keep the worker alive after its server closed.
    cluster.worker?.disconnect();
  }
}
