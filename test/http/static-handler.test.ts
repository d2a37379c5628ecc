import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticHandler, resolveStaticPath } from '../../src/http/static-handler';
import { rawRequest } from './http-get';

describe('resolveStaticPath', () => {
  const root = '/srv/web';
  test.each([
    ['/', '/srv/web/index.html'],
    ['/index.html', '/srv/web/index.html'],
    ['/assets/app.js', '/srv/web/assets/app.js'],
    ['/assets/app.css', '/srv/web/assets/app.css'],
    ['/assets/../../etc/passwd', null],
    ['/assets/..%2F..%2Fpackage.json', null],
    ['/assets/%2e%2e/index.html', null],
    ['/assets/sub/app.js', null],
    ['/assets/.env', null],
    ['/assets/app.ts', null],
    ['/assets/%E0%A4%A', null],
    ['/graphql', null],
    ['/export/gexf', null],
    ['/agency', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveStaticPath(root, path)).toBe(expected);
  });
});

describe('createStaticHandler over HTTP', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-handler-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Bộ Y tế</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("Thủ tướng")');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'not served');
  const handler = createStaticHandler({ root });
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!handler(req, res)) {
        res.writeHead(404, { 'x-fell-through': 'yes' });
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(root, { recursive: true, force: true });
  });

  test.each([
    ['/', 'text/html; charset=utf-8', 'Bộ Y tế'],
    ['/?q=1', 'text/html; charset=utf-8', 'Bộ Y tế'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'Thủ tướng'],
    ['/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
  ])('GET %s is served as %s, UTF-8 intact', async (path, type, text) => {
    const res = await rawRequest(port, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body.toString('utf8')).toContain(text);
  });

  test.each(['/assets/../secret.txt', '/assets/..%2fsecret.txt', '/secret.txt', '/graphql', '/assets'])('%s falls through to the next handler', async (path) => {
    const res = await rawRequest(port, path);
    expect(res.status).toBe(404);
    expect(res.headers['x-fell-through']).toBe('yes');
  });

  test('a missing asset is a 404 from the handler itself', async () => {
    const res = await rawRequest(port, '/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers['x-fell-through']).toBeUndefined();
  });

  test('HEAD has the headers and no body; POST is refused with 405', async () => {
    const head = await rawRequest(port, '/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await rawRequest(port, '/', 'POST')).status).toBe(405);
  });

  test('without a built bundle, / says how to build it', async () => {
    const bare = createStaticHandler({ root: join(root, 'nowhere') });
    const s = createServer((req, res) => void bare(req, res));
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const res = await rawRequest((s.address() as AddressInfo).port, '/');
    await new Promise<void>((resolve) => s.close(() => resolve()));
    expect(res.status).toBe(503);
    expect(res.body.toString()).toContain('node explorer/build.js');
  });
});
