// `serve --workers N`: one process per core answering GraphQL. The primary process keeps the
// store (and, with the embedded store, is its only writer); each worker serves from its own
// copy (the embedded store opened read-only and kept current, or its own Neo4j connection).
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { openEmbeddedStore } from '../../store/embedded/index';
import type { StoreConfig } from '../../store/config';
import { openStore } from '../../store/open-store';
import type { StorePort } from '../../store/port';
import type { CliIO } from '../io';
import { UsageError } from '../io';
import { FollowingStore } from './following-store';
import type { ToPrimary, ToWorker } from './messages';
import { runPrimary } from './primary';

/** `--workers N` (a whole number ≥ 1) or `--workers auto` (one per core); absent: 1. */
export function workersFrom(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (raw === 'auto') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--workers must be a whole number ≥ 1 or "auto", not "${raw}"`);
  return n;
}

export const isClusterWorker = () => cluster.isWorker;

export interface ClusterServeOptions {
  config: StoreConfig;
  workers: number;
  io: CliIO;
  untilStopped: Promise<void>;
  /** Runs in the primary with the writable store before the workers start (`start` ingests the seeds). */
  prepare: (store: StorePort) => Promise<void>;
  /** Serves HTTP in a worker until it is told to stop. */
  serve: (store: StorePort) => Promise<number>;
}

export async function serveWithWorkers(options: ClusterServeOptions): Promise<number> {
  const { config } = options;
  if (cluster.isPrimary) {
    const store = await openStore(config);
    try {
      await options.prepare(store);
      return await runPrimary({ store: config.kind === 'embedded' ? store : null, workers: options.workers, io: options.io, untilStopped: options.untilStopped });
    } finally {
      await store.close();
    }
  }
  if (config.kind !== 'embedded') {
    const store = await openStore(config);
    try {
      return await options.serve(store);
    } finally {
      await store.close();
      cluster.worker?.disconnect();
    }
  }
  const send = (message: ToPrimary) => process.send?.(message);
  // Messages that arrive while the store opens are kept: a catch-up request must be answered.
  const early: ToWorker[] = [];
  let following: FollowingStore | null = null;
  process.on('message', (message: ToWorker) => (following === null ? early.push(message) : void following.receive(message)));
  following = await FollowingStore.open(() => openEmbeddedStore({ dir: config.dir, readOnly: true }), send);
  for (const message of early.splice(0)) await following.receive(message);
  try {
    return await options.serve(following.port);
  } finally {
    await following.port.close();
    // The IPC channel would keep the worker alive after its server closed.
    cluster.worker?.disconnect();
  }
}
