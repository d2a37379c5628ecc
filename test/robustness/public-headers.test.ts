// Issue 15: production served introspection and GraphiQL with no way to turn them off, the
// explorer sent no CSP or X-Frame-Options, and CORS let any origin read responses.
import type { AddressInfo } from 'node:net';
import { apiConfigFromEnv, createApi } from '../../src/api/server';
import { createHttpServer } from '../../src/cli/http-server';
import { PAGE_CSP } from '../../src/cli/security-headers';
import { createPageHandler } from '../../src/http/page-handler';
import { openFixtureStore, type TempStore } from '../api/support/fixture-store';

let fixture: TempStore;
beforeAll(async () => {
  fixture = await openFixtureStore();
});
afterAll(() => fixture.dispose());

async function withServer<T>(env: NodeJS.ProcessEnv, use: (base: string) => Promise<T>): Promise<T> {
  const yoga = createApi({ store: fixture.store, config: apiConfigFromEnv(env) });
  const server = createHttpServer(yoga, createPageHandler(fixture.store, { clock: () => new Date('2025-07-01T00:00:00Z') }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const INTROSPECT = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
const post = (base: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

test('--public (MINUTES_GRAPH_PUBLIC=1): no introspection, no GraphiQL; queries still answered', async () => {
  await withServer({ MINUTES_GRAPH_PUBLIC: '1' }, async (base) => {
    const introspection = (await (await post(base, INTROSPECT)).json()) as { errors?: { message: string }[] };
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).not.toMatch(/graphiql/i);
    const query = (await (await post(base, JSON.stringify({ query: '{ directives(first: 0) { totalCount } }' }))).json()) as { data: unknown };
    expect(query.data).toEqual({ directives: { totalCount: expect.any(Number) } });
  });
});

test('by default introspection and GraphiQL stay on (development)', async () => {
  await withServer({}, async (base) => {
    const introspection = (await (await post(base, INTROSPECT)).json()) as { data?: unknown };
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

test('the explorer and the API send nosniff, no framing and no referrer; the explorer a CSP', async () => {
  await withServer({}, async (base) => {
    const page = await fetch(`${base}/`);
    const api = await post(base, JSON.stringify({ query: '{ __typename }' }));
    for (const r of [page, api]) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(page.headers.get('content-security-policy')).toBe(PAGE_CSP);
  });
});

test.each([
  ['no allow-list: another origin is not let in', {}, 'https://evil.example', null],
  ['an allowed origin is let in', { MINUTES_GRAPH_CORS_ORIGINS: 'https://data.gov.vn' }, 'https://data.gov.vn', 'https://data.gov.vn'],
  // The header names the allowed origin, not the caller's: the caller's browser refuses it.
  ['an origin outside the allow-list is not', { MINUTES_GRAPH_CORS_ORIGINS: 'https://data.gov.vn' }, 'https://evil.example', 'https://data.gov.vn'],
])('CORS: %s', async (_name, env, origin, allowed) => {
  await withServer(env, async (base) => {
    const r = await post(base, JSON.stringify({ query: '{ __typename }' }), { origin });
    const header = r.headers.get('access-control-allow-origin');
    expect(header).toBe(allowed);
  });
});
