// Queries run compiled by graphql-jit, compiled once per document on its second run (the first
// runs in graphql-js, so a query asked once is never compiled); a compiled run with errors is
// replaced by graphql-js's (its exact errors), after the per-request state is reset; mutations
// never compile. Counted on a small schema whose resolvers count their calls.
import { GraphQLError } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createSchema, createYoga } from 'graphql-yoga';
import { useCompiledQueries } from '../../src/api/plugins/compiled-queries';

// graphql-jit's exports cannot be redefined: the real compiler behind a mock that counts calls.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compile = compileQuery as jest.MockedFunction<typeof compileQuery>;

function countingApi() {
  const runs = { ok: 0, fails: 0, bump: 0, resets: 0 };
  const schema = createSchema({
    typeDefs: 'type Query { ok: Int, fails: Int } type Mutation { bump: Int }',
    resolvers: {
      Query: {
        ok: () => ++runs.ok,
        fails: () => {
          runs.fails++;
          throw new GraphQLError('refused', { extensions: { code: 'BAD_USER_INPUT' } });
        },
      },
      Mutation: { bump: () => ++runs.bump },
    },
  });
  const yoga = createYoga({ schema, logging: false, plugins: [useCompiledQueries(() => runs.resets++)] });
  const post = async (query: string) => {
    const r = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await r.json()) as { data?: Record<string, unknown>; errors?: { message: string; locations?: unknown }[] };
  };
  return { runs, post };
}

beforeEach(() => compile.mockClear());

test('a query asked once is not compiled', async () => {
  const { runs, post } = countingApi();
  expect((await post('{ ok }')).data).toEqual({ ok: 1 });
  expect(compile).not.toHaveBeenCalled();
  expect(runs.resets).toBe(0);
});

test('a query is compiled once, on its second run, and each request runs its resolvers once', async () => {
  const { runs, post } = countingApi();
  const answers = [await post('{ ok }'), await post('{ ok }'), await post('{ ok }'), await post('{ ok }')];
  expect(answers.map((a) => a.data)).toEqual([{ ok: 1 }, { ok: 2 }, { ok: 3 }, { ok: 4 }]);
  expect(compile).toHaveBeenCalledTimes(1);
  expect(runs.resets).toBe(0);
});

test('a compiled run with errors is answered by graphql-js, with its locations, after a reset', async () => {
  const { runs, post } = countingApi();
  const first = await post('{ fails }');
  const compiled = await post('{ fails }');
  const expected = [{ message: 'refused', locations: [{ line: 1, column: 3 }], path: ['fails'], extensions: { code: 'BAD_USER_INPUT' } }];
  expect(first.errors).toEqual(expected);
  expect(compiled.errors).toEqual(expected);
  // once in graphql-js, then compiled, thrown away and run again in graphql-js
  expect(runs).toEqual({ ok: 0, fails: 3, bump: 0, resets: 1 });
});

test('a mutation is never compiled and runs once', async () => {
  const { runs, post } = countingApi();
  expect((await post('mutation { bump }')).data).toEqual({ bump: 1 });
  expect(compile).not.toHaveBeenCalled();
  expect(runs.bump).toBe(1);
});
