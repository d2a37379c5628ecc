// `minutes-graph serve`: the GraphQL API over HTTP until SIGINT/SIGTERM, then a clean close
// of the server and the store.
import { apiConfigFromEnv, createApi } from '../api/server';
import type { StorePort } from '../store/port';
import { createHttpServer, GRAPHQL_PATH, listen, type OptionalHandler } from './http-server';
import type { CliIO } from './io';

export const EXAMPLE_QUERY = `{
  directives(filter: { assignedBy: "PM", assignedTo: "Ministry of Health" }) {
    totalCount
    edges { node { text deadline { date } meeting { date chairs { name } } source { sentence } } }
  }
}`;

export interface ServeOptions {
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  /** Resolves when the server should stop; defaults to the first SIGINT or SIGTERM. */
  untilStopped?: Promise<void>;
  page?: OptionalHandler | null;
}

export async function serveCommand(store: StorePort, options: ServeOptions, io: CliIO): Promise<number> {
  const yoga = createApi({ store, config: apiConfigFromEnv(options.env), clock: () => new Date() });
  const server = createHttpServer(yoga, options.page ?? null);
  let port: number;
  try {
    port = await listen(server, options.port, options.host);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? 'the port is in use (choose another with --port or PORT)' : (err as Error).message;
    io.stderr(`serve: cannot listen on ${options.host}:${options.port}: ${reason}`);
    return 1;
  }
  const base = `http://${options.host}:${port}`;
  io.stdout(`minutes-graph: GraphQL and GraphiQL at ${base}${GRAPHQL_PATH} (store: ${store.kind})`);
  if (options.page) io.stdout(`minutes-graph: explorer page at ${base}/`);
  io.stdout(`Try this query in GraphiQL:\n${EXAMPLE_QUERY}`);
  await (options.untilStopped ?? stopSignal());
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Idle keep-alive connections would hold close() open forever.
  server.closeAllConnections();
  await closed;
  return 0;
}

export function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
