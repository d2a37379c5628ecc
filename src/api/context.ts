// What every resolver gets: the store, the per-request loaders, the configuration, the clock,
// and a list of non-fatal errors to report next to the data (unknown names in filters).
import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { StorePort } from '../store/port';
import { cancellableStore } from './cancellable-store';
import { createLoaders, type Loaders } from './loaders';
import type { ApiConfig } from './config';

export interface ApiContext {
  /** The store through this request's signal: no store work starts once it is aborted. */
  store: StorePort;
  config: ApiConfig;
  loaders: Loaders;
  clock: () => Date;
  /** The Authorization header, for curation mutations. */
  authorization: string | null;
  /** Errors reported alongside data (see plugins/notices.ts). */
  notices: GraphQLError[];
  /** Aborted when the request's answer is no longer wanted: timeout, or the client went away. */
  signal: AbortSignal;
  /** Stops the request's work; `reason` is what its pending store calls throw. */
  abort(reason: unknown): void;
}

export interface ContextDeps {
  store: StorePort;
  config: ApiConfig;
  clock: () => Date;
}

export function createContext(deps: ContextDeps, initial: YogaInitialContext): ApiContext {
  const controller = new AbortController();
  // The adapter aborts the request's own signal when the connection closes before the answer.
  // Its reason is an expected error, so that yoga does not log every closed connection as a fault.
  const gone = () => controller.abort(new GraphQLError('The client closed the connection before the answer.', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } }));
  initial.request.signal?.addEventListener('abort', gone, { once: true });
  const store = cancellableStore(deps.store, controller.signal);
  return {
    store,
    config: deps.config,
    loaders: createLoaders(store),
    clock: deps.clock,
    authorization: initial.request.headers.get('authorization'),
    notices: [],
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
  };
}
