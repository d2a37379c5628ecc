// The real HTTP front (GraphQL at /graphql, the page and exports elsewhere) over a store, on
// 127.0.0.1 with a free port, in this process.
import type { AddressInfo } from 'node:net';
import { createApi, DEFAULT_API_CONFIG } from '../../src/api/server';
import { createHttpServer } from '../../src/cli/http-server';
import type { StorePort } from '../../src/store/port';
import { createPageHandler } from '../../src/http/page-handler';

export interface RunningServer {
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

export async function startTestServer(store: StorePort, options: { webRoot: string; now: Date }): Promise<RunningServer> {
  const clock = () => options.now;
  const yoga = createApi({ store, config: DEFAULT_API_CONFIG, clock });
  const server = createHttpServer(yoga, createPageHandler(store, { root: options.webRoot, clock }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
