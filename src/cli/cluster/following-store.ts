// The store a `serve --workers` worker serves from: the embedded store opened read-only, kept
// current by catching up with the primary's appends (and reopened after a compaction), with
// writes sent to the primary. Reads never leave the process.
import type { EmbeddedStore } from '../../store/embedded/index';
import type { StorePort } from '../../store/port';
import { revived, type ToPrimary, type ToWorker, type WriteOp } from './messages';

/** How long an old store stays open after a reopen, for requests still reading from it. */
const RETIRE_AFTER_MS = 10_000;

export class FollowingStore {
  private pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private reopening: Promise<void> | null = null;

  private constructor(
    private current: EmbeddedStore,
    private readonly reopen: () => Promise<EmbeddedStore>,
    private readonly send: (message: ToPrimary) => void,
  ) {}

  static async open(openReadOnly: () => Promise<EmbeddedStore>, send: (message: ToPrimary) => void): Promise<FollowingStore> {
    return new FollowingStore(await openReadOnly(), openReadOnly, send);
  }

  /** A message from the primary: an answer to one of our writes, or "catch up". */
  async receive(message: ToWorker): Promise<void> {
    if (message.kind === 'catchUp') {
      await this.catchUp();
      this.send({ kind: 'caughtUp', id: message.id });
      return;
    }
    const waiting = this.pending.get(message.id);
    if (waiting === undefined) return;
    this.pending.delete(message.id);
    if (message.kind === 'written') waiting.resolve(message.result);
    else waiting.reject(revived(message.error));
  }

  async catchUp(): Promise<void> {
    if (this.reopening) return this.reopening;
    if (this.current.catchUp() === 'current') return;
    this.reopening = this.reopen().then((fresh) => {
      const old = this.current;
      this.current = fresh;
      setTimeout(() => void old.close(), RETIRE_AFTER_MS).unref();
    }).finally(() => (this.reopening = null));
    return this.reopening;
  }

  private write(op: WriteOp, arg: unknown): Promise<never> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ kind: 'write', id, op, arg });
    });
  }

  get port(): StorePort {
    const read = () => this.current;
    return {
      kind: 'embedded',
      writeDocument: (batch) => this.write('writeDocument', batch),
      removeDocument: (documentId) => this.write('removeDocument', documentId),
      documentsOnMeetingDate: (date) => read().documentsOnMeetingDate(date),
      addCuration: (record) => this.write('addCuration', record),
      getNodes: (ids) => read().getNodes(ids),
      getEdges: (keys) => read().getEdges(keys),
      findDirectives: (query, page) => read().findDirectives(query, page),
      findDirectivesMany: (requests) => read().findDirectivesMany(requests),
      listNodes: (label, page) => read().listNodes(label, page),
      listMeetingsByDate: (direction, page) => read().listMeetingsByDate(direction, page),
      listEdges: (type, page) => read().listEdges(type, page),
      search: (args) => read().search(args),
      shortestPath: (from, to, maxHops, options) => read().shortestPath(from, to, maxHops, options),
      stats: (top) => read().stats(top),
      getCurations: (ids) => read().getCurations(ids),
      close: () => this.current.close(),
    };
  }
}
