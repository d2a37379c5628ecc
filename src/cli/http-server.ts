// The HTTP front: GraphQL (with GraphiQL) at /graphql; everything else goes to the optional
// page handler, else 404. Only the CLI listens; tests use the yoga instance directly.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { setSecurityHeaders } from './security-headers';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;
/** Returns false when it does not serve the path. */
export type OptionalHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export const GRAPHQL_PATH = '/graphql';

export function createHttpServer(graphql: RequestHandler, page: OptionalHandler | null): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const isGraphql = path === GRAPHQL_PATH || path.startsWith(`${GRAPHQL_PATH}/`);
    setSecurityHeaders(res, !isGraphql);
    if (isGraphql) return graphql(req, res);
    if (page && page(req, res)) return;
    if (path === '/' && !page) {
      res.writeHead(302, { location: GRAPHQL_PATH });
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Not found: ${path}. GraphQL is at ${GRAPHQL_PATH}\n`);
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
