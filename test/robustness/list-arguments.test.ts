// Issue 15: a 10^6-entry list variable froze every client for 45 s (now past the body limit), repeated values repeated
// results (`kinds: [AGENCY, AGENCY, AGENCY]` → 33 instead of 11), and a punctuation-only text
// filter (`"((("`) matched every directive. Over the hand-read fixture reports.
import { createApi, type ApiServer } from '../../src/api/server';
import { MAX_REQUEST_BODY_BYTES } from '../../src/api/plugins/limits';
import { MAX_LIST_LENGTH, overlongList, withoutRepeats } from '../../src/api/plugins/list-arguments';
import { testClock, testConfig } from '../api/support/api-config';
import { codes, gql } from '../api/support/client';
import { openFixtureStore, type TempStore } from '../api/support/fixture-store';

let fixture: TempStore;
let yoga: ApiServer;
beforeAll(async () => {
  fixture = await openFixtureStore();
  yoga = createApi({ store: fixture.store, config: testConfig(), clock: testClock });
});
afterAll(() => fixture.dispose());

const SEARCH = 'query($k: [EntityKind!]) { search(text: "Bộ", kinds: $k, first: 0) { totalCount } }';
const count = async (query: string, variables?: Record<string, unknown>) => {
  const r = await gql(yoga, query, variables);
  expect(r.errors).toBeUndefined();
  return (r.data as { search?: { totalCount: number }; directives?: { totalCount: number } }).search?.totalCount ?? r.data.directives.totalCount;
};

describe('list arguments are capped', () => {
  test.each([
    ['10^5 entries', 100_000],
    ['one over the cap', MAX_LIST_LENGTH + 1],
  ])('a kinds variable of %s is BAD_USER_INPUT naming the variable and the cap', async (_name, n) => {
    const r = await gql(yoga, SEARCH, { k: Array.from({ length: n }, () => 'AGENCY') });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toBe(`Variable "$k" is a list of ${n} values; a list argument takes at most ${MAX_LIST_LENGTH} (repeated values count once)`);
  });

  test('10^6 entries (9 MB) are refused as too large while the body is read, before any parsing', async () => {
    const variables = { k: Array.from({ length: 1_000_000 }, () => 'AGENCY') };
    expect(JSON.stringify({ query: SEARCH, variables }).length).toBeGreaterThan(MAX_REQUEST_BODY_BYTES);
    const r = await gql(yoga, SEARCH, variables);
    expect([r.status, codes(r)]).toEqual([413, ['REQUEST_ENTITY_TOO_LARGE']]);
  });

  test('a nested list (filter.status) is capped too', async () => {
    const r = await gql(yoga, 'query($f: DirectiveFilter) { directives(filter: $f) { totalCount } }', { f: { status: Array.from({ length: 500 }, () => 'OPEN') } });
    expect(r.errors?.[0].message).toMatch(/^Variable "\$f\.status" is a list of 500 values/);
  });

  test('a literal list over the cap in the query is refused at validation', async () => {
    const kinds = Array.from({ length: MAX_LIST_LENGTH + 1 }, () => 'AGENCY').join(' ');
    const r = await gql(yoga, `{ search(text: "Bộ", kinds: [${kinds}], first: 0) { totalCount } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toContain(`A list in the query is a list of ${MAX_LIST_LENGTH + 1} values`);
  });

  test('exactly the cap is accepted', async () => {
    expect(await count(SEARCH, { k: Array.from({ length: MAX_LIST_LENGTH }, () => 'AGENCY') })).toBe(await count(SEARCH, { k: ['AGENCY'] }));
  });
});

describe('repeated values count once', () => {
  test('kinds: [AGENCY, AGENCY, AGENCY] written in the query', async () => {
    const once = await count('{ search(text: "Bộ", kinds: [AGENCY], first: 0) { totalCount } }');
    expect(once).toBeGreaterThan(0);
    expect(await count('{ search(text: "Bộ", kinds: [AGENCY, AGENCY, AGENCY], first: 0) { totalCount } }')).toBe(once);
  });

  test('kinds in a variable, and statuses in a filter variable', async () => {
    expect(await count(SEARCH, { k: ['AGENCY', 'OFFICIAL', 'AGENCY', 'OFFICIAL'] })).toBe(await count(SEARCH, { k: ['AGENCY', 'OFFICIAL'] }));
    const q = 'query($f: DirectiveFilter) { directives(filter: $f) { totalCount } }';
    expect(await count(q, { f: { status: ['OPEN', 'OPEN', 'OPEN'] } })).toBe(await count(q, { f: { status: ['OPEN'] } }));
  });
});

describe('a text filter needs a letter or digit', () => {
  test.each([
    ['directives', '{ directives(filter: { text: "(((" }) { totalCount } }', 'The text filter "(((" has no letter or digit to look for; give at least one word.'],
    ['directives, spaces only', '{ directives(filter: { text: "   " }) { totalCount } }', 'The text filter "   " has no letter or digit to look for; give at least one word.'],
    ['search', '{ search(text: "!!! ...") { totalCount } }', 'The search text "!!! ..." has no letter or digit to look for; give at least one word.'],
  ])('%s: BAD_USER_INPUT quoting it', async (_name, query, message) => {
    const r = await gql(yoga, query);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toBe(message);
  });

  test('text with a word still filters', async () => {
    const all = await count('{ directives { totalCount } }');
    const some = await count('{ directives(filter: { text: "(tết)" }) { totalCount } }');
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
  });
});

describe('the helpers', () => {
  test.each([
    [{ a: [1, 2, 3] }, 3, null],
    [{ a: [1, 2, 3, 4] }, 3, { path: '$v.a', length: 4 }],
    [{ a: [{ b: [1, 2, 3, 4] }] }, 3, { path: '$v.a[0].b', length: 4 }],
    ['text', 3, null],
  ])('overlongList(%j, %d)', (value, max, expected) => {
    expect(overlongList(value, max, '$v')).toEqual(expected);
  });

  test.each([
    [['AGENCY', 'AGENCY', 'OFFICIAL'], ['AGENCY', 'OFFICIAL']],
    [{ status: ['OPEN', 'DONE', 'OPEN'], text: 'x' }, { status: ['OPEN', 'DONE'], text: 'x' }],
    [[{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 1 }]],
    [7, 7],
  ])('withoutRepeats(%j)', (value, expected) => {
    expect(withoutRepeats(value)).toEqual(expected);
  });
});
