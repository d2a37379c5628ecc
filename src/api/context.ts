// What every resolver gets: the store, the per-request loaders, the configuration, the clock,
// and a list of non-fatal errors to report next to the data (unknown names in filters).
import type { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { StorePort } from '../store/port';
import { createLoaders, type Loaders } from './loaders';
import type { ApiConfig } from './config';

export interface ApiContext {
  store: StorePort;
  config: ApiConfig;
  loaders: Loaders;
  clock: () => Date;
  /** The Authorization header, for curation mutations. */
  authorization: string | null;
  /** Errors reported alongside data (see plugins/notices.ts). */
  notices: GraphQLError[];
}

export interface ContextDeps {
  store: StorePort;
  config: ApiConfig;
  clock: () => Date;
}

export function createContext(deps: ContextDeps, initial: YogaInitialContext): ApiContext {
  return {
    store: deps.store,
    config: deps.config,
    loaders: createLoaders(deps.store),
    clock: deps.clock,
    authorization: initial.request.headers.get('authorization'),
    notices: [],
  };
}
