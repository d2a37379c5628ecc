// createApi(deps): the GraphQL API as a yoga instance. Only the CLI listens
// (http.createServer(yoga)); tests call yoga.fetch without a port.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { DateInputError } from './date-scalar';
import type { StorePort } from '../store/port';
import { apiConfigFromEnv, DEFAULT_API_CONFIG, type ApiConfig } from './config';
import { createContext, type ApiContext } from './context';
import { limitPlugins } from './plugins/limits';
import { useNotices } from './plugins/notices';
import { useRequestTimeout } from './plugins/timeout';
import { buildApiSchema } from './schema';

export { apiConfigFromEnv, DEFAULT_API_CONFIG, type ApiConfig };

export interface ApiDeps {
  store: StorePort;
  config: ApiConfig;
  /** The clock for "today" (curation dates, ask's overdue); defaults to the system clock. */
  clock?: () => Date;
}

/** Header a browser cannot send cross-site without a preflight; GraphiQL and JSON POSTs pass anyway. */
export const CSRF_HEADER = 'x-graphql-csrf';

export type ApiServer = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApi(deps: ApiDeps): ApiServer {
  const clock = deps.clock ?? (() => new Date());
  const { config, store } = deps;
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildApiSchema(),
    graphqlEndpoint: '/graphql',
    context: (initial) => createContext({ store, config, clock }, initial),
    graphiql: config.graphiql ? { title: 'minutes-graph', defaultQuery: EXAMPLE } : false,
    landingPage: false,
    // Unexpected errors become "Unexpected error." with no details, in every mode: a client
    // never sees a stack, a path or an internal message. Production only logs less.
    maskedErrors: { isDev: false, maskError: maskApiError },
    logging: config.production ? 'warn' : 'info',
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
      ...limitPlugins(),
      useRequestTimeout(config.requestTimeoutMs),
      useNotices(),
    ],
  });
}

/**
 * Yoga's masking, except for a bad Date in a variable: graphql-js wraps the scalar's error so it
 * looks unexpected, but it is the caller's input and keeps its BAD_USER_INPUT code and message.
 */
function maskApiError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError && causedByDateInput(error)) {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return maskError(error, message, isDev);
}

function causedByDateInput(error: Error | undefined): boolean {
  for (let e = error; e !== undefined; e = e instanceof GraphQLError ? e.originalError : undefined) {
    if (e instanceof DateInputError) return true;
  }
  return false;
}

const EXAMPLE = `# What did the Prime Minister assign the Ministry of Health?
{
  directives(filter: { assignedBy: "PM", assignedTo: "Ministry of Health" }) {
    totalCount
    edges { node { text deadline { date } meeting { date chairs { name } } source { sentence } } }
  }
}
`;
