// Expected errors carry a code and quote the input; everything unexpected is masked; CSRF
// prevention refuses simple cross-site requests.
import { createApi, type ApiServer } from '../../src/api/server';
import type { StorePort } from '../../src/store/port';
import { testClock, testConfig } from './support/api-config';
import { codes, gql } from './support/client';
import { openFixtureStore, type TempStore } from './support/fixture-store';

let fixture: TempStore;
let yoga: ApiServer;

beforeAll(async () => {
  fixture = await openFixtureStore();
  yoga = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
});
afterAll(() => fixture.dispose());

describe('the Date scalar', () => {
  test.each([
    ['2025-13-01', 'Invalid Date "2025-13-01"'],
    ['2025-02-30', 'Invalid Date "2025-02-30"'],
    ['30/06/2025', 'Invalid Date "30/06/2025"'],
    ['2025-6-30', 'Invalid Date "2025-6-30"'],
  ])('literal %s is refused with BAD_USER_INPUT quoting it', async (value, quoted) => {
    const r = await gql(yoga, `{ directives(filter: { dueBefore: "${value}" }) { totalCount } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toContain(quoted);
  });
  test('a bad variable value is refused the same way', async () => {
    const r = await gql(yoga, 'query($d: Date) { directives(filter: { dueBefore: $d }) { totalCount } }', { d: 'tomorrow' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toContain('Invalid Date "tomorrow"');
  });
  test('a real day is accepted', async () => {
    const r = await gql(yoga, '{ directives(filter: { dueBefore: "2024-02-29" }) { totalCount } }');
    expect(r.errors).toBeUndefined();
  });
});

describe('names that match nothing', () => {
  test.each([
    ['assignedTo', 'Bộ Không Tồn Tại', 'No agency or official matches "Bộ Không Tồn Tại".'],
    ['coordinatedBy', 'Ministry of Magic', 'No agency matches "Ministry of Magic".'],
    ['assignedBy', 'Nguyễn Văn Không Có', 'No official or post matches "Nguyễn Văn Không Có".'],
    ['chairedBy', 'Ai Đó', 'No official matches "Ai Đó".'],
    // A prefix of a real name is not a match: never a silent match on something else.
    ['assignedTo', 'Bộ Y', 'No agency or official matches "Bộ Y".'],
  ])('%s: %s → empty result plus NOT_FOUND at the field', async (field, name, message) => {
    const r = await gql(yoga, `{ directives(filter: { ${field}: ${JSON.stringify(name)} }) { totalCount edges { cursor } } }`);
    expect(r.data?.directives).toEqual({ totalCount: 0, edges: [] });
    expect(r.errors).toEqual([{ message, path: ['directives'], extensions: { code: 'NOT_FOUND' } }]);
  });
});

describe('masking', () => {
  test('an unexpected failure is masked: no message, no stack, no details', async () => {
    const broken: StorePort = new Proxy(fixture.store, {
      get: (target, prop, receiver) =>
        prop === 'stats' ? () => Promise.reject(new TypeError('secret internal detail at /work/main/src/x.ts:1')) : Reflect.get(target, prop, receiver),
    });
    const api = createApi({ store: broken, config: testConfig({ production: true }), clock: testClock });
    const r = await gql(api, '{ stats { nodes { key } } }');
    expect(r.errors).toEqual([
      { message: 'Unexpected error.', locations: [{ line: 1, column: 3 }], path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
  test('outside production too, nothing internal reaches the client', async () => {
    const broken: StorePort = new Proxy(fixture.store, {
      get: (target, prop, receiver) => (prop === 'stats' ? () => Promise.reject(new Error('disk on fire')) : Reflect.get(target, prop, receiver)),
    });
    const api = createApi({ store: broken, config: testConfig({ production: false }), clock: testClock });
    const text = JSON.stringify(await gql(api, '{ stats { nodes { key } } }'));
    expect(text).toContain('Unexpected error.');
    expect(text).not.toContain('disk on fire');
  });
  test('unknown ids are null, not errors', async () => {
    const r = await gql(yoga, '{ agency(id: "agy:none") { id } directive(id: "dir:none") { id } }');
    expect(r).toMatchObject({ data: { agency: null, directive: null } });
    expect(r.errors).toBeUndefined();
  });
  test('path between unknown ids: NOT_FOUND quoting the id', async () => {
    const r = await gql(yoga, '{ path(from: "agy:none", to: "agy:bo-y-te") { length } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0].message).toBe('No entity has the id or name "agy:none".');
  });
  test.each([0, 9])('path maxHops %i is refused', async (hops) => {
    const r = await gql(yoga, `{ path(from: "a", to: "b", maxHops: ${hops}) { length } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toBe(`maxHops must be between 1 and 8, got ${hops}.`);
  });
  test('a cursor the list never issued is BAD_USER_INPUT quoting it', async () => {
    const r = await gql(yoga, '{ search(text: "bo", after: "bogus") { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toContain('"bogus"');
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ stats { nodes { key } } }');
  test('a GET without a preflight-forcing header is refused with 403, naming the header to send, with a code', async () => {
    const response = await yoga.fetch(`http://localhost/graphql?query=${query}`, { method: 'GET', headers: { accept: 'application/json' } });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toEqual([
      {
        message:
          'Refused (CSRF prevention): send the header "x-graphql-csrf" (any value), or POST with content-type application/json. ' +
          'A request a browser could send from another site without a preflight (a GET, a form POST) needs it.',
        extensions: { code: 'CSRF_HEADER_REQUIRED', header: 'x-graphql-csrf' },
      },
    ]);
  });
  test('a form POST (text/plain) is refused with 403', async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { nodes { key } } }' }),
    });
    expect(response.status).toBe(403);
  });
  test('a GET with the x-graphql-csrf header is served', async () => {
    const response = await yoga.fetch(`http://localhost/graphql?query=${query}`, {
      method: 'GET',
      headers: { accept: 'application/json', 'x-graphql-csrf': '1' },
    });
    expect(response.status).toBe(200);
  });
  test('GraphiQL is served to a browser on GET /graphql', async () => {
    const response = await yoga.fetch('http://localhost/graphql', { method: 'GET', headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('minutes-graph');
  });
});
