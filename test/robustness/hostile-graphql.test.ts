// 1,000 generated hostile requests against the API as `minutes-graph serve` configures it:
// every one gets a proper GraphQL error or result, none leaks a stack trace, a file path or an
// internal error name, and the server still answers a normal query afterwards.
import { rmSync } from 'node:fs';
import { createApi, apiConfigFromEnv } from '../../src/api/server';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { openStore } from '../../src/store/open-store';
import type { StorePort } from '../../src/store/port';
import { REPO } from './support/bundle';
import { tempDir, TORTURE } from './support/corpus-dir';
import { reportFigures } from './support/figures';
import { hostileRequests, type HostileRequest } from './support/hostile-requests';

const COUNT = TORTURE ? 5000 : 1000;

// What must never reach a client: stack frames, paths, internal error class names.
const LEAKS = [/\bat \//, /\bat (?:async )?\w+ \(/, /\/work\//, /node_modules/, /\.ts:\d+/, /\.js:\d+/, /TypeError/, /ReferenceError/, /RangeError/, /SyntaxError: Unexpected token/, /StoreError/];

// 403: CSRF prevention refusing a request that a browser form could have sent.
const ACCEPTED_STATUS = new Set([200, 400, 403, 405, 406, 413, 415]);

/** Yoga's "POST body sent invalid JSON." carries the JSON.parse error (see the last test). */
const isInvalidJsonEcho = (e: { message?: unknown; extensions?: Record<string, unknown> }) =>
  e.message === 'POST body sent invalid JSON.' && (e.extensions?.originalError as { name?: string } | undefined)?.name === 'SyntaxError';

async function send(yoga: ReturnType<typeof createApi>, r: HostileRequest): Promise<Response> {
  return yoga.fetch(`http://localhost/graphql${r.search ?? ''}`, { method: r.method, headers: r.headers, body: r.body });
}

describe('hostile GraphQL requests', () => {
  let store: StorePort;
  let dir: string;
  let yoga: ReturnType<typeof createApi>;

  beforeAll(async () => {
    // Yoga logs every refused request on the server side; that is not what is under test here.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    dir = tempDir('hostile');
    store = await openStore({ kind: 'embedded', dir });
    const summary = await ingestInputs(await collectInputs([`${REPO}/seeds`]), store);
    expect(summary.failed).toBe(0);
    // As `minutes-graph serve` runs it: configuration from a plain environment.
    yoga = createApi({ store, config: apiConfigFromEnv({}), clock: () => new Date('2025-06-01T00:00:00Z') });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${COUNT} generated requests: each answered properly, nothing internal leaked`, async () => {
    const failures: string[] = [];
    const kinds = new Set<string>();
    let failed = 0;
    for (const [i, request] of hostileRequests(COUNT, 6).entries()) {
      const failuresBefore = failures.length;
      kinds.add(request.kind);
      const response = await send(yoga, request);
      const text = await response.text();
      const where = `#${i} ${request.kind} → ${response.status}`;
      if (!ACCEPTED_STATUS.has(response.status)) failures.push(`${where}: unexpected status`);
      for (const leak of LEAKS) if (leak.test(text)) failures.push(`${where}: leaks ${leak}: ${text.slice(0, 300)}`);
      if (request.method === 'GET' && /mutation/.test(request.search ?? '') && !/"errors"/.test(text)) failures.push(`${where}: GET mutation not refused`);
      if (/json/.test(response.headers.get('content-type') ?? '')) {
        const body = JSON.parse(text) as { data?: unknown; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] };
        if (body.data === undefined && body.errors === undefined) failures.push(`${where}: neither data nor errors`);
        for (const e of body.errors ?? []) {
          if (typeof e.message !== 'string' || e.message.length === 0) failures.push(`${where}: error without message`);
          if (e.extensions && 'stack' in e.extensions) failures.push(`${where}: stack exposed`);
          if (e.extensions && 'originalError' in e.extensions && !isInvalidJsonEcho(e)) failures.push(`${where}: error details exposed: ${text.slice(0, 300)}`);
        }
        // A request that could not run must say so with an error, not an empty success.
        if (response.status >= 400 && !(body.errors?.length)) failures.push(`${where}: error status without errors`);
      }
      if (failures.length > failuresBefore) failed += 1;
    }
    reportFigures('hostile GraphQL requests (yoga.fetch)', { tried: COUNT, held: COUNT - failed, kinds: kinds.size });
    expect(kinds.size).toBeGreaterThanOrEqual(20);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  test('the server still answers a normal query afterwards', async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ directives(filter: { assignedTo: "Bộ Y tế" }) { totalCount nodes { text } } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { directives: { totalCount: number; nodes: { text: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.directives.totalCount).toBeGreaterThan(0);
    expect(body.data.directives.nodes[0].text).toMatch(/bệnh án điện tử/i);
  });

  // Regression: yoga's request parser answered a body that is not JSON with
  // extensions.originalError = { name: "SyntaxError", … } in every mode (now stripped).
  test.each([
    ['application/json', 200], // the GraphQL-over-HTTP spec's legacy media type answers 200
    ['application/graphql-response+json', 400],
  ])('a body that is not JSON is refused without an internal error object (accept %s → %d)', async (accept, status) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: '{"query": "{',
    });
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toContain('originalError');
    expect(text).not.toContain('SyntaxError');
    expect(JSON.parse(text).errors[0]).toEqual({ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });
});
