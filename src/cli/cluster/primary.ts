// The primary of `serve --workers N`: holds the store writable (the one writer) when it may be written, forks N
// workers that share the listening port (node:cluster hands connections out), applies the
// writes they send, and after each write waits until every worker has caught up before it
// answers. A worker that dies is replaced; SIGINT/SIGTERM stops the workers, then the store.
import cluster, { type Worker } from 'node:cluster';
import type { StorePort } from '../../store/port';
import type { CliIO } from '../io';
import { sendable, type ToPrimary, type ToWorker } from './messages';

/** A worker that does not confirm a catch-up within this time is not waited for. */
const CATCH_UP_TIMEOUT_MS = 5_000;

export interface PrimaryOptions {
  /** The writable store, or null when every worker opens its own (Neo4j, or the embedded store followed read-only). */
  store: StorePort | null;
  workers: number;
  io: CliIO;
  untilStopped: Promise<void>;
  /** Environment every worker is forked with (on top of this process's). */
  workerEnv: Record<string, string>;
  /** Said after "N workers serving": who writes. */
  note: string;
}

export async function runPrimary(options: PrimaryOptions): Promise<number> {
  const { store, io } = options;
  let stopping = false;
  let nextCatchUp = 1;
  const waitingCatchUps = new Map<number, { remaining: Set<number>; done(): void }>();

  const send = (worker: Worker, message: ToWorker) => {
    if (worker.isConnected()) worker.send(message);
  };

  /** Every live worker applies the new records before the write is answered. */
  const everyoneCaughtUp = () =>
    new Promise<void>((resolve) => {
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && w.isConnected());
      const id = nextCatchUp++;
      const timer = setTimeout(finish, CATCH_UP_TIMEOUT_MS);
      function finish(): void {
        clearTimeout(timer);
        waitingCatchUps.delete(id);
        resolve();
      }
      waitingCatchUps.set(id, { remaining: new Set(workers.map((w) => w.id)), done: finish });
      if (workers.length === 0) return finish();
      for (const w of workers) send(w, { kind: 'catchUp', id });
    });

  const onMessage = async (worker: Worker, message: ToPrimary) => {
    if (message.kind === 'caughtUp') {
      const waiting = waitingCatchUps.get(message.id);
      waiting?.remaining.delete(worker.id);
      if (waiting && waiting.remaining.size === 0) waiting.done();
      return;
    }
    if (store === null) return send(worker, { kind: 'failed', id: message.id, error: { message: 'this store takes writes in each worker', code: 'STORE_NOT_WRITABLE', target: null } });
    try {
      const result =
        message.op === 'writeDocument' ? await store.writeDocument(message.arg as never)
        : message.op === 'removeDocument' ? await store.removeDocument(message.arg as never)
        : await store.addCuration(message.arg as never);
      await everyoneCaughtUp();
      send(worker, { kind: 'written', id: message.id, result: result ?? null });
    } catch (error) {
      send(worker, { kind: 'failed', id: message.id, error: sendable(error) });
    }
  };

  cluster.on('message', (worker, message: ToPrimary) => void onMessage(worker, message));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    io.stderr(`serve: worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`);
    cluster.fork(options.workerEnv);
  });
  for (let i = 0; i < options.workers; i++) cluster.fork(options.workerEnv);
  io.stdout(`minutes-graph: ${options.workers} workers serving${options.note}`);

  await options.untilStopped;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  await Promise.all(workers.map((w) => new Promise<void>((resolve) => {
    if (w.isDead()) return resolve();
    w.once('exit', () => resolve());
    w.process.kill('SIGTERM');
  })));
  return 0;
}
