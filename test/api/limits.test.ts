// Limits at and just past each bound: depth 8, aliases 15, cost 5000, tokens 1000, page size
// 100, the request timeout, the request body (a declared Content-Length checked before the body
// is read, a body without one counted as it is read). Rejections are BAD_USER_INPUT (TIMEOUT for time) quoting the limit.
import { createApi, type ApiServer } from '../../src/api/server';
import { parse } from 'graphql';
import { MAX_REQUEST_BODY_BYTES, QUERY_LIMITS } from '../../src/api/plugins/limits';
import { queryCost } from '../../src/api/plugins/query-cost';
import { buildApiSchema } from '../../src/api/schema';
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

/** A selection nested `depth` fields deep: meetings → directives → assignees → directives … */
function deepQuery(depth: number): string {
  const levels = ['meetings', 'nodes', 'directives', 'nodes', 'assignees', '... on Agency { directives', 'nodes', 'meeting', 'document', 'meeting', 'id'];
  // Fields down to `depth`, then a leaf: the leaf counts as a level too.
  const path = levels.slice(0, depth - 1);
  const opened = path.map((f) => `${f} {`).join(' ');
  const closers = path.map((f) => (f.startsWith('...') ? '} }' : '}')).join(' ');
  return `{ ${opened} id ${closers} }`;
}

describe('depth', () => {
  test('the deep question meetings → directives → assignees → their directives is exactly at the bound', async () => {
    const r = await gql(yoga, '{ meetings { nodes { directives { nodes { assignees { ... on Agency { directives { nodes { id } } } } } } } } }');
    expect(r.errors).toBeUndefined();
    expect(QUERY_LIMITS.maxDepth).toBe(8);
  });
  test.each([
    [8, true],
    [9, false],
  ])('depth %i accepted: %s', async (depth, accepted) => {
    const r = await gql(yoga, deepQuery(depth));
    if (accepted) expect(r.errors).toBeUndefined();
    else {
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].message).toBe('Query depth limit of 8 exceeded, found 9.');
    }
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { nodes { key } }`).join(' ')} }`;
  test('15 aliases are accepted', async () => {
    expect((await gql(yoga, aliased(15))).errors).toBeUndefined();
  });
  test('16 aliases are refused, quoting the limit', async () => {
    const r = await gql(yoga, aliased(16));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toBe('Aliases limit of 15 exceeded, found 16.');
  });
});

describe('cost: objects the answer may hold, each list at its page size', () => {
  const schema = buildApiSchema();
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    queryCost(schema, parse(query), variables, { maxCost: QUERY_LIMITS.maxCost, defaultPageSize: 20, maxPageSize: 100 }).cost;
  test.each([
    // the page, its 100 nodes, their 100 deadlines
    ['{ directives(first: 100) { nodes { id deadline { date } } } }', 201],
    // without first: the default page of 20
    ['{ directives { nodes { id deadline { date } } } }', 41],
    // scalars are free; responsibility runs its own counts (10 each)
    ['{ agencies(first: 50) { nodes { name responsibility(asOf: "2025-01-01") { lead } } } }', 551],
    // a page inside a page multiplies
    ['{ agencies(first: 100) { nodes { directives(first: 100) { nodes { id } } } } }', 10201],
    ['query($n: Int) { agencies(first: $n) { nodes { directives(first: $n) { nodes { id } } } } }', 10201],
  ])('%s costs %i', (query, expected) => {
    expect(cost(query, { n: 100 })).toBe(expected);
  });

  test('the documented page of 100 with an ordinary selection is answered', async () => {
    const r = await gql(yoga, `{ directives(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes {
      id text deadline { date precision } assignees { id name } coordinators { id name } issuedBy { name }
      meeting { date title chairs { name role } } source { sentence start end document { title published } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.directives.nodes).toHaveLength(11);
  });

  test('a page of 100 inside a page of 100 is refused, saying where the cost is and how to lower it', async () => {
    const r = await gql(yoga, '{ agencies(first: 100) { nodes { directives(first: 100) { nodes { id } } } } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toBe(
      'Query cost 10201 exceeds the limit of 10000: the cost is the number of objects the answer may hold, each list counted at its page size (`first`, default 20). ' +
        'The largest part is `agencies.nodes.directives` (10100). To lower it, ask for fewer items per page (`first`), fetch nested lists in separate requests ' +
        "(e.g. an agency's directives with `directives(filter: {assignedTo: …})`), or select fewer nested objects.",
    );
  });

  test('page sizes in variables are costed as their values', async () => {
    const q = 'query($n: Int) { agencies(first: $n) { nodes { directives(first: $n) { nodes { id } } } } }';
    expect(codes(await gql(yoga, q, { n: 100 }))).toEqual(['BAD_USER_INPUT']);
    expect((await gql(yoga, q, { n: 30 })).errors).toBeUndefined();
    // The same document again (a cost is kept per document and variables): each answer as before.
    expect(codes(await gql(yoga, q, { n: 100 }))).toEqual(['BAD_USER_INPUT']);
    expect((await gql(yoga, q, { n: 30 })).errors).toBeUndefined();
  });
});

describe('tokens', () => {
  // `{ search(text: "y") { [totalCount] ...F … } } fragment F on SearchConnection { totalCount }`
  // is 17 tokens, plus two per spread and one for the optional field (a long literal list
  // would be refused first: list arguments take at most 100 values).
  const tokens = (n: number) => {
    const field = (n - 17) % 2 === 1 ? 'totalCount ' : '';
    return `{ search(text: "y") { ${field}${'...F '.repeat(Math.floor((n - 17) / 2))}} } fragment F on SearchConnection { totalCount }`;
  };
  test('1000 tokens are accepted', async () => {
    expect((await gql(yoga, tokens(1000))).errors).toBeUndefined();
  });
  test('1001 tokens are refused', async () => {
    const r = await gql(yoga, tokens(1001));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toBe('Token limit of 1000 exceeded.');
  });
});

describe('page size', () => {
  test.each([
    ['directives(first: 100) { totalCount }', null],
    ['directives(first: 0) { totalCount }', null],
    ['directives(first: 101) { totalCount }', 'first 101 exceeds the maximum page size of 100.'],
    ['directives(first: -1) { totalCount }', 'first must be 0 or more, got -1.'],
    ['meetings(first: 101) { totalCount }', 'first 101 exceeds the maximum page size of 100.'],
    ['agencies(first: 101) { totalCount }', 'first 101 exceeds the maximum page size of 100.'],
    ['officials(search: "Chính", first: 101) { totalCount }', 'first 101 exceeds the maximum page size of 100.'],
    ['search(text: "y te", first: 101) { totalCount }', 'first 101 exceeds the maximum page size of 100.'],
    ['meetings(first: 1) { nodes { directives(first: 101) { totalCount } } }', 'first 101 exceeds the maximum page size of 100.'],
    ['stats(top: 101) { nodes { key } }', 'top 101 exceeds the maximum page size of 100.'],
  ])('%s', async (selection, message) => {
    const r = await gql(yoga, `{ ${selection} }`);
    if (message === null) expect(r.errors).toBeUndefined();
    else {
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].message).toBe(message);
    }
  });
});

describe('request timeout', () => {
  test('a request still running after requestTimeoutMs gets a TIMEOUT error', async () => {
    // A store whose directive query never answers: only the timeout can end the request.
    const stuck: StorePort = new Proxy(fixture.store, {
      get: (target, prop, receiver) =>
        prop === 'findDirectives' ? () => new Promise(() => undefined) : Reflect.get(target, prop, receiver),
    });
    const slow = createApi({ store: stuck, config: testConfig({ requestTimeoutMs: 20 }), clock: testClock });
    const r = await gql(slow, '{ directives { totalCount } }');
    expect(codes(r)).toEqual(['TIMEOUT']);
    expect(r.errors?.[0].message).toBe('The request took longer than the limit of 20 ms and was stopped.');
  });
});

describe('introspection', () => {
  test("GraphiQL's introspection query passes every limit (the docs pane must load)", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const r = await gql(yoga, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe('Query');
  });
});

describe('request body', () => {
  const QUERY = JSON.stringify({ query: '{ stats { nodes { key count } } }' });

  /** The body as a stream of `chunks` pieces, so no length is known before it is read. */
  function streamed(text: string, chunks: number): ReadableStream<Uint8Array> {
    const bytes = new TextEncoder().encode(text);
    const size = Math.ceil(bytes.length / chunks);
    let at = 0;
    return new ReadableStream({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, (at += size)));
      },
    });
  }

  async function postBody(body: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; codes: unknown[]; data: unknown }> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit;
    const response = await yoga.fetch('http://localhost/graphql', init);
    const json = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: (json.errors ?? []).map((e) => e.extensions?.code), data: json.data };
  }

  test.each([
    ['a declared length within the limit', QUERY, { 'content-length': String(Buffer.byteLength(QUERY)) }, 200, []],
    ['a declared length past the limit, refused before the body is read', QUERY, { 'content-length': String(MAX_REQUEST_BODY_BYTES + 1) }, 413, ['REQUEST_ENTITY_TOO_LARGE']],
    ['two comma-joined lengths', QUERY, { 'content-length': '40, 40' }, 400, ['BAD_REQUEST']],
  ])('%s', async (_name, body, headers, status, codes) => {
    const r = await postBody(body, headers);
    expect([r.status, r.codes]).toEqual([status, codes]);
  });

  test('a streamed body without a length is answered', async () => {
    const r = await postBody(streamed(QUERY, 3));
    expect([r.status, r.codes]).toEqual([200, []]);
    expect(r.data).toEqual({ stats: { nodes: expect.arrayContaining([{ key: 'Document', count: 3 }]) } });
  });

  test('a streamed body past the limit is refused while it is read', async () => {
    const padded = JSON.stringify({ query: '{ stats { nodes { key count } } }', variables: { pad: 'x'.repeat(MAX_REQUEST_BODY_BYTES) } });
    const r = await postBody(streamed(padded, 20));
    expect([r.status, r.codes]).toEqual([413, ['REQUEST_ENTITY_TOO_LARGE']]);
  });
});
