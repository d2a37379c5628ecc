// The benchmark's yardsticks must measure what they claim: the floors (graphql-js, and yoga
// over HTTP, over plain objects) render exactly the API's answer for the benchmark queries, and the counting store
// sees every store call a request makes.
import { rmSync } from 'node:fs';
import { createApi } from '../../src/api/server';
import { DEFAULT_API_CONFIG } from '../../src/api/config';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openStore } from '../../src/store/open-store';
import type { StorePort } from '../../src/store/port';
import { countingStore } from '../../bench/measure/counting-store';
import { floorQuery, floorSchema } from '../../bench/measure/floor';
import { createFloorYoga } from '../../bench/measure/floor-yoga';
import { DEEP_QUERY, HEADLINE_QUERY } from '../../bench/queries';
import { main as corpusMain } from '../../scripts/corpus/cli';
import { REPO } from './support/bundle';
import { tempDir } from './support/corpus-dir';

const CLOCK = () => new Date('2026-01-01T00:00:00Z');

async function answer(store: StorePort, query: string, variables: Record<string, unknown>) {
  const yoga = createApi({ store, config: DEFAULT_API_CONFIG, clock: CLOCK });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('benchmark yardsticks over the seeds', () => {
  let store: StorePort;
  const dir = tempDir('bench-harness');

  beforeAll(async () => {
    store = await openStore({ kind: 'embedded', dir });
    expect((await ingestInputs(await collectInputs([`${REPO}/seeds`]), store)).failed).toBe(0);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['headline', HEADLINE_QUERY, { ministry: 'Bộ Y tế' }],
    ['deep', DEEP_QUERY, {}],
  ])('the %s query: the floor renders the same data as the API', async (_name, query, variables) => {
    const api = await answer(store, query, variables);
    expect(api.errors).toBeUndefined();
    const floor = floorQuery(floorSchema(), query, variables, api.data).run() as { data?: unknown; errors?: unknown };
    expect(floor.errors).toBeUndefined();
    expect(floor.data).toEqual(api.data);
  });

  test('the HTTP floor (yoga over the captured answer) sends the API its own headline answer back', async () => {
    const variables = { ministry: 'Bộ Y tế' };
    const api = await answer(store, HEADLINE_QUERY, variables);
    const response = await createFloorYoga(api.data as Record<string, unknown>).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEADLINE_QUERY, variables }),
    });
    expect(await response.json()).toEqual({ data: api.data });
  });

  test('the headline finds the Ministry of Health task of seed 001 and the counting store sees every call', async () => {
    const counting = countingStore(store);
    const api = await answer(counting.store, HEADLINE_QUERY, { ministry: 'Bộ Y tế' });
    const connection = api.data?.directives as { totalCount: number; edges: { node: { text: string } }[] };
    expect(connection.totalCount).toBeGreaterThan(0);
    expect(connection.edges.map((e) => e.node.text).join(' ')).toMatch(/bệnh án điện tử/i);
    expect(counting.counts.get('findDirectives')).toBe(1);
    expect(counting.total()).toBe([...counting.counts.values()].reduce((a, b) => a + b, 0));
    expect(counting.total()).toBeGreaterThan(1);
  });
});

describe('npm run corpus arguments', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  test.each([
    [['--directives', 'many']],
    [['--directives']],
    [['--seeds', '4']],
    [['stray']],
  ])('%j is refused with usage (exit 2)', (argv) => {
    expect(corpusMain(argv)).toBe(2);
    expect(console.error).toHaveBeenLastCalledWith(expect.stringMatching(/^corpus: .+\nusage: npm run corpus/));
  });
});
