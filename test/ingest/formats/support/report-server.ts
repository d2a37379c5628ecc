// A local HTTP server standing in for news sites and government portals: a page, a Word file,
// a redirect chain, a redirect loop, a 404, a response that never finishes, a wrong content
// type, an image, and bodies over the size limit (announced and unannounced). It records the
// User-Agent of each request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface ReportServer {
  base: string;
  userAgents: string[];
  close(): Promise<void>;
}

export function sendBody(contentType: string | null, body: Buffer | string): Route {
  return (_req, res) => {
    if (contentType !== null) res.setHeader('content-type', contentType);
    res.end(body);
  };
}

export function redirectTo(location: string, status = 302): Route {
  return (_req, res) => {
    res.statusCode = status;
    res.setHeader('location', location);
    res.end();
  };
}

export async function startReportServer(routes: Record<string, Route>): Promise<ReportServer> {
  const userAgents: string[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    userAgents.push(String(req.headers['user-agent']));
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = routes[req.url ?? ''];
    if (route) return route(req, res);
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    userAgents,
    close: () => new Promise((resolve) => {
      for (const res of open) res.destroy();
      server.close(() => resolve());
    }),
  };
}
