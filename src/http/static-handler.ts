// Serves the bundled explorer page: GET/HEAD `/` → index.html, `/assets/<file>` → the bundle's
// files. Anything else returns false so the caller can route it (GraphQL, exports, 404).
// Only names in the assets directory itself are served: no sub-paths, no "..", no dot-files.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

/** Where `node explorer/build.js` writes the bundle: two levels above this file is the package root. */
export const DEFAULT_WEB_ROOT = join(__dirname, '..', '..', 'dist', 'public');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export type OptionalHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The file a request path names under `root`, or null when the handler does not serve it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (urlPath === '/' || urlPath === '/index.html') return join(root, 'index.html');
  if (!urlPath.startsWith('/assets/')) return null;
  let name: string;
  try {
    name = decodeURIComponent(urlPath.slice('/assets/'.length));
  } catch {
    return null; // malformed %-escape: not a file we have
  }
  if (!ASSET_NAME.test(name) || name.includes('..') || !(extname(name) in CONTENT_TYPES)) return null;
  return join(root, 'assets', name);
}

export function createStaticHandler(options: { root?: string } = {}): OptionalHandler {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  return (req, res) => {
    const urlPath = (req.url ?? '/').split('?')[0];
    const file = resolveStaticPath(root, urlPath);
    if (file === null) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Method ${req.method} not allowed on ${urlPath}\n`);
      return true;
    }
    // The bundle is a few hundred kB, read per request: a rebuilt bundle is served at once,
    // with no cache to invalidate.
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT' && err.code !== 'EISDIR') {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`Cannot read ${urlPath}: ${err.code ?? 'error'}\n`);
          return;
        }
        const missingBundle = urlPath === '/' || urlPath === '/index.html';
        res.writeHead(missingBundle ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(missingBundle ? `The explorer page is not built (no ${file}); run \`npm install\` or \`node explorer/build.js\`.\n` : `Not found: ${urlPath}\n`);
      },
    );
    return true;
  };
}
