// The store as one request sees it. Every call first checks the request's signal, so a request
// that timed out (or whose client went away) starts no more store work, and the path search —
// the one read whose work grows with the whole graph — gets the signal itself and stops between
// slices. A write already under way when the signal fires is finished, never torn.
import type { StorePort } from '../store/port';

export function cancellableStore(store: StorePort, signal: AbortSignal): StorePort {
  const checked = <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      signal.throwIfAborted();
      return call(...args);
    };
  return {
    kind: store.kind,
    writeDocument: checked((batch) => store.writeDocument(batch)),
    removeDocument: checked((documentId) => store.removeDocument(documentId)),
    documentsOnMeetingDate: checked((date) => store.documentsOnMeetingDate(date)),
    listMeetingsByDate: checked((direction, page) => store.listMeetingsByDate(direction, page)),
    getNodes: checked((ids) => store.getNodes(ids)),
    getEdges: checked((keys) => store.getEdges(keys)),
    findDirectives: checked((query, page) => store.findDirectives(query, page)),
    findDirectivesMany: checked((requests) => store.findDirectivesMany(requests)),
    listNodes: checked((label, page) => store.listNodes(label, page)),
    listEdges: checked((type, page) => store.listEdges(type, page)),
    search: checked((args) => store.search(args)),
    shortestPath: checked((from, to, maxHops) => store.shortestPath(from, to, maxHops, { signal })),
    stats: checked((top) => store.stats(top)),
    addCuration: checked((record) => store.addCuration(record)),
    getCurations: checked((ids) => store.getCurations(ids)),
    // The request does not own the store: closing it is the server's business.
    close: async () => undefined,
  };
}
