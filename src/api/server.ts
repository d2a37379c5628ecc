// createApi(deps): the GraphQL API as a yoga instance. Only the CLI listens
// (http.createServer(yoga)); tests call yoga.fetch without a port.
import { createYoga, type GraphiQLOptions, type YogaServerInstance } from 'graphql-yoga';
import type { StorePort } from '../store/port';
import { apiConfigFromEnv, DEFAULT_API_CONFIG, type ApiConfig } from './config';
import { createContext, type ApiContext } from './context';
import { useRequestBodyLimit } from './plugins/body-limit';
import { useCompiledQueries } from './plugins/compiled-queries';
import { useCsrfPrevention } from './plugins/csrf';
import { limitPlugins, MAX_REQUEST_BODY_BYTES } from './plugins/limits';
import { useListArguments } from './plugins/list-arguments';
import { useNoIntrospection } from './plugins/no-introspection';
import { maskApiError } from './plugins/mask';
import { useNotices } from './plugins/notices';
import { useStripInternalDetails } from './plugins/strip-internal-details';
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
    // GraphiQL from the package's own bundle, not yoga's default CDN page: /graphql must work on
    // a closed network. The page (~9 MB with the editor inlined) is the same for every request.
    renderGraphiQL: renderGraphiQLOnce,
    landingPage: false,
    // Checked by useRequestBodyLimit (plugins/body-limit.ts), which costs a request far less.
    maxRequestBodySize: false,
    // CORS off unless origins are allowed: yoga's default lets any origin read responses.
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    // Unexpected errors become "Unexpected error." with no details, in every mode: a client
    // never sees a stack, a path or an internal message. Production only logs less.
    maskedErrors: { isDev: false, maskError: maskApiError },
    logging: config.production ? 'warn' : 'info',
    plugins: [
      useCsrfPrevention([CSRF_HEADER, 'x-graphql-yoga-csrf', 'apollo-require-preflight']),
      ...limitPlugins(config),
      useListArguments(),
      ...(config.introspection ? [] : [useNoIntrospection()]),
      // Before the timeout: the timeout wraps whichever execution runs.
      useCompiledQueries(resetNotices),
      useRequestTimeout(config.requestTimeoutMs),
      useNotices(),
      useStripInternalDetails(),
      useRequestBodyLimit(MAX_REQUEST_BODY_BYTES),
    ],
  });
}

/** A compiled run that is thrown away (plugins/compiled-queries.ts) leaves no notices behind. */
function resetNotices(contextValue: unknown): void {
  (contextValue as ApiContext).notices.length = 0;
}

let graphiqlPage: Promise<string> | undefined;
/** Loaded on the first visit: requiring the 9 MB bundle was a tenth of `serve`'s start-up. */
function renderGraphiQLOnce(options: GraphiQLOptions): Promise<string> {
  graphiqlPage ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
  return graphiqlPage;
}

const EXAMPLE = `# What did the Prime Minister assign the Ministry of Health?
{
  directives(filter: { assignedBy: "PM", assignedTo: "Ministry of Health" }) {
    totalCount
    edges { node { text deadline { date } meeting { date chairs { name } } source { sentence } } }
  }
}
`;
