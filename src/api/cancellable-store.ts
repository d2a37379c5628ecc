// The store as one request sees it. Every call first checks the request's signal, so a request
// that timed out (or whose client went away) starts no more store work, and the path search —
// the one read whose work grows with the whole graph — gets the signal itself and stops between
// slices. A write already under way when the signal fires is finished, never torn.
// A class rather than an object of closures: one is made per request, and its methods are
// shared on the prototype instead of seventeen functions allocated each time.
import type { StorePort } from '../store/port';

type Args<M extends keyof StorePort> = StorePort[M] extends (...args: infer A) => unknown ? A : never;

class CancellableStore implements StorePort {
  readonly kind: StorePort['kind'];

  constructor(
    private readonly store: StorePort,
    private readonly signal: AbortSignal,
  ) {
    this.kind = store.kind;
  }

  writeDocument(...a: Args<'writeDocument'>) { this.signal.throwIfAborted(); return this.store.writeDocument(...a); }
  removeDocument(...a: Args<'removeDocument'>) { this.signal.throwIfAborted(); return this.store.removeDocument(...a); }
  documentsOnMeetingDate(...a: Args<'documentsOnMeetingDate'>) { this.signal.throwIfAborted(); return this.store.documentsOnMeetingDate(...a); }
  listMeetingsByDate(...a: Args<'listMeetingsByDate'>) { this.signal.throwIfAborted(); return this.store.listMeetingsByDate(...a); }
  getNodes(...a: Args<'getNodes'>) { this.signal.throwIfAborted(); return this.store.getNodes(...a); }
  getEdges(...a: Args<'getEdges'>) { this.signal.throwIfAborted(); return this.store.getEdges(...a); }
  findDirectives(...a: Args<'findDirectives'>) { this.signal.throwIfAborted(); return this.store.findDirectives(...a); }
  findDirectivesMany(...a: Args<'findDirectivesMany'>) { this.signal.throwIfAborted(); return this.store.findDirectivesMany(...a); }
  listNodes(...a: Args<'listNodes'>) { this.signal.throwIfAborted(); return this.store.listNodes(...a); }
  listEdges(...a: Args<'listEdges'>) { this.signal.throwIfAborted(); return this.store.listEdges(...a); }
  search(...a: Args<'search'>) { this.signal.throwIfAborted(); return this.store.search(...a); }
  shortestPath(from: string, to: string, maxHops: number) { this.signal.throwIfAborted(); return this.store.shortestPath(from, to, maxHops, { signal: this.signal }); }
  stats(...a: Args<'stats'>) { this.signal.throwIfAborted(); return this.store.stats(...a); }
  addCuration(...a: Args<'addCuration'>) { this.signal.throwIfAborted(); return this.store.addCuration(...a); }
  getCurations(...a: Args<'getCurations'>) { this.signal.throwIfAborted(); return this.store.getCurations(...a); }
  // The request does not own the store: closing it is the server's business.
  async close(): Promise<void> {}
}

export function cancellableStore(store: StorePort, signal: AbortSignal): StorePort {
  return new CancellableStore(store, signal);
}
