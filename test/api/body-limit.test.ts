// The request body limit (plugins/body-limit.ts): a declared Content-Length is checked before
// the body is read; a body without one (chunked) is counted as it is read.
import { createApi, type ApiServer } from '../../src/api/server';
import { MAX_REQUEST_BODY_BYTES } from '../../src/api/plugins/limits';
import { testClock, testConfig } from './support/api-config';
import { openFixtureStore, type TempStore } from './support/fixture-store';

let fixture: TempStore;
let yoga: ApiServer;
beforeAll(async () => {
  fixture = await openFixtureStore();
  yoga = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
});
afterAll(() => fixture.dispose());

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

async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; codes: unknown[]; data: unknown }> {
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
  const r = await post(body, headers);
  expect([r.status, r.codes]).toEqual([status, codes]);
});

test('a streamed body without a length is answered', async () => {
  const r = await post(streamed(QUERY, 3));
  expect([r.status, r.codes]).toEqual([200, []]);
  expect(r.data).toEqual({ stats: { nodes: expect.arrayContaining([{ key: 'Document', count: 3 }]) } });
});

test('a streamed body past the limit is refused while it is read', async () => {
  const padded = JSON.stringify({ query: '{ stats { nodes { key count } } }', variables: { pad: 'x'.repeat(MAX_REQUEST_BODY_BYTES) } });
  const r = await post(streamed(padded, 20));
  expect([r.status, r.codes]).toEqual([413, ['REQUEST_ENTITY_TOO_LARGE']]);
});
